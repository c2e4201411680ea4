extension NormalizedText {
    /// The ways the offset map breaks its guarantees; empty when they hold.
    ///
    /// Guarantees: every normalized scalar maps to a non-empty original range inside the text;
    /// starts and ends never decrease; and ``normalizedRange(ofOriginal:)`` takes the original
    /// range of any normalized scalar back to a normalized range that holds it.
    /// - Complexity: O(n log n) in the number of normalized scalars.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        for i in 0 ..< count {
            let start = Int(originStarts[i]), end = Int(originEnds[i])
            guard 0 <= start, start < end, end <= originalCount else {
                problems.append("normalized scalar \(i) maps to \(start) ..< \(end), outside 0 ..< \(originalCount) or empty")
                continue
            }
            if i > 0, originStarts[i] < originStarts[i - 1] || originEnds[i] < originEnds[i - 1] {
                problems.append("normalized scalar \(i) maps before scalar \(i - 1)")
            }
            let back = normalizedRange(ofOriginal: originalRange(of: i ..< i + 1))
            if !back.contains(i) { problems.append("normalized scalar \(i) is not in the normalized range \(back) of its original") }
        }
        if count > 0 {
            let whole = originalRange(of: 0 ..< count)
            if normalizedRange(ofOriginal: whole) != 0 ..< count {
                problems.append("the original range \(whole) of the whole text does not map back to all of it")
            }
        }
        return problems
    }
}
