import MarsadCore
import MarsadText

/// Gathers the agreements of a document from their mentions: parties, mediators, date and
/// provisions, and merges the mentions that name the same agreement.
///
/// - A mention under a future or hypothetical marker (على أمل التوصل إلى اتفاق سلام) names no
///   agreement yet and is left out.
/// - Parties: the subject of the verb that governs the mention (وقعتا، وقعوا، توصل، أبرم …),
///   and the actors of "بين X و Y" after it. A person stands for the country entity of their
///   country when the document has one (بوتين → Russia).
/// - Mediators and guarantors: the actor after a mediation cue near the mention (برعاية روسيا،
///   تشرف عليه قوات روسية، بوساطة مصرية).
/// - Date: the nearest day-level time of the mention's clause; `effective` when the clause says the
///   agreement started or entered into force (دخل حيز التنفيذ، اعتبارا من، تبدأ), else `signed`.
/// - Provisions: provision cues after the mention in its sentence, the ceasefire compound itself
///   included.
/// - Merging: a mention joins the last agreement it does not contradict (a different year, a
///   different place in its name, a ceasefire against a peace agreement); a definite mention with
///   nothing of its own (الاتفاق، هذا الاتفاق) joins the last agreement. A ceasefire the previous
///   mention includes («اتفاق سلام مع المتمردين شمل وقفا لإطلاق النار») is a provision of it, not
///   an agreement.
/// - An agreement that names no side but has a year of its own («اتفاق سلام أبرم في 2015»،
///   «تفاهمات القاهرة للعام 2014») is an earlier round between the report's sides: it takes the
///   parties of the report's other agreements when they all name the same ones.
struct AgreementReader {
    let view: DocumentView
    let args: ArgumentReader

    /// What one mention says.
    private struct Reading {
        let mention: AgreementMention
        var date: String?
        var role: Agreement.DateRole?
        var year: Int?
        var place: String?
        var parties: [Int] = []
        /// Whether a declaring verb governs it (أعلن، إعلان): a ceasefire of its subject alone.
        var declared = false
        var mediators: [Int] = []
        var provisions: [Provision] = []
    }

    func agreements() -> [Agreement] {
        let hits = view.hits
        var groups: [[Reading]] = []
        var previous: AgreementMention?
        for mention in view.agreementNouns where isAsserted(mention, hits: hits) {
            defer { previous = mention }
            if let previous, isIncluded(mention, by: previous) { continue }
            let reading = read(mention, hits: hits)
            if let g = groups.lastIndex(where: { compatible(reading, $0) }) {
                groups[g].append(reading)
            } else {
                groups.append([reading])
            }
        }
        var agreements = groups.enumerated().map { build(id: "a\($0.offset + 1)", $0.element) }
        inheritParties(&agreements, groups)
        return agreements
    }

    /// Whether `mention` is a ceasefire that the agreement named just before includes: a verb of
    /// inclusion (شمل، يتضمن، تنص على) stands between them in one clause.
    private func isIncluded(_ mention: AgreementMention, by previous: AgreementMention) -> Bool {
        let start = mention.tokens.lowerBound
        guard mention.isCeasefire, !previous.isCeasefire, previous.tokens.upperBound < start, start - previous.tokens.upperBound <= 8,
              !(previous.tokens.upperBound ..< start).contains(where: { view.isStrongBreak($0) }) else { return false }
        let forms = view.forms
        return Words.includes.contains(forms.whole(start - 1))
            || (start >= 2 && forms.whole(start - 1) == Words.ala && Words.stipulates.contains(forms.whole(start - 2)))
    }

    /// Gives a dated agreement without sides the parties of the report's other agreements, when
    /// those all name the same two or more sides («وفي تموز/يوليو 2016 انهار اتفاق سلام أبرم في
    /// 2015» in a report on Kiir and Machar's ceasefire). One side alone (Iran of «الاتفاق النووي»,
    /// Greece of «الاتفاق الذي أبرمته مع أثينا») is no pair to lend: another agreement of that side
    /// (the Paris climate agreement) would take it.
    private func inheritParties(_ agreements: inout [Agreement], _ groups: [[Reading]]) {
        let sided = agreements.filter { !$0.parties.isEmpty || !$0.partyAgents.isEmpty }
        guard let model = sided.first, model.parties.count + model.partyAgents.count >= 2, sided.allSatisfy({ Set($0.parties) == Set(model.parties)
            && Set($0.partyAgents.map(\.label)) == Set(model.partyAgents.map(\.label)) }) else { return }
        for i in agreements.indices where agreements[i].parties.isEmpty && agreements[i].partyAgents.isEmpty
            && groups[i].contains(where: { $0.year != nil }) {
            agreements[i].parties = model.parties
            agreements[i].partyAgents = model.partyAgents
        }
    }

