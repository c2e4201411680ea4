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
/// ``fingerprint`` hashes both files, so a model can check that it is read with the lists it
/// was trained with.
public struct NERLexicon: Sendable {
    /// Bits of ``NERType`` membership.
    static func bit(_ type: NERType) -> UInt8 { 1 << type.rawValue }

    /// The trigger classes, as bits.
    enum TriggerClass: String, CaseIterable {
        case personTitle, speechVerb, locationCue, organizationCue
        var bit: UInt8 { 1 << UInt8(Self.allCases.firstIndex(of: self)!) }
    }

    /// One-word names: word hash → type bits.
    let words: [UInt64: UInt8]
    /// Names of two or more words: phrase hash → type bits.
    let phrases: [UInt64: UInt8]
    /// The most words in a phrase.
    let longestPhrase: Int
    /// Trigger words: word hash → class bits.
    let triggers: [UInt64: UInt8]
    /// Word clusters: word hash → (coarse, fine) cluster numbers.
    let clusters: [UInt64: (coarse: UInt16, fine: UInt16)]
    /// A hash of the files' contents.
    public let fingerprint: UInt64
    /// How many names and trigger words were read.
    public let nameCount: Int, triggerCount: Int, clusterCount: Int

    /// Reads the bundled lists.
    /// - Throws: ``NERError`` when a file is missing or malformed.
    public static func bundled() throws -> NERLexicon {
        try NERLexicon(gazetteer: resource("gazetteer.tsv"), triggers: resource("triggers.tsv"), clusters: resource("clusters.tsv"))
    }

    static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw NERError.missingResource(name) }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw NERError.unreadable(file: name, reason: "\(error)")
        }
    }

    /// Builds a lexicon from the texts of a gazetteer file, a trigger file and a cluster file.
    /// - Throws: ``NERError/malformedResource(file:line:reason:)`` for a bad row or type.
    public init(gazetteer: String, triggers triggerText: String, clusters clusterText: String) throws {
        let normalizer = ArabicNormalizer(options: .aggressive)
        var words: [UInt64: UInt8] = [:], phrases: [UInt64: UInt8] = [:], triggers: [UInt64: UInt8] = [:]
        var longest = 1, names = 0
        let gazetteerTable = try ResourceTable(text: gazetteer, file: "gazetteer.tsv", requiredColumns: ["name", "type", "source"])
        let triggerTable = try ResourceTable(text: triggerText, file: "triggers.tsv", requiredColumns: ["word", "class", "source"])
        let clusterTable = try ResourceTable(text: clusterText, file: "clusters.tsv", requiredColumns: ["word", "coarse", "fine", "source"])
        func field(_ row: (line: Int, fields: [String]), _ index: Int) -> String { index < row.fields.count ? row.fields[index] : "" }
        let nameColumn = gazetteerTable.index(of: "name"), typeColumn = gazetteerTable.index(of: "type")
        let wordColumn = triggerTable.index(of: "word"), classColumn = triggerTable.index(of: "class")
        let clusterWord = clusterTable.index(of: "word"), coarseColumn = clusterTable.index(of: "coarse"), fineColumn = clusterTable.index(of: "fine")
        for row in gazetteerTable.rows {
            guard let type = NERType(label: field(row, typeColumn)) else {
                throw NERError.malformedResource(file: "gazetteer.tsv", line: row.line, reason: "unknown type `\(field(row, typeColumn))`")
            }
            let hashes = field(row, nameColumn).split(separator: " ").map { FeatureHash.word(normalizer.key($0)) }
            guard !hashes.isEmpty else { continue }
            names += 1
            if hashes.count == 1 {
                words[hashes[0], default: 0] |= Self.bit(type)
            } else {
                phrases[Self.phraseHash(hashes), default: 0] |= Self.bit(type)
                longest = max(longest, hashes.count)
            }
        }
        for row in triggerTable.rows {
            guard let triggerClass = TriggerClass(rawValue: field(row, classColumn)) else {
                throw NERError.malformedResource(file: "triggers.tsv", line: row.line, reason: "unknown class `\(field(row, classColumn))`")
            }
            triggers[FeatureHash.word(normalizer.key(field(row, wordColumn))), default: 0] |= triggerClass.bit
        }
        var clusters: [UInt64: (coarse: UInt16, fine: UInt16)] = [:]
        clusters.reserveCapacity(clusterTable.rows.count)
        for row in clusterTable.rows {
            guard let coarse = UInt16(field(row, coarseColumn)), let fine = UInt16(field(row, fineColumn)) else {
                throw NERError.malformedResource(file: "clusters.tsv", line: row.line, reason: "cluster numbers must be integers")
            }
            clusters[FeatureHash.word(normalizer.key(field(row, clusterWord)))] = (coarse, fine)
        }
        self.clusters = clusters
        self.clusterCount = clusterTable.rows.count
        self.words = words
        self.phrases = phrases
        self.longestPhrase = longest
        self.triggers = triggers
        self.nameCount = names
        self.triggerCount = triggerTable.rows.count
        self.fingerprint = FeatureHash.feature(.bias, FeatureHash.word(gazetteer),
                                               FeatureHash.mix(FeatureHash.word(triggerText) ^ FeatureHash.word(clusterText)))
    }

    /// The hash of a phrase from the hashes of its words.
    @inline(__always)
    static func phraseHash(_ words: some Sequence<UInt64>) -> UInt64 {
        var h: UInt64 = 0x5851_F42D_4C95_7F2D
        for w in words { h = FeatureHash.mix(h ^ w) }
        return h
    }
}
