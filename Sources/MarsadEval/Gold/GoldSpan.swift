import MarsadText

/// Decoding of the gold's `[start, end]` spans into ``Span``.
enum GoldSpan {
    /// Reads a `[start, end]` pair, refusing negative or reversed offsets instead of trapping.
    static func decode(_ pair: [Int], codingPath: [any CodingKey]) throws -> Span {
        guard pair.count == 2, pair[0] >= 0, pair[0] <= pair[1] else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath,
                debugDescription: "a span must be [start, end] with 0 <= start <= end, not \(pair)"))
        }
        return Span(start: pair[0], end: pair[1])
    }

    /// Reads a list of `[start, end]` pairs.
    static func decodeList(_ pairs: [[Int]]?, codingPath: [any CodingKey]) throws -> [Span] {
        try (pairs ?? []).map { try decode($0, codingPath: codingPath) }
    }
}
