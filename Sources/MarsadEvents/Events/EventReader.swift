import MarsadCore
import MarsadText

/// Reads the events of a document, one candidate per trigger, then merges those that tell the
/// same fact (``EventMerger``).
///
/// Frames (`event-triggers.tsv`) decide what a trigger needs:
/// - `agreement` (وقع، توصل، أبرم): an agreement mention after it; codes 057, and 0871 too when the
///   agreement is a ceasefire. `declare` (أعلن، الإعلان عن): a ceasefire or truce after it (0871).
///   `onset` (دخل حيز التنفيذ، تبدأ الهدنة): a ceasefire next to it; its actors are the agreement's
///   parties.
/// - `mediate` (برعاية، بوساطة، بحضور): the actor after the cue mediates; the target is the
///   clause's other actors, or the parties of the agreement named in the clause.
/// - `meet`, `visit`, `host`, `attack`, `clash`, `request`, `release`, `aid`, `withdraw`, `actor`:
///   source and target from ``ArgumentReader``. A meeting with no named partner takes the country
///   of its place (المحادثات في باكو → Azerbaijan); one at a place of neither side is coded 044.
/// - `exchange` (تبادل X الاتهامات): an accusation each way between its sides, only with an
///   `accusation` word after the verb.
/// - `obliged` (يجب على X، إن على X، «"على X …"» opening a quotation): a demand (100) from the
///   quotation's speaker to X (``demand(obliged:)``).
/// A coordinated subject with no target is reciprocal: both directions (التقى كير ومشار). An event
/// with no source, or no target where its frame needs one, is not reported.
struct EventReader {
    let view: DocumentView
    let args: ArgumentReader
    /// Every agreement mention on the token grid (told as fact or not), with the upstream
    /// agreement it names, if any (a negated or planned signing names none).
    let agreementAt: [(tokens: Range<Int>, agreement: Int?, ceasefire: Bool)]
    let agreements: [Agreement]

    init(view: DocumentView, args: ArgumentReader, agreements: [Agreement]) {
        self.view = view
        self.args = args
        self.agreements = agreements
        var named: [Range<Int>: Int] = [:]
        for (i, a) in agreements.enumerated() {
            for span in a.mentions { named[view.document.tokenRange(in: span)] = i }
        }
        agreementAt = view.agreementNouns.map { ($0.tokens, named[$0.tokens], $0.isCeasefire) }
    }

    /// The candidate events, in document order. A present-tense verb joined by و to a planned one
    /// is planned too (سيزور موسكو … ويلتقي بنظيره).
    func candidates() -> [EventCandidate] {
        var out: [EventCandidate] = []
        var previous: (sentence: Int32, modality: Modality)? = nil
        var running: (sentence: Int32, subject: [Actor])? = nil
        var fighting: [Actor] = []
        let openings = openingDemands()
        let hits = openings.isEmpty ? view.hits : (view.hits + openings).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for hit in hits {
            let sentence = view.sentenceOf[hit.tokens.lowerBound]
            let carried = running.flatMap { $0.sentence == sentence ? $0.subject : nil } ?? []
            let inherits = hit.trigger.form == .present && hit.form.contains(.conjunction) && previous?.sentence == sentence
                && previous?.modality == .future
            let events = read(hit, running: carried, future: inherits, fighting: fighting)
            if hit.trigger.form != .noun, hit.trigger.frame != .obliged, !events.isEmpty {
                // Sides split by ``splitBySide`` are still one subject for the verbs after it.
                var subject: [Int] = []
                for e in events { for s in e.source where !subject.contains(s) { subject.append(s) } }
                running = (sentence, subject.map { Actor(entity: $0, tokens: 0 ..< 0, viaAdjective: false) })
            }
            if hit.trigger.frame == .clash || hit.trigger.frame.isAttack,
               let fight = events.first(where: { $0.modality == .asserted && !$0.target.isEmpty && $0.cameo != "111" }) {
                var sides: [Actor] = []
                for e in events where e.modality == .asserted {
                    for x in e.source + e.target where !sides.contains(where: { $0.entity == x }) {
                        sides.append(Actor(entity: x, tokens: fight.read[x] ?? 0 ..< 0, viaAdjective: false))
                    }
                }
                fighting = sides
            }
            if hit.trigger.form != .noun, hit.trigger.frame != .obliged { previous = (sentence, events.first?.modality ?? args.modality(of: hit)) }
            out += events
        }
        return out
    }