    private func isAsserted(_ mention: AgreementMention, hits: [TriggerHit]) -> Bool {
        // A negated or planned signing names no agreement (ولم توقع إسرائيل وسوريا على معاهدة سلام).
        let start = mention.tokens.lowerBound
        if let verb = hits.last(where: { $0.trigger.frame == .agreement && $0.tokens.upperBound <= start
            && start - $0.tokens.upperBound <= 8 && !($0.tokens.upperBound ..< start).contains { view.isStrongBreak($0) } }),
           args.modality(of: verb) != .asserted {
            return false
        }
        let probe = TriggerHit(tokens: mention.tokens, trigger: EventTrigger(cameo: "057", form: .noun, frame: .agreement,
                                                                             targetPrepositions: [], allowsDirectObject: false),
                               form: .whole, purpose: false)
        if args.modality(of: probe, governed: false) != .asserted { return false }
        // A governing verbal noun of purpose: للتوصل إلى اتفاق.
        for k in max(0, mention.tokens.lowerBound - 3) ..< mention.tokens.lowerBound where view.startsWithLam(k) {
            if let m = view.lexicon.triggers.match(at: k, in: view, first: .prepositionOnly),
               view.lexicon.triggers.entries[m.entry].payload.frame == .agreement { return false }
        }
        return true
    }

