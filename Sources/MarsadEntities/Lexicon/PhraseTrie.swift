/// A trie over words: each edge is one folded word, each node may carry payloads.
///
/// ```swift
/// var trie = PhraseTrie()
/// let words = ["ناغورني", "قره", "باغ"].map { trie.insertWord(folder.fold($0)) }
/// trie.insert(words, payload: 7)
/// // walking ناغورني → قره → باغ from the root reaches a node whose payloads are [7]
/// ```
///
/// Words are interned: a word's id is found by its 64-bit hash and checked letter by letter on a
/// hit, so a text word costs one hash-table probe, and a phrase of k words k probes.
/// Edges live in one table keyed by (node, word). Built once, at load; read-only afterwards.
/// - Complexity: lookup O(k) in the word length; memory O(total words of all phrases).
public struct PhraseTrie: Sendable {
    private var wordIDs = UInt64Table()
    /// A Bloom filter over word hashes (65,536 bits, two per word: 8 KB, it stays in the L1
    /// cache): most text words that are not lexicon words never touch the word table.
    private var bloom = [UInt64](repeating: 0, count: 1024)
    private var wordLetters: [[UInt32]] = []
    private var wordFlags: [UInt32] = []
    private var edges = UInt64Table()
    /// Payloads per node; node 0 is the root.
    private(set) var payloads: [[Int32]] = [[]]
    /// For each node, the records named by the phrases that go through it without ending there
    /// (at most ``maxRecordsBelow``): a truncated name («حركة الجهاد» for «حركة الجهاد الإسلامي»).
    private(set) var recordsBelow: [[Int32]] = [[]]
    /// Per node: bit 0, a name ends here; bit 1, another phrase (title, adjective…) ends here.
    private var nodeKinds: [UInt8] = [0]
    public static let maxRecordsBelow = 8

    public init() {}

    /// The number of distinct words.
    public var wordCount: Int { wordLetters.count }
    /// The number of nodes, the root included.
    public var nodeCount: Int { payloads.count }

    /// Interns a folded word and returns its id.
    public mutating func insertWord(_ letters: [UInt32]) -> Int32 {
        let h = WordFolder.hash(letters[...])
        if let id = wordIDs[h] {
            precondition(wordLetters[Int(id)] == letters, "two lexicon words share a 64-bit hash")
            return id
        }
        let id = Int32(wordLetters.count)
        let (a, b) = Self.bloomBits(h)
        bloom[a >> 6] |= 1 << (a & 63)
        bloom[b >> 6] |= 1 << (b & 63)
        wordLetters.append(letters)
        wordFlags.append(0)
        wordIDs[h] = id
        return id
    }

    /// The id of a word given by its hash, if any.
    ///
    /// The letters are not compared: lexicon words never share a 64-bit hash (checked when
    /// they are interned), and a text word whose hash equals a lexicon word's by chance has a
    /// probability of about 4 × 10⁻¹⁶ per lookup (7,000 words over 2⁶⁴ hashes) — comparing
    /// letters would cost a cache miss on every hit for nothing.
    public func wordID(hash: UInt64) -> Int32? {
        let (a, b) = Self.bloomBits(hash)
        guard bloom[a >> 6] & (1 << (a & 63)) != 0, bloom[b >> 6] & (1 << (b & 63)) != 0 else { return nil }
        return wordIDs[hash]
    }

    @inline(__always)
    static func bloomBits(_ h: UInt64) -> (Int, Int) { (Int(truncatingIfNeeded: h >> 48), Int(truncatingIfNeeded: (h >> 32) & 0xFFFF)) }

    /// Interns a word and sets `flags` on it.
    public mutating func flag(_ letters: [UInt32], _ flags: WordFlags) {
        guard !letters.isEmpty else { return }
        let id = insertWord(letters)
        wordFlags[Int(id)] |= flags.rawValue
    }

    /// The flags of an interned word.
    public func flags(ofWord id: Int32) -> WordFlags { WordFlags(rawValue: wordFlags[Int(id)]) }

    /// The letters of an interned word.
    public func letters(ofWord id: Int32) -> [UInt32] { wordLetters[Int(id)] }

    /// Adds a phrase (word ids in order) with a payload at its last node; `record`, for a name,
    /// is noted on the inner nodes it passes.
    public mutating func insert(_ words: [Int32], payload: Int32, record: Int32? = nil, isName: Bool = false) {
        precondition(!words.isEmpty)
        var node: Int32 = 0
        for (index, w) in words.enumerated() {
            wordFlags[Int(w)] |= (index == 0 ? WordFlags.startsPhrase : WordFlags.continuesPhrase).rawValue
            if index > 0, let record, recordsBelow[Int(node)].count <= Self.maxRecordsBelow,
               !recordsBelow[Int(node)].contains(record) {
                recordsBelow[Int(node)].append(record)
            }
            let key = Self.edgeKey(node, w)
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                recordsBelow.append([])
                nodeKinds.append(0)
                edges[key] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
        nodeKinds[Int(node)] |= isName ? 1 : 2
    }

    /// The node reached from `node` over `word`.
    public func child(of node: Int32, word: Int32) -> Int32? {
        edges[Self.edgeKey(node, word)]
    }

    /// Whether a name ends at `node`, and whether another phrase does.
    public func kinds(at node: Int32) -> (name: Bool, other: Bool) {
        let k = nodeKinds[Int(node)]
        return (k & 1 != 0, k & 2 != 0)
    }

    /// The records of the names that continue past `node` (more than ``maxRecordsBelow``: many).
    public func records(below node: Int32) -> [Int32] { recordsBelow[Int(node)] }

    /// The payloads of a node (empty for an inner node).
    public func payloads(at node: Int32) -> [Int32] { payloads[Int(node)] }

    static func edgeKey(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }
}