    /// The meeting verb whose manner a meeting noun after في/خلال/عبر tells: the last verb trigger
    /// before the noun in its clause, when that is a meeting verb («بحث … مع نظيره … في اتصال
    /// هاتفي»; not «وقال في اتصال هاتفي مع …», where the call is an event of its own).
    private func mannerVerb(of noun: TriggerHit) -> TriggerHit? {
        let k = noun.tokens.lowerBound
        guard k > 0, Words.manner.contains(view.forms.whole(k - 1)) else { return nil }
        let clause = view.clause(of: k)
        guard let verb = view.hits.last(where: { $0.trigger.form != .noun && $0.trigger.frame != .obliged && $0.tokens.upperBound <= k - 1
            && clause.contains($0.tokens.lowerBound) }) else { return nil }
        // «وبحث الرئيسان خلال اتصال هاتفي»: a verb with no side read leaves the call its own sides.
        guard verb.trigger.frame == .meet, let sides = args.source(of: verb), !sides.isEmpty else { return nil }
        return verb
    }

    /// Whether a meeting verb is a noun written alike: after a preposition or إجراء («إلى بحث
    /// لموضوع الأمن»، «بإجراء بحث في قنصليتها»), or looking for something («تبحث عن ذريعة»،
    /// «بحثا عن الغاز») when its target is never after عن.
    private func isVerbalNoun(_ hit: TriggerHit) -> Bool {
        let k = hit.tokens.lowerBound, end = hit.tokens.upperBound
        if k > 0, view.word(.preposition, at: k - 1, allowConjunction: false) != nil || Words.performing.contains(view.forms.whole(k - 1)) {
            return true
        }
        return end < view.tokenCount && view.forms.whole(end) == Words.an && !hit.trigger.targetPrepositions.contains("عن")
    }

    /// Whether هاتفيا follows a meeting verb, its subject or a time between (تباحث ترامب هاتفيا مع).
    private func isByPhone(_ hit: TriggerHit) -> Bool {
        let clause = view.clause(of: hit.tokens.lowerBound)
        return (hit.tokens.upperBound ..< min(clause.upperBound, hit.tokens.upperBound + 8)).contains {
            view.forms.whole($0) == Words.byPhone
        }
    }

    /// The meeting noun that tells the manner of a meeting verb (``mannerVerb(of:)``).
    private func mannerNoun(of verb: TriggerHit) -> TriggerHit? {
        let clause = view.clause(of: verb.tokens.lowerBound)
        return view.hits.first { $0.trigger.frame == .meet && $0.trigger.form == .noun && $0.tokens.lowerBound > verb.tokens.upperBound
            && clause.contains($0.tokens.lowerBound) && mannerVerb(of: $0)?.tokens == verb.tokens }
    }

