import MarsadCore
import MarsadText

/// The shapes that decide what is a quotation, where it ends and whose it is: names, terms and
/// headlines in marks, things that indicate, first-person marks, and a speaker inside the reported
/// clause (docs/EVENTS.md, Quotations 6–7).
extension QuoteReader {
    /// Whether a speech verb's subject is a thing that indicates without speaking (`non_speaker`):
    /// right after the verb («وتشير الأرقام إلى أن»), or within three words before it in its clause
    /// («لكن التقويم في أفغانستان يشير إلى أن»).
    func hasThingSubject(_ cue: CueOccurrence, sentence: Range<Int>) -> Bool {
        let end = cue.tokens.upperBound
        if end < sentence.upperBound, view.word(.nonSpeaker, at: end) != nil { return true }
        var k = cue.tokens.lowerBound - 1
        while k >= max(sentence.lowerBound, cue.tokens.lowerBound - 3) {
            if view.isPunctuation(k) || view.word(.complementizer, at: k, allowConjunction: false) != nil { return false }
            if view.word(.nonSpeaker, at: k) != nil { return true }
            k -= 1
        }
        return false
    }

    /// Whether the words in marks are told in the first person, first-person objects and
    /// possessives (معي، لدي، بلادي) included (``DocumentView/isFirstPerson(_:objects:)``).
    func isFirstPerson(_ pair: QuotationPair) -> Bool {
        view.isFirstPerson(pair.inner, objects: true)
    }

    /// Whether the words between أن and marks are the reported clause's subject alone, a noun
    /// phrase with no verb, so the marks hold the rest of the clause as said
    /// (docs/ANNOTATION.md, «Marks after a short subject or adverb»: «إن الحوثيين "يطيلون فترة
    /// الأزمة والحرب"»، «أن القادة الثلاثة "اتفقوا على أن …"»). Each of the (at most three) words
    /// is a mention's or has the article; the first may be an indefinite head in construct before
    /// such a word («نزاع الخليج»، «وفدها بالقاهرة»), unless it is a future verb («سيكثف الجهود»).
    /// A verb after the subject («إيران تريد "…"»، «جنوده ردوا "…"») leaves a fragment in marks.
    func isSubjectPhrase(_ range: Range<Int>) -> Bool {
        let words = range.filter { view.document.tokens[$0].kind == .word }
        guard !words.isEmpty, words.count <= 3 else { return false }
        for (i, t) in words.enumerated() {
            // «أن المسؤولين الإسرائيليين "الذين يطلقون …"»: a relative still belongs to the subject.
            if view.word(.relative, at: t) != nil { return false }
            if view.mention(at: t) != nil || view.hasArticle(t) { continue }
            if i == 0, words.count > 1, view.hasArticle(words[1]) || view.mention(at: words[1]) != nil,
               !isFutureVerb(t) { continue }
            return false
        }
        return true
    }

    /// Whether marks close their clause: the sentence ends after them, punctuation follows, or the
    /// journalist's gloss «في إشارة إلى» (no part of what was said); marks that open with a
    /// relative («"الذين يطلقون …"») continue the subject instead.
    func closesClause(_ pair: QuotationPair, sentence: Range<Int>) -> Bool {
        if view.word(.relative, at: pair.open + 1) != nil { return false }
        let next = pair.close + 1
        if endsSentence(pair, sentence: sentence) || view.isPunctuation(next) { return true }
        return next + 1 < sentence.upperBound && view.forms.whole(next) == Words.fi
            && Words.reference.contains(view.forms.whole(next + 1))
    }

    /// Whether a word is an imperfect with the future سـ, after an optional و/ف («سيكثف»).
    func isFutureVerb(_ t: Int) -> Bool {
        let token = view.document.tokens[t]
        let scalars = view.document.scalars
        var k = token.start
        if k < token.end, scalars[k].value == 0x0648 || scalars[k].value == 0x0641 { k += 1 }
        guard k + 3 < token.end, scalars[k].value == 0x0633 else { return false }
        return [0x064A, 0x062A, 0x0646, 0x0623].contains(scalars[k + 1].value)
    }

