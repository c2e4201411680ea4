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
    private var wordIDs: [UInt64: Int32] = [:]
    private var wordLetters: [[UInt32]] = []
    private var edges: [UInt64: Int32] = [:]
    /// Payloads per node; node 0 is the root.
    private(set) var payloads: [[Int32]] = [[]]
    /// For each node, the records named by the phrases that go through it without ending there
    /// (at most ``maxRecordsBelow``): a truncated name («حركة الجهاد» for «حركة الجهاد الإسلامي»).
    private(set) var recordsBelow: [[Int32]] = [[]]
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
        wordLetters.append(letters)
        wordIDs[h] = id
        return id
    }

    /// The id of a word given by its hash and letters (with an optional leading alef), if any.
    public func wordID(hash: UInt64, letters: ArraySlice<UInt32>, leadingAlef: Bool = false) -> Int32? {
        guard let id = wordIDs[hash] else { return nil }
        let stored = wordLetters[Int(id)]
        if leadingAlef {
            guard stored.count == letters.count + 1, stored[0] == 0x0627, stored.dropFirst().elementsEqual(letters) else { return nil }
        } else {
            guard stored.count == letters.count, stored.elementsEqual(letters) else { return nil }
        }
        return id
    }

    /// The letters of an interned word.
    public func letters(ofWord id: Int32) -> [UInt32] { wordLetters[Int(id)] }

    /// Adds a phrase (word ids in order) with a payload at its last node; `record`, for a name,
    /// is noted on the inner nodes it passes.
    public mutating func insert(_ words: [Int32], payload: Int32, record: Int32? = nil) {
        precondition(!words.isEmpty)
        var node: Int32 = 0
        for (index, w) in words.enumerated() {
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
                edges[key] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    /// The node reached from `node` over `word`.
    public func child(of node: Int32, word: Int32) -> Int32? {
        edges[Self.edgeKey(node, word)]
    }

    /// The records of the names that continue past `node` (more than ``maxRecordsBelow``: many).
    public func records(below node: Int32) -> [Int32] { recordsBelow[Int(node)] }

    /// The payloads of a node (empty for an inner node).
    public func payloads(at node: Int32) -> [Int32] { payloads[Int(node)] }

    static func edgeKey(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }
}
