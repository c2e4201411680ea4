import MarsadText

/// A lexicon phrase found in the text.
struct PhraseMatch: Sendable {
    /// The tokens it covers, the proclitics of the first included.
    let tokens: Range<Int>
    /// The original text it covers, without the proclitics of its first token.
    let span: Span
    /// The hits at the phrase's node (indices into ``EntityLexicons`` hits), of one family:
    /// names, or titles/adjectives/reference words.
    let hits: [Int32]
    /// For a truncated name (no hits): the inner node it reaches, whose records continue it.
    var prefixNode: Int32? = nil
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
            for reading in readings.of(i) where reading.wordID >= 0 {
                guard var node = trie.child(of: 0, word: reading.wordID) else { continue }
                var j = i + 1
                while true {
                    let (hasName, hasOther) = classify(trie.payloads(at: node))
                    if hasName, i >= nameCursor, bestName.map({ j > $0.end }) ?? true { bestName = (j, reading.start, node) }
                    if hasOther, i >= otherCursor, bestOther.map({ j > $0.end }) ?? true { bestOther = (j, reading.start, node) }
                    if !hasName, j - i >= 2, i >= nameCursor, !trie.records(below: node).isEmpty,
                       bestPrefix.map({ j > $0.end }) ?? true {
                        bestPrefix = (j, reading.start, node)
                    }
                    guard j - i < lexicons.maxPhraseTokens, j < n else { break }
                    var k = j
                    if Self.isHashtagJoint(tokens, k, scalars), k + 1 < n { k += 1 }
                    let id = readings.whole(k).wordID
                    guard id >= 0, let next = trie.child(of: node, word: id) else { break }
                    node = next
                    j = k + 1
                }
            }
            // A truncated name longer than any full one is tried first (حركة الجهاد، بعثة الأمم المتحدة).
            if let m = bestPrefix, bestName.map({ m.end > $0.end }) ?? true {
                names.append(PhraseMatch(tokens: i ..< m.end, span: Span(start: Int(m.start), end: tokens[m.end - 1].end), hits: [],
                                         prefixNode: m.node))
            }
            if let m = bestName {
                let hits = trie.payloads(at: m.node).filter { isName(lexicons.hits[Int($0)]) }
                names.append(PhraseMatch(tokens: i ..< m.end, span: Span(start: Int(m.start), end: tokens[m.end - 1].end), hits: hits))
                nameCursor = m.end
            }
            if let m = bestOther {
                let hits = trie.payloads(at: m.node).filter { !isName(lexicons.hits[Int($0)]) }
                others.append(PhraseMatch(tokens: i ..< m.end, span: Span(start: Int(m.start), end: tokens[m.end - 1].end), hits: hits))
                otherCursor = m.end
            }
            i += 1
        }
        return (names, others)
    }

    private func isName(_ hit: LexiconHit) -> Bool {
        switch hit {
        case .name, .notAName: return true
        default: return false
        }
    }

    private func classify(_ payloads: [Int32]) -> (Bool, Bool) {
        var name = false, other = false
        for p in payloads {
            if isName(lexicons.hits[Int(p)]) { name = true } else { other = true }
        }
        return (name, other)
    }

    /// Whether token `k` is an underscore directly between two words (a hashtag: قطاع_غزة).
    static func isHashtagJoint(_ tokens: [Token], _ k: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard k > 0, k + 1 < tokens.count else { return false }
        let t = tokens[k]
        return t.end - t.start == 1 && scalars[t.start] == "_" && tokens[k - 1].end == t.start && tokens[k + 1].start == t.end
    }
}
