/// A list of names with a class each (`Resources/names.tsv`: `name`, `class`, `source`), for the
/// tagger's `names` features: which classes a word belongs to, and names of several words as
/// phrases. Built by `scripts/ner/build_names.py` from the entity layer's lexicons (countries,
/// nisba adjectives, places, organizations, outlets, political actors).
///
/// Words are keyed like the other lists (``WordKeyHasher``); phrases like ANERGazet's, by
/// ``NERLexicon/phraseHash(_:)`` of their words, with ``NERLexicon/phrasePrefix`` on the first
/// words of a longer name.
struct NameList: Sendable {
    /// The classes of the list, as bits.
    enum Class: String, CaseIterable {
        case person = "PERS", location = "LOC", organization = "ORG", nisba = "NISBA"
        var bit: UInt8 { 1 << UInt8(Self.allCases.firstIndex(of: self)!) }
    }

    /// One-word names: word hash → class bits.
    let words: HashMap64
    /// Names of several words: phrase hash → class bits, and ``NERLexicon/phrasePrefix``.
    let phrases: HashMap64
    /// The most words in a name.
    let longest: Int
    /// The number of names.
    let count: Int

    /// No names.
    static let empty = NameList(words: HashMap64(), phrases: HashMap64(), longest: 1, count: 0)

    init(words: HashMap64, phrases: HashMap64, longest: Int, count: Int) {
        self.words = words
        self.phrases = phrases
        self.longest = longest
        self.count = count
    }

    /// Reads the list from its UTF-8 bytes.
    /// - Throws: ``NERError/malformedResource(file:line:reason:)`` for an unknown class.
    init(bytes: [UInt8], hasher: WordKeyHasher) throws {
        let table = try ResourceTable(bytes: bytes, file: "names.tsv", requiredColumns: ["name", "class", "source"])
        let nameColumn = table.index(of: "name"), classColumn = table.index(of: "class")
        var words = HashMap64(capacity: 4_096), phrases = HashMap64(capacity: 8_192)
        var longest = 1, count = 0
        var hashes: [UInt64] = []
        for row in 0 ..< table.count {
            guard let kind = Class(rawValue: table.string(row, classColumn)) else {
                throw NERError.malformedResource(file: "names.tsv", line: table.line(row), reason: "unknown class `\(table.string(row, classColumn))`")
            }
            hashes.removeAll(keepingCapacity: true)
            let name = table.range(row, nameColumn)
            var start = name.lowerBound
            for i in name.lowerBound ... name.upperBound where i == name.upperBound || bytes[i] == 0x20 {
                if i > start { hashes.append(hasher.hash(bytes, start ..< i)) }
                start = i + 1
            }
            guard !hashes.isEmpty else { continue }
            count += 1
            if hashes.count == 1 {
                words.merge(hashes[0], UInt32(kind.bit)) { $0 | $1 }
            } else {
                var h = NERLexicon.phraseHash(hashes[..<1])
                for k in 1 ..< hashes.count {
                    phrases.merge(h, NERLexicon.phrasePrefix) { $0 | $1 }
                    h = FeatureHash.mix(h ^ hashes[k])
                }
                phrases.merge(h, UInt32(kind.bit)) { $0 | $1 }
                longest = max(longest, hashes.count)
            }
        }
        self.init(words: words, phrases: phrases, longest: longest, count: count)
    }
}