    private func read(_ mention: AgreementMention, hits: [TriggerHit]) -> Reading {
        var r = Reading(mention: mention)
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        let sentence = view.sentenceTokens(of: start)
        let clause = view.clause(of: start, complementizers: false)

        // The verb that governs the mention: signed, reached, declared (before it), or started
        // and entered into force (around it).
        let governor = hits.last { ($0.trigger.frame == .agreement || $0.trigger.frame == .declare)
            && $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 16
            && !($0.tokens.upperBound ..< start).contains { view.isStrongBreak($0) } }
            .flatMap { args.modality(of: $0) == .asserted ? $0 : nil }
        let onset = hits.first { $0.trigger.frame == .onset && clause.contains($0.tokens.lowerBound)
            && abs($0.tokens.lowerBound - end) <= 8 }

        // Date and its role: a day, month or year of the clause when a verb governs the mention,
        // else one right after it (اتفاق سلام أبرم في 2015). Weeks, durations (في غضون 72 ساعة،
        // لمدة خمسة أيام) and vague times are no dates.
        var best: (distance: Int, index: Int)? = nil
        for (i, range) in view.timeTokens.enumerated() where !range.isEmpty && clause.contains(range.lowerBound) {
            let kind = view.times[i].kind
            guard kind == .date || kind == .month || kind == .year, view.times[i].value != nil else { continue }
            let after = range.lowerBound >= end
            let d = after ? range.lowerBound - end : start - range.upperBound
            guard governor != nil || onset != nil || (after && d <= 3) else { continue }
            if best == nil || d < best!.distance { best = (d, i) }
        }
        if let best {
            r.date = view.times[best.index].value
            let timeStart = view.timeTokens[best.index].lowerBound
            let effective = (onset.map { $0.tokens.lowerBound < timeStart } ?? false)
                || (max(clause.lowerBound, timeStart - 3) ..< timeStart).contains { view.forms.whole($0) == Words.asOf }
            r.role = effective ? .effective : .signed
            r.year = Int(r.date!.prefix(4))
        }
        if r.date == nil, let governor, let day = args.date(of: governor) {
            // Reached or signed as the report tells it (أعلنت الحركة التوصل لاتفاق): its day.
            r.date = day
            r.role = .signed
            r.year = Int(day.prefix(4))
        }
        if r.year == nil {
            for k in end ..< max(end, min(clause.upperBound, end + 5)) where view.document.tokens[k].kind == .number {
                let digits = view.lexicon.normalizer.key(view.document.text(in: view.document.tokens[k].span)).filter(\.isNumber)
                if let y = Int(digits), (1900 ... 2100).contains(y) { r.year = y; break }
            }
        }
        if end < view.tokenCount, let m = view.mention(at: end), m.tokens.lowerBound == end,
           [.location, .gpe].contains(view.entities[m.entity].type) {
            r.place = view.entities[m.entity].country ?? view.entities[m.entity].id
        }

        // Parties: "بين X و Y" after it when it names two sides (the subject then only reports
        // the agreement: أعلنت حركة الجهاد التوصل لاتفاق … بين الفصائل وإسرائيل), else the subject
        // of the governing verb and the side after بين.
        let between = args.between(from: end, limit: clause.upperBound) ?? []
        if between.count < 2, let hit = governor {
            r.parties += (args.source(of: hit) ?? []).filter { !view.isMediated($0) }.map(\.entity)
            r.declared = hit.trigger.frame == .declare && !r.parties.isEmpty
        }
        r.parties += between.map(\.entity)
        // «الاتفاق النووي مع إيران»، «اتفاقات مصالحة منفصلة مع الفصائل المعارضة»: the side after مع.
        // A ceasefire declared as the verb's object is its declarer's alone (docs/ANNOTATION.md: a
        // unilateral ceasefire lists the declaring side): «أعلنت حركة طالبان وقفا لإطلاق النار مع
        // القوات الحكومية». Not a peace agreement (عزمه تطبيق اتفاق السلام … مع إريتريا), nor a
        // ceasefire complementing a noun (رفضها تمديد اتفاقها لوقف إطلاق النار مع الحكومة).
        let unilateral = r.declared && mention.noun.isCeasefire && !view.startsWithLam(start)
        if between.count < 2, !unilateral {
            for a in args.with(from: end, limit: clause.upperBound) where !r.parties.contains(a.entity) && !view.isMediated(a) {
                r.parties.append(a.entity)
            }
        }

        // «الاتفاق الروسي-التركي بشأن إدلب»، «اتفاقية السلام المصرية الإسرائيلية»: the sides named
        // by nationality adjectives after the mention.
        for e in adjectiveParties(after: end, limit: clause.upperBound) where !r.parties.contains(e) {
            r.parties.append(e)
        }

        // Mediators and guarantors.
        var k = max(sentence.lowerBound, start - 6)
        while k < min(sentence.upperBound, end + 12) {
            if let m = view.lexicon.mediation.match(at: k, in: view, first: .conjunction) {
                if let a = args.mediatorActor(at: m.tokens.upperBound, limit: sentence.upperBound) { r.mediators.append(a.entity) }
                k = m.tokens.upperBound
                continue
            }
            k += 1
        }

        // Provisions.
        var p = start
        while p < sentence.upperBound {
            if let m = view.lexicon.provisions.match(at: p, in: view, first: .proclitic.union(.prepositionOnly)) {
                r.provisions.append(Provision(kind: view.lexicon.provisions.entries[m.entry].payload, span: view.span(of: m.tokens)))
                p = m.tokens.upperBound
                continue
            }
            p += 1
        }
        return r
    }

    /// The country entities of two or more nationality adjectives right after a mention, joined by
    /// a space, a dash or و («الاتفاق الروسي التركي»، «الاتفاقية الأردنية - السورية»), after at
    /// most one other definite adjective (النووي، السلام). One adjective alone (الاتفاق النووي
    /// الإيراني، الهدنة الروسية) names the agreement by one side, not its parties.
    private func adjectiveParties(after end: Int, limit: Int) -> [Int] {
        var found: [Int] = []
        var k = end
        var skipped = false
        while k < limit {
            if view.isPunctuation(k) {
                guard !found.isEmpty, [0x2D, 0x2013, 0x2014].contains(view.firstScalar(k)) else { break }
                k += 1
                continue
            }
            if let m = view.nationality(at: k, first: .conjunction),
               let e = stateEntity(of: view.lexicon.nationalities.entries[m.entry].payload.alpha3) {
                if !found.contains(e) { found.append(e) }
                k = m.tokens.upperBound
                continue
            }
            guard found.isEmpty, !skipped, view.document.tokens[k].kind == .word,
                  view.document.text(in: view.document.tokens[k].span).hasPrefix("ال") else { break }
            skipped = true
            k += 1
        }
        return found.count >= 2 ? found : []
    }

