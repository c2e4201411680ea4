/// A phrase found in a tag sequence: the tokens `start ..< end` and the type label.
public struct LabeledChunk: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let start: Int
    public let end: Int
    public let type: String

    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }

    public var range: Range<Int> { start ..< end }
    public var description: String { "\(type)[\(start), \(end))" }
    public static func < (a: LabeledChunk, b: LabeledChunk) -> Bool { (a.start, a.end, a.type) < (b.start, b.end, b.type) }

    /// The phrases of a label sequence, read by conlleval's rules.
    ///
    /// ```swift
    /// LabeledChunk.chunks(in: ["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC"])
    /// // [PERS[0, 2), LOC[3, 4), LOC[4, 5)]
    /// ```
    ///
    /// Labels are `O`, or a prefix `B-` `I-` `E-` `S-` and a type; a bare type (`LOC`) reads as
    /// `I-LOC`. A phrase starts at `B`, `S`, or an `I`/`E` whose type differs from the token
    /// before or that follows `O`, `E` or `S`; it ends before `B`, `S`, `O`, or a token of
    /// another type, and after `E` or `S`. These are the `startOfChunk`/`endOfChunk` rules of
    /// conlleval.pl, so an `I-X` after `O` opens a phrase.
    /// - Complexity: O(n).
    public static func chunks(in labels: [String]) -> [LabeledChunk] {
        var result: [LabeledChunk] = []
        var open: (start: Int, type: Substring)? = nil
        var previous: (prefix: Character, type: Substring) = ("O", "")
        for (i, label) in labels.enumerated() {
            let current = split(label)
            if let o = open, endsChunk(previous: previous, current: current) {
                result.append(LabeledChunk(start: o.start, end: i, type: String(o.type)))
                open = nil
            }
            if startsChunk(previous: previous, current: current) { open = (i, current.type) }
            previous = current
        }
        if let o = open { result.append(LabeledChunk(start: o.start, end: labels.count, type: String(o.type))) }
        return result
    }

    /// Splits `B-LOC` into (`B`, `LOC`); `O` into (`O`, ``); a bare `LOC` into (`I`, `LOC`).
    static func split(_ label: String) -> (prefix: Character, type: Substring) {
        if label == "O" || label.isEmpty { return ("O", "") }
        let s = Substring(label)
        if s.count >= 2, let first = s.first, "BIES".contains(first), s.dropFirst().first == "-" {
            return (first, s.dropFirst(2))
        }
        return ("I", s)
    }

    static func endsChunk(previous p: (prefix: Character, type: Substring), current c: (prefix: Character, type: Substring)) -> Bool {
        if p.prefix == "O" { return false }
        if p.prefix == "E" || p.prefix == "S" { return true }
        if c.prefix == "B" || c.prefix == "S" || c.prefix == "O" { return true }
        return p.type != c.type
    }

    static func startsChunk(previous p: (prefix: Character, type: Substring), current c: (prefix: Character, type: Substring)) -> Bool {
        if c.prefix == "O" { return false }
        if c.prefix == "B" || c.prefix == "S" { return true }
        if p.prefix == "O" || p.prefix == "E" || p.prefix == "S" { return true }
        return p.type != c.type
    }
}