    /// - Parameter fighting: the sides of the last fight (clash or attack) told as fact before the
    ///   trigger: those a call to stop the fighting is aimed at.
    private func read(_ hit: TriggerHit, running: [Actor] = [], future: Bool = false, fighting: [Actor] = []) -> [EventCandidate] {
        let frame = hit.trigger.frame
        var cameo = hit.trigger.cameo
        // «بحث لافروف مع نظيره بومبيو في اتصال هاتفي»: the call is how the verb's consultation was
        // held — one event, with the verb's sides, coded as the call.
        if frame == .meet {
            if hit.trigger.form == .noun, mannerVerb(of: hit) != nil { return [] }
            if hit.trigger.form != .noun {
                if isVerbalNoun(hit) { return [] }
                if let noun = mannerNoun(of: hit) { cameo = noun.trigger.cameo } else if isByPhone(hit) { cameo = "041" }
            }
        }
        // عملية عسكرية، صواريخ: an event only as the object of a support verb (شن، أطلق، نفذ).
        // العملية العسكرية التي تنفذها تركيا: or as the object of an agent verb after it.
        if frame == .operation, args.supportVerb(before: hit) == nil, args.agent(after: hit) == nil { return [] }
        var linked: (tokens: Range<Int>, agreement: Int?, ceasefire: Bool)? = nil
        // تحمّل as a verbal noun (إلى تحمل مسؤولية، لتحمل) bears responsibility; it blames no one.
        if frame == .blame, hit.purpose || view.word(.preposition, at: hit.tokens.lowerBound - 1) != nil { return [] }
        // The subject may stand between the verb and the agreement (توصل كير ومشار … إلى وقف).
        var read = frame == .mediate || frame == .onset || frame == .obliged ? [] : args.source(of: hit, running: running)
        // قتل 6 أشخاص is passive (no diacritics tell it): only an active killing is an event.
        if frame == .kill, !args.isActiveKilling(hit, subject: read ?? []) { return [] }
        var blameNoun: Int? = nil
        // The target read by the frame itself (`behind`; an agreement reached with the side after مع).
        var fixedTarget: [Actor]? = nil
        let subjectEnd = max(hit.tokens.upperBound, (read ?? []).map(\.tokens.upperBound).filter { $0 > hit.tokens.lowerBound }.max() ?? 0)
        switch frame {
        case .agreement:
            if let a = agreement(after: subjectEnd, within: 8) {
                linked = a
            } else if let partner = agreedWith(hit, subjectEnd: subjectEnd) {
                // «إنه اتفق مع نظيره السوداني عمر البشير، على العمل المشترك»: an agreement reached
                // with the side after مع, on what follows على.
                fixedTarget = partner
            } else {
                return []
            }
        case .declare:
            guard let a = agreement(after: subjectEnd, within: 8), a.ceasefire else { return [] }
            linked = a
        case .onset:
            guard let a = agreement(near: hit), a.ceasefire else { return [] }
            linked = a
        case .blame:
            // حمّل X المسؤولية: an accusation only with the noun after its object.
            guard let noun = word(.responsibility, after: subjectEnd) else { return [] }
            blameNoun = noun
        case .exchange:
            // تبادل X الاتهامات: an accusation only with the noun after the verb and its subject;
            // «تبادل الاتهامات بين الحركة والحكومة» names its sides after the noun.
            guard let noun = word(.accusation, after: subjectEnd) else { return [] }
            if let between = args.between(from: noun + 1, limit: view.clause(of: hit.tokens.lowerBound).upperBound),
               between.count >= 2 {
                read = between
            }
        case .behind:
            // «قالت الحكومة البريطانية إن روسيا تقف وراء الهجوم»: the speaker accuses the subject.
            guard let (speaker, subject) = accusation(behind: hit, read: read) else { return [] }
            read = [speaker]
            fixedTarget = subject
        case .obliged:
            // «وقالت روسيا إن على تركيا أن تفصل الجماعات المتشددة»: the speaker demands of the side
            // after على.
            guard let (speaker, called) = demand(obliged: hit) else { return [] }
            read = [speaker]
            fixedTarget = called
        case .sever:
            // «وقطعت السعودية والإمارات والبحرين ومصر، في يونيو الماضي، علاقاتها مع قطر»: only with a
            // relations noun after the subject (not «قطعت الطريق»); the target is read after it.
            guard let noun = relationsNoun(after: subjectEnd) else { return [] }
            fixedTarget = args.target(of: hit, from: noun + 1, source: read ?? [])
        case .recall:
            // «استدعت سفيرها لدى كندا»: the country the ambassador is recalled from follows the noun;
            // «واستدعت سفيرها وجمدت …» names none, and its subject is read from too far.
            guard hit.tokens.upperBound < view.tokenCount, Words.posted.contains(view.forms.whole(hit.tokens.upperBound)) else { return [] }
        case .withdraw:
            // Leaving an agreement, a meeting or a body is no military withdrawal (0874): «الانسحاب من
            // الاتفاق النووي»، «الانسحاب من القمة»، «انسحاب بريطانيا من الاتحاد الأوروبي».
            if agreement(after: subjectEnd, within: 2) != nil || leavesAgreementMeetingOrBody(after: subjectEnd) { return [] }
        default:
            break
        }

        var source: [Actor]
        var target: [Actor] = []
        // «محادثات بين روسيا وإيران وتركيا»: one meeting of its sides, and a call to stop a fight
        // one call on all its fighters, not one per side.
        var targetsTogether = false
        if frame == .mediate {
            guard let mediator = args.mediatorActor(at: hit.tokens.upperBound, limit: view.sentenceTokens(of: hit.tokens.lowerBound).upperBound)
            else { return [] }
            source = [mediator]
            let clause = view.clause(of: hit.tokens.lowerBound)
            target = view.actors(in: clause.lowerBound ..< hit.tokens.lowerBound).filter {
                !view.isPrepositionalObject($0) && $0.entity != mediator.entity
            }
            if target.isEmpty, let a = agreement(in: clause) { target = parties(of: a.agreement) }
            target = target.filter { $0.entity != mediator.entity }
        } else if frame == .onset {
            source = parties(of: linked?.agreement)
        } else {
            guard let read else { return [] }
            source = read
            // "محادثات بين X و Y": X is the source, the others the target.
            if hit.trigger.form == .noun, frame == .meet || frame == .clash, source.count >= 2,
               args.between(from: hit.tokens.upperBound, limit: view.clause(of: hit.tokens.lowerBound).upperBound) != nil {
                target = Array(source.dropFirst())
                source = [source[0]]
                targetsTogether = true
            }
            if let linked, frame == .agreement || frame == .declare,
               let between = args.between(from: linked.tokens.upperBound, limit: view.clause(of: hit.tokens.lowerBound).upperBound),
               between.count >= 2 {
                // "اتفاق … بين X و Y": X and Y agree with each other; the subject only reports it.
                source = between
            }
            if source.isEmpty, let linked { source = parties(of: linked.agreement) }
            if frame == .agreement, let a = linked?.agreement {
                // A signing or reaching by one party is one by all its parties but the mediators
                // (وإثر مفاوضات قادتها روسيا مع الفصائل … تم التوصل إلى اتفاق: Russia, the regime and
                // the factions).
                let all = parties(of: a)
                let mediators = Set(agreements[a].mediators)
                // The side after مع is the other side, not one more signer («أبرمت روسيا اتفاقات
                // مصالحة مع النظام السوري»).
                let counterpart = linked.map { l in
                    Set(args.with(from: l.tokens.upperBound, limit: view.clause(of: hit.tokens.lowerBound).upperBound).map(\.entity))
                } ?? []
                if !source.isEmpty, source.allSatisfy({ s in all.contains { $0.entity == s.entity } }) {
                    for p in all where !source.contains(where: { $0.entity == p.entity })
                        && !mediators.contains(view.entities[p.entity].id) && !counterpart.contains(p.entity) {
                        source.append(p)
                    }
                }
            }
            if let linked {
                // The other side: "بين X و Y" after the agreement, or its other parties.
                let sources = Set(source.map(\.entity))
                let clause = view.clause(of: hit.tokens.lowerBound)
                let between = args.between(from: linked.tokens.upperBound, limit: clause.upperBound)
                    ?? args.with(from: linked.tokens.upperBound, limit: clause.upperBound)
                let others = (between + parties(of: linked.agreement)).filter { !sources.contains($0.entity) }
                // Signed by several: each signed with the others (أرمينيا وأذربيجان وقعتا).
                let reciprocal = source.count >= 2 ? Array(source.dropFirst()) + [source[0]] : []
                target = reciprocal + others
            } else if let fixedTarget {
                target = fixedTarget
            } else if target.isEmpty {
                if hit.trigger.pronoun == .target {
                    // اتهمه، متهما إياه، القبض عليه: the pronoun is the target.
                    target = args.pronounReferent(of: hit, as: .target, excluding: Set(source.map(\.entity))).map { [$0] } ?? []
                } else {
                    target = args.target(of: hit, from: subjectEnd, source: source)
                }
            }
            if frame == .deny, target.isEmpty {
                // «نفت إسرائيل التوصل إلى تهدئة»: the other parties of the agreement denied, or of the
                // last agreement (of its kind) told before: a denied agreement names none itself.
                let sources = Set(source.map(\.entity))
                if let a = agreement(after: subjectEnd, within: 4) {
                    target = a.agreement.map { parties(of: $0).filter { !sources.contains($0.entity) } }
                        ?? lastParties(before: hit.tokens.lowerBound, ceasefire: a.ceasefire, besides: sources)
                } else if view.hits.contains(where: { $0.trigger.frame == .agreement && $0.tokens.lowerBound >= subjectEnd
                    && $0.tokens.lowerBound - subjectEnd <= 1 }) {
                    target = lastParties(before: hit.tokens.lowerBound, ceasefire: nil, besides: sources)
                }
            }
        }
        let location = args.location(of: hit)
        // An arrest with no named agent is made by the authorities of its place (القبض عليه في ألمانيا).
        if source.isEmpty, cameo == "173", let place = location {
            source = [asCountry(Actor(entity: place, tokens: 0 ..< 0, viaAdjective: false))]
        }
        // News outlets report events; they are not their sides.
        source = args.sides(source)
        target = args.sides(target)
        guard !source.isEmpty else { return [] }
        if frame == .exchange {
            // Accusations traded: every side accuses the others (``splitBySide`` gives one event
            // per side, aimed at the others).
            let all = source + target.filter { t in !source.contains { $0.entity == t.entity } }
            guard Set(all.map { side(of: $0.entity) }).count >= 2 else { return [] }
            source = all
            target = all
        }
        // «شن هجوما شديدا على رئيس الوزراء الكندي»: an attack noun with a verbal adjective is
        // criticism (111), aimed only at the side named after it.
        let verbal = frame.isAttack && hit.trigger.form == .noun && hit.tokens.upperBound < view.tokenCount
            && view.word(.verbalAttack, at: hit.tokens.upperBound) != nil
        if verbal { cameo = "111" }
        // قُتل برصاص الجيش: a state's forces shooting is repression (175); the bullets of armed
        // groups only (برصاص مسلحين) are unconventional violence (180).
        if cameo == "175", source.allSatisfy({ view.isNonState($0.entity) }) { cameo = "180" }
        // An attack by transnational militant groups only (CAMEO IMG: the Islamic State, al-Qaeda)
        // is unconventional violence (18), not the use of a military force (19).
        if cameo.hasPrefix("19"), frame.isAttack, source.allSatisfy({ view.entities[$0.entity].cameo?.hasPrefix("IMG") == true }) {
            cameo = "180"
        }

        // Places as targets stand for their country (زار يريفان → Armenia).
        target = target.map { asCountry($0) }
        if frame == .visit, hit.trigger.form != .noun || hit.trigger.pronoun != nil {
            // وصل إلى: what is visited is a place, and an arrival in one's own country is no visit.
            let home = Set(source.compactMap { view.entities[$0.entity].country })
            target = target.filter {
                let e = view.entities[$0.entity]
                return (e.type == .location || e.type == .gpe) && (e.country.map { !home.contains($0) } ?? true)
            }
        }
        if target.isEmpty, frame.isAttack, !verbal, let place = location ?? args.location(of: hit, sentence: true) {
            // An attack with no named target is aimed at the country of its place, when that is not
            // the attacker's (استُهدف علماء الدين بتفجير … في العاصمة كابول → Afghanistan).
            let country = asCountry(Actor(entity: place, tokens: 0 ..< 0, viaAdjective: false))
            let home = Set(source.compactMap { view.entities[$0.entity].country })
            if let c = view.entities[country.entity].country, !home.contains(c), !source.contains(where: { $0.entity == country.entity }) {
                target = [country]
            }
        }
        // A noun's source read past another word after it («بعض الغارات مواقع المتمردين»، «هجوم
        // استهدف مقر قوات سوريا الديموقراطية») may be its target: no side is supplied for it. Its
        // agent after an agent verb (قصف جوي شنته قوات النظام) or after من (هجوم من ميليشيات
        // الحوثي) is the attacker, as is a name right after it (الهجوم #الحوثي).
        let looseSource = hit.trigger.form == .noun && args.agent(after: hit) == nil && source.contains {
            $0.tokens.lowerBound > hit.tokens.upperBound && view.document.tokens[$0.tokens.lowerBound - 1].kind == .word
                && view.forms.whole($0.tokens.lowerBound - 1) != Words.min
        }
        if target.isEmpty, frame.isAttack, !verbal, !looseSource, let side = view.opposingSide(of: source.map(\.entity)) {
            // غارات على بلدات في درعا by the regime: aimed at the rebels who hold them; an attack
            // by rebels on no named side: aimed at their country's government.
            target = [Actor(entity: side, tokens: 0 ..< 0, viaAdjective: false)]
        }
        if target.isEmpty && source.count >= 2 && [.meet, .clash, .agreement, .declare, .onset].contains(frame) {
            target = Array(source.dropFirst()) + [source[0]]
        }
        if target.isEmpty, frame == .meet || frame == .visit, let place = location.map({ Actor(entity: $0, tokens: 0 ..< 0, viaAdjective: false) }) {
            let country = asCountry(place)
            let sourceCountries = Set(source.compactMap { view.entities[$0.entity].country })
            if let c = view.entities[country.entity].country, !sourceCountries.contains(c) { target = [country] }
        }
        if target.isEmpty && source.count >= 2 && [.meet, .clash, .agreement, .declare, .onset].contains(frame) {
            target = Array(source.dropFirst()) + [source[0]]
        }
        if let noun = blameNoun {
            // The one held responsible stands between the subject and المسؤولية: with a pronoun
            // subject («تحمل حماس مسؤولية») the actor after the verb is read as the subject, and
            // no target is left.
            target = target.filter { !$0.tokens.isEmpty && $0.tokens.lowerBound >= subjectEnd && $0.tokens.upperBound <= noun }
            // «وإسرائيل تحمل حماس مسؤولية التصعيد»: the subject stands right before the verb, and
            // the actor after it is the one held responsible; a verb after و opens a clause of its
            // own («… ماجد فرج وحملت حركة حماس المسؤولية»).
            let before = hit.form.contains(.conjunction) ? []
                : view.subject(before: hit.tokens.lowerBound, from: view.clause(of: hit.tokens.lowerBound).lowerBound)
            if target.isEmpty, let last = before.last, last.tokens.upperBound == hit.tokens.lowerBound, !source.isEmpty,
               source.allSatisfy({ $0.tokens.lowerBound >= hit.tokens.upperBound && $0.tokens.upperBound <= noun }) {
                target = source
                source = before
            }
        }
        if target.isEmpty, cameo == "020", !fighting.isEmpty, callsToStopFighting(after: subjectEnd) {
            // «دعت كل من الولايات المتحدة وبريطانيا … إلى وقف فوري للاشتباكات»: aimed at the sides
            // of the fighting told before.
            let sources = Set(source.map(\.entity))
            target = fighting.filter { !sources.contains($0.entity) }
            targetsTogether = true
        }
        if target.isEmpty && needsTarget(hit) { return [] }
        // دعا X إلى: a call on a party named as the verb's object to do something is a demand (10);
        // a call for something (دعا إلى) stays an appeal (02), as does ناشد (implore). dev-extra2: «دعا الحلف والاتحاد
        // الأوروبي موسكو إلى تحمل مسؤولية إسقاط الطائرة» 10 (docs/EVENTS.md, branch events6).
        if cameo == "020", frame == .actor, isCall(hit), isCallOnParty(target) { cameo = "100" }

        if cameo.hasPrefix("04"), cameo != "041", cameo != "042", cameo != "043", let location, let c = view.entities[location].country {
            let sides = Set((source + target).compactMap { view.entities[$0.entity].country })
            if !sides.isEmpty && !sides.contains(c) && source.allSatisfy({ view.entities[$0.entity].country != nil }) { cameo = "044" }
        }

        let sentenceIndex = Int(view.sentenceOf[hit.tokens.lowerBound])
        let clause = view.clause(of: hit.tokens.lowerBound, complementizers: false)
        let told = args.modality(of: hit)
        var modality = future && told == .asserted ? .future : told
        // «إن على X أن …»: the demand is made, whatever the words after it tell.
        if frame == .obliged { modality = .asserted }
        // لشن هجوم، لتنفيذ عملية عسكرية: a purpose, not a fact.
        if modality == .asserted, frame.isAttack, hit.trigger.form == .noun, args.isPurposeSupport(hit) { modality = .hypothetical }
        var date = args.date(of: hit, modality: modality)
        if date == nil, frame == .mediate, let a = agreement(in: view.clause(of: hit.tokens.lowerBound))?.agreement,
           agreements[a].dateRole == .signed {
            // «الاتفاق تم بوساطة مصرية»: the mediation is dated by the agreement it brought about.
            date = agreements[a].date
        }
        var confidence = 0.5
        if !target.isEmpty { confidence += 0.2 }
        if date != nil { confidence += 0.1 }
        if source.allSatisfy({ !$0.viaAdjective }) { confidence += 0.1 }
        let base = EventCandidate(
            cameo: cameo, modality: modality, source: source.map(\.entity), target: target.map(\.entity), date: date,
            location: location, sentence: view.document.sentences[sentenceIndex], trigger: view.span(of: hit.tokens),
            evidence: [view.span(of: clause)], confidence: confidence, agreement: linked?.agreement,
            read: Dictionary((source + target).map { ($0.entity, $0.tokens) }, uniquingKeysWith: { a, b in a.isEmpty ? b : a }))
        var out = [base]
        if frame == .agreement, linked?.ceasefire == true {
            var companion = base
            companion.cameo = "0871"
            out.append(companion)
        }
        let split = splitBySide(out, frame: frame)
        return targetsTogether ? split : splitByTarget(split, frame: frame)
    }

