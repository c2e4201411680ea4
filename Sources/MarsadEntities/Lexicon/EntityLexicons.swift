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
    /// Flags of words read only on demand (stop words, name parts, surnames, verbs), by hash.
    let lazyFlags: UInt64Table
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
    /// Actor records by the hash of the first two words of each of their names.
    let actorsByFirstWords: [UInt64: [Int32]]
    let nameParts: NameParts
    /// The longest phrase, in tokens.
    let maxPhraseTokens: Int
    /// Short forms of organizations' names, as word hashes, by record: كتائب القسام → القسام,
    /// المرصد السوري لحقوق الإنسان → المرصد (``ShortForms``).
    let shortForms: [Int32: [[UInt64]]]
    /// Alpha-3 codes in order; a country's index is its place here.
    let countryCodes: [String]
    /// Each record's country index, or -1.
    let recordCountry: [Int32]
    /// What each hit says about the article's country: a country name counts 2, a nationality
    /// adjective 1 (``EntityRun/countryEvidence()``).
    let hitCountry: [Int32]
    let hitWeight: [Int32]
    /// Trie nodes whose surface names both a country and a place (عمان: Oman, and Amman): their
    /// country is not counted as evidence, and the place wins when its country is named more.
    let countryOrPlaceNodes: Set<Int32>
    /// For each record, the country its Arabic name names, if any (بعثة الأمم المتحدة للدعم في
    /// ليبيا → LBY): it picks the record of a truncated name.
    let namedCountry: [String?]
    /// Function words as written, harakat removed (على، إلى): never part of a name.
    let functionWords: Set<String>
    /// The role of each cue word before a name (برئاسة → Head), by word id.
    let cueRoles: [Int32: String]
    /// National bodies named by their head alone (وزارة الداخلية، مجلس الشيوخ): the body of the
    /// country of the context (``EntityRun/readBareInstitutions()``).
    let bareInstitutions: [BareInstitution]
    /// Indexes into ``bareInstitutions`` by the hash of their first word.
    let bareInstitutionsByFirstWord: [UInt64: [Int32]]

    init(folder: WordFolder, trie: PhraseTrie, lazyFlags: UInt64Table, hits: [LexiconHit], records: [LexiconRecord], titles: [TitleEntry],
         countries: [String: Country], surnames: [Int32: [[[UInt32]]]], nameParts: NameParts,
         maxPhraseTokens: Int, cueRoles: [Int32: String], shortForms: [Int32: [[UInt64]]], functionWords: Set<String>,
         actorsByFirstWords: [UInt64: [Int32]], bareInstitutions: [BareInstitution] = []) {
        self.actorsByFirstWords = actorsByFirstWords
        self.bareInstitutions = bareInstitutions
        var byFirst: [UInt64: [Int32]] = [:]
        for (index, entry) in bareInstitutions.enumerated() where !entry.words.isEmpty {
            byFirst[entry.words[0], default: []].append(Int32(index))
        }
        self.bareInstitutionsByFirstWord = byFirst
        self.folder = folder
        self.trie = trie
        self.lazyFlags = lazyFlags
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
        self.maxPhraseTokens = maxPhraseTokens
        self.cueRoles = cueRoles
        self.functionWords = functionWords
        self.shortForms = shortForms
        let codes = countries.keys.sorted()
        let indexOf = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, Int32($0)) })
        self.countryCodes = codes
        self.recordCountry = records.map { $0.country.flatMap { indexOf[$0] } ?? -1 }
        var hitCountry = [Int32](repeating: -1, count: hits.count), hitWeight = [Int32](repeating: 0, count: hits.count)
        for (index, hit) in hits.enumerated() {
            switch hit {
            case .name(let h) where records[Int(h.record)].type == .gpe:
                hitCountry[index] = records[Int(h.record)].country.flatMap { indexOf[$0] } ?? -1
                hitWeight[index] = 2
            case .name(let h) where records[Int(h.record)].type == .location:
                // A town or region tells where the story is (درعا، بصرى الشام → Syria), as much as
                // a nationality adjective does.
                hitCountry[index] = records[Int(h.record)].country.flatMap { indexOf[$0] } ?? -1
                hitWeight[index] = 1
            case .nationality(let country, _):
                hitCountry[index] = indexOf[country] ?? -1
                hitWeight[index] = 1
            default:
                break
            }
        }
        self.hitCountry = hitCountry
        self.hitWeight = hitWeight
        var mixed: Set<Int32> = []
        for node in 0 ..< Int32(trie.nodeCount) {
            var gpe = false, place = false
            for p in trie.payloads(at: node) {
                guard case .name(let h) = hits[Int(p)] else { continue }
                if records[Int(h.record)].type == .gpe { gpe = true }
                if records[Int(h.record)].type == .location { place = true }
            }
            if gpe, place { mixed.insert(node) }
        }
        self.countryOrPlaceNodes = mixed
        var named = [String?](repeating: nil, count: records.count)
        let tokenizer = Tokenizer()
        for (index, record) in records.enumerated() where record.type == .organization {
            let scalars = Array(record.nameAr.unicodeScalars)
            let words = tokenizer.tokenize(scalars).map { folder.fold(String(String.UnicodeScalarView(scalars[$0.range]))) }
            for start in words.indices {
                var node: Int32 = 0
                for word in words[start...] {
                    guard let id = trie.wordID(hash: WordFolder.hash(word[...])), let next = trie.child(of: node, word: id) else { break }
                    node = next
                    for p in trie.payloads(at: node) {
                        if case .name(let hit) = hits[Int(p)], records[Int(hit.record)].type == .gpe { named[index] = records[Int(hit.record)].country }
                    }
                }
                if named[index] != nil { break }
            }
        }
        self.namedCountry = named
    }

    /// The number of distinct words and trie nodes (for docs and tests).
    public var size: (words: Int, nodes: Int, hits: Int) { (trie.wordCount, trie.nodeCount, hits.count) }

    /// A hash of a surname's words, separated by a space.
    static func surnameKey(_ words: [[UInt32]]) -> UInt64 {
        WordFolder.hash(Array(words.joined(separator: [0x20]))[...])
    }

    /// The flags of a folded word (none when the lexicons do not know it).
    func flags(of letters: [UInt32]) -> WordFlags {
        let h = WordFolder.hash(letters[...])
        return (trie.wordID(hash: h).map { trie.flags(ofWord: $0) } ?? []).union(lazyFlags(h))
    }

    /// The flags read on demand of a word hash.
    func lazyFlags(_ hash: UInt64) -> WordFlags {
        WordFlags(rawValue: lazyFlags[hash].map { UInt32(bitPattern: $0) } ?? 0)
    }

    /// The hits of a phrase written as a string (for tests and tools): what the lexicons say it is.
    public func lookup(_ phrase: String) -> [LexiconHit] {
        var node: Int32 = 0
        for token in Tokenizer().tokenize(phrase) {
            let scalars = Array(phrase.unicodeScalars)[token.range]
            let letters = folder.fold(String(String.UnicodeScalarView(scalars)))
            guard let id = trie.wordID(hash: WordFolder.hash(letters[...])),
                  let next = trie.child(of: node, word: id) else { return [] }
            node = next
        }
        return trie.payloads(at: node).map { hits[Int($0)] }
    }
}
