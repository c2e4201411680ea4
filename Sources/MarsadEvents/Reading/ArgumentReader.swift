import MarsadCore
import MarsadText

/// Reads the arguments of a trigger: who did it (source), to whom (target), when, where, and
/// whether it is told as having happened.
///
/// - Source: for a verb, its subject (after it, VSO; before it, SVO; coordinated subjects are
///   kept together); for a noun, the actor right after it (زيارة لافروف), "بين X و Y", else the
///   nearest actor before it in its clause (الوفد الروسي خلال المحادثات). Failing these: inside a
///   quotation told in the first person or the passive, the speaker; else the actor opening the
///   sentence. An unnamed source (مصادر، مسؤولون) leaves the event without source.
/// - Target: the first other actor after the source in the clause; places only for visits and
///   attacks; actors after a mediation cue (برعاية X) are mediators, not targets.
/// - Date: the nearest time expression of the clause (a vague one gives none); else the dateline
///   when the clause is reported speech (قال … خلال اجتماع) or the verb is in the present.
/// - Modality: markers before the trigger (لم، لن، سوف، يعتزم، قد + imperfect, إذا …), a future سـ
///   on the trigger, a future adjective after a noun (الزيارة المرتقبة), a purpose ل (للتوصل).
struct ArgumentReader {
    let view: DocumentView
    /// Direct quotations with their speakers (entity indexes), and whether they speak in the first
    /// person (نحن، اطلعنا).
    let quotations: [(tokens: Range<Int>, speaker: Int?, firstPerson: Bool)]
    /// Every quotation, direct or indirect, whose speaker is an entity: the one who says what an
    /// accusation told inside it claims («قالت الحكومة البريطانية إن روسيا تقف وراء الهجوم»).
    let reported: [(tokens: Range<Int>, speaker: Int)]
    /// Tokens that start a speech verb (قال، أكد، أعلن …).
    let speechVerbs: TokenSet
    /// Tokens that start a verb trigger: a target is never looked for past another verb.
    let verbStarts: TokenSet
    /// Tokens that start any trigger: a support verb is never looked for past another event.
    let triggerStarts: TokenSet
    /// Places of the document that are capitals (`capitals.tsv`): named as a side, they stand for
    /// their government.
    let capitals: Set<Int>
    /// The token after CNN's dateline, or -1: the actors before it are no sides.
    let datelineEnd: Int

    init(view: DocumentView, quotes: [Quote]) {
        self.view = view
        datelineEnd = view.datelineEnd()
        var list: [(tokens: Range<Int>, speaker: Int?, firstPerson: Bool)] = []
        var reported: [(tokens: Range<Int>, speaker: Int)] = []
        for q in quotes {
            let range = view.document.tokenRange(in: q.span)
            let speaker = q.speaker.flatMap { id in view.entities.firstIndex { $0.id == id } }
            if q.kind == .direct { list.append((range, speaker, view.isFirstPerson(range, objects: false))) }
            if let speaker { reported.append((range, speaker)) }
        }
        quotations = list
        self.reported = reported
        speechVerbs = TokenSet(count: view.tokenCount, view.cues.filter { $0.cue.kind == .verb || $0.cue.kind == .announce }.map(\.tokens.lowerBound))
        // «إن على X»، «يجب على X» (frame `obliged`) open no verb of their own clause's subject.
        let hits = view.hits.filter { $0.trigger.frame != .obliged }
        verbStarts = TokenSet(count: view.tokenCount, hits.filter { $0.trigger.form != .noun }.map(\.tokens.lowerBound)).union(speechVerbs)
        triggerStarts = TokenSet(count: view.tokenCount, hits.map(\.tokens.lowerBound)).union(speechVerbs)
        capitals = Set(view.entities.indices.filter { i in
            let e = view.entities[i]
            return e.type == .location && e.country.map { view.lexicon.capitals.contains(e.name + "|" + $0) } == true
        })
    }

    // MARK: Source

    /// The source actors of a trigger, or `nil` when its subject is an unnamed source. News outlets
    /// (CAMEO …MED: Reuters, CNN) are never read as a source: they report the event, and the reader
    /// looks past them for the actor that did it («وافاد تقرير لرويترز ان المحادثات»).
    /// - Parameter running: the subject of the verb before it in the sentence, which a verb with no
    ///   written subject continues (سيزور موسكو … ويلتقي بنظيره).
    func source(of hit: TriggerHit, running: [Actor] = []) -> [Actor]? {
        let start = hit.tokens.lowerBound, end = hit.tokens.upperBound
        let clause = view.clause(of: start)
        let limit = clause.upperBound
        // زيارته، جمعه بـ: the pronoun is the one who visits or meets.
        if hit.trigger.pronoun == .source, let a = pronounReferent(of: hit, as: .source) { return [a] }
        if hit.trigger.form == .noun, hit.trigger.frame.isAttack {
            // شنت القوات هجوما: the support verb's subject; بتفجير نفذه مقاتلو X: X.
            if let v = supportVerb(before: hit) {
                // «إن المتمردين شنوا هجمات»: a plural or dual support verb agrees with a subject before it.
                guard v.nominal else { return verbSubject(start: v.tokens.lowerBound, end: v.tokens.upperBound, plural: isPluralVerb(v.tokens.lowerBound), running: running) }
                // ورد سلاح الجو الإسرائيلي بشن سلسلة غارات: the verbal noun's agent is its clause's subject.
                let subject = view.actors(in: clause.lowerBound ..< v.tokens.lowerBound).filter {
                    !view.isPrepositionalObject($0) && !view.isMediated($0) && !view.isOutlet($0.entity)
                }
                return subject.first.map { [$0] } ?? fallbackSource(at: v.tokens.lowerBound, clause: clause, running: running)
            }
            if let agents = agent(after: hit) { return agents }
        }
        // اعتقاله، القبض عليه: the possessor is who is arrested, not who arrests.
        if hit.trigger.form == .noun, hit.trigger.pronoun == .target { return [] }
        // متهما إياه: the subject of the sentence's main verb.
        if hit.trigger.form == .participle { return fallbackSource(at: start, clause: clause, running: running) }
        if hit.trigger.form != .noun {
            // A phrase (جمدت أموالا، ألقت القبض على) has no subject after it: one after the verb would
            // stand inside the phrase.
            return verbSubject(start: start, end: end, plural: hit.trigger.isPlural || hit.tokens.count > 1, running: running, hit: hit)
        }
        if end < limit, view.word(.reciprocal, at: end) != nil { return view.lastTwoParties(before: start) }
        if let between = between(from: end, limit: limit).map(sides), between.count >= 2 { return between }
        if let speaker = pronounComplementizerSubject(clauseStart: clause.lowerBound, sentence: view.sentenceTokens(of: start)) {
            return [speaker]
        }
        let before = view.actors(in: clause.lowerBound ..< start).filter {
            !view.isPrepositionalObject($0) && !view.isMediated($0) && !view.isOutlet($0.entity)
        }
        // A meeting or visit after its actor (يعتزم زيارة كوريا الشمالية ولقاء الزعيم كيم): the
        // annexed name is what is met or visited; otherwise it is the actor (زيارة لافروف).
        let objectFirst = hit.trigger.frame == .meet || hit.trigger.frame == .visit
        if hit.trigger.frame == .visit, let visitor = visitor(after: end, limit: limit) {
            return sides(view.coordinated(from: visitor, limit: limit))
        }
        // «انتقادات لاذعة للمملكة العربية السعودية»: a side written with ل after a noun whose target
        // takes ل is that target, not the noun's agent.
        if let a = genitive(after: end, limit: limit), !(objectFirst && !before.isEmpty), !view.isOutlet(a.entity),
           !(hit.trigger.frame == .actor && hit.trigger.targetPrepositions.contains("ل") && isWrittenWithLam(a)),
           view.entities[a.entity].type != .location, !(hit.trigger.frame == .visit && view.entities[a.entity].type == .gpe) {
            return sides(view.coordinated(from: a, limit: limit))
        }
        // An actor before an attack noun is not its agent unless a support verb or a possessive says
        // so (أعلنت وزارة الدفاع الروسية مقتل جنود روس جراء هجوم: the ministry reports it).
        if let last = before.last, !hit.trigger.frame.isAttack { return [last] }
        if inQuote(start) { return quoteSpeaker(at: start).map { [$0] } ?? [] }
        return []
    }