    /// The token of a word of `role` (a `responsibility` word: المسؤولية; an `accusation` word:
    /// الاتهامات) within six tokens of `end`, in its clause and before any punctuation.
    private func word(_ role: FunctionRole, after end: Int) -> Int? {
        token(after: end, throughCommas: false) { view.word(role, at: $0) != nil }
    }

    /// The first token within six tokens of `end`, in its clause, that `matches`, before any
    /// punctuation (commas read through with `throughCommas`).
    func token(after end: Int, throughCommas: Bool, where matches: (Int) -> Bool) -> Int? {
        let limit = min(view.clause(of: max(0, end - 1)).upperBound, end + 6, view.tokenCount)
        var k = end
        while k < limit {
            if view.isPunctuation(k), !(throughCommas && view.isComma(k)) { return nil }
            if matches(k) { return k }
            k += 1
        }
        return nil
    }

    /// Whether a clash or attack noun follows `end` within four tokens in its clause (إلى وقف فوري
    /// للاشتباكات، إلى وقف القتال): the call is to stop a fight.
    private func callsToStopFighting(after end: Int) -> Bool {
        let limit = min(view.clause(of: max(0, end - 1)).upperBound, end + 5)
        return view.hits.contains {
            $0.tokens.lowerBound >= end && $0.tokens.lowerBound < limit && $0.trigger.form == .noun
                && ($0.trigger.frame == .clash || $0.trigger.frame.isAttack)
        }
    }

