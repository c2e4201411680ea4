import MarsadCore

extension DocumentView {
    /// The entity that stands for a country: its GPE, else an organization, place or person of that
    /// country with the most mentions.
    static func countryEntities(_ entities: [Entity]) -> [String: Int] {
        var best: [String: (index: Int, rank: Int, mentions: Int)] = [:]
        for i in entities.indices {
            guard let country = entities[i].country else { continue }
            let rank: Int
            switch entities[i].type {
            case .gpe: rank = 0
            case .organization: rank = 1
            case .location: rank = 2
            case .person: rank = 3
            }
            let mentions = entities[i].mentions.count
            // One hash of the country per entity (a lookup, then a write through its index).
            if let known = best.index(forKey: country) {
                let b = best.values[known]
                if (b.rank, -b.mentions) <= (rank, -mentions) { continue }
                best.values[known] = (i, rank, mentions)
            } else {
                best[country] = (i, rank, mentions)
            }
        }
        return best.mapValues(\.index)
    }

    /// The actor named at token `t`: a mention (places only with `places`), or a nationality
    /// adjective after an actor noun (الوفد الروسي، أطراف النزاع الليبي) or a plural one (الفلسطينيون).
    func actor(at t: Int, places: Bool = false) -> Actor? {
        guard t >= 0, t < tokenCount else { return nil }
        if let m = mention(at: t) {
            let type = entities[m.entity].type
            if type == .location && !places { return nil }
            return Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false)
        }
        guard document.tokens[t].kind == .word,
              let match = nationality(at: t, first: .proclitic),
              let entity = countryEntity[lexicon.nationalities.entries[match.entry].payload.alpha3]
        else { return nil }
        let nationality = lexicon.nationalities.entries[match.entry].payload
        let headed = word(.actorHead, at: t - 1) != nil || word(.actorHead, at: t - 2) != nil
            || (word(.actorHead, at: t - 3) != nil && !isPunctuation(t - 1) && !isPunctuation(t - 2))
        guard nationality.isPlural || headed else { return nil }
        if !places, entities[entity].type == .location { return nil }
        return Actor(entity: entity, tokens: match.tokens, viaAdjective: true)
    }

    /// The actors in `range`, in order; a nationality adjective or organization right before a
    /// person's name gives way to the name ("نظيره الأذربيجاني جيهون بيراموف" → Bayramov).
    func actors(in range: Range<Int>, places: Bool = false) -> [Actor] {
        var found: [Actor] = []
        var t = range.lowerBound
        while t < range.upperBound {
            if let a = actor(at: t, places: places) {
                found.append(a)
                t = max(a.tokens.upperBound, t + 1)
            } else {
                t += 1
            }
        }
        return preferringNames(found)
    }

    /// Drops a non-person actor that a person's name follows within three tokens with no و between
    /// (the title's country or organization), unless the person has no country (an official of an
    /// international organization: the organization stays).
    func preferringNames(_ actors: [Actor]) -> [Actor] {
        var kept: [Actor] = []
        for (i, a) in actors.enumerated() {
            if entities[a.entity].type != .person, i + 1 < actors.count, actors[i + 1].tokens.lowerBound >= a.tokens.upperBound {
                let next = actors[i + 1]
                let gap = a.tokens.upperBound ..< next.tokens.lowerBound
                if entities[next.entity].type == .person, entities[next.entity].country != nil, gap.count <= 3,
                   !startsWithConjunction(next.tokens.lowerBound), !gap.contains(where: { startsWithConjunction($0) || isStrongBreak($0) }) {
                    continue
                }
            }
            kept.append(a)
        }
        return kept
    }

    /// Whether the actor is named right after a mediation cue (برعاية روسيا، تحت رعاية مبعوث الأمم
    /// المتحدة): a mediator, not a party.
    func isMediated(_ a: Actor) -> Bool {
        var first = a.tokens.lowerBound
        // Through an apposition: "تحت رعاية مبعوث الأمم المتحدة غسان سلامة".
        for _ in 0 ..< 3 {
            var k = max(0, first - 4)
            while k < first {
                if let m = lexicon.mediation.match(at: k, in: self, first: .conjunction) {
                    if m.tokens.upperBound <= first, first - m.tokens.upperBound <= 2 { return true }
                    k = m.tokens.upperBound
                    continue
                }
                k += 1
            }
            guard first > 0, let previous = mention(at: first - 1) ?? (first > 1 && !isPunctuation(first - 1) ? mention(at: first - 2) : nil),
                  previous.tokens.lowerBound < first else { return false }
            first = previous.tokens.lowerBound
        }
        return false
    }

    /// Whether the actor is the object of a preposition (في باكو، مع الأردن، لروسيا).
    func isPrepositionalObject(_ a: Actor) -> Bool {
        let first = a.tokens.lowerBound
        let token = document.tokens[first]
        if !a.viaAdjective, let m = mention(at: first), m.span.start > token.start {
            // A proclitic before the name: ب ل ك (possibly after و/ف).
            for i in token.start ..< m.span.start {
                let v = document.scalars[i].value
                if v == 0x0628 || v == 0x0644 || v == 0x0643 { return true }
            }
        }
        // The preposition may stand before the name's marks («في مقابلة مع "بي بي سي"»).
        var before = first - 1
        while before >= 0, first - before <= 2, isQuotationMark(before) { before -= 1 }
        if before >= 0, word(.preposition, at: before) != nil { return true }
        if before > 0, word(.preposition, at: before - 1) != nil, word(.actorHead, at: before) != nil { return true }
        return false
    }

    /// Whether a person is named after a preposition, a title and its nationality adjective
    /// («على السفيرة البريطانية كارين بيرس»), besides ``isPrepositionalObject(_:)``. Only for
    /// speakers: an event's relative clause may still have such a person as subject («مع
    /// المستشارة الألمانية أنغيلا ميركل التي تزور سوتشي»).
    func isTitledPrepositionalObject(_ a: Actor) -> Bool {
        let first = a.tokens.lowerBound
        guard !a.viaAdjective, first > 2, Words.personTitles.contains(forms.whole(first - 2)) || word(.actorHead, at: first - 2) != nil,
              nationality(at: first - 1, first: .whole)?.tokens.upperBound == first else { return false }
        return word(.preposition, at: first - 3) != nil
    }

    /// The subject after a verb ending at token `end` (VSO): a named actor within six tokens, with
    /// its coordinated partners; a generic source; or a pronoun.
    func subject(after end: Int, limit: Int) -> Subject {
        var stop = min(limit, end + 7)
        var t = end
        while t < stop, isComma(t) || timeAt[t] >= 0 { t += 1 }
        guard t < stop else { return .pronoun }
        // كل من X و Y ("each of X and Y"): the actors after من are the subject («دعت كل من
        // الولايات المتحدة وبريطانيا»، «شن كل من القوات الحكومية … والمتمردين هجمات»).
        var each = false
        if t + 2 < limit, forms.whole(t) == Words.kull, forms.whole(t + 1) == Words.min {
            t += 2
            stop = min(limit, stop + 2)
            each = true
        }
        if let body = voicedBody(at: t) { return .actors([body]) }
        if word(.genericSource, at: t) != nil || word(.demonstrative, at: t) != nil { return .generic }
        // «يرى بعض المعلقين»: some of an unnamed source (branch quotes11).
        if t + 1 < limit, forms.whole(t) == Words.some, word(.genericSource, at: t + 1) != nil { return .generic }
        // A word of one person's name used alone that looks like a preposition and a noun («وأبلغ
        // لام رويترز», after «لام بول جابرييل»): that person.
        if let p = personNamedAlone(at: t) {
            return .actors([Actor(entity: p, tokens: t ..< t + 1, viaAdjective: false)])
        }
        if word(.preposition, at: t, allowConjunction: false) != nil || word(.complementizer, at: t) != nil
            || isStrongBreak(t) || isQuotationMark(t) || opensPrepositionalPhrase(t) {
            return .pronoun
        }
        // «دعا الحلف والاتحاد الأوروبي موسكو»: the anaphor with the actors coordinated with it.
        if let anaphor = anaphor(at: t) { return .actors(coordinated(from: anaphor, limit: limit)) }
        var first: Actor? = nil
        var k = t
        var titled = each  // a title or group noun (or كل من) was read: the name may follow
        while k < stop {
            if isStrongBreak(k) || word(.complementizer, at: k) != nil { break }
            if isQuotationMark(k), titled, k > 0, forms.whole(k - 1) == Words.inTheNameOf,
               let close = (k + 1 ..< min(limit, k + 9)).first(where: { isQuotationMark($0) }) {
                // A name in marks after باسم (الناطق باسم "غرفة العمليات المركزية في الجنوب" X):
                // read past it; the person may follow.
                stop = min(limit, stop + close - k)
                k = close + 1
                continue
            }
            if isQuotationMark(k), !isTermMark(k) { k += 1; continue }
            if let m = lexicon.mediation.match(at: k, in: self, first: .conjunction) {
                // برعاية روسيا: a mediator, not the subject.
                k = m.tokens.upperBound
                if let a = actor(at: k) { k = a.tokens.upperBound }
                continue
            }
            if let a = actor(at: k), titled || !isPrepositionalObject(a) { first = a; break }
            // A place right after the verb is its object (زار بيونغيانغ الأسبوع الماضي): the subject
            // is in the verb or before it.
            if !titled, let m = mention(at: k), entities[m.entity].type == .location { break }
            if word(.title, at: k) != nil || word(.actorHead, at: k) != nil || word(.reciprocal, at: k) != nil {
                titled = true
            } else if !titled, word(.preposition, at: k) != nil || opensPrepositionalPhrase(k) {
                // The verb's object or a phrase came first: the subject is in the verb.
                break
            } else if !titled, document.tokens[k].kind == .word, !isPunctuation(k), timeAt[k] < 0, mention(at: k) == nil {
                // A word of a person's name used alone (وأضاف مون, after «مون جيه-إن»): that person.
                if let p = personNamedAlone(at: k) {
                    first = Actor(entity: p, tokens: k ..< k + 1, viaAdjective: false)
                    break
                }
                // A subject noun that names no one (غارات أخرى، المليشيات المتناحرة).
                return .generic
            }
            k += 1
        }
        guard var head = first else { return titled ? .generic : .pronoun }
        // A title's organization or country before the person's name: the person speaks (the title
        // before it, or read with it: «المبعوث الأممي إلى اليمن، مارتن غريفيث»). A country or body
        // named by its own name, with no title, is the subject itself, and the person after it the
        // verb's object («واتهمت إيران مايك بومبيو»، «واتهمت الصين ترامب»).
        if entities[head.entity].type != .person,
           titled || head.viaAdjective || word(.title, at: head.tokens.lowerBound) != nil {
            var j = head.tokens.upperBound
            let until = min(limit, j + 4)
            while j < until {
                if isStrongBreak(j) || isQuotationMark(j) || word(.complementizer, at: j) != nil || startsWithConjunction(j)
                    || Words.objectPrepositions.contains(forms.whole(j)) { break }
                if let p = mention(at: j), entities[p.entity].type == .person {
                    head = Actor(entity: p.entity, tokens: p.tokens, viaAdjective: false)
                    break
                }
                j += 1
            }
        }
        return .actors(coordinated(from: head, limit: limit))
    }

    /// The body an unnamed spokesperson or correspondent speaks for: «متحدث باسم الجيش»,
    /// «مراسل وكالة الأنباء الفرنسية» (an organization named right after, or after باسم).
    func voicedBody(at t: Int) -> Actor? {
        guard t < tokenCount, forms.forms(of: t).contains(where: { Words.voices.contains(forms.hashes[$0]) }) else { return nil }
        var k = t + 1
        if k < tokenCount, forms.whole(k) == Words.inTheNameOf { k += 1 }
        guard let m = mention(at: k), m.tokens.lowerBound == k, !isAgent(m.entity),
              entities[m.entity].type == .organization else { return nil }
        return Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false)
    }

    /// The person one word of whose name stands alone at token `t` («وأضاف مون», after «مون جيه-إن»):
    /// a word in no mention, not a preposition written with ى that folds like a name (على → علي).
    func personNamedAlone(at t: Int) -> Int? {
        guard mention(at: t) == nil, document.tokens[t].kind == .word, !isPrepositionWithAlifMaqsura(t),
              let p = nameWords[forms.whole(t)], p >= 0 else { return nil }
        return p
    }

    /// Whether token `t` is a preposition written with a final ى (على، إلى، لدى): folded, على reads
    /// like the name علي («وردا على سؤال …» is no mention of «آية الله على خامنئي»), but «علي» as
    /// written is the name.
    func isPrepositionWithAlifMaqsura(_ t: Int) -> Bool {
        let token = document.tokens[t]
        guard token.length > 0, document.scalars[token.start + token.length - 1].value == 0x0649 else { return false }
        return word(.preposition, at: t) != nil
    }

    /// Whether token `t` is a word with an attached ب or ل that names no actor (بوزير، برعاية،
    /// لمواقع): a prepositional phrase, whose noun is not a subject.
    func opensPrepositionalPhrase(_ t: Int) -> Bool {
        guard document.tokens[t].kind == .word, mention(at: t) == nil else { return false }
        if word(.actorHead, at: t) != nil || word(.genericSource, at: t) != nil { return false }
        let r = forms.forms(of: t)
        guard r.count > 1, !forms.kinds[r.lowerBound + 1].contains(.conjunction) else { return false }
        let v = firstScalar(t)
        return v == 0x0628 || v == 0x0644
    }

    /// Whether the quotation mark at `t` is one of a pair around one or two words (a name or term:
    /// «فجر ليبيا»), not the start or end of a quotation.
    func isTermMark(_ t: Int) -> Bool {
        for k in max(0, t - 4) ..< min(tokenCount, t + 5) where k != t && isQuotationMark(k) {
            let inner = k < t ? k + 1 ..< t : t + 1 ..< k
            if wordCount(inner) <= 2 && !inner.contains(where: { isStrongBreak($0) }) { return true }
        }
        return false
    }

    /// `head` and the actors coordinated with it by و: "كير ومشار", "أرمينيا وأذربيجان". A conjunct
    /// that names no one (والموالين لصالح → Saleh; والمدنيين → nobody) is read up to three words.
    func coordinated(from head: Actor, limit: Int) -> [Actor] {
        var list = [head]
        var t = head.tokens.upperBound
        while t < limit {
            var k = t
            if isComma(k) { k += 1 }
            guard k < limit, startsWithConjunction(k) else { break }
            var found: Actor? = nil
            var j = k
            while j < min(limit, k + 4) {
                if isStrongBreak(j) || isQuotationMark(j) || word(.complementizer, at: j) != nil { break }
                if j > k, startsWithConjunction(j) { break }
                if let a = actor(at: j) {
                    found = a
                    break
                }
                if j > k, word(.preposition, at: j) != nil { break }
                j += 1
            }
            if let next = found {
                let named = preferringNames(actors(in: next.tokens.lowerBound ..< min(limit, next.tokens.upperBound + 4)))
                let chosen = named.first ?? next
                if !list.contains(where: { $0.entity == chosen.entity }) { list.append(chosen) }
                t = chosen.tokens.upperBound
            } else {
                guard j > k, j < limit, startsWithConjunction(j) else { break }
                t = j
            }
        }
        return list
    }

    /// The subject before a verb starting at token `start` (SVO): the chain of actors that ends
    /// within three tokens before it, in the same clause ("أرمينيا وأذربيجان وقعتا").
    func subject(before start: Int, from clauseStart: Int) -> [Actor] {
        var chain: [Actor] = []
        var t = start - 1
        var glue = 0
        while t >= clauseStart {
            if isStrongBreak(t) || isQuotationMark(t) || word(.complementizer, at: t) != nil
                || word(.clauseBreak, at: t) != nil { break }
            if let m = mention(at: t), entities[m.entity].type != .location {
                chain.append(Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false))
                t = m.tokens.lowerBound - 1
                glue = 0
                continue
            }
            if let a = actor(at: t) {
                chain.append(a)
                t -= 1
                glue = 0
                continue
            }
            if isComma(t) { t -= 1; continue }
            glue += 1
            if chain.isEmpty && glue > 1 { return [] }
            if glue > 3 { break }
            t -= 1
        }
        chain.reverse()
        return preferringNames(chain).filter { !isPrepositionalObject($0) && !isMediated($0) }
    }

    /// An anaphoric definite noun at `t` (الحركة، الجيش، البعثة) resolved to the last mention
    /// before it of an organization whose name, or the class noun before it, has that head.
    func anaphor(at t: Int) -> Actor? {
        guard mention(at: t) == nil, let range = word(.anaphor, at: t) else { return nil }
        // The head noun without the article: الحركة → حركة.
        let key = lexicon.normalizer.key(document.text(in: span(of: range)))
        var bare = Substring(key)
        if bare.hasPrefix("و") || bare.hasPrefix("ف") { bare = bare.dropFirst() }
        if bare.hasPrefix("ال") { bare = bare.dropFirst(2) }
        let heads: Set<UInt64> = [WordHash.of(bare), WordHash.of("ال" + bare)]
        var i = mentions.count - 1
        while i >= 0, mentions[i].tokens.lowerBound >= t { i -= 1 }
        while i >= 0 {
            let m = mentions[i]
            if entities[m.entity].type == .organization {
                if heads.contains(forms.whole(m.tokens.lowerBound)) { return Actor(entity: m.entity, tokens: range, viaAdjective: false) }
                var b = m.tokens.lowerBound - 1
                var steps = 0
                while b >= 0, steps < 3, isPunctuation(b) || document.tokens[b].kind == .symbol { b -= 1; steps += 1 }
                if b >= 0 {
                    for f in forms.forms(of: b) where heads.contains(forms.hashes[f]) {
                        return Actor(entity: m.entity, tokens: range, viaAdjective: false)
                    }
                }
            }
            i -= 1
        }
        return nil
    }

    /// The last two actors of different countries named before token `t`: what الطرفان refers to.
    func lastTwoParties(before t: Int) -> [Actor] {
        var found: [Actor] = []
        var countries: Set<String> = []
        var i = mentions.count - 1
        while i >= 0, mentions[i].tokens.lowerBound >= t { i -= 1 }
        while i >= 0, found.count < 2 {
            let m = mentions[i]
            let e = entities[m.entity]
            if e.type != .location, let c = e.country, !countries.contains(c) {
                countries.insert(c)
                found.append(Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false))
            }
            i -= 1
        }
        return found.reversed()
    }
}
