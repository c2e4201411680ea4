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
struct PhraseTable<Payload: Sendable>: Sendable {
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
    private let byFirstWord: [UInt64: [Int32]]
    let skipsQuotationMarks: Bool

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
        self.entries = entries
        self.byFirstWord = index
        self.skipsQuotationMarks = skipsQuotationMarks
    }

    /// Whether the table has any entry whose first word is `hash`.
    func startsWith(_ hash: UInt64) -> Bool { byFirstWord[hash] != nil }

    /// The longest entry starting at token `k`, reading the first token only in the `first` forms.
    func match(at k: Int, in view: DocumentView, first allowed: FormMask) -> Match? {
        let forms = view.forms
        var best: Match? = nil
        for f in forms.forms(of: k) where allowed.contains(forms.kinds[f]) {
            guard let candidates = byFirstWord[forms.hashes[f]] else { continue }
            for c in candidates {
                let entry = entries[Int(c)]
                if let best, best.tokens.count >= entry.words.count { break }
                if let end = matchRest(entry.words, after: k, in: view) {
                    if best == nil || end - k > best!.tokens.count {
                        best = Match(entry: Int(c), tokens: k ..< end, firstForm: forms.kinds[f])
                    }
                    break
                }
            }
        }
        return best
    }

    /// The end token of `words[1...]` matched after token `k`, or `nil`.
    private func matchRest(_ words: [UInt64], after k: Int, in view: DocumentView) -> Int? {
        var t = k + 1
        let forms = view.forms
        for w in words.dropFirst() {
            if skipsQuotationMarks { while t < view.tokenCount, view.isQuotationMark(t) { t += 1 } }
            guard t < view.tokenCount else { return nil }
            var found = false
            for f in forms.forms(of: t) where forms.hashes[f] == w && !forms.kinds[f].contains(.future) {
                found = true
                break
            }
            guard found else { return nil }
            t += 1
        }
        return t
    }
}
