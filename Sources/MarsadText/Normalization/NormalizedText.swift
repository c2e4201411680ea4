/// Normalized scalars with a map from every normalized position back to the original text.
///
/// Normalized scalar `i` comes from the original scalars `originStarts[i] ..< originEnds[i]`.
/// A removed diacritic belongs to the letter before it, so a span that ends on that letter ends
/// after its marks in the original. An expansion (ﻻ → لا) maps both scalars to the one original.
public struct NormalizedText: Sendable {
    /// The normalized scalars.
    public let scalars: [Unicode.Scalar]
    /// For each normalized scalar, where its original starts (a code-point offset).
    public let originStarts: [Int32]
    /// For each normalized scalar, where its original ends, marks included.
    public let originEnds: [Int32]
    /// The number of scalars in the original text.
    public let originalCount: Int

    public init(scalars: [Unicode.Scalar], originStarts: [Int32], originEnds: [Int32], originalCount: Int) {
        precondition(scalars.count == originStarts.count && scalars.count == originEnds.count)
        self.scalars = scalars
        self.originStarts = originStarts
        self.originEnds = originEnds
        self.originalCount = originalCount
    }

    /// The number of normalized scalars.
    public var count: Int { scalars.count }

    /// The normalized text as a string.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The normalized scalars in `range` as a string.
    public func string(in range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The original code-point range of the normalized range `range`.
    ///
    /// An empty range maps to the empty range at the original position of `range.lowerBound`.
    /// - Complexity: O(1).
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range out of the normalized text")
        if range.isEmpty {
            let at = range.lowerBound < count ? Int(originStarts[range.lowerBound]) : originalCount
            return at ..< at
        }
        return Int(originStarts[range.lowerBound]) ..< Int(originEnds[range.upperBound - 1])
    }

    /// The normalized position of the first normalized scalar whose original starts at or after
    /// `originalOffset`. Binary search: O(log n).
    public func normalizedIndex(atOrAfterOriginal originalOffset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(originStarts[mid]) < originalOffset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The normalized range covering the original range `range`: every normalized scalar whose
    /// original starts inside it.
    public func normalizedRange(ofOriginal range: Range<Int>) -> Range<Int> {
        normalizedIndex(atOrAfterOriginal: range.lowerBound) ..< normalizedIndex(atOrAfterOriginal: range.upperBound)
    }
}
