/// A half-open range of Unicode code points in a document's original text: `start ..< end`.
///
/// Offsets count Unicode scalars, as Python's `str` indexes, so `text[start:end]` in Python is
/// the spanned text. They never count `Character`s (a letter with harakat is one `Character` but
/// several scalars) nor UTF-8 or UTF-16 units.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    /// A span from `start` (inclusive) to `end` (exclusive). Requires `0 <= start <= end`.
    @inlinable
    public init(start: Int, end: Int) {
        precondition(start >= 0 && start <= end, "a span needs 0 <= start <= end")
        self.start = start
        self.end = end
    }

    @inlinable
    public init(_ range: Range<Int>) { self.init(start: range.lowerBound, end: range.upperBound) }

    public var range: Range<Int> { start ..< end }
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    /// Whether `other` lies inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(start: min(start, other.start), end: max(end, other.end)) }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "[\(start), \(end))" }
}