    /// A capital right after a feminine verb of one word is its subject and stands for its
    /// government («وهددت واشنطن بفرض عقوبات»، «وتتهم موسكو …»): a city takes a feminine verb,
    /// while after a masculine one (واتهم واشنطن) it is the object. Not for visits, attacks,
    /// clashes and withdrawals, whose object is often a place (زارت موسكو، قصفت دمشق).
    private func capitalSubject(of hit: TriggerHit) -> Actor? {
        let trigger = hit.trigger
        guard !capitals.isEmpty, trigger.form == .past || trigger.form == .present, hit.tokens.count == 1, !trigger.isPlural,
              [.actor, .request, .deny, .host, .meet, .blame].contains(trigger.frame) else { return nil }
        let limit = view.clause(of: hit.tokens.lowerBound).upperBound
        var t = hit.tokens.upperBound
        while t < limit, view.isComma(t) || view.timeAt[t] >= 0 { t += 1 }
        // «أدانت كل من دمشق وروسيا وإيران»: the capital after كل من.
        if t + 2 < limit, view.forms.whole(t) == Words.kull, view.forms.whole(t + 1) == Words.min { t += 2 }
        guard t < limit, let m = view.mention(at: t), m.tokens.lowerBound == t, capitals.contains(m.entity),
              m.span.start == view.document.tokens[t].start, isFeminine(hit) else { return nil }
        return government(of: m.entity, at: m.tokens)
    }

    /// A capital whose mention ends right before token `t`, as its government («أن موسكو تقف
    /// وراء»: a place is never read as a subject by ``DocumentView/subject(before:from:)``).
    func capitalSide(endingAt t: Int) -> Actor? {
        guard t > 0, let m = view.mention(at: t - 1), m.tokens.upperBound == t, capitals.contains(m.entity) else { return nil }
        return government(of: m.entity, at: m.tokens)
    }

    /// The capital at `tokens` as a side: its country's GPE when the document has one.
    private func government(of capital: Int, at tokens: Range<Int>) -> Actor {
        if let c = view.entities[capital].country, let g = view.countryEntity[c], view.entities[g].type == .gpe {
            return Actor(entity: g, tokens: tokens, viaAdjective: false)
        }
        return Actor(entity: capital, tokens: tokens, viaAdjective: false)
    }

    /// The capital subject and the actors coordinated with it by و, capitals included
    /// («واتهمت دمشق وموسكو وطهران … إسرائيل»).
    private func capitalSubjects(of hit: TriggerHit) -> [Actor]? {
        guard let first = capitalSubject(of: hit) else { return nil }
        let limit = view.clause(of: hit.tokens.lowerBound).upperBound
        var list = [first]
        var j = first.tokens.upperBound
        while j < limit, view.startsWithConjunction(j) {
            if let m = view.mention(at: j), m.tokens.lowerBound == j, capitals.contains(m.entity) {
                list.append(government(of: m.entity, at: m.tokens))
                j = m.tokens.upperBound
            } else if let a = view.actor(at: j) {
                list.append(a)
                j = a.tokens.upperBound
            } else {
                break
            }
        }
        return list
    }

    /// Whether a capital read as a target is coordinated with a source right before it («ونفت
    /// روسيا ودمشق»، «تنفي دمشق وحليفتها موسكو»): one more subject, not the target. Only the last
    /// source before it counts: in «وتحمل هولندا وأستراليا موسكو مسؤولية» the و of وأستراليا joins
    /// Australia, and Moscow is the object.
    private func isCoordinatedWithSource(_ a: Actor, _ source: [Actor]) -> Bool {
        guard let s = source.filter({ $0.tokens.upperBound <= a.tokens.lowerBound })
            .max(by: { $0.tokens.upperBound < $1.tokens.upperBound }) else { return false }
        return a.tokens.lowerBound - s.tokens.upperBound <= 1
            && (s.tokens.upperBound ..< a.tokens.upperBound).contains { view.startsWithConjunction($0) }
            && !(s.tokens.upperBound ..< a.tokens.lowerBound).contains { view.word(.preposition, at: $0) != nil }
    }

    /// Whether a one-word verb is feminine singular: a past ending in ت (هددت), a present opening
    /// with ت after و/ف/سـ (وتتهم، ستدعو is not: its prefix is ي).
    private func isFeminine(_ hit: TriggerHit) -> Bool {
        let token = view.document.tokens[hit.tokens.lowerBound]
        guard token.end > token.start else { return false }
        if hit.trigger.form == .past { return view.document.scalars[token.end - 1].value == 0x062A }
        var i = token.start
        while i < token.end - 1, [0x0648, 0x0641, 0x0633].contains(view.document.scalars[i].value) { i += 1 }
        return view.document.scalars[i].value == 0x062A
    }

    /// The subject of a verb at `start ..< end`: after it (VSO), before it (SVO, or a plural verb's or
    /// a phrase's),
    /// the head of a relative clause before it, else ``fallbackSource(at:clause:running:)``.
    private func verbSubject(start: Int, end: Int, plural: Bool, running: [Actor], hit: TriggerHit? = nil) -> [Actor]? {
        let clause = view.clause(of: start)
        // After إن/أن the subject stands before the verb (إن جيش جنوب السودان هاجم مواقع
        // المتمردين): the actors right after the complementizer, when they end just before it.
        if clause.lowerBound > 0, start > clause.lowerBound, view.word(.complementizer, at: clause.lowerBound - 1) != nil {
            let svo = sides(view.subject(before: start, from: clause.lowerBound))
            if let first = svo.first, first.tokens.lowerBound == clause.lowerBound { return svo }
        }
        if let svo = subjectAfterKana(before: start, clause: clause) { return svo }
        if let hit, start > clause.lowerBound, let m = view.mention(at: start - 1), capitals.contains(m.entity),
           m.tokens.lowerBound == clause.lowerBound || view.isComma(m.tokens.lowerBound - 1) || view.word(.clauseBreak, at: m.tokens.lowerBound - 1) != nil
            || timeOrWord(before: m.tokens.lowerBound, clauseStart: clause.lowerBound), capitalSubject(of: hit) != nil {
            // «ولا تزال أنقرة تطالب واشنطن بتسليم …»: the capital before the verb is the subject,
            // the one after it the object.
            return [government(of: m.entity, at: m.tokens)]
        }
        if let hit, let capitals = capitalSubjects(of: hit), sides(view.subject(before: start, from: clause.lowerBound)).isEmpty {
            return capitals
        }
        // A plural or dual verb agrees with a subject before it (أرمينيا وأذربيجان وقعتا).
        let vso: Subject = plural ? .pronoun : view.subject(after: end, limit: clause.upperBound)
        switch vso {
        case .actors(let list):
            let kept = sides(list)
            if !kept.isEmpty { return kept }
        case .generic: return nil
        case .pronoun: break
        }
        if view.word(.reciprocal, at: end) != nil { return view.lastTwoParties(before: start) }
        let svo = sides(view.subject(before: start, from: clause.lowerBound))
        if !svo.isEmpty { return svo }
        // A subject with a relative clause before the verb: «المليشيات المتناحرة التي تتقاتل في
        // العاصمة … توصلت إلى اتفاق».
        if let relative = (clause.lowerBound ..< start).last(where: { view.word(.relative, at: $0) != nil }) {
            let head = sides(view.subject(before: relative, from: clause.lowerBound).filter { !view.isPrepositionalObject($0) })
            if !head.isEmpty { return head }
        }
        return fallbackSource(at: start, clause: clause, running: running)
    }

