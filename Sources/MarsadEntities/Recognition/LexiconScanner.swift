import MarsadText

/// A lexicon phrase found in the text.
struct PhraseMatch: Sendable {
    /// The tokens it covers, the proclitics of the first included.
    let tokens: Range<Int>
    /// The original text it covers, without the proclitics of its first token.
    let span: Span
    /// The trie node the phrase reaches: its payloads are the hits.
    let node: Int32
    /// Names (and non-names), or titles, adjectives and reference words.
    let isName: Bool
    /// A truncated name: the node is an inner one, whose records continue it.
    var isPrefix = false
}

/// The hits of a match, of its family (a sequence over the trie node's payloads).
struct MatchHits: Sequence, IteratorProtocol {
    let payloads: [Int32]
    let all: [LexiconHit]
    let isName: Bool
    var index = 0

    init(payloads: [Int32], all: [LexiconHit], isName: Bool) {
        self.payloads = payloads
        self.all = all
        self.isName = isName
    }

    mutating func next() -> LexiconHit? {
        while index < payloads.count {
            let hit = all[Int(payloads[index])]
            index += 1
            if hit.isName == isName { return hit }
        }
        return nil
    }
}

/// Finds lexicon phrases: longest match over tokens, trying each reading of the first token.
///
/// Two families are matched independently, each greedily from left to right: names (they do not
/// overlap each other) and the rest — titles, nationality adjectives, reference words — which may
/// overlap names (مبعوث الأمم المتحدة is a title containing the name الأمم المتحدة). A hashtag's
/// underscore between two words is read as a space (#قطاع_غزة).
/// - Complexity: O(n · L) in tokens and the longest phrase L, one hash probe per step; in practice
///   most tokens stop at the first probe.
struct LexiconScanner {
    let lexicons: EntityLexicons

    func scan(tokens: [Token], scalars: [Unicode.Scalar], readings: TokenReadings) -> (names: [PhraseMatch], others: [PhraseMatch]) {
        var names: [PhraseMatch] = [], others: [PhraseMatch] = []
        let trie = lexicons.trie
        var nameCursor = 0, otherCursor = 0
        var i = 0
        let n = tokens.count
        while i < n {
            if i < nameCursor, i < otherCursor {
                i += 1
                continue
            }
            var bestName: (end: Int, start: Int32, node: Int32)? = nil
            var bestPrefix: (end: Int, start: Int32, node: Int32)? = nil
            var bestOther: (end: Int, start: Int32, node: Int32)? = nil
            for r in readings.indices(of: i) {
                let reading = readings.readings[r]
                guard reading.flags.contains(.startsPhrase) else { continue }
                guard var node = trie.child(of: 0, word: reading.wordID) else { continue }
                var j = i + 1
                while true {
                    let (hasName, hasOther) = trie.kinds(at: node)
                    if hasName, i >= nameCursor, bestName.map({ j > $0.end }) ?? true { bestName = (j, reading.start, node) }
                    if hasOther, i >= otherCursor, bestOther.map({ j > $0.end }) ?? true { bestOther = (j, reading.start, node) }
                    if !hasName, j - i >= 2, i >= nameCursor, bestPrefix.map({ j > $0.end }) ?? true,
                       (1 ... PhraseTrie.maxRecordsBelow).contains(trie.records(below: node).count) {
                        bestPrefix = (j, reading.start, node)
                    }
                    guard j - i < lexicons.maxPhraseTokens, j < n else { break }
                    var k = j
                    if Self.isHashtagJoint(tokens, k, scalars) || Self.isHashtagSign(tokens, k, scalars), k + 1 < n { k += 1 }
                    let next = readings.whole(k)
                    guard next.flags.contains(.continuesPhrase), let child = trie.child(of: node, word: next.wordID) else { break }
                    node = child
                    j = k + 1
                }
            }
            // A truncated name longer than any full one is tried first (حركة الجهاد، بعثة الأمم المتحدة).
            if let m = bestPrefix, bestName.map({ m.end > $0.end }) ?? true {
                names.append(PhraseMatch(tokens: i ..< m.end, span: Span(start: Int(m.start), end: tokens[m.end - 1].end),
                                         node: m.node, isName: true, isPrefix: true))
            }
            if let m = bestName {
                names.append(PhraseMatch(tokens: i ..< m.end, span: Span(start: Int(m.start), end: tokens[m.end - 1].end),
                                         node: m.node, isName: true))
                nameCursor = m.end
            }
            if let m = bestOther {
                others.append(PhraseMatch(tokens: i ..< m.end, span: Span(start: Int(m.start), end: tokens[m.end - 1].end),
                                          node: m.node, isName: false))
                otherCursor = m.end
            }
            i += 1
        }
        return (names, others)
    }

    /// Whether token `k` is a hashtag sign inside a name (نيكولا #ساركوزي): `#` after a space and
    /// directly before a word.
    static func isHashtagSign(_ tokens: [Token], _ k: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard k > 0, k + 1 < tokens.count else { return false }
        let t = tokens[k]
        return t.end - t.start == 1 && scalars[t.start] == "#" && tokens[k + 1].start == t.end && tokens[k - 1].end < t.start
    }

    /// Whether token `k` is an underscore directly between two words (a hashtag: قطاع_غزة).
    static func isHashtagJoint(_ tokens: [Token], _ k: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard k > 0, k + 1 < tokens.count else { return false }
        let t = tokens[k]
        return t.end - t.start == 1 && scalars[t.start] == "_" && tokens[k - 1].end == t.start && tokens[k + 1].start == t.end
    }
}
