/// A set of token indexes of one document, as a bit per token.
///
/// ```swift
/// let verbs = TokenSet(count: view.tokenCount, [3, 17])
/// verbs.contains(17)                       // true
/// verbs.union(other).contains { $0 > 10 }  // members in increasing order
/// ```
/// What the readers keep per document (the tokens that start a verb, a trigger, a speech verb)
/// and test token by token: `Set<Int>` hashed every index it was built from and asked for
/// (about 3 % of the three event-side layers, docs/PERFORMANCE.md).
/// - Complexity: O(n / 64) to build or join for n tokens, O(1) per membership test.
struct TokenSet: Sequence, Sendable {
    private var words: [UInt64]

    /// The tokens of `members` (each in `0 ..< count`) among `count` tokens.
    init(count: Int, _ members: some Sequence<Int>) {
        words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        for t in members { words[t >> 6] |= 1 << UInt64(t & 63) }
    }

    /// Whether token `t` is in the set (`false` outside the document).
    @inline(__always)
    func contains(_ t: Int) -> Bool {
        guard t >= 0, t >> 6 < words.count else { return false }
        return words[t >> 6] & (1 << UInt64(t & 63)) != 0
    }

    /// The tokens of both sets (of the same document).
    func union(_ other: TokenSet) -> TokenSet {
        var joined = self
        for i in 0 ..< Swift.min(words.count, other.words.count) { joined.words[i] |= other.words[i] }
        return joined
    }

    /// The members in increasing order.
    func makeIterator() -> Iterator { Iterator(words: words) }

    struct Iterator: IteratorProtocol {
        let words: [UInt64]
        var index = 0
        var current: UInt64 = 0

        init(words: [UInt64]) {
            self.words = words
            current = words.first ?? 0
        }

        mutating func next() -> Int? {
            while current == 0 {
                index += 1
                guard index < words.count else { return nil }
                current = words[index]
            }
            let bit = current.trailingZeroBitCount
            current &= current - 1
            return index << 6 | bit
        }
    }
}
