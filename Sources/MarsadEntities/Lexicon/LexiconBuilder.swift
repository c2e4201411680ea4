import MarsadCore
import MarsadText

/// Collects surfaces and records, then builds the trie of ``EntityLexicons``.
///
/// Surfaces are tokenized with the text tokenizer and folded word by word, so a lexicon phrase
/// and a text phrase meet on the same words. `finish` decides which leading class nouns stay
/// outside mention spans: a class noun is trimmed only when the rest is itself a known name
/// (إقليم قره باغ → قره باغ; حلف شمال الأطلسي stays whole).
struct LexiconBuilder {
    let folder: WordFolder
    let tokenizer = Tokenizer()
    private(set) var records: [LexiconRecord] = []
    private var recordIndex: [String: Int32] = [:]
    private var hits: [LexiconHit] = []
    private var hitIndex: [LexiconHit: Int32] = [:]
    /// Name surfaces before trimming: words, record, priority, trim, needsContext.
    private var names: [(words: [[UInt32]], hit: NameHit)] = []
    private var others: [(words: [[UInt32]], hit: LexiconHit)] = []
    var classNouns: Set<[UInt32]> = []
    /// Flags to set on words (stop words, class nouns, verbs…).
    private var flagged: [(letters: [UInt32], flags: WordFlags)] = []

    init(folder: WordFolder) { self.folder = folder }

    /// The folded words of a surface (punctuation tokens are words too).
    func words(_ surface: String) -> [[UInt32]] {
        let scalars = Array(surface.unicodeScalars)
        var result: [[UInt32]] = []
        var letters: [UInt32] = []
        for token in tokenizer.tokenize(scalars) {
            folder.fold(scalars[token.range], into: &letters)
            if !letters.isEmpty { result.append(letters) }
        }
        return result
    }

    /// The index of the record with `key`, adding `record` when it is new.
    mutating func record(_ key: String, _ make: @autoclosure () -> LexiconRecord) -> Int32 {
        if let index = recordIndex[key] { return index }
        let index = Int32(records.count)
        records.append(make())
        recordIndex[key] = index
        return index
    }

    /// Adds a surface naming `record`.
    mutating func addName(_ surface: String, record: Int32, priority: Int8, trim: Int8 = 0, needsContext: Bool = false) {
        addName(words(surface), record: record, priority: priority, trim: trim, needsContext: needsContext,
                endsInTehMarbuta: surface.unicodeScalars.last == "\u{0629}")
    }

    /// Adds a surface, given as folded words, naming `record`.
    mutating func addName(_ words: [[UInt32]], record: Int32, priority: Int8, trim: Int8 = 0, needsContext: Bool = false,
                          endsInTehMarbuta: Bool = false) {
        guard !words.isEmpty else { return }
        names.append((words, NameHit(record: record, trim: trim, priority: priority, needsContext: needsContext,
                                     endsInTehMarbuta: endsInTehMarbuta)))
    }

    /// Adds a surface with another meaning (title, adjective, reference word).
    mutating func add(_ words: [[UInt32]], hit: LexiconHit) {
        guard !words.isEmpty else { return }
        others.append((words, hit))
    }

    /// Every name surface with its record (before trimming).
    var nameSurfaces: [(words: [[UInt32]], record: Int32)] { names.map { ($0.words, $0.hit.record) } }

    /// Flags read only on demand, kept out of the trie's word table (stop words, name parts…),
    /// so that the hot path probes a smaller table.
    private var lazyFlagged: [(letters: [UInt32], flags: WordFlags)] = []

    /// Sets flags read on demand on a word.
    mutating func flagLazily(_ surface: String, _ flags: WordFlags) {
        for word in words(surface) { lazyFlagged.append((word, flags)) }
    }

    /// Sets flags read on demand on a folded word.
    mutating func flagWordLazily(_ letters: [UInt32], _ flags: WordFlags) { lazyFlagged.append((letters, flags)) }

    /// The table of flags read on demand, by word hash.
    func lazyFlagTable() -> UInt64Table {
        var table = UInt64Table()
        for (letters, flags) in lazyFlagged {
            let h = WordFolder.hash(letters[...])
            table[h] = Int32(bitPattern: UInt32(bitPattern: table[h] ?? 0) | flags.rawValue)
        }
        return table
    }

    /// Sets flags on a folded word.
    mutating func flagWord(_ letters: [UInt32], _ flags: WordFlags) { flagged.append((letters, flags)) }

    /// Sets flags on a word (interning it).
    mutating func flag(_ surface: String, _ flags: WordFlags) {
        for word in words(surface) { flagged.append((word, flags)) }
    }

    private mutating func intern(_ hit: LexiconHit) -> Int32 {
        if let index = hitIndex[hit] { return index }
        let index = Int32(hits.count)
        hits.append(hit)
        hitIndex[hit] = index
        return index
    }

    /// Builds the trie; returns it with the hits and the longest phrase length.
    mutating func finish() -> (trie: PhraseTrie, hits: [LexiconHit], maxTokens: Int) {
        var trie = PhraseTrie()
        var maxTokens = 1
        let known = Set(names.map { $0.words })
        for name in names {
            var nameHit = name.hit
            if nameHit.trim == 0, name.words.count >= 2, classNouns.contains(name.words[0]),
               known.contains(Array(name.words.dropFirst())) {
                nameHit.trim = 1
            }
            let hit = intern(.name(nameHit))
            trie.insert(name.words.map { trie.insertWord($0) }, payload: hit, record: nameHit.record, isName: true)
            maxTokens = max(maxTokens, name.words.count)
        }
        for other in others {
            let hit = intern(other.hit)
            trie.insert(other.words.map { trie.insertWord($0) }, payload: hit, isName: other.hit.isName)
            maxTokens = max(maxTokens, other.words.count)
        }
        for (letters, flags) in flagged { trie.flag(letters, flags) }
        return (trie, hits, maxTokens)
    }
}
