import MarsadCore

extension QuoteReader {
    /// Statements and letters reproduced verbatim after «فيما يلي نصه:» / «الآتي نصها:» /
    /// «وهذا نصه:» at the end of a paragraph, without quotation marks (docs/ANNOTATION.md,
    /// "Verbatim statements": hn24, the coalition's statement and Hadi's letter inside it). Each is
    /// one direct quotation.
    ///
    /// - The speaker is the first actor named in the introducing sentence before the cue
    ///   («صدر عن قيادة قوات التحالف بيان … فيما يلي نصه:» → the coalition; «استجابة لطلب فخامة
    ///   الرئيس عبدربه منصور هادي … في رسالته … الآتي نصها:» → Hadi).
    /// - The text runs over the following paragraphs: it ends with a paragraph that is only the
    ///   speaker's name (a letter's signature), or before the first paragraph where the narrator
    ///   reports speech again (a speech verb or attribution opening it, or marks), after at most
    ///   ``maxVerbatimParagraphs``, or at the end of the report. A statement quoted inside another
    ///   one is a quotation of its own, inside the outer one.
    /// - A statement that opens with quotation marks is left to the reading of marks.
    /// - Complexity: O(n) in the number of tokens, plus O(p) per cue over the paragraphs it reads.
    func verbatimStatements() -> [Quote] {
        let document = view.document
        let paragraphs = document.paragraphs
        var quotes: [Quote] = []
        for (p, paragraph) in paragraphs.enumerated() where p + 1 < paragraphs.count {
            let tokens = document.tokenRange(in: paragraph)
            guard tokens.count >= 4, tokens.lowerBound >= view.bodyStart else { continue }
            let colon = tokens.upperBound - 1
            guard view.isPunctuation(colon, 0x3A), Words.verbatimTexts.contains(view.forms.whole(colon - 1)),
                  Words.verbatimFollows.contains(view.forms.whole(colon - 2)) else { continue }
            let first = document.tokenRange(in: paragraphs[p + 1])
            guard !first.isEmpty, !view.isQuotationMark(first.lowerBound) else { continue }
            let intro = max(tokens.lowerBound, view.sentenceTokens(of: colon - 1).lowerBound) ..< colon - 2
            let speaker = view.actors(in: intro).first { !view.isAgent($0.entity) }?.entity
            var last = first
            var k = p + 1
            while k < paragraphs.count, k - p <= Self.maxVerbatimParagraphs {
                let range = document.tokenRange(in: paragraphs[k])
                if k > p + 1, reportsSpeech(in: range) { break }
                if !range.isEmpty { last = range }
                if let speaker, isSignature(range, of: speaker) { break }
                k += 1
            }
            var end = last.upperBound
            while end > first.lowerBound + 1, view.isPunctuation(end - 1) { end -= 1 }
            let cueStart = view.forms.whole(colon - 3) == Words.fima ? colon - 3 : colon - 2
            quotes.append(Quote(span: view.span(of: first.lowerBound ..< end), kind: .direct,
                                speaker: speaker.map { view.entities[$0].id },
                                cue: view.span(of: cueStart ..< colon)))
        }
        return quotes
    }

    /// The most paragraphs a verbatim statement is read over.
    static var maxVerbatimParagraphs: Int { 12 }

    /// Whether a paragraph is the narrator's again: it holds marks, or a speech verb, attribution or
    /// relay among its first four tokens («وقالت مصادر محلية ل"الرياض" ان»، «وأضاف البيان»). A cue
    /// further in is the statement's own words («وأود أن أشير إلى كتابي»).
    private func reportsSpeech(in range: Range<Int>) -> Bool {
        if range.contains(where: { view.isQuotationMark($0) }) { return true }
        let opening = range.lowerBound ..< min(range.upperBound, range.lowerBound + 4)
        return view.cues.contains { opening.contains($0.tokens.lowerBound) && $0.cue.kind != .participle }
    }

    /// Whether a paragraph is only a mention of the speaker (a signature: «عبدربه منصور هادي»).
    private func isSignature(_ range: Range<Int>, of speaker: Int) -> Bool {
        guard !range.isEmpty, let m = view.mention(at: range.lowerBound), m.entity == speaker else { return false }
        return (m.tokens.upperBound ..< range.upperBound).allSatisfy { view.isPunctuation($0) }
    }
}

extension Words {
    /// «نصه/نصها/نصهما» ending a paragraph before a colon: the text that follows is reproduced.
    static let verbatimTexts: WordSet = WordSet(["نصه", "نصها", "نصهما"].map { WordHash.of($0) })
    /// The word before it: «فيما يلي نصه»، «الآتي نصها»، «التالي نصه»، «وهذا نصه».
    static let verbatimFollows: WordSet = WordSet(["يلي", "الاتي", "التالي", "هذا", "وهذا"].map { WordHash.of($0) })
    static let fima = WordHash.of("فيما")
}
