import Foundation
import MarsadText

/// The name lists and cue words behind the tagger's gazetteer and trigger features, normalized
/// and hashed once at load.
///
/// - `Resources/gazetteer.tsv`: ANERGazet's person, location and organization names (columns
///   `name`, `type`, `source`), built by `scripts/ner/build_gazetteer.py`.
/// - `Resources/triggers.tsv`: titles and cue words (`word`, `class`, `source`): person titles
///   (الرئيس، وزير), speech verbs (قال), location cues (مدينة), organization cues (شركة).
/// - `Resources/clusters.tsv`: word clusters learnt from the ANT news corpus (`word`, `coarse`,
///   `fine`, `source`), built by `scripts/ner/build_clusters.py`.
///
/// Words are keyed by the hash of their ``NormalizationOptions/aggressive`` form. Names of
/// several words are kept as phrases, keyed by the hashes of their words in order.
/// ``fingerprint`` hashes the three files, so a model can check that it is read with the lists it
/// was trained with.
public struct NERLexicon: Sendable {
    /// Bits of ``NERType`` membership.
    static func bit(_ type: NERType) -> UInt8 { 1 << type.rawValue }

    /// The trigger classes, as bits.
    enum TriggerClass: String, CaseIterable {
        case personTitle, speechVerb, locationCue, organizationCue
        var bit: UInt8 { 1 << UInt8(Self.allCases.firstIndex(of: self)!) }
    }

    /// What the lists say about one word (its aggressive-form hash), packed: gazetteer type bits
    /// (bits 0–3), trigger class bits (4–7), coarse cluster + 1 (8–15), fine cluster + 1 (16–31).
    let words: HashMap64
    /// Names of two or more words, by ``phraseHash(_:)`` of their first k words: type bits of
    /// the name of exactly those words (bits 0–3), and ``phrasePrefix`` when a longer name
    /// starts with them.
    let phrases: HashMap64
    /// Set in ``phrases`` for the first words of a longer name.
    static let phrasePrefix: UInt32 = 0x100
    /// The most words in a phrase.
    let longestPhrase: Int
    /// The ``NormalizationOptions/aggressive`` normalizer the words were keyed with (shared with
    /// the feature extractor: building one costs a few milliseconds).
    let normalizer: ArabicNormalizer
    /// A hash of the files' contents.
    public let fingerprint: UInt64
    /// How many names and trigger words were read.
    public let nameCount: Int, triggerCount: Int, clusterCount: Int

    /// Reads the bundled lists.
    /// - Throws: ``NERError`` when a file is missing or malformed.
    public static func bundled() throws -> NERLexicon {
        try NERLexicon(gazetteerBytes: resource("gazetteer.tsv"), triggerBytes: resource("triggers.tsv"), clusterBytes: resource("clusters.tsv"))
    }

