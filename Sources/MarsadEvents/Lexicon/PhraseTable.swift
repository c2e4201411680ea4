import MarsadText

/// A table of words and phrases of normalized Arabic, matched on a document's ``TokenForms``,
/// longest first.
///
/// ```swift
/// let table = PhraseTable(phrases: [("وقف إطلاق النار", 0)], normalizer: normalizer)
/// table.match(at: k, forms: forms, first: .conjunction)  // tokens k ..< k + 3
/// ```
/// The first word may be read in the forms the caller allows (whole, without و/ف, …); the next
/// words whole, without و/ف or without ب/ل/ك, so "وقف لإطلاق النار" and "حركة النقل والعبور" match
/// the entries "وقف إطلاق النار" and "حركة النقل العبور" are written as. Quotation-mark tokens
/// between words are skipped when `skipsQuotationMarks` is set ("وقف "دائم" لإطلاق النار").
/// - Complexity: one dictionary lookup per allowed form of the first token, then O(k) per
///   candidate phrase of k words.
///
/// A class, not a struct: the readers fetch a table for every lookup (`lexicon.words(role)`), and
/// a struct of five arrays cost five retains and releases per fetch (docs/PERFORMANCE.md).
final class PhraseTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [UInt64]
        let payload: Payload
        /// The phrase as written in the data file.
        let text: String
    }

    /// A match: the entry and the tokens it covers.
    struct Match {
        let entry: Int
        let tokens: Range<Int>
        /// How the first token was read.
        let firstForm: FormKind
    }

    let entries: [Entry]
    /// First word → a run of `candidates` (its entries, longest first): start index and count
    /// packed as `start << 8 | count`.
    private let byFirstWord: HashIndex
    private let candidates: [Int32]
    /// The words of each candidate, side by side in `candidates` order: candidate `p`'s words are
    /// `candidateWords[candidateWordStart[p] ..< candidateWordStart[p + 1]]`. A lookup reads its
    /// run here instead of following each entry to its own array (cold memory when a report
    /// reaches the event-side layers, docs/PERFORMANCE.md).
    private let candidateWords: [UInt64]
    private let candidateWordStart: [Int32]
    /// A filter over the first words' hashes: most tokens are rejected without a lookup.
    private let filter: HashFilter
    /// The hashes of the entries' first words, each once (for ``StartFilter``).
    let firstWords: [UInt64]
    let skipsQuotationMarks: Bool
    /// Every entry is one word: a match is the first token alone.
    let isSingleWord: Bool

    /// Builds a table. With `addArticle`, a first word without the article also matches with it
    /// (زيارة → الزيارة).
    init(phrases: [(String, Payload)], normalizer: ArabicNormalizer, addArticle: Bool = false,
         skipsQuotationMarks: Bool = false) {
        var entries: [Entry] = []
        for (text, payload) in phrases {
            let words = normalizer.key(text).split(separator: " ").map { WordHash.of($0) }
            guard !words.isEmpty else { continue }
            entries.append(Entry(words: words, payload: payload, text: text))
            if addArticle, let first = normalizer.key(text).split(separator: " ").first, !first.hasPrefix("ال") {
                entries.append(Entry(words: [WordHash.of("ال" + first)] + words.dropFirst(), payload: payload, text: text))
            }
        }
        var index: [UInt64: [Int32]] = [:]
        for (i, e) in entries.enumerated() { index[e.words[0], default: []].append(Int32(i)) }
        for key in index.keys { index[key]!.sort { entries[Int($0)].words.count > entries[Int($1)].words.count } }
        var runs: [(UInt64, Int32)] = []
        var candidates: [Int32] = []
        for (key, list) in index {
            runs.append((key, Int32(candidates.count << 8 | min(list.count, 255))))
            candidates += list.prefix(255)
        }
        var candidateWords: [UInt64] = []
        var candidateWordStart: [Int32] = [0]
        for c in candidates {
            candidateWords += entries[Int(c)].words
            candidateWordStart.append(Int32(candidateWords.count))
        }
        self.entries = entries
        self.byFirstWord = HashIndex(runs)
        self.candidates = candidates
        self.candidateWords = candidateWords
        self.candidateWordStart = candidateWordStart
        self.filter = HashFilter(index.keys, count: index.count)
        self.firstWords = Array(index.keys)
        self.skipsQuotationMarks = skipsQuotationMarks
        self.isSingleWord = entries.allSatisfy { $0.words.count == 1 }
    }

    /// Whether the table may have an entry whose first word is `hash` (no false negatives).
    @inline(__always)
    func mayStartWith(_ hash: UInt64) -> Bool { filter.mayContain(hash) }

    /// Whether the table has any entry whose first word is `hash`.
    func startsWith(_ hash: UInt64) -> Bool { mayStartWith(hash) && byFirstWord[hash] != nil }

    /// The positions in `candidates` of the entries whose first word is `hash`, longest first.
    @inline(__always)
    private func run(startingWith hash: UInt64) -> Range<Int>? {
        guard let run = byFirstWord[hash] else { return nil }
        let start = Int(run >> 8)
        return start ..< start + Int(run & 0xFF)
    }

    /// The longest entry starting at token `k`, reading the first token only in the `first` forms.
    func match(at k: Int, in view: DocumentView, first allowed: FormMask) -> Match? {
        var best: Match? = nil
        let range = view.forms.forms(of: k)
        for f in range where allowed.contains(view.forms.kinds[f]) && mayStartWith(view.forms.hashes[f]) {
            guard let run = run(startingWith: view.forms.hashes[f]) else { continue }
            for p in run {
                let words = Int(candidateWordStart[p]) ..< Int(candidateWordStart[p + 1])
                if let best, best.tokens.count >= words.count { break }
                // A one-word entry matches here (most entries): no call to read the rest.
                if let end = words.count == 1 ? k + 1 : matchRest(words, after: k, in: view) {
                    if best == nil || end - k > best!.tokens.count {
                        best = Match(entry: Int(candidates[p]), tokens: k ..< end, firstForm: view.forms.kinds[f])
                    }
                    break
                }
            }
        }
        return best
    }

    /// The end token of a candidate's words after the first (`candidateWords[words]`) matched
    /// after token `k`, or `nil`.
    private func matchRest(_ words: Range<Int>, after k: Int, in view: DocumentView) -> Int? {
        var t = k + 1
        for i in words.dropFirst() {
            let w = candidateWords[i]
            if skipsQuotationMarks { while t < view.tokenCount, view.isQuotationMark(t) { t += 1 } }
            guard t < view.tokenCount else { return nil }
            var found = false
            for f in view.forms.forms(of: t) where view.forms.hashes[f] == w && !view.forms.kinds[f].contains(.future) {
                found = true
                break
            }
            guard found else { return nil }
            t += 1
        }
        return t
    }
}
