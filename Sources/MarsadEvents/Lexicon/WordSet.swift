/// A small set of word hashes (``WordHash``) that the readers test tokens against: the few words
/// of ``Words`` (first-person pronouns, titles, verbs of calling …).
///
/// ```swift
/// let kana: WordSet = [WordHash.of("كان"), WordHash.of("كانت")]
/// kana.contains(view.forms.whole(t))
/// ```
/// `Set<UInt64>` hashed the key with SipHash on every test (about 80 instructions), and most
/// tests miss; here a 64-bit mask of the members' top six bits rejects most words at one AND, and
/// the members (a few dozen at most) are scanned only when the mask lets a word through.
/// - Complexity: O(1) for most misses, O(k) otherwise for k members.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let members: [UInt64]
    private let mask: UInt64

    init(_ words: some Sequence<UInt64>) {
        members = Array(words)
        mask = members.reduce(0) { $0 | Self.bit($1) }
    }

    init(arrayLiteral words: UInt64...) { self.init(words) }

    @inline(__always)
    private static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash >> 58) }

    /// Whether `hash` is one of the set's words.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { mask & Self.bit(hash) != 0 && members.contains(hash) }
}
