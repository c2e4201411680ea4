/// The list of names behind the tagger's `names` features (`Resources/names.tsv`: `name`,
/// `class`, `source`), built by `scripts/ner/build_names.py` from the entity layer's lexicons
/// (countries, nisba adjectives, places, organizations, outlets, political actors).
///
/// The names go into ``NERLexicon``'s two maps, next to ANERGazet's, so that one lookup a word
/// and one pass a sentence serve both lists: a one-word name sets its class bits at bits 28–31
/// of the word's entry; a name of several words sets them at bits 4–7 of its phrase entry
/// (``NERLexicon/phraseHash(_:)`` of its words), with ``NERLexicon/phrasePrefix`` on its first
/// words.
enum NameList {
    /// The classes of the list, as bits.
    enum Class: String, CaseIterable {
        case person = "PERS", location = "LOC", organization = "ORG", nisba = "NISBA"
        var bit: UInt8 { 1 << UInt8(Self.allCases.firstIndex(of: self)!) }
    }

    /// Where a word entry keeps the class bits.
    static let wordShift: UInt32 = 28
    /// Where a phrase entry keeps the class bits.
    static let phraseShift: UInt32 = 4

    /// Reads the list from its UTF-8 bytes into `words` and `phrases`.
    /// - Returns: the number of names, and the most words in one.
    /// - Throws: ``NERError/malformedResource(file:line:reason:)`` for an unknown class.
    static func merge(bytes: [UInt8], hasher: WordKeyHasher, words: inout HashMap64, phrases: inout HashMap64) throws -> (count: Int, longest: Int) {
        let table = try ResourceTable(bytes: bytes, file: "names.tsv", requiredColumns: ["name", "class", "source"])
        let nameColumn = table.index(of: "name"), classColumn = table.index(of: "class")
        var longest = 1, count = 0
        var hashes: [UInt64] = []
        for row in 0 ..< table.count {
            guard let kind = Class(rawValue: table.string(row, classColumn)) else {
                throw NERError.malformedResource(file: "names.tsv", line: table.line(row), reason: "unknown class `\(table.string(row, classColumn))`")
            }
            // The class goes in the entries' own bits, beside the gazetteer's.
            let length = NERLexicon.addName(bytes, table.range(row, nameColumn), wordBits: UInt32(kind.bit) << wordShift,
                                            phraseBits: UInt32(kind.bit) << phraseShift, hasher: hasher,
                                            words: &words, phrases: &phrases, scratch: &hashes)
            if length > 0 { count += 1 }
            if length > 1 { longest = max(longest, length) }
        }
        return (count, longest)
    }
}
