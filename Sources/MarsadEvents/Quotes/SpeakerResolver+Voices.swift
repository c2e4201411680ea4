import MarsadCore

/// Subjects that speak for someone else, or that someone else speaks for (branch quotes9, an audit
/// of random benchmark reports, docs/QUALITY.md): a spokesperson of a person, a relative or counsel
/// of the person named after them.
extension SpeakerResolver {
    /// An unnamed spokesperson of a person («قال متحدث باسم الرئيس الفلبيني رودريجو دوتيرتي إن»،
    /// «قال متحدث باسم الأمين العام للأمم المتحدة أنطونيو غوتيريش في بيان، إن»، «قال متحدث باسم
    /// الرئيس الفلسطيني إن»): the person speaks, as an unnamed spokesperson of a named body gives
    /// the body (docs/ANNOTATION.md). Only the indefinite متحدث/ناطق: after the definite one
    /// («المتحدث باسم حاكم إقليم ننكرهار عطاء الله خوجياني») the name is the spokesperson's own.
    /// The person is the first named within seven tokens after باسم (one comma allowed: «متحدث
    /// باسم القائد العسكري الليبي، خليفة حفتر، أنه»), before any relative pronoun, preposition,
    /// mark, أن/إن or full stop; else a title and a nationality adjective right after باسم stand for
    /// the last person of that country named before.
    func spokespersonPrincipal(at start: Int, limit: Int) -> Int? {
        var t = start
        while t < limit, view.isComma(t) || view.timeAt[t] >= 0 { t += 1 }
        guard t + 2 < limit, Words.indefiniteVoices.contains(view.forms.whole(t)),
              view.forms.whole(t + 1) == Words.inTheNameOf else { return nil }
        let from = t + 2
        var commas = 0
        var k = from
        while k < min(limit, from + 7) {
            if view.isStrongBreak(k) || view.isQuotationMark(k) || view.word(.relative, at: k) != nil
                || view.word(.complementizer, at: k, allowConjunction: false) != nil
                || (k > from && view.word(.preposition, at: k, allowConjunction: false) != nil) { break }
            if view.isComma(k) {
                commas += 1
                if commas > 1 { break }
                k += 1
                continue
            }
            if let m = view.mention(at: k), m.tokens.lowerBound == k {
                if view.entities[m.entity].type == .person, !view.isAgent(m.entity) { return m.entity }
                k = m.tokens.upperBound
                continue
            }
            k += 1
        }
        return titleHolder(after: from, limit: limit, afterInTheNameOf: true)
    }

    /// A relative or counsel opening the subject («وقالت عائلة أبوالفتوح … إنها»، «وقال محامي
    /// ساركوزي إنه»، «وزعم ابن الملحن البريطاني هنري كاري أن»): the person named after the kin noun
    /// does not speak. The speaker is the relative's own name in apposition after a comma («وقال
    /// محامي الدفاع، إسماعيل جيم هالافورت، إن»), when the entity layer read it; else no one.
    /// `nil` when the subject opens with no kin noun; `.some(nil)` for an unnamed relative.
    func kinSubject(at start: Int, limit: Int) -> Int?? {
        var t = start
        while t < limit, view.isComma(t) || view.timeAt[t] >= 0 { t += 1 }
        // (A name that opens with such a word, «ابن كيران», is read by the entity layer.)
        guard t < limit, view.mention(at: t) == nil, let kin = view.word(.kin, at: t, allowConjunction: false) else { return nil }
        // The relative's name: the first person after a comma within eight tokens, before أن/إن.
        var k = kin.upperBound
        var afterComma = false
        while k < min(limit, kin.upperBound + 8) {
            // Not a name inside a relative clause («محامي الممثلة ستورمي دانيلز، الذي يقاضي ترامب»).
            if view.isStrongBreak(k) || view.isQuotationMark(k) || view.word(.relative, at: k) != nil
                || view.word(.complementizer, at: k, allowConjunction: false) != nil { break }
            if view.isComma(k) {
                afterComma = true
            } else if let m = view.mention(at: k), m.tokens.lowerBound == k {
                if afterComma, view.entities[m.entity].type == .person, !view.isAgent(m.entity) { return .some(m.entity) }
                k = m.tokens.upperBound
                continue
            }
            k += 1
        }
        return .some(nil)
    }

