/// What ``DocumentView/clause(of:complementizers:)`` has learnt of each token: whether a clause
/// starts before it, with and without the complementizer rule, once asked.
///
/// ```swift
/// let memo = ClauseBoundaries(count: view.tokenCount)
/// memo.boundary(before: t, complementizers: true) { view.isClauseBoundary(before: t, complementizers: false) }
/// ```
/// The readers ask for the clause of every trigger, cue and subject, and each asking walked the
/// clause's tokens again, testing each for a boundary (a sixth of the three layers' time,
/// docs/PERFORMANCE.md); each token is now tested at most once per rule. A class over a buffer of
/// its own, so that the view, built once and read after, fills it without copies or exclusivity
/// checks. Not `Sendable`: it belongs to one view, read on one thread. Answers are kept, so the
/// view asks only once it is complete (its agents' mentions added, in `init`).
/// - Complexity: O(1) per question after the first for a token.
final class ClauseBoundaries {
    /// Per token: bit 0 set when bit 1 holds the plain rule's answer; bit 2 set when bit 3 holds
    /// whether a complementizer ends right before it.
    private let bits: UnsafeMutableBufferPointer<UInt8>

    init(count: Int) {
        bits = .allocate(capacity: max(count, 1))
        bits.initialize(repeating: 0)
    }

    deinit { bits.deallocate() }

    /// Whether a clause starts at token `t`, reading `plain` (the rule without complementizers)
    /// and `complementizer` (a complementizer right before `t`) the first time each is needed.
    @inline(__always)
    func boundary(before t: Int, complementizers: Bool, plain: () -> Bool, complementizer: () -> Bool) -> Bool {
        var b = bits[t]
        if b & 1 == 0 {
            b |= plain() ? 3 : 1
            bits[t] = b
        }
        if b & 2 != 0 || !complementizers { return b & 2 != 0 }
        if b & 4 == 0 {
            b |= complementizer() ? 12 : 4
            bits[t] = b
        }
        return b & 8 != 0
    }
}
