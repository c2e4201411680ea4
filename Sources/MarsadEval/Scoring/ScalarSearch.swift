import MarsadText

/// Exact substring search over Unicode scalars: the gold's `contains` and `evidence` pieces are
/// verbatim text, compared scalar by scalar (no normalization, no `Character` boundaries).
enum ScalarSearch {
    /// Whether `piece` occurs in `text`.
    static func contains(_ piece: String, in text: ArraySlice<Unicode.Scalar>) -> Bool {
        firstRange(of: piece, in: text) != nil
    }

    /// The first span of `text` (offsets of the base array) that reads `piece`. O(n · m).
    static func firstRange(of piece: String, in text: ArraySlice<Unicode.Scalar>) -> Span? {
        let needle = Array(piece.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        var i = text.startIndex
        while i + needle.count <= text.endIndex {
            if text[i] == needle[0], text[i ..< i + needle.count].elementsEqual(needle) {
                return Span(start: i, end: i + needle.count)
            }
            i += 1
        }
        return nil
    }
}