    /// Whether any word between the marks is written in Arabic letters: marks around Latin words
    /// only hold a foreign name or title («موقع "Global Fire Power"»), not words said in an Arabic report.
    func hasArabicWord(_ pair: QuotationPair) -> Bool {
        pair.inner.contains { t in
            view.document.tokens[t].kind == .word && ArabicScalar.isArabicLetter(view.firstScalar(t))
        }
    }

    /// Whether marks of six words or fewer stand in the subject slot of a speech verb, between it
    /// and its أن/إن: the speaker's name, not its words («قالت المنظمة التابعة له "التحالف من أجل
    /// القيم المشتركة" في بيان إن»), or the verb's object («ووصفت الأمم المتحدة "العقاب الجماعي
    /// للمدنيين" بأنه»).
    func isSubjectName(_ pair: QuotationPair, cues: [CueOccurrence], cueEnds: TokenIndex, cueStarts: TokenSet) -> Bool {
        guard view.wordCount(pair.inner) <= 6 else { return false }
        var k = pair.open
        var verb: CueOccurrence? = nil
        while k > max(view.bodyStart, pair.open - 7) {
            if let c = cueEnds[k] { verb = cues[c]; break }
            k -= 1
            if view.isStrongBreak(k) || view.isQuotationMark(k) { return false }
            // «أضاف أن نزاع الخليج "ليست له أولوية" في إشارة إلى أنه»: marks after the verb's own
            // أن are in its clause, not its subject.
            if view.mention(at: k) == nil, view.word(.complementizer, at: k, allowConjunction: false) != nil { return false }
        }
        guard let verb, verb.cue.kind == .verb || verb.cue.kind == .announce else { return false }
        let sentenceEnd = view.sentenceTokens(of: pair.open).upperBound
        var t = pair.close + 1
        while t < min(sentenceEnd, pair.close + 5) {
            if view.isStrongBreak(t) || view.isQuotationMark(t) || cueStarts.contains(t) { return false }
            if view.word(.complementizer, at: t, allowConjunction: false) != nil { return true }
            t += 1
        }
        return false
    }

    /// Whether marks of four words or fewer right after a bare ل (لـ"…") stand where a speech cue
    /// names whom it spoke to, before its أن/إن or its own marks («يقول الكاتب … عبد العزيز المقبل
    /// لـ"سكاي نيوز عربية" إن»، «وأوضح السفير اليمني في حديث لـ"سكاي نيوز عربية": "…"»): an outlet's
    /// name, not words said. The cue ends within 24 tokens before the ل, with no full stop, other
    /// marks or أن/إن between (branch quotes10: the marks had been read as the cue's quotation, and
    /// blocked the search for its أن/إن).
    func isAddresseeName(_ pair: QuotationPair, cues: [CueOccurrence], cueEnds: TokenIndex) -> Bool {
        let l = pair.open - 1
        guard l > 0, view.wordCount(pair.inner) <= 4, view.document.tokens[l].kind == .word,
              view.firstScalar(l) == 0x0644, view.document.tokens[l].length <= 2 else { return false }
        let sentenceStart = view.sentenceTokens(of: pair.open).lowerBound
        var k = l
        while k > max(sentenceStart, l - 24) {
            // (Not after a call: «الذي طالب به عباس كنقطة انطلاق لـ"آلية دولية متعددة الأطراف"».)
            if let c = cueEnds[k] {
                let kind = cues[c].cue.kind
                return kind != .attribution && kind != .statement && kind != .call
            }
            k -= 1
            if view.isStrongBreak(k) || view.isQuotationMark(k)
                || view.word(.complementizer, at: k, allowConjunction: false) != nil { return false }
        }
        return false
    }

    /// Whether a relative pronoun, إذا/لو (with ما after it), or ما "what"/لما "when" stands right before token `t`
    /// («والتي رأت أن»، «وإذا ما رأى قائد الشرطة أن»، «إلا إذا أقر الرئيس الأميركي بأن»).
    func isConditionalOrRelative(before t: Int) -> Bool {
        guard t > 0 else { return false }
        // «ضد ما ترى أنه عداء أميركي لها»، «لما رأى أن»: "what it sees as", "when it saw" (branch quotes11).
        if view.word(.relative, at: t - 1) != nil || Words.conditionals.contains(view.forms.whole(t - 1))
            || Words.whatForms.contains(view.forms.whole(t - 1)) || Words.whoever.contains(view.forms.whole(t - 1)) { return true }
        return t > 1 && view.forms.whole(t - 1) == Words.ma && Words.conditionals.contains(view.forms.whole(t - 2))
    }

