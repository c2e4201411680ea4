/// A map from the token indexes of one document to small integers (a cue, a pair of marks), as
/// one `Int32` per token.
///
/// ```swift
/// var opening = TokenIndex(count: view.tokenCount + 1)
/// opening[12] = 0
/// opening[12]   // 0
/// opening[13]   // nil
/// ```
/// What the quotation reader keeps per document and asks token by token: `[Int: Int]` hashed
/// every index with SipHash (about 5 % of the three event-side layers' instructions,
/// docs/PERFORMANCE.md). Reads outside `0 ..< count` give `nil`, as a missing key did.
/// - Complexity: O(n) to build for n tokens, O(1) per read or write.
struct TokenIndex: Sendable {
    private var values: [Int32]

    /// An empty map over tokens `0 ..< count`.
    init(count: Int) { values = [Int32](repeating: -1, count: Swift.max(0, count)) }

    /// The value at token `t`; setting `nil` removes it. Values must be in `0 ..< Int32.max`.
    @inline(__always)
    subscript(t: Int) -> Int? {
        get {
            guard t >= 0, t < values.count else { return nil }
            let v = values[t]
            return v < 0 ? nil : Int(v)
        }
        set { values[t] = newValue.map { Int32($0) } ?? -1 }
    }
}
