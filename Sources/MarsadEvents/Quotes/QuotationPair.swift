/// A pair of quotation marks on the token grid: the opening and the closing mark.
struct QuotationPair: Sendable, Hashable {
    let open: Int
    let close: Int

    /// The tokens between the marks.
    var inner: Range<Int> { open + 1 ..< close }
}

extension DocumentView {
    /// The quotation-mark pairs of the body, in order: "…" “…” «…» (or »…« and ”…”) and '…' ‘…’,
    /// each closed in the paragraph it opens in. Other marks inside an open pair are ignored, so a
    /// quotation may run over several sentences. An unclosed mark is dropped.
    /// - Complexity: O(n) in the number of tokens.
    func quotationPairs() -> [QuotationPair] {
        var pairs: [QuotationPair] = []
        var open: (token: Int, closers: [UInt32])? = nil
        var paragraph = 0
        let paragraphs = document.paragraphs
        for t in bodyStart ..< tokenCount where document.tokens[t].kind == .punctuation {
            let start = document.tokens[t].start
            while paragraph + 1 < paragraphs.count, paragraphs[paragraph + 1].start <= start {
                paragraph += 1
                open = nil
            }
            guard document.tokens[t].length == 1 else { continue }
            let v = firstScalar(t)
            if let o = open {
                if o.closers.contains(v) {
                    pairs.append(QuotationPair(open: o.token, close: t))
                    open = nil
                }
                continue
            }
            switch v {
            case 0x22: open = (t, [0x22])
            case 0xAB: open = (t, [0xBB])
            case 0xBB: open = (t, [0xAB])
            case 0x201C: open = (t, [0x201D, 0x201C])
            case 0x201D: open = (t, [0x201D, 0x201C])
            case 0x201E: open = (t, [0x201C, 0x201D])
            case 0x2018: open = (t, [0x2019])
            case 0x27:
                // A straight single quote opens only before an Arabic word.
                if t + 1 < tokenCount, document.tokens[t + 1].kind == .word { open = (t, [0x27]) }
            default: break
            }
        }
        return pairs
    }
}
