import MarsadCore
import MarsadText

/// Every lexicon of the entity layer, loaded once into one token trie.
///
/// ```swift
/// let lexicons = try EntityLexicons.bundled()      // about 0.1 s in a release build
/// lexicons.records.count                           // countries, places, organizations, people
/// ```
///
/// One ``PhraseTrie`` holds every surface (country names and nationality adjectives, places,
/// organizations, outlets, people, national institutions, titles and reference words); each node
/// carries ``LexiconHit``s. The value is immutable and `Sendable`: build it once per process.
///
/// ## Topics
/// - ``bundled()``
/// - ``records``
/// - ``titles``
public struct EntityLexicons: Sendable {
    /// What a country code stands for.
    public struct Country: Sendable, Hashable {
        public let alpha3: String
        public let nameEn: String
        public let nameAr: String
        public let cameo: String
    }

    public let folder: WordFolder
    let trie: PhraseTrie
    let hits: [LexiconHit]
    /// Every named thing: countries, places, organizations, outlets, people, institutions.
    public let records: [LexiconRecord]
    public let titles: [TitleEntry]
    /// Countries by alpha-3 code.
    public let countries: [String: Country]
    /// Surnames of people of the actor dictionary, by record.
    let surnames: [Int32: [[[UInt32]]]]
    /// Actor records by the hash of their surname (``surnameKey(_:)``).
    let actorsBySurname: [UInt64: [Int32]]
    let nameParts: NameParts
    let stopwords: Set<UInt64>
    let subjectVerbs: Set<UInt64>
    /// Class nouns by hash of their folded word: admin, group, agency, alliance.
    let classNouns: [UInt64: String]
    /// The longest phrase, in tokens.
    let maxPhraseTokens: Int
    /// Words between a title and a name (السابق), cues before a name (برئاسة → Head) and the
    /// prepositions في / لدى, by hash of their folded word (`title-modifiers.tsv`).
    let titleModifiers: Set<UInt64>
    let personCues: [UInt64: String]
    let inPreposition: UInt64, atPreposition: UInt64

    init(folder: WordFolder, trie: PhraseTrie, hits: [LexiconHit], records: [LexiconRecord], titles: [TitleEntry],
         countries: [String: Country], surnames: [Int32: [[[UInt32]]]], nameParts: NameParts,
         stopwords: Set<UInt64>, subjectVerbs: Set<UInt64>, classNouns: [UInt64: String], maxPhraseTokens: Int,
         titleModifiers: Set<UInt64>, personCues: [UInt64: String]) {
        self.folder = folder
        self.trie = trie
        self.hits = hits
        self.records = records
        self.titles = titles
        self.countries = countries
        self.surnames = surnames
        var bySurname: [UInt64: [Int32]] = [:]
        for (record, names) in surnames {
            for name in names { bySurname[Self.surnameKey(name), default: []].append(record) }
        }
        self.actorsBySurname = bySurname.mapValues { $0.sorted() }
        self.nameParts = nameParts
        self.stopwords = stopwords
        self.subjectVerbs = subjectVerbs
        self.classNouns = classNouns
        self.maxPhraseTokens = maxPhraseTokens
        self.titleModifiers = titleModifiers
        self.personCues = personCues
        self.inPreposition = WordFolder.hash(folder.fold("في")[...])
        self.atPreposition = WordFolder.hash(folder.fold("لدى")[...])
    }

    /// The number of distinct words and trie nodes (for docs and tests).
    public var size: (words: Int, nodes: Int, hits: Int) { (trie.wordCount, trie.nodeCount, hits.count) }

    /// A hash of a surname's words, separated by a space.
    static func surnameKey(_ words: [[UInt32]]) -> UInt64 {
        WordFolder.hash(Array(words.joined(separator: [0x20]))[...])
    }

    /// Whether a folded word is a name stop word (never part of a name).
    func isStopword(_ hash: UInt64) -> Bool { stopwords.contains(hash) }

    /// The hits of a phrase written as a string (for tests and tools): what the lexicons say it is.
    public func lookup(_ phrase: String) -> [LexiconHit] {
        var node: Int32 = 0
        for token in Tokenizer().tokenize(phrase) {
            let scalars = Array(phrase.unicodeScalars)[token.range]
            let letters = folder.fold(String(String.UnicodeScalarView(scalars)))
            guard let id = trie.wordID(hash: WordFolder.hash(letters[...]), letters: letters[...]),
                  let next = trie.child(of: node, word: id) else { return [] }
            node = next
        }
        return trie.payloads(at: node).map { hits[Int($0)] }
    }
}