    /// The person who is the plain subject of a sentence, before token `end`: the first actor after
    /// an opening phrase set off by a comma within its first five tokens («وخلال القمة، وافق كيم»،
    /// «من جانبه، انتقد وزير الخارجية الروسي، سيرغي لافروف»), when it is a person and no
    /// preposition, phrase opened by ب/ل, unnamed source or mark stands before it («وبعد ذلك تتوجه
    /// إلى الحكومة الفرنسية ثم الرئيس إيمانويل ماكرون» names no subject; «ردت وحدات حماية الشعب
    /// على الرئيس التركي، رجب طيب أردوغان» has a body as subject).
    func plainSubjectPerson(_ sentence: Int, before end: Int) -> Int? {
        let range = head(ofSentence: sentence)
        var from = range.lowerBound
        if let comma = (from ..< min(end, from + 5)).first(where: { view.isComma($0) }) { from = comma + 1 }
        guard from < end else { return nil }
        var person: Int? = nil
        var at = end
        if let first = view.actors(in: from ..< end).first {
            at = first.tokens.lowerBound
            // Not after a proclitic preposition («وكان لترامب تغريدة»).
            if !first.viaAdjective, !view.isAgent(first.entity), !view.isPrepositionalObject(first),
               view.entities[first.entity].type == .person { person = first.entity }
            // «وكان الرئيس الأمريكي رد على روحاني …، وقال في تغريدة "…"»: a title and a nationality
            // adjective standing for the person named before (branch quotes13).
            if first.viaAdjective, !view.isPrepositionalObject(first), let titled = titledPerson(first, before: end) { person = titled }
        }
        // A word of one person's name used alone («وخلال القمة، وافق كيم», after «كيم جونغ أون»).
        if let (k, alone) = (from ..< at).lazy.compactMap({ k in view.personNamedAlone(at: k).map { (k, $0) } }).first {
            at = k
            person = alone
        }
        guard let person else { return nil }
        // Nothing before it opens a phrase, a relative clause or a quotation, or is an unnamed source
        // («… محمد قصاب أوغلو، الذي حذا حذو غول»: Gul is no subject).
        let blocked = (from ..< at).contains { k in
            view.word(.preposition, at: k) != nil || view.opensPrepositionalPhrase(k) || view.word(.genericSource, at: k) != nil
                || view.word(.relative, at: k) != nil || view.isQuotationMark(k)
        }
        return blocked ? nil : person
    }

    /// The plain subject of the sentence before, for a verb with a pronoun subject opening its
    /// sentence, when that sentence holds no speech cue and no quotation of the current speaker
    /// ends in it, and the subject is a person other than the current speaker («مشيرا إلى أن طهران
    /// تتوقع تقدما … . من جهتها، أقرت موغيريني بأن السياق … . وقالت "نعرف أن هذه مهمة صعبة…"» →
    /// Mogherini, not Zarif, who spoke before her).
    func previousPlainSubject(_ cue: CueOccurrence, sentence: Int) -> Int? {
        let start = cue.tokens.lowerBound
        guard sentence > 0, start == view.tokens(ofSentence: sentence).lowerBound, hasEmptySubjectSlot(after: start),
              lastCueSentence < sentence - 1, currentSentence < sentence - 1,
              let person = plainSubjectPerson(sentence - 1, before: view.tokens(ofSentence: sentence - 1).upperBound)
        else { return nil }
        if let current, current == person { return nil }
        return person
    }

    /// The current speaker for a verb with a pronoun subject opening its sentence two or three
    /// sentences after that speaker spoke, when the sentence before names that speaker and no other
    /// person outside prepositional phrases («وقالت "نعرف أن هذه مهمة صعبة…" . وفي رد منها على
    /// مطلب الولايات المتحدة …، استبعدت موغيريني إدخال أي تعديلات … . وأضافت أن "…"» → Mogherini,
    /// not the United States opening that sentence).
    func speakerNamedAgain(_ cue: CueOccurrence, sentence: Int) -> Int? {
        let start = cue.tokens.lowerBound
        guard let current, let speaker = current, sentence > 0, sentence - currentSentence >= 2, sentence - currentSentence <= 3,
              start == view.tokens(ofSentence: sentence).lowerBound, hasEmptySubjectSlot(after: start)
        else { return nil }
        let persons = view.actors(in: view.tokens(ofSentence: sentence - 1)).filter {
            !$0.viaAdjective && !view.isPrepositionalObject($0) && view.entities[$0.entity].type == .person
        }
        guard !persons.isEmpty, persons.allSatisfy({ $0.entity == speaker }) else { return nil }
        return speaker
    }
}
