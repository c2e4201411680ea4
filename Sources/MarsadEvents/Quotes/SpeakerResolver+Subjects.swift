import MarsadCore

/// Subjects the subject reader leaves unnamed or misnamed, read for a speech verb (branch quotes5,
/// docs/EVENTS.md, Quotations 10): a spokesman's name after his body, a description's person, a
/// city for its country, the name before a relative clause set off by commas.
extension SpeakerResolver {
    /// A person named right after a spokesperson's body or a title's organization («وقال الناطق باسم
    /// حماس فوزي برهوم، إن»، «المتحدث باسم "حماس" فوزي برهوم»): the person speaks, not the body.
    func personAfter(_ a: Actor, limit: Int) -> Int? {
        guard view.entities[a.entity].type == .organization else { return nil }
        var k = a.tokens.upperBound
        if k < limit, view.isQuotationMark(k) { k += 1 }
        if k < limit, view.isComma(k) { k += 1 }
        guard k < limit, let m = view.mention(at: k), m.tokens.lowerBound == k, !view.isAgent(m.entity),
              view.entities[m.entity].type == .person else { return titleHolderInApposition(after: a, limit: limit) }
        return m.entity
    }

    /// The person set off by commas after a title whose organization is followed by the title's
    /// complement («قال مبعوث الأمم المتحدة للسلام في الشرق الأوسط، نيكولاي ميلادينوف، إن» →
    /// Mladenov, not the United Nations; branch quotes10): a title word right before the
    /// organization, then at most five tokens with no name, mark, أن/إن, relative or full stop up to
    /// a comma, then a person's name ending at a comma or at أن/إن.
    func titleHolderInApposition(after a: Actor, limit: Int) -> Int? {
        let first = a.tokens.lowerBound
        guard !a.viaAdjective, first > 0, view.word(.title, at: first - 1) != nil else { return nil }
        var k = a.tokens.upperBound
        while k < min(limit, a.tokens.upperBound + 6), !view.isComma(k) {
            if view.isStrongBreak(k) || view.isQuotationMark(k) || view.word(.relative, at: k) != nil
                || view.mention(at: k).map({ view.entities[$0.entity].type != .location }) ?? false
                || view.word(.complementizer, at: k, allowConjunction: false) != nil { return nil }
            k += 1
        }
        guard k > a.tokens.upperBound, k + 1 < limit, view.isComma(k), let m = view.mention(at: k + 1), m.tokens.lowerBound == k + 1,
              !view.isAgent(m.entity), view.entities[m.entity].type == .person, m.tokens.upperBound < limit,
              view.isComma(m.tokens.upperBound) || view.word(.complementizer, at: m.tokens.upperBound, allowConjunction: false) != nil
        else { return nil }
        return m.entity
    }

    /// A description of a person that names no office, then the person's name: in apposition
    /// after a comma («دعا رجل الدين الشيعي العراقي، مقتدى الصدر، الخميس، إلى»), or after the body
    /// the description belongs to («وكتب القيادي في جيش الإسلام محمد علوش على تويتر»). The name is
    /// the first person named within seven tokens, not after a preposition, before any mark,
    /// أن/إن or full stop; a description that opens with an unnamed source («مصادر مقربة من الرئيس
    /// محمد مرسي») names no speaker.
    func appositionPerson(after end: Int, limit: Int) -> Int? {
        guard end < limit, view.word(.genericSource, at: end) == nil else { return nil }
        var t = end
        while t < min(limit, end + 7) {
            if view.isStrongBreak(t) || view.isQuotationMark(t)
                || view.word(.complementizer, at: t, allowConjunction: false) != nil { return nil }
            if let m = view.mention(at: t), m.tokens.lowerBound == t {
                let a = Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false)
                if view.entities[m.entity].type == .person, !view.isAgent(m.entity), !view.isPrepositionalObject(a) { return m.entity }
                t = m.tokens.upperBound
                continue
            }
            t += 1
        }
        return nil
    }

    /// A named group right after the plain noun that describes it, as the subject («ويقول
    /// المتمردون الحوثيون في اليمن إنهم» → the Houthis): the group speaks. Not after an unnamed
    /// source («سكان غزة»، «مصادر في حماس»).
    func describedBody(after end: Int, limit: Int) -> Int? {
        guard end + 1 < limit, view.word(.genericSource, at: end) == nil, view.mention(at: end) == nil,
              !view.isPunctuation(end), let m = view.mention(at: end + 1), m.tokens.lowerBound == end + 1,
              !view.isAgent(m.entity), view.entities[m.entity].type == .organization,
              !view.isPrepositionalObject(Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false))
        else { return nil }
        return m.entity
    }

    /// A city named as the subject, right before أن/إن («وقالت سيول إن»، «وأعلنت موسكو أن»): the
    /// government of its country speaks, the entity standing for that country.
    func citySubject(at start: Int, limit: Int) -> Int? {
        var t = start
        while t < limit, view.isComma(t) || view.timeAt[t] >= 0 { t += 1 }
        guard t < limit, let m = view.mention(at: t), m.tokens.lowerBound == t, view.entities[m.entity].type == .location,
              let country = view.entities[m.entity].country, let entity = view.countryEntity[country],
              view.entities[entity].type == .gpe else { return nil }
        var k = m.tokens.upperBound
        while k < limit, view.isComma(k) || view.timeAt[k] >= 0 { k += 1 }
        guard k < limit, view.word(.complementizer, at: k, allowConjunction: false) != nil else { return nil }
        return entity
    }

    /// The name a relative clause set off by commas follows, when the verb comes right after the
    /// clause's closing comma («محمد عبد السلام، الذي كان من المقرر أن يقود وفد الحوثي، كتب على
    /// تويتر أن»، «وكان "المجلس الوطني للمقاومة الإيرانية"، الذي تنضوي تحته منظمة مجاهدي خلق، أكد»):
    /// the name is the verb's subject, not the last name inside the clause.
    func relativeAntecedent(before start: Int) -> Int? {
        guard start > 1, view.isComma(start - 1) else { return nil }
        let sentence = view.sentenceTokens(of: start)
        var k = start - 2
        while k > max(sentence.lowerBound, start - 25) {
            if view.isStrongBreak(k) { return nil }
            if view.word(.relative, at: k, allowConjunction: false) != nil, k >= 2, view.isComma(k - 1) {
                var e = k - 2
                if view.isQuotationMark(e) { e -= 1 }
                guard let m = view.mention(at: e), !view.isAgent(m.entity), view.entities[m.entity].type != .location
                else { return nil }
                return m.entity
            }
            k -= 1
        }
        return nil
    }

    /// A title word's matching key without و and the article (والرئيس، الرئيس، رئيس → رئيس).
    func bareKey(_ word: String) -> Substring {
        var key = Substring(view.lexicon.normalizer.key(word))
        if key.hasPrefix("وال") { key = key.dropFirst(3) } else if key.hasPrefix("ال") { key = key.dropFirst(2) }
        return key
    }
}