    /// The entity that stands for a state named only by an adjective: its GPE, else its government,
    /// its capital, a member of its government or its armed forces. A company, a channel or a group
    /// of that country is no party for the adjective («RT Arabic» for «روسية»، Hamas for
    /// «الفلسطينية»).
    private func stateEntity(of alpha3: String) -> Int? {
        if let g = view.countryEntity[alpha3], view.entities[g].type == .gpe { return g }
        var best: (rank: Int, index: Int)? = nil
        for (i, e) in view.entities.enumerated() where e.country == alpha3 {
            let sector = e.cameo.flatMap { $0.hasPrefix(alpha3) ? $0.dropFirst(alpha3.count) : nil }
            let rank: Int
            switch e.type {
            case .organization where sector == "GOV": rank = 0
            case .location where args.capitals.contains(i): rank = 1
            case .person where sector == "GOV": rank = 2
            case .organization where sector == "MIL": rank = 3
            default: continue
            }
            if best == nil || rank < best!.rank { best = (rank, i) }
        }
        return best?.index
    }

    /// Whether a mention can be one more mention of the agreement read from `group`.
    private func compatible(_ r: Reading, _ group: [Reading]) -> Bool {
        let mention = r.mention
        let hasOwn = r.year != nil || r.place != nil
        if mention.isDefinite && !hasOwn { return true }
        for other in group {
            // Two sides each declaring a ceasefire (أعلنت طالبان وقفا لإطلاق النار … إعلان الحكومة
            // الأفغانية وقفا لإطلاق النار أحادي الجانب): two unilateral ceasefires.
            if r.declared, other.declared, Set(r.parties).isDisjoint(with: other.parties) { return false }
            if let a = r.year, let b = other.year, a != b { return false }
            if let a = r.date, let b = other.date, a != b, other.role == r.role { return false }
            if let a = r.place, let b = other.place, a != b { return false }
            let peace: Set<String> = ["peace", "treaty", "roadmap"]
            if (peace.contains(mention.noun.kind) && other.mention.isCeasefire)
                || (mention.isCeasefire && peace.contains(other.mention.noun.kind)) { return false }
        }
        return true
    }

    private func build(id: String, _ group: [Reading]) -> Agreement {
        let first = group[0].mention
        let dated = group.first { $0.date != nil && $0.role == .signed } ?? group.first { $0.date != nil }
        var seen: Set<String> = []
        var provisions: [Provision] = []
        for r in group {
            if r.mention.isCeasefire, !seen.contains("ceasefire") {
                seen.insert("ceasefire")
                provisions.append(Provision(kind: "ceasefire", span: view.span(of: r.mention.tokens)))
            }
            for p in r.provisions where !seen.contains(p.kind) {
                seen.insert(p.kind)
                provisions.append(p)
            }
        }
        var parties = countries(group.flatMap(\.parties))
        // Described sides complete the parties only when the text names fewer than two: with two
        // named sides, a description (الفصائل، المسلحون) is one of them told again, or a bystander.
        if parties.ids.count >= 2 { parties.agents = [] }
        return Agreement(
            id: id, name: first.name, nameAr: view.document.text(in: view.span(of: first.tokens)),
            date: dated?.date, dateRole: dated?.role,
            parties: parties.ids, mediators: countries(group.flatMap(\.mediators)).ids,
            provisions: provisions.sorted { $0.span < $1.span }, mentions: group.map { view.span(of: $0.mention.tokens) },
            partyAgents: parties.agents)
    }

    /// Entity ids, a person replaced by the country entity of their country when there is one;
    /// agents (and the groups of named leaders) apart.
    private func countries(_ entities: [Int]) -> (ids: [String], agents: [Agent]) {
        var out: [String] = []
        var agents: [Agent] = []
        for e in entities {
            if view.isAgent(e) || view.affiliation(of: e, at: 0 ..< 0) != nil {
                for a in view.sides([e], read: [:]).agents where !agents.contains(where: { $0.label == a.label && $0.cameo == a.cameo }) {
                    agents.append(a)
                }
                if view.isAgent(e) { continue }
            }
            var chosen = e
            if view.entities[e].type == .person, let c = view.entities[e].country, let g = view.countryEntity[c],
               view.entities[g].type == .gpe {
                chosen = g
            }
            let id = view.entities[chosen].id
            if !out.contains(id) { out.append(id) }
        }
        return (out, agents)
    }
}
