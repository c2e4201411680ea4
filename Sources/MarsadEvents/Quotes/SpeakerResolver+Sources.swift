import MarsadCore

/// One unnamed source told several times (branch quotes10, docs/EVENTS.md, Quotations 14): an
/// unnamed source tied to a named body speaks for it (docs/ANNOTATION.md, dev-extra3: «المصدر في
/// الإليزيه» → the Élysée), and the same source told again with the article, «وأضاف المصدر»،
/// «وفق المصدر نفسه»، «ولفت المصدر نفسه»، «قال المصدر إنها», is that source: it keeps the speaker
/// the last source had (a body, or none).
extension SpeakerResolver {
    /// The token of the unnamed source that is the subject of `cue`: right after a verb (past
    /// commas, times and من جهته), or after a relay's عن or an attribution («وفق المصدر نفسه»).
    func sourceSubject(of cue: CueOccurrence, limit: Int) -> Int? {
        var t: Int
        switch cue.cue.kind {
        case .participle: return nil
        case .attribution, .relay, .statement: t = relayed(after: cue, limit: limit) ?? cue.tokens.upperBound
        case .verb, .announce, .call:
            t = cue.tokens.upperBound
            if t < limit, let r = view.word(.handover, at: t) { t = r.upperBound }
        }
        while t < limit, view.isComma(t) || view.timeAt[t] >= 0 { t += 1 }
        guard t < limit, view.voicedBody(at: t) == nil, view.mention(at: t) == nil else { return nil }
        if view.word(.genericSource, at: t) != nil || Words.definiteOfficials.contains(view.forms.whole(t)) { return t }
        return nil
    }

    /// The speaker of the source named before, for a definite source at `t` with no body after it
    /// («المصدر»، «المصادر»، «المصدر نفسه»; «المسؤول الفرنسي» only after a source's cue or in the
    /// sentence after one, since «المسؤول» may also stand for an official named by name). `nil`
    /// when it is not such a source or no source spoke before.
    func sameSource(at t: Int, limit: Int) -> Int?? {
        guard let last = lastSource else { return nil }
        let form = view.forms.whole(t)
        let recent = lastCueWasSource || Int(view.sentenceOf[t]) - lastSourceSentence <= 1
        let definite = Words.definiteSources.contains(form) || (recent && Words.definiteOfficials.contains(form))
        // Not a source placed in a body, nor an official named after it («المسؤول في "إف بي آي"
        // المكلف الملف، ستيف أنطوني»).
        guard definite, sourceOfBody(after: t, limit: limit) == nil, appositionPerson(after: t + 1, limit: limit) == nil
        else { return nil }
        return .some(last)
    }
}

extension SpeakerResolver {
    /// The definite sources placed in a named organization (`sourceOfBody`), in document order.
    func placedSourceList() -> [(token: Int, body: Int)] {
        var found: [(token: Int, body: Int)] = []
        // One copy of the forms for the loop: reading `view.forms` per token retains its arrays.
        let forms = view.forms
        var t = view.bodyStart
        while t < view.tokenCount {
            if Words.definiteSources.contains(forms.whole(t)),
               let body = sourceOfBody(after: t, limit: view.sentenceTokens(of: t).upperBound) {
                found.append((t, body))
            }
            t += 1
        }
        return found
    }

    /// The body of the same source placed later in the text: a source word at `t` (مصدر، مصادر,
    /// with or without the article) whose next definite mention places it in a named organization
    /// («وكشف مصدر رئاسي فرنسي …» … «قال المصدر في الإليزيه» → the Élysée, docs/ANNOTATION.md,
    /// dev-extra3), with no other indefinite source introduced between them.
    func sourcePlacedLater(from t: Int) -> Int? {
        let form = view.forms.whole(t)
        guard Words.definiteSources.contains(form) || Words.indefiniteSources.contains(form),
              let placed = placedSources.first(where: { $0.token > t }) else { return nil }
        let between = t + 1 ..< placed.token
        return between.contains { Words.indefiniteSources.contains(view.forms.whole($0)) } ? nil : placed.body
    }
}

/// CNN's dateline (branch quotes10): «دبي، الإمارات العربية المتحدة (CNN)-- انتقد وزير الخارجية
/// الإيراني جواد ظريف …، ورأى أن» read the place as the sentence's subject.
extension SpeakerResolver {
    /// The token after CNN's dateline, or -1 (``DocumentView/datelineEnd()``).
    func datelineEndToken() -> Int { view.datelineEnd() }

    /// The start of the clause of token `t`, after the dateline when the clause holds it.
    func clauseStart(of t: Int) -> Int {
        let start = view.clause(of: t).lowerBound
        return start < datelineEnd && datelineEnd <= t ? datelineEnd : start
    }

    /// A sentence's tokens without the dateline that opens it, if any.
    func head(ofSentence s: Int) -> Range<Int> {
        let range = view.tokens(ofSentence: s)
        return range.lowerBound < datelineEnd && datelineEnd < range.upperBound ? datelineEnd ..< range.upperBound : range
    }
}

extension Words {
    /// إذ before a verb that continues its sentence's subject («…، إذ قال إن»). Not حيث: «في مقابلة
    /// … مع الزميلة كريستيان امانبور لـCNN حيث قال» names the interviewer first.
    static let whereas: WordSet = [WordHash.of("اذ")]
    /// The indefinite unnamed source that introduces a new source («مصدر»، «مصادر»).
    static let indefiniteSources: WordSet = WordSet(["مصدر", "مصادر", "ومصدر", "ومصادر"].map { WordHash.of($0) })
    /// The definite unnamed source, told again («وأضاف المصدر»، «وفق المصادر نفسها»).
    static let definiteSources: WordSet = WordSet(["المصدر", "المصادر"].map { WordHash.of($0) })
    /// The definite official, told again after an unnamed source («اعتبر المسؤول الفرنسي»).
    static let definiteOfficials: WordSet = WordSet(["المسؤول", "المسوول"].map { WordHash.of($0) })
}