    /// Whether the trigger is the verb دعا (دعا، دعت، دعوا، يدعو، تدعو, after و/ف).
    private func isCall(_ hit: TriggerHit) -> Bool {
        guard hit.trigger.form == .past || hit.trigger.form == .present, hit.tokens.count == 1 else { return false }
        let forms = view.forms.forms(of: hit.tokens.lowerBound)
        return forms.contains { f in
            (view.forms.kinds[f] == [] || view.forms.kinds[f] == .conjunction) && Words.call.contains(view.forms.hashes[f])
        }
    }

    /// Whether the target is the verb's object (no preposition before it, none attached) and
    /// إلى follows it, at most two words on and no punctuation or name between: «دعا … موسكو إلى
    /// تحمل مسؤولية». A verbal noun with ل instead (دعت إيطاليا بريطانيا لتحرك سريع) is left an
    /// appeal: reading it as a demand cost an event of a held-out set (docs/QUALITY.md, events6).
    private func isCallOnParty(_ target: [Actor]) -> Bool {
        guard let first = target.first, let last = target.last, !first.tokens.isEmpty, first.tokens.lowerBound > 0,
              last.tokens.upperBound < view.tokenCount else { return false }
        let before = first.tokens.lowerBound - 1
        if view.word(.preposition, at: before) != nil || view.opensPrepositionalPhrase(before) { return false }
        if let m = view.mention(at: first.tokens.lowerBound), m.span.start > view.document.tokens[first.tokens.lowerBound].start {
            return false
        }
        for k in last.tokens.upperBound ..< min(view.tokenCount, last.tokens.upperBound + 3) {
            if view.isPunctuation(k) || view.mention(at: k) != nil { return false }
            if view.forms.whole(k) == Words.ila { return true }
        }
        return false
    }

