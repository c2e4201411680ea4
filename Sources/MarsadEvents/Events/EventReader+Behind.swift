import MarsadCore
import MarsadText

extension EventReader {
    /// The speaker and the accused of «X يقف وراء …» (frame `behind`, 112) told inside a
    /// quotation: X is the verb's subject, ending right before it and opening the clause after أن/إن
    /// («قالت الحكومة البريطانية إن روسيا تقف وراء الهجوم»، «أن موسكو تقف وراء محاولة قتل الجاسوس»);
    /// the speaker is the quotation's, direct or indirect, and not X's side. A question or a
    /// relative clause («من يقف وراء الهجوم»، «الجهة التي تقف وراء») names no one: no event.
    func accusation(behind hit: TriggerHit, read: [Actor]?) -> (speaker: Actor, accused: [Actor])? {
        let start = hit.tokens.lowerBound
        let clause = view.clause(of: start)
        guard clause.lowerBound > 0, start > clause.lowerBound,
              view.word(.complementizer, at: clause.lowerBound - 1) != nil else { return nil }
        var subject = read ?? []
        if let capital = args.capitalSide(endingAt: start), capital.tokens.lowerBound == clause.lowerBound { subject = [capital] }
        guard let first = subject.first, let last = subject.last, first.tokens.lowerBound == clause.lowerBound,
              last.tokens.upperBound == start, let speaker = args.reportedSpeaker(at: start) else { return nil }
        let speakerSide = side(of: speaker.entity)
        guard !subject.contains(where: { side(of: $0.entity) == speakerSide }) else { return nil }
        return (speaker, subject)
    }
}

extension EventReader {
    /// The side an agreement is reached with when «اتفق مع X … على …» names no agreement: اتفق،
    /// اتفقت، اتفقا، اتفقوا right before مع (after its subject, if the subject follows it), an actor
    /// right after مع, and على within ten tokens after that actor, in the same sentence, with
    /// nothing but words, commas and times between («أنه اتفق مع رئيسة وزراء بريطانيا #تيريزا_ماي،
    /// الجمعة، على …»، «أنه اتفق مع الحكومة السورية خلال اجتماع على "تشكيل لجان"»). Not «اتفقت مع
    /// المملكة المتحدة بأن» nor «اتفق … مع الحكومة البريطانية على أن روسيا تقف وراء الهجوم» (a view
    /// shared: على أن), nor «اتفق مع ما قاله» (no actor).
    func agreedWith(_ hit: TriggerHit, subjectEnd: Int) -> [Actor]? {
        let k = hit.tokens.lowerBound
        guard hit.tokens.count == 1, view.forms.forms(of: k).contains(where: { Words.agreeVerbs.contains(view.forms.hashes[$0]) }),
              subjectEnd < view.tokenCount, view.forms.whole(subjectEnd) == Words.with else { return nil }
        let sentence = view.sentenceTokens(of: k)
        // «مع نظيره السوداني عمر البشير»: the first actor within four tokens after مع.
        var a = subjectEnd + 1
        let stop = min(sentence.upperBound, subjectEnd + 5)
        while a < stop, view.actor(at: a) == nil, !view.isPunctuation(a) { a += 1 }
        guard a < stop, let first = view.actor(at: a) else { return nil }
        let partners = view.coordinated(from: first, limit: sentence.upperBound)
        var t = partners.map(\.tokens.upperBound).max() ?? first.tokens.upperBound
        let limit = min(sentence.upperBound, t + 10)
        while t < limit {
            // «على أن روسيا تقف وراء الهجوم»: a view shared, not an accord.
            if view.forms.whole(t) == Words.ala {
                return t + 1 < view.tokenCount && view.word(.complementizer, at: t + 1) != nil ? nil : partners
            }
            if view.isStrongBreak(t) || view.isQuotationMark(t) || view.word(.complementizer, at: t) != nil { return nil }
            t += 1
        }
        return nil
    }
}

extension EventReader {
    /// The token of a relations noun (علاقاتها، العلاقات، روابط) within six tokens after `end` (the
    /// end of a `sever` verb's subject), commas and times allowed between, in the same clause.
    func relationsNoun(after end: Int) -> Int? {
        token(after: end, throughCommas: true) { Words.relations.contains(view.forms.whole($0)) }
    }
}