    static func resource(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw NERError.missingResource(name) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NERError.unreadable(file: name, reason: "no such file, or no permission to read it")
        }
        return [UInt8](data)
    }

    /// Builds a lexicon from the texts of a gazetteer file, a trigger file and a cluster file.
    /// - Throws: ``NERError/malformedResource(file:line:reason:)`` for a bad row or type.
    public init(gazetteer: String, triggers: String, clusters: String) throws {
        try self.init(gazetteerBytes: Array(gazetteer.utf8), triggerBytes: Array(triggers.utf8), clusterBytes: Array(clusters.utf8))
    }

    /// Builds a lexicon from the UTF-8 bytes of the three files.
    init(gazetteerBytes: [UInt8], triggerBytes: [UInt8], clusterBytes: [UInt8]) throws {
        let normalizer = ArabicNormalizer(options: .aggressive)
        let hasher = WordKeyHasher(normalizer: normalizer)
        var words = HashMap64(capacity: 32_768), phrases = HashMap64(capacity: 4_096)
        var longest = 1, names = 0
        let gazetteer = try ResourceTable(bytes: gazetteerBytes, file: "gazetteer.tsv", requiredColumns: ["name", "type", "source"])
        let triggers = try ResourceTable(bytes: triggerBytes, file: "triggers.tsv", requiredColumns: ["word", "class", "source"])
        let clusters = try ResourceTable(bytes: clusterBytes, file: "clusters.tsv", requiredColumns: ["word", "coarse", "fine", "source"])
        let nameColumn = gazetteer.index(of: "name"), typeColumn = gazetteer.index(of: "type")
        let wordColumn = triggers.index(of: "word"), classColumn = triggers.index(of: "class")
        let clusterWord = clusters.index(of: "word"), coarseColumn = clusters.index(of: "coarse"), fineColumn = clusters.index(of: "fine")
        var hashes: [UInt64] = []
        for row in 0 ..< gazetteer.count {
            guard let type = NERType(label: gazetteer.string(row, typeColumn)) else {
                throw NERError.malformedResource(file: "gazetteer.tsv", line: gazetteer.line(row), reason: "unknown type `\(gazetteer.string(row, typeColumn))`")
            }
            hashes.removeAll(keepingCapacity: true)
            let name = gazetteer.range(row, nameColumn)
            var start = name.lowerBound
            for i in name.lowerBound ... name.upperBound where i == name.upperBound || gazetteerBytes[i] == 0x20 {
                if i > start { hashes.append(hasher.hash(gazetteerBytes, start ..< i)) }
                start = i + 1
            }
            guard !hashes.isEmpty else { continue }
            names += 1
            if hashes.count == 1 {
                words.merge(hashes[0], UInt32(Self.bit(type))) { $0 | $1 }
            } else {
                var h = Self.phraseHash(hashes[..<1])
                for k in 1 ..< hashes.count {
                    phrases.merge(h, Self.phrasePrefix) { $0 | $1 }
                    h = FeatureHash.mix(h ^ hashes[k])
                }
                phrases.merge(h, UInt32(Self.bit(type))) { $0 | $1 }
                longest = max(longest, hashes.count)
            }
        }
        for row in 0 ..< triggers.count {
            guard let triggerClass = TriggerClass(rawValue: triggers.string(row, classColumn)) else {
                throw NERError.malformedResource(file: "triggers.tsv", line: triggers.line(row), reason: "unknown class `\(triggers.string(row, classColumn))`")
            }
            words.merge(hasher.hash(triggerBytes, triggers.range(row, wordColumn)), UInt32(triggerClass.bit) << 4) { $0 | $1 }
        }
        for row in 0 ..< clusters.count {
            guard let coarse = Self.number(clusterBytes, clusters.range(row, coarseColumn)), coarse < 255,
                  let fine = Self.number(clusterBytes, clusters.range(row, fineColumn)), fine < 65535 else {
                throw NERError.malformedResource(file: "clusters.tsv", line: clusters.line(row), reason: "cluster numbers must be integers, coarse below 255")
            }
            // The last row of a word wins.
            words.merge(hasher.hash(clusterBytes, clusters.range(row, clusterWord)), (coarse + 1) << 8 | (fine + 1) << 16) { $0 & 0xFF | $1 }
        }
        self.clusterCount = clusters.count
        self.normalizer = normalizer
        self.words = words
        self.phrases = phrases
        self.longestPhrase = longest
        self.nameCount = names
        self.triggerCount = triggers.count
        self.fingerprint = FeatureHash.feature(.bias, FeatureHash.bytes(gazetteerBytes),
                                               FeatureHash.mix(FeatureHash.bytes(triggerBytes) ^ FeatureHash.bytes(clusterBytes)))
    }

    /// A decimal number of up to nine digits, or `nil`.
    static func number(_ bytes: [UInt8], _ range: Range<Int>) -> UInt32? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var n: UInt32 = 0
        for i in range {
            guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            n = n * 10 + UInt32(bytes[i] - 0x30)
        }
        return n
    }

    /// The gazetteer type bits, trigger class bits and clusters (+ 1; 0 for none) of a word hash.
    @inline(__always)
    func entry(_ word: UInt64) -> (gazetteer: UInt8, trigger: UInt8, coarse: UInt16, fine: UInt16) {
        let v = words[word] ?? 0
        return (UInt8(v & 0xF), UInt8(v >> 4 & 0xF), UInt16(v >> 8 & 0xFF), UInt16(v >> 16))
    }

    /// The hash of a phrase from the hashes of its words.
    @inline(__always)
    static func phraseHash(_ words: some Sequence<UInt64>) -> UInt64 {
        var h: UInt64 = 0x5851_F42D_4C95_7F2D
        for w in words { h = FeatureHash.mix(h ^ w) }
        return h
    }
}