    /// Whether the من after `end` (one word, commas and a time between at most: «انسحب ترمب،
    /// الثلاثاء الماضي، من القمة») introduces an agreement, a meeting (a meet trigger: القمة،
    /// الاجتماع) or an organization (الاتحاد الأوروبي، مجلس حقوق الإنسان).
    private func leavesAgreementMeetingOrBody(after end: Int) -> Bool {
        var k = end
        var words = 0
        while k < view.tokenCount, view.forms.whole(k) != Words.min {
            if view.isComma(k) || view.timeAt[k] >= 0 {
                k += 1
            } else if words == 0, !view.isPunctuation(k) {
                words += 1
                k += 1
            } else {
                return false
            }
        }
        let next = k + 1
        guard next < view.tokenCount else { return false }
        if agreementAt.contains(where: { $0.tokens.lowerBound == next }) { return true }
        if let m = view.mention(at: next), view.entities[m.entity].type == .organization { return true }
        return view.hits.contains { $0.tokens.lowerBound == next && $0.trigger.frame == .meet }
    }

    private func needsTarget(_ hit: TriggerHit) -> Bool {
        switch hit.trigger.frame {
        case .agreement, .declare, .onset, .withdraw: return false
        case .actor: return !["010", "120", "141", "154", "0872"].contains(hit.trigger.cameo)
        default: return true
        }
    }