    /// Whether a killing verb (قتل، قتلت، قتلوا) is told actively: its subject named right after it
    /// (a time, a comma or بالرصاص may stand between) and a count of victims right after the
    /// subject («وقتلت القوات الإسرائيلية 61 فلسطينيا»، «قتلت قوات الأمن الإندونيسية، الأربعاء،
    /// أربعة»); for a plural verb, its subject right before it and the count right after it. Without
    /// diacritics «قتل 6 أشخاص» and «سبعة جنود ليبيين قتلوا أمس» are passive: no event.
    func isActiveKilling(_ hit: TriggerHit, subject: [Actor]) -> Bool {
        let start = hit.tokens.lowerBound, end = hit.tokens.upperBound
        guard let first = subject.first, !first.tokens.isEmpty else { return false }
        func skippable(_ k: Int) -> Bool { view.isComma(k) || view.timeAt[k] >= 0 || view.forms.whole(k) == Words.byBullets }
        var k: Int
        if first.tokens.lowerBound >= end {
            guard (end ..< first.tokens.lowerBound).allSatisfy(skippable) else { return false }
            k = subject.map(\.tokens.upperBound).max() ?? end
        } else {
            guard hit.trigger.isPlural, let last = subject.last, last.tokens.upperBound == start else { return false }
            k = end
        }
        let limit = min(view.tokenCount, k + 4)
        while k < limit {
            if view.document.tokens[k].kind == .number || Words.counts.contains(view.forms.whole(k)) { return true }
            guard skippable(k) else { return false }
            k += 1
        }
        return false
    }

    /// The subject between كان/كانت and the verb at `start` (قد may stand before the verb): «وكان
    /// الجيش الإسرائيلي شن السبت عشرات الغارات الجوية»، «وكانت طائرات الاحتلال قد واصلت». The
    /// actors must end right before the verb and begin at most two words after كان (a head noun
    /// such as الجيش may stand before a nationality read as the actor). `nil` when there is none.
    private func subjectAfterKana(before start: Int, clause: Range<Int>) -> [Actor]? {
        var end = start
        if end - 1 > clause.lowerBound, view.forms.whole(end - 1) == Words.qad { end -= 1 }
        let svo = sides(view.subject(before: end, from: clause.lowerBound))
        guard let first = svo.first, let last = svo.last, last.tokens.upperBound == end else { return nil }
        let kana = (max(clause.lowerBound, first.tokens.lowerBound - 2) ..< first.tokens.lowerBound).contains { k in
            view.forms.forms(of: k).contains { Words.kana.contains(view.forms.hashes[$0]) }
        }
        return kana ? svo : nil
    }

    /// A verb with no subject of its own: inside a quotation, the speaker (first person or
    /// passive); after أنه/إنه/بأنه, the one who speaks; the subject of the verb before it in the
    /// sentence; else the actor opening the sentence.
    private func fallbackSource(at start: Int, clause: Range<Int>, running: [Actor]) -> [Actor] {
        if inQuote(start) { return quoteSpeaker(at: start).map { [$0] } ?? [] }
        // After أنه/إنه/بأنه the subject is the pronoun: the one who speaks (قال لافروف إنه قد يلتقي).
        if let speaker = pronounComplementizerSubject(clauseStart: clause.lowerBound, sentence: view.sentenceTokens(of: start)) {
            return [speaker]
        }
        if !running.isEmpty { return running }
        // A verb with no written subject continues the subject of the sentence's first clause,
        // unless it stands in a clause of its own after أن/إن, which names its subject.
        if clause.lowerBound > 0, view.word(.complementizer, at: clause.lowerBound - 1) != nil { return [] }
        let sentence = view.sentenceTokens(of: start)
        let opening = view.actors(in: sentence.lowerBound ..< start).filter {
            !view.isPrepositionalObject($0) && !view.isMediated($0) && !inQuote($0.tokens.lowerBound) && !view.isOutlet($0.entity)
        }
        return opening.first.map { [$0] } ?? []
    }

    /// Whether the verb at token `t` is plural or dual by its ending (شنوا، نفذوا، شنتا), the
    /// endings `event-triggers.tsv` reads as plural too.
    private func isPluralVerb(_ t: Int) -> Bool {
        let scalars = view.document.scalars
        let letters = view.document.tokens[t].range.map { scalars[$0].value }.filter { !ArabicScalar.isDiacritic($0) }
        guard letters.count >= 4 else { return false }
        let last = letters[letters.count - 1], before = letters[letters.count - 2]
        return last == 0x0627 && (before == 0x0648 || before == 0x062A)  // وا، تا
    }

    /// The actors of a list that can be sides: news outlets report events, they are not their sides,
    /// and the place of CNN's dateline («دبي، الإمارات العربية المتحدة (CNN)--») is where the report
    /// was filed, not who acts in its first sentence.
    func sides(_ list: [Actor]) -> [Actor] {
        list.filter { !view.isOutlet($0.entity) && ($0.tokens.isEmpty || $0.tokens.lowerBound >= datelineEnd) }
    }

    // MARK: Pronouns and support verbs

