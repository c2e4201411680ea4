import MarsadCore
import MarsadText

extension EventReader {
    /// The speaker and the side called on of «يجب/يتعين/ينبغي على X» and «إن/أن على X» (frame
    /// `obliged`, 100) told inside a quotation, direct or indirect: X is the actor right after على
    /// (a hashtag sign or an opening mark between allowed), with the actors coordinated with it
    /// («وقالت روسيا إن على تركيا أن تفصل الجماعات المتشددة»، «إنه يتعين على بيونغ يانغ اتخاذ
    /// خطوات»). No event when:
    /// - no quotation with a speaker holds the words (a provision told by the narrator: «ووفقا
    ///   للاتفاق، فإنه يجب على إيران»);
    /// - the obligation is past or future («كان ينبغي على الولايات المتحدة أن تتوقف»، «سيتعين على
    ///   لندن سحب»): a regret or a consequence, not a demand;
    /// - X is no actor right after على («يجب على الإنسان»، «إن علي خامنئي», the name), or is the
    ///   speaker's own side («قال بومبيو إنه كان يتعين على الولايات المتحدة»، «رأى الأسد أن على حزب
    ///   البعث»: an actor's words to its own side are no demand between sides).
    func demand(obliged hit: TriggerHit) -> (speaker: Actor, called: [Actor])? {
        let k = hit.tokens.lowerBound
        guard !hit.form.contains(.future), k == 0 || !Words.bygone.contains(view.forms.whole(k - 1)) else { return nil }
        let sentence = view.sentenceTokens(of: k)
        var t = hit.tokens.upperBound
        // «أن "على السلطات اليمنية …"»، «على #قطر»: a mark or a hashtag sign before the name.
        while t < sentence.upperBound, t < hit.tokens.upperBound + 2, view.isQuotationMark(t) || view.isHashSign(t) { t += 1 }
        guard t < sentence.upperBound else { return nil }
        // «على السلطات اليمنية»: an actor noun before a nationality adjective names the country.
        if view.actor(at: t) == nil, view.word(.actorHead, at: t) != nil, t + 1 < sentence.upperBound { t += 1 }
        // «يتعين على بيونغ يانغ»: a capital stands for its government.
        let capital = view.mention(at: t).flatMap { m in m.tokens.lowerBound == t ? args.capitalSide(endingAt: m.tokens.upperBound) : nil }
        guard let first = view.actor(at: t) ?? capital, first.tokens.lowerBound == t else { return nil }
        let called = view.coordinated(from: first, limit: view.clause(of: t).upperBound)
        guard let speaker = args.reportedSpeaker(at: t) ?? args.reportedSpeaker(at: k) else { return nil }
        let speakerSide = side(of: speaker.entity)
        guard !called.contains(where: { $0.entity == speaker.entity || side(of: $0.entity) == speakerSide }) else { return nil }
        return (speaker, called)
    }

    /// The «على» opening a quotation with a speaker, right after its mark («وقالت: "على إسرائيل
    /// احترام حق …"»، «أن "على السلطات اليمنية والحوثيين التعاون …"»), as hits of the `obliged`
    /// trigger: the phrase rows («إن على») are not read across a mark. ``demand(obliged:)`` then
    /// asks for an actor right after it.
    func openingDemands() -> [TriggerHit] {
        guard let trigger = view.lexicon.obliged else { return [] }
        var out: [TriggerHit] = []
        for q in args.reported {
            var k = q.tokens.lowerBound
            if k < q.tokens.upperBound, view.isQuotationMark(k) { k += 1 }
            guard k > 0, k + 1 < q.tokens.upperBound, view.isQuotationMark(k - 1), view.forms.whole(k) == Words.ala else { continue }
            out.append(TriggerHit(tokens: k ..< k + 1, trigger: trigger, form: .whole, purpose: false))
        }
        return out
    }
}