    /// The country entity for a place (or a person of a country when the frame names a place).
    private func asCountry(_ a: Actor) -> Actor {
        let e = view.entities[a.entity]
        guard e.type == .location, let c = e.country, let g = view.countryEntity[c], view.entities[g].type == .gpe else { return a }
        return Actor(entity: g, tokens: a.tokens, viaAdjective: a.viaAdjective)
    }

    private func parties(of agreement: Int?) -> [Actor] {
        guard let agreement else { return [] }
        let named = agreements[agreement].parties.compactMap { id in
            view.entities.firstIndex { $0.id == id }.map { Actor(entity: $0, tokens: 0 ..< 0, viaAdjective: false) }
        }
        let described = agreements[agreement].partyAgents.compactMap { agent in
            view.entities.indices.first { view.isAgent($0) && view.entities[$0].name == agent.label && view.entities[$0].cameo == agent.cameo }
                .map { Actor(entity: $0, tokens: view.document.tokenRange(in: agent.span), viaAdjective: false) }
        }
        return named + described
    }

    private func agreement(after end: Int, within n: Int) -> (tokens: Range<Int>, agreement: Int?, ceasefire: Bool)? {
        return agreementAt.first { a in
            a.tokens.lowerBound >= end && a.tokens.lowerBound - end <= n
                && !(end ..< a.tokens.lowerBound).contains { view.isStrongBreak($0) || view.isQuotationMark($0) && !view.isTermMark($0) }
        }
    }