    /// Whether a pair with no cue stands in a headline: a short paragraph (15 words or fewer) with
    /// no full stop, where words outside the marks complete the line («"إجبار أطفال على مشاهدة
    /// أمهاتهم يتعرضن للاغتصاب" في جنوب السودان»). Headlines are not quotations (ANNOTATION.md).
    func isHeadline(_ pair: QuotationPair) -> Bool {
        let start = view.document.tokens[pair.open].start
        guard let paragraph = view.document.paragraphs.last(where: { $0.start <= start }) else { return false }
        let tokens = view.document.tokenRange(in: paragraph)
        guard tokens.contains(pair.close), view.wordCount(tokens) <= 15,
              view.wordCount(tokens) > view.wordCount(pair.inner) else { return false }
        return !tokens.contains { view.isStrongBreak($0) && !pair.inner.contains($0) }
    }

    /// A speech verb at the head of an indirect clause (its subject before it, within four tokens of
    /// أن/إن) whose marks follow it within eight tokens, after a preposition (على، إلى), and run to
    /// the end of the sentence: «قال راضي إن السيسي شدد خلال محادثاته مع لودريان على "أهمية …"».
    /// The marks are a direct quotation of that verb (docs/ANNOTATION.md, dev-extra).
    func nestedDirect(from start: Int, sentence: Range<Int>, later: [CueOccurrence],
                              pairOpening: TokenIndex, pairs: [QuotationPair]) -> (CueOccurrence, Int)? {
        guard let inner = later.first, inner.tokens.lowerBound > start, inner.tokens.lowerBound - start <= 4,
              inner.cue.kind == .verb || inner.cue.kind == .call,
              !(start ..< inner.tokens.lowerBound).contains(where: { view.isPunctuation($0) })
        else { return nil }
        var t = inner.tokens.upperBound
        while t < min(sentence.upperBound, inner.tokens.upperBound + 8) {
            if let p = pairOpening[t] {
                guard t > inner.tokens.upperBound, view.word(.preposition, at: t - 1, allowConjunction: false) != nil,
                      endsSentence(pairs[p], sentence: sentence) else { return nil }
                return (inner, p)
            }
            if view.isStrongBreak(t) || view.isComma(t) || view.isQuotationMark(t)
                || view.word(.complementizer, at: t, allowConjunction: false) != nil { return nil }
            t += 1
        }
        return nil
    }
}

extension QuoteReader {
    /// Whether token `t` follows a hyphen with no space between («جي-إن»): the end of a name.
    func gluedToHyphen(_ t: Int) -> Bool {
        guard t > 0, view.isPunctuation(t - 1, 0x2D) else { return false }
        let tokens = view.document.tokens
        return tokens[t - 1].start + tokens[t - 1].length == tokens[t].start
    }
}

extension Words {
    /// إذا and لو, before a verb that is then no statement.
    static let conditionals: WordSet = WordSet(["اذا", "واذا", "لو", "ولو"].map { WordHash.of($0) })
    static let ma = WordHash.of("ما")
    /// ما "what" (with a preposition) and لما "when", before an opinion verb that then states nothing.
    /// من "whoever" before an opinion verb («فثمة من يرى فيه»).
    static let whoever: WordSet = WordSet(["من", "ومن", "فمن"].map { WordHash.of($0) })
    static let whatForms: WordSet = WordSet(["ما", "بما", "عما", "مما", "لما"].map { WordHash.of($0) })
    /// سبق before أن («الذي سبق أن اجتمع مع كيم»): "had once", never a reported clause.
    static let once: WordSet = WordSet(["سبق", "وسبق", "سبقت", "يسبق"].map { WordHash.of($0) })
}
