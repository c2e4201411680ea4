import MarsadCore

/// Words in marks that nobody says (branch quotes11, an audit of 40 random quotations on 3,000
/// unseen reports, docs/QUALITY.md): the title of a work, a slogan or chant, a charge, and the text
/// of a law or agreement. They are names, not quotations (docs/ANNOTATION.md: titles and headlines
/// are no quotations), whatever their length.
extension QuoteReader {
    /// The pairs that hold a title, a slogan or a charge: marks right after a naming noun or a verb
    /// of chanting (`Words.workNouns`: «مقالا بعنوان "…"»، «تحت شعار "…"»، «بتهمة "…"»، «وهتفوا
    /// "…"»; a colon allowed between, or مثل after the noun), after «كتب عليها» (placards), or after و right after such
    /// marks («"روسيا ستكون حرة" و"فليسقط القيصر"»). Pairs in document order.
    /// - Complexity: O(p) in the number of pairs.
    func namedWorks(_ pairs: [QuotationPair]) -> [QuotationPair] {
        var found: [QuotationPair] = []
        var lastClose = -10
        let forms = view.forms
        for pair in pairs {
            var k = pair.open - 1
            if k > 0, view.isPunctuation(k, 0x3A) { k -= 1 }
            guard k >= 0, view.document.tokens[k].kind == .word else { continue }
            let form = forms.whole(k)
            let chained = form == Words.wa && (k - 1 == lastClose || (k - 2 == lastClose && view.isComma(k - 1)))
            let placard = form == Words.onIt && k > 0 && Words.written.contains(forms.whole(k - 1))
            // «شعاراتاً مثل: "…"»: مثل after the naming noun.
            let example = form == Words.such && k > 0 && Words.workNouns.contains(forms.whole(k - 1))
            if chained || placard || example || Words.workNouns.contains(form) {
                found.append(pair)
                lastClose = pair.close
            }
        }
        return found
    }

    /// The pairs that stand in the text of a law or agreement: a verb of stipulating (ينص، تنص،
    /// نصت) before them in their sentence, within 20 tokens, with no speech cue between («القانون …
    /// ينص على أن إسرائيل هي "الدولة القومية للشعب اليهودي" وأن "حق تقرير المصير فيها حصري …"»).
    /// So do the words of a question put to someone, after «ما إذا» / «عما إذا» with no speech cue,
    /// comma or أن/إن between («وردا على سؤال بشأن ما إذا كانت الرياض "ستقوم بتصنيع قنبلة
    /// بنفسها"»; not «ردا على سؤال بشأن ما إذا … إن "كل الخيارات على الطاولة"», the answer).
    /// - Complexity: O(20 p); one copy of the forms for the loop (reading `view.forms` per token
    ///   retains its arrays).
    func stipulated(_ pairs: [QuotationPair], cueStarts: TokenSet) -> [QuotationPair] {
        let forms = view.forms
        return pairs.filter { pair in
            let sentence = view.sentenceTokens(of: pair.open)
            var k = pair.open - 1
            var inQuestion = true  // no comma or أن/إن yet between the question and the marks
            while k >= max(sentence.lowerBound, pair.open - 20) {
                if cueStarts.contains(k) || view.isStrongBreak(k) { return false }
                let form = forms.whole(k)
                if Words.stipulatingVerbs.contains(form) { return true }
                if view.isComma(k) || view.word(.complementizer, at: k, allowConjunction: false) != nil { inQuestion = false }
                if inQuestion, form == Words.if, k > 0, Words.whetherHeads.contains(forms.whole(k - 1)) { return true }
                k -= 1
            }
            return false
        }
    }
}

extension Words {
    static let wa = WordHash.of("و")
    static let `if` = WordHash.of("اذا")
    /// ما before إذا: «ما إذا»، «عما إذا»، «فيما إذا» (whether).
    static let whetherHeads: WordSet = WordSet(["ما", "عما", "فيما", "بما"].map { WordHash.of($0) })
    /// ينص، تنص، نصت (not نص, also the noun "text": «وبحسب نص البيان، فإن واشنطن تقدم "…"»).
    static let stipulatingVerbs: WordSet = WordSet(["ينص", "تنص", "نصت"].flatMap { [WordHash.of($0), WordHash.of("و" + $0)] })
    static let onIt = WordHash.of("عليها")
    /// كتب before عليها: «لافتات كتب عليها "…"».
    static let written: WordSet = WordSet(["كتب", "كتبت", "يكتب"].map { WordHash.of($0) })
    /// Nouns that name what follows in marks (a work, a slogan, a hashtag, a charge, a law) and verbs
    /// of chanting (normalized forms: no hamza on alif, ى as ي).
    static let workNouns: WordSet = WordSet([
        "عنوان", "بعنوان", "عنوانه", "عنوانها", "كتاب", "كتابه", "كتابها", "بكتاب", "فيلم", "فيلما", "الفيلم",
        "رواية", "روايته", "اغنية", "مسلسل", "مقال", "مقالا", "مقالة", "عبارة", "عبارات", "بعبارة", "وسم", "الوسم",
        "هاشتاغ", "هاشتاج", "هاشتاق", "شعار", "شعارات", "شعاراتا", "بشعار", "الشعار", "هتافات", "هتاف", "بهتافات",
        "تهمة", "بتهمة", "تهم", "بتهم", "قانون",
        "هتفوا", "وهتفوا", "يهتفون", "هتف", "هتفت", "رددوا", "ورددوا", "يرددون", "مرددين", "هاتفين",
    ].map { WordHash.of($0) })
}