    private func agreement(near hit: TriggerHit) -> (tokens: Range<Int>, agreement: Int?, ceasefire: Bool)? {
        let sentence = view.sentenceTokens(of: hit.tokens.lowerBound)
        return agreementAt.first { a in
            sentence.contains(a.tokens.lowerBound)
                && (abs(a.tokens.lowerBound - hit.tokens.upperBound) <= 2 || (a.tokens.upperBound <= hit.tokens.lowerBound
                    && hit.tokens.lowerBound - a.tokens.upperBound <= 8
                    && !(a.tokens.upperBound ..< hit.tokens.lowerBound).contains { view.isStrongBreak($0) }))
        }
    }

    /// The parties other than `besides` of the last agreement named before token `t` that has
    /// some, and is a ceasefire (or not, as `ceasefire` says; `nil`: of any kind).
    private func lastParties(before t: Int, ceasefire: Bool?, besides: Set<Int>) -> [Actor] {
        for a in agreementAt.reversed() where a.tokens.upperBound <= t && (ceasefire == nil || a.ceasefire == ceasefire) {
            let others = parties(of: a.agreement).filter { !besides.contains($0.entity) }
            if !others.isEmpty { return others }
        }
        return []
    }

    private func agreement(in clause: Range<Int>) -> (tokens: Range<Int>, agreement: Int?, ceasefire: Bool)? {
        agreementAt.first { clause.contains($0.tokens.lowerBound) }
    }
}