    /// The person whose name ends right before token `start`, with at most a comma and a
    /// preposition between («، مايك بومبيو، خلال زيارته»).
    private func adjacentPerson(before start: Int, from lower: Int) -> Actor? {
        var k = start - 1
        var skipped = 0
        while k >= lower, skipped < 2, view.isComma(k) || view.word(.preposition, at: k) != nil {
            k -= 1
            skipped += 1
        }
        guard k >= lower, skipped > 0, let m = view.mention(at: k), m.tokens.upperBound == k + 1,
              view.entities[m.entity].type == .person else { return nil }
        // «مؤتمر صحفي عقده مع ترامب، خلال زيارته»: the object of a preposition is not the visitor.
        let a = Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false)
        return view.isPrepositionalObject(a) ? nil : a
    }

    /// The actor an attached pronoun stands for. `.source` (زيارته، جمعه بـ): the actor opening
    /// the trigger's sentence, else the one opening the sentence before (the one the report is
    /// telling of); a person for the masculine -ه of a visit or meeting. `.target` (اتهمه، متهما إياه، القبض عليه): after
    /// a relative (الذي يتهمه), the name right before it; else the nearest actor before the trigger
    /// in its sentence that is not a source, a person named by a nationality after a preposition
    /// included («عن إيراني بعد القبض عليه»), else the one opening the sentence before.
    func pronounReferent(of hit: TriggerHit, as role: EventTrigger.Pronoun, excluding sources: Set<Int> = []) -> Actor? {
        let start = hit.tokens.lowerBound
        let sentence = view.sentenceTokens(of: start)
        func candidates(_ range: Range<Int>) -> [Actor] {
            view.actors(in: range).filter {
                !view.isMediated($0) && !view.isOutlet($0.entity) && !sources.contains($0.entity)
                    && (role == .target || !inQuote($0.tokens.lowerBound))
            }
        }
        // The visitor or guest of -ه (زيارته، جمعه بـ) is a man; -ها may be a country, an
        // organization or a woman, and an attacker (غاراته) any actor.
        let token = view.document.tokens[start]
        let masculine = view.document.scalars[token.end - 1].value == 0x0647
            && (hit.trigger.frame == .visit || hit.trigger.frame == .meet)
        switch role {
        case .source:
            // «أطلقه وزير الخارجية الأمريكي، مايك بومبيو، خلال زيارته لإسرائيل»: a person named right
            // before the noun (a comma and a preposition between) is its pronoun's referent.
            if let a = adjacentPerson(before: start, from: sentence.lowerBound), !sources.contains(a.entity), !inQuote(a.tokens.lowerBound) {
                return a
            }
            if let a = candidates(sentence.lowerBound ..< start).first(where: {
                !view.isPrepositionalObject($0) && (!masculine || view.entities[$0.entity].type == .person)
            }) { return a }
        case .target:
            // الذي يتهمه أوربان: the pronoun is the relative's head, the name right before it, or no one named.
            var r = start - 1
            if r > sentence.lowerBound, view.word(.relative, at: r) != nil {
                r -= 1
                if r > sentence.lowerBound, view.isComma(r) { r -= 1 }
                return view.mention(at: r).flatMap { m in
                    sources.contains(m.entity) || view.entities[m.entity].type == .location ? nil
                        : Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false)
                }
            }
            var best = candidates(sentence.lowerBound ..< start).last
            if let n = nationalityNoun(in: sentence.lowerBound ..< start), !sources.contains(n.entity),
               n.tokens.lowerBound > best?.tokens.lowerBound ?? -1 {
                best = n
            }
            if let best { return best }
        }
        let s = Int(view.sentenceOf[start])
        guard s > 0 else { return nil }
        return candidates(view.tokens(ofSentence: s - 1)).first {
            !view.isPrepositionalObject($0) && (role == .target || !masculine || view.entities[$0.entity].type == .person)
        }
    }

    /// The last nationality adjective in `range` used as a noun after a preposition (عن إيراني، ضد
    /// أمريكي): a person of that country.
    private func nationalityNoun(in range: Range<Int>) -> Actor? {
        var found: Actor? = nil
        for k in range where k > range.lowerBound && view.word(.preposition, at: k - 1, allowConjunction: false) != nil
            && view.mention(at: k) == nil {
            if let m = view.nationality(at: k, first: .whole),
               let e = view.countryEntity[view.lexicon.nationalities.entries[m.entry].payload.alpha3] {
                found = Actor(entity: e, tokens: m.tokens, viaAdjective: true)
            }
        }
        return found
    }

    /// The support verb or verbal noun governing an attack noun (شنت القوات … هجوما، أطلق الجيش …
    /// عملية عسكرية، إطلاق صواريخ): before it in its clause, within 14 tokens, with no other
    /// trigger, complementizer, relative or strong break between.
    /// `nominal`: the support word carries a preposition (بشن، لتنفيذ): a verbal noun, not a verb.
    func supportVerb(before hit: TriggerHit) -> (tokens: Range<Int>, nominal: Bool)? {
        let start = hit.tokens.lowerBound
        let clause = view.clause(of: start)
        var k = start - 1
        while k >= max(clause.lowerBound, start - 14) {
            if let r = view.word(.supportVerb, at: k), r.upperBound <= start { return (r, false) }
            if let m = view.lexicon.words(.supportVerb).match(at: k, in: view, first: .proclitic), m.firstForm.contains(.preposition),
               m.tokens.upperBound <= start {
                return (m.tokens, true)
            }
            if view.isStrongBreak(k) || view.word(.complementizer, at: k) != nil || triggerStarts.contains(k)
                || view.word(.relative, at: k) != nil { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether an attack noun is the object of a support verbal noun with a purpose ل (لشن هجوم،
    /// لتنفيذ عملية عسكرية): a plan, not a fact.
    func isPurposeSupport(_ hit: TriggerHit) -> Bool {
        let start = hit.tokens.lowerBound
        for k in max(view.clause(of: start).lowerBound, start - 3) ..< start {
            if let m = view.lexicon.words(.supportVerb).match(at: k, in: view, first: .proclitic),
               m.firstForm.contains(.preposition), view.startsWithLam(k) { return true }
        }
        return false
    }

    /// The subject of an agent verb right after an attack noun (بتفجير انتحاري نفذه مقاتلو تنظيم
    /// الدولة، العملية العسكرية التي تنفذها تركيا): the attack's source.
    func agent(after hit: TriggerHit) -> [Actor]? {
        let limit = view.clause(of: hit.tokens.lowerBound).upperBound
        var k = hit.tokens.upperBound
        while k < min(limit, hit.tokens.upperBound + 4) {
            if let r = view.word(.agentVerb, at: k) {
                guard case .actors(let list) = view.subject(after: r.upperBound, limit: limit) else { return nil }
                // «الضربات التي شنتها الولايات المتحدة وفرنسا وبريطانيا ضد نظام الرئيس بشار
                // الأسد»: the agents end where a preposition introduces what they act on.
                var agents: [Actor] = []
                for a in list {
                    if let last = agents.last, (last.tokens.upperBound ..< a.tokens.lowerBound).contains(where: { view.word(.preposition, at: $0) != nil }) {
                        break
                    }
                    agents.append(a)
                }
                let kept = sides(agents)
                return kept.isEmpty ? nil : kept
            }
            if view.isPunctuation(k) || view.actor(at: k) != nil || (k > hit.tokens.upperBound && view.word(.relative, at: k - 1) == nil
                && view.word(.relative, at: k) == nil) { return nil }
            k += 1
        }
        return nil
    }

    /// When a clause opens right after a complementizer with a pronoun (أنه، إنها، بأنه), the actor
    /// named last before it in the sentence: the one the pronoun stands for.
    func pronounComplementizerSubject(clauseStart: Int, sentence: Range<Int>) -> Actor? {
        let c = clauseStart - 1
        guard c > sentence.lowerBound, view.word(.complementizer, at: c, allowConjunction: false) != nil else { return nil }
        let token = view.document.tokens[c]
        let last = view.document.scalars[token.end - 1].value
        let beforeLast = token.length >= 2 ? view.document.scalars[token.end - 2].value : 0
        // -ه (أنه), -ها (أنها), -هم (أنهم), -هما: heh last, or heh before alef/meem.
        let heh: UInt32 = 0x0647
        guard last == heh || (beforeLast == heh && (last == 0x0627 || last == 0x0645)) || token.length >= 5 else { return nil }
        return view.actors(in: sentence.lowerBound ..< c).last { !view.isOutlet($0.entity) }
    }

    /// Whether an actor's first word carries the preposition ل (للمملكة، للرئيس الروسي), not a name
    /// that begins with the letter (لبنان).
    private func isWrittenWithLam(_ a: Actor) -> Bool {
        let k = a.tokens.lowerBound
        guard view.startsWithLam(k) else { return false }
        return view.mention(at: k).map { $0.span.start > view.document.tokens[k].start } ?? true
    }

    /// The actor a noun trigger is annexed to: right after it, or after adjectives and a head noun
    /// (غارات مكثفة لطيران التحالف), within three tokens and before any preposition.
    func genitive(after end: Int, limit: Int) -> Actor? {
        var k = end
        while k < min(limit, end + 3) {
            // A hashtag sign before the name (بهجمات #إيران).
            if view.isHashSign(k) { k += 1; continue }
            if view.isPunctuation(k) || view.word(.preposition, at: k, allowConjunction: false) != nil
                || view.word(.complementizer, at: k) != nil || view.word(.relative, at: k) != nil { return nil }
            if let a = view.actor(at: k) {
                return view.isPrepositionalObject(a) && k == end ? nil : a
            }
            k += 1
        }
        return nil
    }

    /// The visitor after a visit noun, written with ل and followed by إلى within six tokens
    /// («زيارة رسمية للبشير إلى القاهرة»، «أول زيارة لماكرون الى هذا البلد»): a person or body, never
    /// a place (زيارة لموسكو is a visit to Moscow).
    func visitor(after end: Int, limit: Int) -> Actor? {
        guard end < limit, view.startsWithLam(end), let a = view.actor(at: end), a.tokens.lowerBound == end, !a.viaAdjective,
              view.entities[a.entity].type == .person || view.entities[a.entity].type == .organization else { return nil }
        var k = a.tokens.upperBound
        while k < min(limit, a.tokens.upperBound + 6), !view.isStrongBreak(k) {
            if view.forms.whole(k) == Words.ila { return a }
            k += 1
        }
        return nil
    }

    /// The actors after "بين" right after `t` (بين الحوثيين والمقاومة الشعبية).
    func between(from t: Int, limit: Int) -> [Actor]? {
        var k = t
        let stop = min(limit, t + 6)
        while k < stop, !isBetween(k) {
            if view.isStrongBreak(k) || view.actor(at: k) != nil || view.word(.complementizer, at: k) != nil { return nil }
            k += 1
        }
        guard k < stop, isBetween(k) else { return nil }
        if view.word(.reciprocal, at: k + 1) != nil { return view.lastTwoParties(before: t) }
        var j = k + 1
        while j < min(limit, k + 5) {
            if let a = view.actor(at: j) { return view.coordinated(from: a, limit: limit) }
            j += 1
        }
        return nil
    }

    /// The actors after "مع" within six tokens of `t` (وقفا لإطلاق النار مع القوات الحكومية،
    /// اتفاقات "مصالحة" منفصلة مع الفصائل):
    /// the other side of a ceasefire or agreement.
    func with(from t: Int, limit: Int) -> [Actor] {
        var k = t
        let stop = min(limit, t + 6)
        while k < stop, view.forms.whole(k) != Words.with {
            if view.isStrongBreak(k) || view.actor(at: k) != nil { return [] }
            k += 1
        }
        // A hashtag sign before the name (مع #إسرائيل).
        if k + 2 < limit, view.isHashSign(k + 1) { k += 1 }
        guard k < stop, k + 1 < limit, let a = view.actor(at: k + 1) else { return [] }
        return view.coordinated(from: a, limit: limit)
    }

    private func isBetween(_ t: Int) -> Bool {
        t < view.tokenCount && view.forms.whole(t) == Words.between
    }

    /// The speaker of the quotation, direct or indirect, around token `t`: the actor at its first
    /// mention.
    func reportedSpeaker(at t: Int) -> Actor? {
        guard let q = reported.first(where: { $0.tokens.contains(t) }) else { return nil }
        let tokens = view.entities[q.speaker].mentions.first.map { view.document.tokenRange(in: $0) } ?? (t ..< t + 1)
        return Actor(entity: q.speaker, tokens: tokens, viaAdjective: false)
    }

    /// Whether token `t` is inside a direct quotation.
    func inQuote(_ t: Int) -> Bool { quotations.contains { $0.tokens.contains(t) } }

    /// The speaker of the direct quotation around `t`, when the quotation speaks in the first
    /// person or the trigger is in the passive (تم، جرى).
    func quoteSpeaker(at t: Int) -> Actor? {
        guard let q = quotations.first(where: { $0.tokens.contains(t) }), let speaker = q.speaker else { return nil }
        let passive = (max(q.tokens.lowerBound, t - 3) ..< t).contains { Words.passives.contains(view.forms.whole($0)) }
        let firstPerson = q.firstPerson
        guard passive || firstPerson else { return nil }
        let tokens = view.entities[speaker].mentions.first.map { view.document.tokenRange(in: $0) } ?? (t ..< t + 1)
        return Actor(entity: speaker, tokens: tokens, viaAdjective: false)
    }

    // MARK: Target

    /// The target actors of a trigger: the first actor after `from` in the clause that is not a
    /// source, with its coordinated partners.
    func target(of hit: TriggerHit, from: Int, source: [Actor]) -> [Actor] {
        let frame = hit.trigger.frame
        // A capital asked (طلبت من طهران) stands for its government, as a place visited or attacked.
        let places = frame == .visit || frame.isAttack || frame == .request || frame == .recall
        let clause = view.clause(of: hit.tokens.lowerBound)
        var stop = min(clause.upperBound, from + 14)
        let sources = Set(source.map(\.entity))
        var t = from
        while t < stop {
            // A relative clause set off by commas (والتقى لودريان، الذي وصل مساء السبت إلى العاصمة
            // المصرية، السيسي) tells of another fact: the target follows it.
            if view.isComma(t), t + 1 < stop, view.word(.relative, at: t + 1) != nil {
                var j = t + 2
                while j < clause.upperBound, !view.isComma(j) { j += 1 }
                if j < clause.upperBound {
                    stop = min(clause.upperBound, stop + j - t)
                    t = j + 1
                    continue
                }
            }
            if t > hit.tokens.lowerBound, verbStarts.contains(t) { break }
            // A relative clause with its own subject (الذي تقوده السعودية) says nothing of the target.
            if view.word(.relative, at: t) != nil, t + 2 < stop, let a = view.actor(at: t + 2) ?? view.actor(at: t + 1) {
                t = a.tokens.upperBound
                continue
            }
            if let m = view.lexicon.mediation.match(at: t, in: view, first: .conjunction) {
                t = m.tokens.upperBound
                if let a = mediatorActor(at: t, limit: stop) { t = a.tokens.upperBound }
                continue
            }
            if view.isQuotationMark(t), !view.isTermMark(t) { break }
            // على لسان X: X voices the source («لوحت إيران، على لسان وزير خارجيتها محمد جواد ظريف،
            // بالعودة إلى تخصيب اليورانيوم»), it is not the target: read on after the comma that
            // closes the phrase, or after its first actor (docs/EVENTS.md, branch events6).
            if view.forms.whole(t) == Words.ala, t + 1 < stop, view.forms.whole(t + 1) == Words.tongue {
                var j = t + 2
                while j < min(stop, t + 12), !view.isComma(j) { j += 1 }
                if j < min(stop, t + 12) {
                    t = j + 1
                } else if let a = (t + 2 ..< stop).lazy.compactMap({ view.actor(at: $0) }).first {
                    t = a.tokens.upperBound
                } else {
                    t += 2
                }
                continue
            }
            // «دعا الحلف … موسكو إلى»: a capital named as a side stands for its government.
            let actorHere = view.actor(at: t, places: places)
            if let a = actorHere ?? capitalSide(at: t) {
                let type = view.entities[a.entity].type
                let media = (max(0, a.tokens.lowerBound - 2) ..< a.tokens.lowerBound).contains { view.word(.media, at: $0) != nil }
                    || (view.entities[a.entity].cameo?.hasSuffix("MED") ?? false)
                if sources.contains(a.entity) || view.isMediated(a) || isApposition(a, of: source) || media
                    || (capitals.contains(a.entity) && isCoordinatedWithSource(a, source))
                    || !introducedAsTarget(a, of: hit)
                    || (frame != .visit && frame != .request && frame != .recall && (type == .location || type == .gpe)
                        && isPlace(a, capitalAsSide: !places && capitals.contains(a.entity)) && !isTargetPlace(a)) {
                    t = a.tokens.upperBound
                    continue
                }
                // A capital read as a side is its government; the actors after it are not looked at
                // («واتهم نتانياهو طهران بنشر ميليشيات …»: Tehran, not the militias). A capital
                // annexed to a noun trigger names where it happens («قمة هلسنكي مع … بوتن»).
                let head: Actor
                if actorHere == nil, !(hit.trigger.form == .noun && a.tokens.lowerBound == hit.tokens.upperBound) {
                    head = government(of: a.entity, at: a.tokens)
                } else {
                    let named = view.preferringNames(view.actors(in: a.tokens.lowerBound ..< min(stop, a.tokens.upperBound + 4), places: places))
                    head = named.first { !sources.contains($0.entity) } ?? a
                }
                return view.coordinated(from: head, limit: stop).filter { !sources.contains($0.entity) }
            }
            t += 1
        }
        return []
    }

    /// An actor of a source's country right after it: its title or apposition (الرئيس هادي رئيس
    /// الجمهورية اليمنية), not the target.
    /// A non-state group after a state's forces is no apposition of them: «هاجم جيش جنوب السودان
    /// مواقع المتمردين» (the army attacks the rebels' positions).
    private func isApposition(_ a: Actor, of source: [Actor]) -> Bool {
        if isOffice(a, of: source) { return true }
        guard let c = view.entities[a.entity].country else { return false }
        if view.isNonState(a.entity), !source.contains(where: { view.entities[$0.entity].cameo == view.entities[a.entity].cameo }) {
            return false
        }
        return source.contains { s in
            view.entities[s.entity].country == c && s.tokens.upperBound <= a.tokens.lowerBound
                && a.tokens.lowerBound - s.tokens.upperBound <= 4
        }
    }

    /// An organization named in a person source's title right after the name: the body the person
    /// serves, not the target («استنكر أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، …»).
    /// Only commas and title words stand between the name and the organization (branch events8);
    /// a group noun is no title («انتقد ترامب منظمة أوبك»: OPEC is the target).
    private func isOffice(_ a: Actor, of source: [Actor]) -> Bool {
        guard view.entities[a.entity].type == .organization else { return false }
        return source.contains { s in
            guard view.entities[s.entity].type == .person, s.tokens.upperBound < a.tokens.lowerBound,
                  a.tokens.lowerBound - s.tokens.upperBound <= 4 else { return false }
            return (s.tokens.upperBound ..< a.tokens.lowerBound).allSatisfy {
                view.isComma($0) || view.word(.title, at: $0) != nil
            } && (s.tokens.upperBound ..< a.tokens.lowerBound).contains { !view.isComma($0) }
        }
    }

    /// Whether an actor stands where the trigger's target does: after one of its prepositions
    /// (within five words, as a word or an attached ب/ل), or as a direct object when the trigger
    /// takes one (after no other preposition; a partitive من does not count).
    private func introducedAsTarget(_ a: Actor, of hit: TriggerHit) -> Bool {
        let trigger = hit.trigger
        let preps = trigger.targetPrepositions
        // The country of «نظيريها في ألمانيا» stands where the counterpart does.
        let k = isCounterpartsCountry(a) ? a.tokens.lowerBound - 2 : a.tokens.lowerBound
        // The name annexed to a meeting or a visit is what is met or visited (زيارة كوريا الشمالية).
        if trigger.form == .noun, trigger.frame == .meet || trigger.frame == .visit, k - hit.tokens.upperBound <= 3,
           !(hit.tokens.upperBound ..< k).contains(where: { view.isPunctuation($0) || view.word(.preposition, at: $0) != nil || view.opensPrepositionalPhrase($0) }) {
            return true
        }
        for back in 0 ... 5 where k - back >= hit.tokens.upperBound {
            let t = k - back
            let token = view.document.tokens[t]
            guard token.kind == .word else { continue }
            if back > 0 {
                let r = view.forms.forms(of: t)
                for f in r where view.forms.kinds[f] == [] || view.forms.kinds[f] == .conjunction {
                    if trigger.targetPrepositionHashes.contains(view.forms.hashes[f]) { return true }
                }
            }
            let v = view.document.scalars[token.start].value
            let attached = view.mention(at: t).map { $0.span.start > token.start } ?? (back > 0)
            if attached, (v == 0x0628 && preps.contains("ب")) || (v == 0x0644 && preps.contains("ل")) { return true }
            if back > 0, view.word(.preposition, at: t) != nil, view.forms.whole(t) != Words.min || trigger.minClosesObject {
                return false
            }
        }
        return trigger.allowsDirectObject && hit.trigger.form != .noun
    }

    /// Whether a place or country is named as where something happens (في ليبيا).
    private func isPlace(_ a: Actor, capitalAsSide: Bool = false) -> Bool {
        let k = a.tokens.lowerBound
        if k > 0, view.forms.whole(k - 1) == Words.fi { return true }
        if !a.viaAdjective, let m = view.mention(at: k), m.span.start > view.document.tokens[k].start {
            let v = view.document.scalars[view.document.tokens[k].start].value
            return v == 0x0628  // بالمغرب: in Morocco
        }
        // A capital not after في or ب is a side (دعا … موسكو إلى), not where something happens.
        return !capitalAsSide && view.entities[a.entity].type == .location
    }

    /// A capital named at token `t`, as a side (`capitals`); not one that names an agreement
    /// («اتفاق باريس بشأن المناخ»).
    private func capitalSide(at t: Int) -> Actor? {
        guard !capitals.isEmpty, let m = view.mention(at: t), capitals.contains(m.entity) else { return nil }
        if view.agreementNouns.contains(where: { $0.tokens.upperBound == m.tokens.lowerBound || $0.tokens.contains(m.tokens.lowerBound) }) {
            return nil
        }
        return Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false)
    }

    /// Whether only a word such as تزال/كانت stands between the clause start and token `t`
    /// («ولا تزال أنقرة تطالب»): at most two words, no actor.
    private func timeOrWord(before t: Int, clauseStart: Int) -> Bool {
        t - clauseStart <= 2 && !(clauseStart ..< t).contains { view.mention(at: $0) != nil || view.isPunctuation($0) }
    }

    /// A place that is what an attack is aimed at: after على/ضد, not after في.
    /// «تحدثت مع نظيريها في ألمانيا والسويد»: a country after في right after a counterpart with its
    /// pronoun names whose counterpart is met, a side rather than where it happens.
    private func isCounterpartsCountry(_ a: Actor) -> Bool {
        let k = a.tokens.lowerBound
        guard k >= 2, view.forms.whole(k - 1) == Words.fi else { return false }
        return view.forms.forms(of: k - 2).contains { Words.counterparts.contains(view.forms.hashes[$0]) }
    }

    private func isTargetPlace(_ a: Actor) -> Bool {
        let k = a.tokens.lowerBound
        if isCounterpartsCountry(a) { return true }
        for back in 1 ... 3 where k - back >= 0 {
            let h = view.forms.whole(k - back)
            if h == Words.ala || h == Words.didd { return true }
            if h == Words.fi { return false }
        }
        return false
    }

    /// The actor named after a mediation cue: a mention, or a nationality adjective (بوساطة مصرية).
    func mediatorActor(at t: Int, limit: Int) -> Actor? {
        var k = t
        while k < min(limit, t + 4) {
            if view.isStrongBreak(k) { return nil }
            if let a = view.actor(at: k) {
                let named = view.preferringNames(view.actors(in: a.tokens.lowerBound ..< min(limit, a.tokens.upperBound + 4)))
                return named.first ?? a
            }
            if let m = view.nationality(at: k, first: .conjunction),
               let e = view.countryEntity[view.lexicon.nationalities.entries[m.entry].payload.alpha3] {
                return Actor(entity: e, tokens: m.tokens, viaAdjective: true)
            }
            k += 1
        }
        return nil
    }

    // MARK: Date, place, modality

    /// The date of a trigger's clause, or, for an event told as fact, the dateline for reported
    /// speech and the present.
    func date(of hit: TriggerHit, modality: Modality = .asserted) -> String? {
        let start = hit.tokens.lowerBound
        var clause = view.clause(of: start, complementizers: false)
        // «أعلنت السلطات القطرية والتركية، الأربعاء، أن أمير قطر … قرر دعم الاقتصاد التركي …،
        // وذلك خلال زيارته إلى أنقرة»: a clause opening with «وذلك خلال/في/أثناء» and no time of
        // its own tells of the occasion of the clause before it, and shares its time.
        // Only for the noun right after خلال/في (not «وذلك في تعليقه على إطلاق … صواريخ», a fact
        // the comment is about).
        if start == clause.lowerBound + 2, clause.lowerBound > view.sentenceTokens(of: start).lowerBound,
           view.isComma(clause.lowerBound - 1), Words.dhalika.contains(view.forms.whole(clause.lowerBound)),
           Words.during.contains(view.forms.whole(clause.lowerBound + 1)), !hasTime(in: clause) {
            clause = view.clause(of: clause.lowerBound - 1, complementizers: false).lowerBound ..< clause.upperBound
        } else if let previous = occasionOfSentenceBefore(start, clause: clause) {
            clause = previous.lowerBound ..< clause.upperBound
        } else if let previous = joinedClauseBefore(hit, clause: clause) {
            clause = previous.lowerBound ..< clause.upperBound
        }
        // A relative clause set off by commas tells of another fact (والتقى لودريان، الذي وصل مساء
        // السبت إلى العاصمة، السيسي): its times are not the trigger's.
        var asides: [Range<Int>] = []
        var k = clause.lowerBound
        while k + 1 < clause.upperBound {
            if view.isComma(k), view.word(.relative, at: k + 1) != nil {
                var j = k + 2
                while j < clause.upperBound, !view.isComma(j) { j += 1 }
                if !(k ..< j).contains(start) { asides.append(k ..< j) }
                k = j
                continue
            }
            k += 1
        }
        var best: (distance: Int, time: TimeExpression)? = nil
        for (i, range) in view.timeTokens.enumerated() where !range.isEmpty && clause.contains(range.lowerBound) {
            if asides.contains(where: { $0.contains(range.lowerBound) }) { continue }
            let time = view.times[i]
            let distance = range.lowerBound >= hit.tokens.upperBound ? range.lowerBound - hit.tokens.upperBound : start - range.upperBound
            if time.kind == .duration || time.kind == .week { continue }
            // A month or a year only right next to the trigger (a year further on is often another fact's).
            if (time.kind == .month || time.kind == .year) && distance > 4 { continue }
            if best == nil || distance < best!.distance { best = (distance, time) }
        }
        if let best {
            guard best.time.kind != .vague, let value = best.time.value else { return nil }
            return value
        }
        // The setting of a statement (قال لافروف خلال اجتماع): the statement's day. An event told
        // inside the reported clause (قالت مصادر إن الميليشيات انسحبت) keeps no date.
        let spoken = speechVerbs.contains { v in
            clause.contains(v) && v < start && !(v ..< start).contains { view.word(.complementizer, at: $0, allowConjunction: false) != nil }
        }
        // An imperfect after لم tells of the past (لم يلتق، لم توقع).
        let afterLam = start > 0 && view.forms.forms(of: start - 1).contains { Words.lam.contains(view.forms.hashes[$0]) }
        let present = hit.trigger.form == .present && !hit.form.contains(.future) && !afterLam
        if modality == .asserted, spoken || present { return view.document.metadata.published?.iso }
        return nil
    }

    /// «ووصل ري يونغ هو، مساء الخميس، إلى العاصمة السويدية …، وتناول العشاء مع نظيرته»: a past
    /// verb opening a clause with و after a comma, with no time of its own, goes on with the clause
    /// before it in its sentence and shares its time (`nil` otherwise). The tokens of that clause.
    private func joinedClauseBefore(_ hit: TriggerHit, clause: Range<Int>) -> Range<Int>? {
        let start = hit.tokens.lowerBound
        guard hit.trigger.form == .past, start == clause.lowerBound, start > view.sentenceTokens(of: start).lowerBound + 1,
              view.isComma(start - 1), view.startsWithConjunction(start), !hasTime(in: clause) else { return nil }
        return view.clause(of: start - 2, complementizers: false)
    }

    /// Whether a time expression starts inside `clause`.
    private func hasTime(in clause: Range<Int>) -> Bool {
        view.timeTokens.contains { !$0.isEmpty && clause.contains($0.lowerBound) }
    }

    /// «جاء ذلك خلال زيارة رسمية للبشير إلى القاهرة»: a sentence opening with «(و)جاء ذلك
    /// خلال/في/أثناء» and an event noun right after, with no day of its own, tells of the occasion
    /// of the sentence before it, whose times are the event's (`nil` otherwise). The tokens of the
    /// sentence before.
    private func occasionOfSentenceBefore(_ start: Int, clause: Range<Int>) -> Range<Int>? {
        let sentence = view.sentenceTokens(of: start)
        guard start == sentence.lowerBound + 3, clause.lowerBound == sentence.lowerBound, sentence.lowerBound > 0,
              Words.jaa.contains(view.forms.whole(sentence.lowerBound)), view.forms.whole(sentence.lowerBound + 1) == Words.that,
              Words.during.contains(view.forms.whole(sentence.lowerBound + 2)),
              !view.timeTokens.indices.contains(where: { i in
                  let r = view.timeTokens[i]
                  return !r.isEmpty && clause.contains(r.lowerBound) && view.times[i].kind == .date
              }) else { return nil }
        return view.sentenceTokens(of: sentence.lowerBound - 1)
    }

    /// The place of a trigger: the first place after it in its clause (or, with `sentence`, in the
    /// rest of its sentence: «بتفجير انتحاري …، وأسفر عن مقتل 14 شخصا في العاصمة كابول»), after
    /// في/إلى or ب.
    func location(of hit: TriggerHit, sentence: Bool = false) -> Int? {
        let clause = sentence ? hit.tokens.lowerBound ..< view.sentenceTokens(of: hit.tokens.lowerBound).upperBound
            : view.clause(of: hit.tokens.lowerBound)
        var t = hit.tokens.upperBound
        while t < min(clause.upperBound, hit.tokens.upperBound + 24) {
            // Not in a relative clause or under another verb (اللذان توجها إلى الأردن).
            if view.word(.relative, at: t) != nil || (t > hit.tokens.lowerBound && verbStarts.contains(t)) { break }
            if let m = view.mention(at: t) {
                let type = view.entities[m.entity].type
                // «بحث … القضايا المتعلقة بسوريا»: a topic, not a place of the event.
                if type == .location || type == .gpe, t == 0 || !Words.topicGovernors.contains(view.forms.whole(t - 1)),
                   t < 2 || view.forms.whole(t - 1) != Words.fi || !Words.topicNouns.contains(view.forms.whole(t - 2)) {
                    let a = Actor(entity: m.entity, tokens: m.tokens, viaAdjective: false)
                    // في العاصمة كابول، في مدينة درعا: a place noun between في and the name.
                    if view.isPrepositionalObject(a) || (t >= 2 && view.forms.whole(t - 2) == Words.fi && view.mention(at: t - 1) == nil) {
                        return m.entity
                    }
                }
                t = m.tokens.upperBound
                continue
            }
            // في العاصمة السودانية: the country of the adjective.
            if view.forms.whole(t) == Words.fi, t + 2 < view.tokenCount,
               let m = view.nationality(at: t + 2, first: .whole),
               let e = view.countryEntity[view.lexicon.nationalities.entries[m.entry].payload.alpha3] {
                return e
            }
            t += 1
        }
        return nil
    }

    /// Whether a trigger is told as having happened, or as negated, planned or hypothetical.
    /// The imperfect right after أن or قد within eight tokens before the noun at `t`, in its
    /// clause, with no relative between: the verb that governs the noun («أن يشارك بوتن في قمة»،
    /// «قد يعقد فيها اللقاء»; not «أن يقر ماكرون ونتانياهو اللذان يعقدان ثالث لقاء», nor a noun
    /// after خلال، على هامش، بعد انتهاء, the occasion of the verb).
    private func governingImperfect(of t: Int) -> Int? {
        // «كنت آمل أن يثير ترمب … خلال اجتماعه مع كيم»: the occasion of the verb took place.
        if t > 0, Words.occasions.contains(view.forms.whole(t - 1)) { return nil }
        let clause = view.clause(of: t, complementizers: false)
        for j in stride(from: t - 1, through: max(clause.lowerBound, 1, t - 8), by: -1) {
            if view.word(.relative, at: j) != nil { return nil }
            let before = view.forms.whole(j - 1)
            guard before == Words.anna || before == Words.qad else { continue }
            // ي or ت begins an imperfect; after قد only ي, since «قد تعهد»، «قد تقدمت» are perfects.
            let v = view.firstScalar(j)
            let imperfect = v == 0x064A || (v == 0x062A && before == Words.anna)
            return view.document.tokens[j].kind == .word && imperfect ? j : nil
        }
        return nil
    }

    /// The modality of a trigger: the markers before it in its clause (and in the clause before
    /// أن for an imperfect after it), else one right after a noun. With `governed`, a noun governed
    /// by an imperfect after أن or قد that is not asserted («ومن المقرر أن يشارك بوتن في قمة») is
    /// told as that verb is; an agreement's name is not an event of the verb (``AgreementReader``:
    /// «أن يسرع الاتفاق …» still names the agreement).
    func modality(of hit: TriggerHit, governed: Bool = true) -> Modality {
        if hit.form.contains(.future) { return .future }
        if hit.purpose && hit.trigger.form == .noun { return .hypothetical }
        let start = hit.tokens.lowerBound
        if governed, hit.trigger.form == .noun, let v = governingImperfect(of: start) {
            let verb = EventTrigger(cameo: hit.trigger.cameo, form: .present, frame: hit.trigger.frame,
                                    targetPrepositions: [], allowsDirectObject: false)
            let told = modality(of: TriggerHit(tokens: v ..< v + 1, trigger: verb, form: .whole, purpose: false), governed: false)
            if told != .asserted { return told }
        }
        // «ومن المقرر أن يتباحث الوزير»: an imperfect right after أن is the complement of the
        // expression before it, so the markers of the clause before أن apply to it too.
        let subjunctive = hit.trigger.form == .present && start > 0 && view.forms.whole(start - 1) == Words.anna
        let clause = subjunctive ? view.clause(of: start, complementizers: false) : view.clause(of: start)
        var found: (distance: Int, modality: String)? = nil
        var k = max(clause.lowerBound, start - 16)
        while k < start {
            if let m = view.modality(at: k, first: .conjunction), m.tokens.upperBound <= start {
                let marker = view.lexicon.modality.entries[m.entry].payload
                let distance = start - m.tokens.upperBound
                let applies: Bool
                switch marker.position {
                case .before: applies = distance <= 1
                case .clause: applies = true
                case .outcome: applies = hit.trigger.frame != .meet
                case .beforePresent: applies = distance <= 1 && hit.trigger.form == .present
                case .after: applies = false
                }
                if applies, found == nil || distance <= found!.distance { found = (distance, marker.modality) }
                k = m.tokens.upperBound
                continue
            }
            k += 1
        }
        if found == nil, hit.trigger.form == .noun, hit.tokens.upperBound < view.tokenCount,
           let m = view.modality(at: hit.tokens.upperBound, first: .whole),
           view.lexicon.modality.entries[m.entry].payload.position == .after {
            found = (0, view.lexicon.modality.entries[m.entry].payload.modality)
        }
        // «القمة التاريخية بين ترامب وكيم ستعقد على الأرجح في سنغافورة»: a meeting noun whose verb
        // of taking place, in the future, follows it in its clause is planned.
        if found == nil, hit.trigger.form == .noun, hit.trigger.frame == .meet || hit.trigger.frame == .visit,
           heldLater(after: hit.tokens.upperBound) {
            return .future
        }
        return found.flatMap { Modality(rawValue: $0.modality) } ?? .asserted
    }

    /// Whether a future verb of taking place (ستعقد، سيجري، ستبدأ …) follows `t` within eight tokens
    /// in its clause, with no punctuation, relative or other trigger between: the noun before it is
    /// its subject.
    private func heldLater(after t: Int) -> Bool {
        let clause = view.clause(of: max(0, t - 1))
        var k = t
        while k < min(clause.upperBound, t + 8) {
            if view.isPunctuation(k) || view.word(.relative, at: k) != nil || verbStarts.contains(k) { return false }
            if Words.futureHeld.contains(view.forms.whole(k)) { return true }
            k += 1
        }
        return false
    }
}
