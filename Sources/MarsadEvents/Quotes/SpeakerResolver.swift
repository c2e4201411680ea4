/// Who speaks: resolves the speaker of each cue in document order, keeping the current speaker
/// for participles and pronoun subjects.
///
/// - The subject of the cue: the actor after the verb (VSO) or just before it (SVO); a title's
///   organization gives way to the person named after it (المتحدث باسم الجهاد داود شهاب → Shehab).
/// - An unnamed source (مسؤولون، مصادر، شهود عيان، هذه الجماعة): no speaker.
/// - بدوره / من جانبه / من جهته with no named subject: the last actor named who is not the current
///   speaker ("the other party").
/// - الذي/التي before the verb: the actor before the relative pronoun.
/// - A participle (موضحا، مضيفا): the speaker of the last cue of the sentence, else the actor
///   opening the sentence, else the current speaker.
/// - A pronoun subject: the current speaker, if it spoke in this sentence or the one before, or
///   two or three sentences before with no possible referent named between (quotes8); never a
///   person of the other gender than the verb's (quotes12, SpeakerResolver+Agreement.swift).
struct SpeakerResolver {
    let view: DocumentView
    /// The current speaker: an entity index, or `nil` for an unnamed source.
    private(set) var current: Int?? = nil
    private(set) var currentSentence = -10
    private(set) var lastCueSentence = -10
    private var lastCueSpeaker: Int? = nil
    /// The sentence and speaker of the last «جاء في بيان …» cue: «وأضاف البيان» two sentences
    /// on is the same statement.
    private var lastStatement: (sentence: Int, speaker: Int?)? = nil
    /// The speaker given to the last unnamed source that was a cue's subject (`nil` before any;
    /// `.some(nil)` for a source of no named body): «المصدر نفسه», «وأضاف المصدر» is that source
    /// again (SpeakerResolver+Sources.swift).
    var lastSource: Int?? = nil
    /// Whether the last cue's subject was an unnamed source («وقال المسؤول الفرنسي» after it is
    /// the same source).
    var lastCueWasSource = false
    /// The sentence of the last unnamed source's cue.
    var lastSourceSentence = -10
    /// The gender of each person named as the subject of a speech verb so far, read from the verb
    /// («وقالت كليفورد» → feminine; `.unmarked` when read both ways): SpeakerResolver+Agreement.swift.
    var genders: [Int: SpeechCue.Agreement] = [:]
    /// Whether the cue stands inside someone's quoted words, where a final ت is mostly the first
    /// person («سررت لأنني أوضحت أن»): its form tells nothing of a third person's gender.
    var insideQuotation = false

    /// The inner tokens of the names in marks that stand in a speech verb's subject slot
    /// («قالت المنظمة التابعة له "التحالف من أجل القيم المشتركة" في بيان إن»), by opening mark.
    private let namesInMarks: [Int: Range<Int>]

    /// The definite sources placed in a named body («المصدر في الإليزيه»), by token, with the body:
    /// an unnamed source told before one of them is that source (SpeakerResolver+Sources.swift).
    private(set) var placedSources: [(token: Int, body: Int)] = []
    /// The first token after a dateline «دبي، الإمارات العربية المتحدة (CNN)--» opening the body
    /// (-1 when there is none): the places before it are no subject of the sentence.
    private(set) var datelineEnd = -1

    init(view: DocumentView, namesInMarks: [Int: Range<Int>] = [:]) {
        self.view = view
        self.namesInMarks = namesInMarks
        self.placedSources = placedSourceList()
        self.datelineEnd = datelineEndToken()
    }

    /// The speaker of `cue` (an entity index, or `nil`), and the current speaker afterwards.
    mutating func speaker(of cue: CueOccurrence) -> Int? {
        let sentence = Int(view.sentenceOf[cue.tokens.lowerBound])
        let limit = view.sentenceTokens(of: cue.tokens.lowerBound).upperBound
        var resolved: Int?
        switch cue.cue.kind {
        case .relay where relayPronoun(after: cue, limit: limit) != nil:
            // «ونقلت وكالة فارس عنه قوله إن»: the one the pronoun stands for, not the agency — the
            // person whose office relays («نقل مكتب العبادي عنه»), else the last person named
            // before in the sentence («وأضاف شفيعي، بحسب ما نقلت عنه»), else the current speaker,
            // else the last person named before.
            let view = self.view
            let person = { (m: MentionRef) in view.entities[m.entity].type == .person && !view.isAgent(m.entity) }
            let sentenceStart = view.sentenceTokens(of: cue.tokens.lowerBound).lowerBound
            let pronoun = relayPronoun(after: cue, limit: limit) ?? cue.tokens.upperBound
            resolved = lastMention(before: pronoun) { m in m.tokens.lowerBound >= cue.tokens.upperBound && person(m) }?.entity
                ?? lastMention(before: cue.tokens.lowerBound) { m in m.tokens.lowerBound >= sentenceStart && person(m) }?.entity
                ?? recentSpeaker(in: sentence)
                ?? lastMention(before: cue.tokens.lowerBound, where: person)?.entity
        case .attribution, .relay, .statement:
            resolved = namedAfter(cue, from: relayed(after: cue, limit: limit) ?? cue.tokens.upperBound, limit: limit)
                ?? (Words.documents.contains(view.forms.whole(cue.tokens.upperBound - 1))
                    ? issuer(before: cue.tokens.lowerBound, sentence: sentence) : nil)
            // «وجاء في بيان للشرطة "…"»: the body told again by its head noun (branch quotes11).
            if resolved == nil, cue.cue.kind == .statement, cue.tokens.upperBound < limit,
               view.firstScalar(cue.tokens.upperBound) == 0x0644 {
                resolved = definiteBody(at: cue.tokens.upperBound)
            }
            if cue.cue.kind == .statement { lastStatement = (sentence, resolved) }
        case .participle:
            if lastCueSentence == sentence, agrees(lastCueSpeaker, with: cue) {
                resolved = lastCueSpeaker
            } else if let person = firstPerson(sentence, before: cue.tokens.lowerBound) {
                // «وخلال الكلمة طمأن الرئيس اليمني عبدربه منصور هادي الشعب اليمني … مؤكدا أنه»: the
                // person named as the subject, not the country of the title's adjective.
                resolved = person
            } else if let opener = sentenceOpener(sentence, before: cue.tokens.lowerBound) {
                resolved = opener
            } else if let recent = recentSpeaker(in: sentence), agrees(recent, with: cue) {
                resolved = recent
            }
        case .verb, .announce, .call:
            resolved = verbSubject(cue, sentence: sentence, limit: limit)
            // «وقالت وزارة الإعلام السعودية في بيان "…" . وأضاف البيان أن»: the statement told here is
            // the one «البيان» goes on with (branch quotes12).
            if cue.cue.kind != .call, namesStatement(after: cue.tokens.upperBound, limit: limit) { lastStatement = (sentence, resolved) }
        }
        // An unnamed source as the subject: a definite one with no body after it is the source
        // named before («المصدر في الإليزيه» … «وأضاف المصدر»).
        // (A participle continues its sentence's source.)
        var spokeAsSource = cue.cue.kind == .participle && lastCueWasSource && lastCueSentence == sentence
        if let source = sourceSubject(of: cue, limit: limit) {
            if let same = sameSource(at: source, limit: limit) {
                resolved = same
                spokeAsSource = true
            } else if view.word(.genericSource, at: source) != nil {
                spokeAsSource = true
            }
            if spokeAsSource, resolved == nil, let body = sourcePlacedLater(from: source) { resolved = body }
            if spokeAsSource {
                lastSource = .some(resolved)
                lastSourceSentence = sentence
            }
        }
        // «وأقرت أن …» whose subject is read as no one: the opinion verbs (رأى، أقر) do not hand the
        // turn to nobody (docs/QUALITY.md, quotes10: the next «وذكرت أنها» keeps its speaker).
        if resolved == nil, !spokeAsSource, cue.cue.opinion != nil { return nil }
        lastCueWasSource = spokeAsSource
        learnGender(of: resolved, cue: cue)
        current = .some(resolved)
        currentSentence = sentence
        lastCueSentence = sentence
        lastCueSpeaker = resolved
        return resolved
    }

    /// The person acting after an attribution that opens the sentence, before the marks it would
    /// otherwise give («وفقا للكرملين، هنأ بوتن الرئيس السوري على "…"»): the attribution relays that
    /// person's words, as «نقل عن X» gives X's (docs/ANNOTATION.md), and the person is the current
    /// speaker afterwards («وشدد على "…"»). The first actor after the attribution's comma, within
    /// four tokens and not after a preposition, must be a person.
    mutating func relayedActor(after cue: CueOccurrence, before open: Int) -> Int? {
        guard cue.cue.kind == .attribution, cue.tokens.upperBound < open,
              let comma = (cue.tokens.upperBound ..< min(open, cue.tokens.upperBound + 6)).first(where: { view.isComma($0) }),
              let first = view.actors(in: comma + 1 ..< min(open, comma + 5)).first(where: { !view.isPrepositionalObject($0) }),
              !first.viaAdjective, !view.isAgent(first.entity), view.entities[first.entity].type == .person
        else { return nil }
        current = .some(first.entity)
        lastCueSpeaker = first.entity
        return first.entity
    }

    /// Notes that the current speaker's quotation ran to token `end`: a pronoun subject after a
    /// quotation of several sentences («قال نتنياهو … "…. …. …". وأضاف "…"») still continues it.
    /// Only a quotation of the current speaker does: marks with no cue that another actor speaks
    /// («من جهتها، أقرت موغيريني بأن السياق … "في منتهى الصعوبة"», while Zarif spoke last) leave it
    /// where it was.
    mutating func quotationEnds(at end: Int, speaker: Int?) {
        guard end > 0, end <= view.tokenCount, let current, current == speaker else { return }
        currentSentence = max(currentSentence, Int(view.sentenceOf[end - 1]))
    }

    /// The speaker of a quotation with no cue: the actor named last before it in its sentence,
    /// else the current speaker.
    mutating func speakerWithoutCue(before t: Int, quoted: [Range<Int>] = []) -> Int? {
        let sentence = view.sentenceTokens(of: t)
        // Not a name inside another quotation: its words are someone's, not the speaker's
        // («مضيفا "يحول الطيران السوري والروسي…" متحدثا عن "…"»).
        // Nor a place or outlet after a preposition («وكتب ترامب على تويتر "…"»): the writer speaks.
        let named = view.actors(in: sentence.lowerBound ..< t).filter { a in
            !quoted.contains { $0.contains(a.tokens.lowerBound) } && !view.isPrepositionalObject(a) && !view.isTitledPrepositionalObject(a)
        }
        if let last = named.last { return last.entity }
        return recentSpeaker(in: Int(view.sentenceOf[t]))
    }

    private func recentSpeaker(in sentence: Int) -> Int? {
        guard let current, sentence - currentSentence <= 1 else { return nil }
        return current
    }

    /// For نقل (a relay), the token after its عن: «نقلت رويترز عن مسؤول إسرائيلي قوله إن» is the
    /// official's word, not the agency's (docs/ANNOTATION.md: the speaker of نقل عن X أن is X).
    func relayed(after cue: CueOccurrence, limit: Int) -> Int? {
        guard cue.cue.kind == .relay else { return nil }
        return relayWindow(after: cue, limit: limit).first { view.forms.whole($0) == Words.an }.map { $0 + 1 }
    }

    /// The token of عنه/عنها/عنهم after a relay («نقلت وكالة فارس عنه قوله»), when no bare عن comes
    /// in the same five tokens.
    func relayPronoun(after cue: CueOccurrence, limit: Int) -> Int? {
        guard cue.cue.kind == .relay else { return nil }
        let window = relayWindow(after: cue, limit: limit)
        guard !window.contains(where: { view.forms.whole($0) == Words.an }) else { return nil }
        return window.first { Words.anPronouns.contains(view.forms.whole($0)) }
    }

    /// The five tokens after a relay where its عن is looked for, counted after a long name of the
    /// relaying outlet («نقلت وكالة الأنباء الكورية الشمالية الرسمية عن متحدث …»).
    private func relayWindow(after cue: CueOccurrence, limit: Int) -> Range<Int> {
        var from = cue.tokens.upperBound
        if from < limit, let m = view.mention(at: from), m.tokens.lowerBound == from { from = m.tokens.upperBound }
        return from ..< max(from, min(limit, from + 5))
    }

    private func namedAfter(_ cue: CueOccurrence, from start: Int, limit: Int) -> Int? {
        var t = start
        // After نقل عن, a long title may come before the name (عن نائب وزير الخارجية الروسي، سيرغي ريابكوف).
        let stop = min(limit, t + (start > cue.tokens.upperBound ? 9 : 5))
        while t < stop {
            if view.isStrongBreak(t) || view.isQuotationMark(t) || view.word(.complementizer, at: t, allowConjunction: false) != nil { return nil }
            // «"…"، بحسب ما أعلن مسؤول في الأمم المتحدة»: an unnamed source of a named body speaks for it.
            if let kin = kinSubject(at: t, limit: limit) { return kin }
            if let principal = spokespersonPrincipal(at: t, limit: limit) { return principal }
            if view.voicedBody(at: t) == nil, view.word(.genericSource, at: t) != nil { return sourceOfBody(after: t, limit: limit) }
            if let anaphor = view.anaphor(at: t) { return anaphor.entity }
            if let body = view.voicedBody(at: t) { return personAfter(body, limit: limit) ?? body.entity }
            if let a = view.actor(at: t) {
                if case .actors(let list) = view.subject(after: t, limit: limit), let first = list.first {
                    return titledPerson(first, before: cue.tokens.lowerBound) ?? first.entity
                }
                return a.entity
            }
            t += 1
        }
        return nil
    }

    /// The actor opening a sentence, before token `end` (never inside what the cue introduces).
    private func sentenceOpener(_ sentence: Int, before end: Int) -> Int? {
        let range = head(ofSentence: sentence)
        let head = range.lowerBound ..< max(range.lowerBound, min(range.upperBound, range.lowerBound + 5, end))
        return view.actors(in: head).first { !view.isPrepositionalObject($0) }.map { titledPerson($0, before: end) ?? $0.entity }
    }

    /// The first person named in a sentence before a participle, outside prepositional phrases and
    /// within twelve tokens of its start: the subject of the sentence's verb, which the participle
    /// continues.
    private func firstPerson(_ sentence: Int, before end: Int) -> Int? {
        let range = head(ofSentence: sentence)
        let head = range.lowerBound ..< max(range.lowerBound, min(range.upperBound, range.lowerBound + 12, end))
        let named = view.actors(in: head).first {
            !$0.viaAdjective && !view.isPrepositionalObject($0) && !view.isAgent($0.entity)
                && view.entities[$0.entity].type == .person
        }
        // «وأبلغ لام رويترز قائلا»: a word of one person's name used alone, before any actor (not
        // على of «وردا على سؤال …», which folds like علي: Ali Khamenei).
        let alone = head.lazy.compactMap { k in view.personNamedAlone(at: k).map { (k, $0) } }.first
        if let (k, person) = alone, named.map({ $0.tokens.lowerBound > k }) ?? true,
           !view.actors(in: head.lowerBound ..< k).contains(where: { !view.isPrepositionalObject($0) }) {
            return person
        }
        return named?.entity
    }

    private func verbSubject(_ cue: CueOccurrence, sentence: Int, limit: Int) -> Int? {
        let start = cue.tokens.lowerBound
        let handover = (max(view.sentenceTokens(of: start).lowerBound, start - 4) ..< start).contains {
            view.word(.handover, at: $0) != nil
        }
        if start > 0, view.word(.relative, at: start - 1) != nil {
            if let a = view.actors(in: max(0, start - 4) ..< start - 1).last { return a.entity }
        }
        // «نددت الحكومة السورية بما وصفته بـ"المجزرة"»، «وحث كوربن … على وقف ما وصفه بـ"…"»: a verb
        // after ما "what" with nothing in its subject slot is said by the subject of the clause it
        // stands in — the speaker of the sentence's last cue («مشيرا إلى ما وصفه بأنه»), else its
        // first person, else the actor opening it (branch quotes11). Not «ما أفاد به مصدران»: a
        // subject after the preposition's pronoun.
        if start > 0, Words.whatForms.contains(view.forms.whole(start - 1)), hasNoSubject(after: cue.tokens.upperBound, limit: limit) {
            if lastCueSentence == sentence { return lastCueSpeaker }
            if let subject = firstPerson(sentence, before: start) ?? sentenceOpener(sentence, before: start) { return subject }
        }
        if cue.tokens.upperBound < limit, Words.documents.contains(view.forms.whole(cue.tokens.upperBound)),
           view.mention(at: cue.tokens.upperBound + 1) == nil {
            // «وقال التقرير إن»: the report speaks for its issuer.
            return issuer(before: start, sentence: sentence)
        }
        // «وأضاف السفير أنه أبلغ المسؤولين الأمريكيين … أن»: the pronoun of أنه is the speaker of the
        // clause this verb stands in; the noun after the verb is its object.
        if start > 0, Words.pronounComplementizers.contains(view.forms.whole(start - 1)),
           let current, sentence - currentSentence <= 1 { return current }
        // «واعتبر من جهته رئيس المكتب السياسي لحركة حماس إسماعيل هنية»: the subject follows من جهته.
        var subjectStart = cue.tokens.upperBound
        if let r = view.word(.handover, at: subjectStart) { subjectStart = r.upperBound }
        // «وقالت عائلة أبوالفتوح … إنها»: a relative or counsel speaks, not the person after it.
        if let kin = kinSubject(at: subjectStart, limit: limit) { return kin }
        // «قال متحدث باسم الرئيس الفلبيني رودريجو دوتيرتي إن»: the person speaks through the spokesperson.
        if let principal = spokespersonPrincipal(at: subjectStart, limit: limit) { return principal }
        // «وأضاف السفير أنه», after «السفير الروسي … أناتولي أنتونوف»: the title's holder.
        if let holder = bareTitleHolder(at: subjectStart, limit: limit) { return holder }
        // «وقالت سيول إن»: a city as the subject stands for its country's government.
        if let country = citySubject(at: subjectStart, limit: limit) { return country }
        switch view.subject(after: subjectStart, limit: limit) {
        case .actors(let list):
            // «وقال رئيس اتحاد المظليين فاليري فوستروتين لوكالة "ريا نوفوستي"»: the outlet the
            // titled speaker spoke to is not the speaker.
            if let first = list.first, isAddressee(first) { return titleHolder(after: cue.tokens.upperBound, limit: limit) }
            // «يلديريم دعا الأربعاء روسيا … إلى "…"»: after a call verb (no و before it) whose subject
            // stands right before it (or before قد), the actor after the verb is the one called on.
            if cue.cue.kind == .call, !view.startsWithConjunction(start), let svo = view.subject(before: start, from: clauseStart(of: start)).last, !svo.viaAdjective,
               svo.tokens.upperBound == start || (svo.tokens.upperBound == start - 1 && view.forms.whole(start - 1) == Words.qad) {
                return personAfter(svo, limit: limit) ?? svo.entity
            }
            // «يقول الرئيس المشترك لمجلس سوريا الديمقراطية إن», the office told with its holder's name
            // before: the holder (branch quotes13).
            return list.first.map {
                personAfter($0, limit: limit) ?? titledPerson($0, before: start)
                    ?? titleToldAgain($0, from: subjectStart, before: start) ?? $0.entity
            }
        case .generic:
            if let named = titleHolder(after: cue.tokens.upperBound, limit: limit) ?? nameInMarks(after: cue.tokens.upperBound, limit: limit)
                ?? sourceOfBody(after: subjectStart, limit: limit) ?? appositionPerson(after: subjectStart, limit: limit)
                ?? describedBody(after: subjectStart, limit: limit) {
                return named
            }
            // «وكانت كوريا الشمالية قد أعلنت نهاية الأسبوع أنها»: a plain noun after the verb (no
            // source, title or group noun) is its object or a time; the subject named right before
            // the verb (or before قد) speaks. Not a name further back («وسخر براودر … من موقف ترامب
            // من روسيا وقال متهكما»: متهكما is an adverb, Trump no subject).
            var k = subjectStart
            while k < limit, view.isComma(k) || view.timeAt[k] >= 0 { k += 1 }
            guard k < limit, view.word(.genericSource, at: k) == nil, view.word(.demonstrative, at: k) == nil,
                  view.word(.title, at: k) == nil, view.word(.actorHead, at: k) == nil,
                  let svo = view.subject(before: start, from: clauseStart(of: start)).last, !svo.viaAdjective,
                  svo.tokens.upperBound == start || (svo.tokens.upperBound == start - 1 && view.forms.whole(start - 1) == Words.qad)
            else { return nil }
            return svo.entity
        case .pronoun:
            if let named = nameInMarks(after: cue.tokens.upperBound, limit: limit) { return named }
        }
        if let antecedent = relativeAntecedent(before: start) { return antecedent }
        let clauseFrom = clauseStart(of: start)
        if let svo = view.subject(before: start, from: clauseFrom).first {
            // «لكن مسؤولين إيرانيين قالوا إن»: a nationality after an unnamed source is no speaker.
            if svo.viaAdjective, view.word(.genericSource, at: svo.tokens.lowerBound - 1) != nil { return nil }
            return svo.entity
        }
        if handover { return otherParty(before: start) }
        // An unnamed source before the verb in its clause (ناشطون عبر مواقع التواصل … كانوا قد قالوا).
        if (max(clauseFrom, start - 10) ..< start).contains(where: { view.word(.genericSource, at: $0) != nil }) { return nil }
        // «وخلال القمة، وافق كيم على عدد من الإجراءات …، وأشار إلى أنه»: a verb joined by و to a
        // sentence whose subject is a person, with no speech cue before it in that sentence, has that
        // subject, not the speaker of the sentence before. A verb after إذ has the first
        // person of its sentence, as a participle does («انتقد المتحدث باسم الجيش …، افيخاي أدرعي،
        // خطاب …، إذ قال إن», branch quotes10).
        if lastCueSentence != sentence, start > view.tokens(ofSentence: sentence).lowerBound + 1 {
            if view.startsWithConjunction(start), let person = plainSubjectPerson(sentence, before: start) { return person }
            // «ونفت السعودية الاتهامات التركية بقتله وأكدت أنها»: the subject of the opening verb it agrees with.
            if view.startsWithConjunction(start), let subject = agreeingOpener(sentence, cue: cue) { return subject }
            if Words.whereas.contains(view.forms.whole(start - 1)), let person = firstPerson(sentence, before: start) { return person }
        }
        if let person = previousPlainSubject(cue, sentence: sentence) { return person }
        // «وقال ترامب … . ونفت السعودية … وأكدت أنها»: not a person of the other gender. Once the
        // current speaker is refused so, only a name opening this clause speaks (branch quotes12).
        var refused = false
        if let current, sentence - currentSentence <= 1 {
            if agrees(current, with: cue) { return current }
            refused = true
        }
        if let carried = speakerNamingNoOneSince(cue, sentence: sentence) ?? speakerNamedAgain(cue, sentence: sentence) {
            if agrees(carried, with: cue) { return carried }
            refused = true
        }
        if refused { return namedOpener(sentence, before: start) }
        // «ونشرت الخارجية الكويتية بياناً قالت فيه إن»: the subject opening the sentence.
        if let opener = sentenceOpener(sentence, before: start) { return opener }
        return previousSubject(before: sentence)
    }

    /// The current speaker for a verb with a pronoun subject opening its sentence two or three
    /// sentences after that speaker spoke («وقال بيل بيجلي، المتحدث باسم … إن … . وأضاف أنه تم
    /// إجلاء المسافرين»، «وقال ستافان دي ميستورا … إنها … . كما طالب بإنشاء ممرات … . وأضاف أنه»), when
    /// nothing between the end of its sentence and the verb could be the pronoun's referent: no
    /// actor (name, anaphor, title's adjective), no unnamed source, title, group noun or document
    /// (أحد أفراد الشرطة، مدير المطعم، التقرير). The verb must open its sentence and have nothing
    /// in its subject slot (a mark, أن/إن, a preposition or a time next): a word there may be a
    /// name the entity layer did not read («وأشار بروكس إلى أن»). Branch quotes7 found that carrying
    /// the speaker over any two sentences was mostly wrong (a body or country named in between).
    private func speakerNamingNoOneSince(_ cue: CueOccurrence, sentence: Int) -> Int? {
        let start = cue.tokens.lowerBound
        guard let current, let speaker = current, currentSentence >= 0, sentence - currentSentence <= 3,
              start == view.tokens(ofSentence: sentence).lowerBound, hasEmptySubjectSlot(after: start)
        else { return nil }
        let between = view.tokens(ofSentence: currentSentence).upperBound ..< start
        guard !between.isEmpty, view.actors(in: between).isEmpty else { return nil }
        let namesSomeone = between.contains { t in
            view.word(.genericSource, at: t) != nil || view.word(.title, at: t) != nil
                || view.word(.actorHead, at: t) != nil || Words.documents.contains(view.forms.whole(t))
        }
        return namesSomeone ? nil : speaker
    }

    /// Whether a verb ending before token `end` has nothing in its subject slot: أن/إن, a mark or
    /// other punctuation, a time, or a preposition (بـ، لـ written alone included) with no word
    /// after it that could be the subject («ما أفاد به مصدران» has one).
    func hasNoSubject(after end: Int, limit: Int) -> Bool {
        guard end < limit else { return true }
        // بـ، لـ: one letter, with a tatweel or alone (not به، له).
        let token = view.document.tokens[end]
        let bare = token.kind == .word && (view.firstScalar(end) == 0x0628 || view.firstScalar(end) == 0x0644)
            && (token.length == 1 || (token.length == 2 && view.document.scalars[token.start + 1].value == 0x0640))
        if bare { return true }
        guard hasEmptySubjectSlot(after: end - 1) else { return false }
        guard view.word(.preposition, at: end, allowConjunction: false) != nil, end + 1 < limit else { return true }
        let next = end + 1
        return view.isPunctuation(next) || view.isQuotationMark(next) || view.timeAt[next] >= 0
            || view.word(.complementizer, at: next, allowConjunction: false) != nil
    }

    /// Whether the token after the verb at `verb` leaves its subject slot empty: a mark or other
    /// punctuation, أن/إن, a preposition or a time.
    func hasEmptySubjectSlot(after verb: Int) -> Bool {
        let t = verb + 1
        guard t < view.tokenCount else { return false }
        return view.isPunctuation(t) || view.isQuotationMark(t) || view.timeAt[t] >= 0
            || view.word(.complementizer, at: t, allowConjunction: false) != nil
            || view.word(.preposition, at: t, allowConjunction: false) != nil
    }

    /// The subject of the sentence before `sentence`, for a pronoun subject when no one spoke in
    /// it or in this one: «أعلنت حركة الجهاد … وقفا لإطلاق النار. وأوضحت أن …» → the movement.
    private func previousSubject(before sentence: Int) -> Int? {
        guard sentence > 0 else { return nil }
        let range = head(ofSentence: sentence - 1)
        let head = range.lowerBound ..< min(range.upperBound, range.lowerBound + 8)
        // «واستنفر الوزير التركي … . وقال: "…"»: a title and an adjective stand for the person.
        guard let a = view.actors(in: head).first(where: { !view.isPrepositionalObject($0) && !view.isAgent($0.entity) }) else { return nil }
        if let person = titledPerson(a, before: head.upperBound) { return person }
        // «وقد أدان وزير الخارجية الأمريكي بشدة جهود إيران. وقال …»: a person's title the text does
        // not name there is the subject; the actor after it is an object, not the speaker.
        return untitledSubject(before: a.tokens.lowerBound, from: head.lowerBound) ? nil : a.entity
    }

    /// Whether a person's title stands between `from` and the actor at `t`, with a word after it
    /// that is no part of its office or name: not the word in construct right after the title
    /// («وزير خارجية قطر»), not باسم, and with no article and no mention («وزير الخارجية الأمريكي
    /// بشدة جهود»), so the title, not the actor, heads the sentence.
    private func untitledSubject(before t: Int, from: Int) -> Bool {
        guard let title = (from ..< t).first(where: { Words.personTitles.contains(view.forms.whole($0)) }) else { return false }
        return (title + 2 ..< max(title + 2, t)).contains { k in
            view.document.tokens[k].kind == .word && view.mention(at: k) == nil && !view.hasArticle(k)
                && view.forms.whole(k) != Words.inTheNameOf
        }
    }

    /// A title with a nationality adjective and no name (وقال الوزير الفرنسي، الرئيس الأمريكي)
    /// speaks for the last person of that country named before `t`, when there is one: the
    /// title's holder, named earlier in the report.
    func titledPerson(_ a: Actor, before t: Int) -> Int? {
        let first = a.tokens.lowerBound
        guard a.viaAdjective, first > 0, let country = view.entities[a.entity].country else { return nil }
        if Words.personTitles.contains(view.forms.whole(first - 1)) {
            guard !holdsTitle(before: first - 1) else { return nil }
            return lastMention(before: t) { m in
                let e = view.entities[m.entity]
                return e.type == .person && e.country == country
            }?.entity
        }
        // A title of two words («وصرّح رئيس الوزراء السويدي»، «وقال وزير الخارجية الأمريكي»): the
        // last person of that country named before whose role (the entity layer's) begins with the
        // same word, so the foreign minister is not taken for the president.
        guard first > 1, !view.isPunctuation(first - 1), Words.personTitles.contains(view.forms.whole(first - 2)),
              !holdsTitle(before: first - 2) else { return nil }
        let head = bareKey(view.document.text(in: view.span(of: first - 2 ..< first - 1)))
        return lastMention(before: t) { m in
            let e = view.entities[m.entity]
            return e.type == .person && e.country == country && !view.isAgent(m.entity) && e.roles.contains { role in
                role.title.split(separator: " ").first.map { bareKey(String($0)) == head } ?? false
            }
        }?.entity
    }

    /// A person's title and a nationality adjective with no name after a verb, the adjective's
    /// country not read as an actor («وشددت السفيرة الأميركية في بيانها على أنه»): the last person
    /// of that country named before, as ``titledPerson(_:before:)`` does.
    /// (After باسم, `afterInTheNameOf`, the title is the spokesperson's principal: باسم is a title
    /// word, but holds no title.)
    func titleHolder(after end: Int, limit: Int, afterInTheNameOf: Bool = false) -> Int? {
        var t = end
        while t < limit, view.isComma(t) || view.timeAt[t] >= 0 { t += 1 }
        guard t + 1 < limit, Words.personTitles.contains(view.forms.whole(t)), afterInTheNameOf || !holdsTitle(before: t),
              let match = view.nationality(at: t + 1, first: .proclitic)
        else { return nil }
        let country = view.lexicon.nationalities.entries[match.entry].payload.alpha3
        return lastMention(before: end) { m in
            !view.isAgent(m.entity) && view.entities[m.entity].type == .person && view.entities[m.entity].country == country
        }?.entity
    }

    /// The entity named by the whole of the marks in the subject slot within seven tokens after a
    /// verb ending at `end`: the speaker the subject reader could not reach through the class noun
    /// before it.
    private func nameInMarks(after end: Int, limit: Int) -> Int? {
        guard !namesInMarks.isEmpty else { return nil }
        for open in end ..< min(limit, end + 7) {
            guard let inner = namesInMarks[open], !inner.isEmpty else { continue }
            // The whole name, not a place inside it («"إسرائيل بالعربية"», «"جاكرتا بوست"»).
            guard let m = view.mention(at: inner.lowerBound), m.tokens == inner, !view.isAgent(m.entity) else { return nil }
            return m.entity
        }
        return nil
    }

    /// A definite person's title alone as the subject (وأضاف السفير أنه، وقال الوزير إن), with no
    /// name, adjective or complement after it: the last person named before whose role has that
    /// title (the entity layer's roles), when there is one.
    private func bareTitleHolder(at t: Int, limit: Int) -> Int? {
        guard t + 1 < limit, Words.personTitles.contains(view.forms.whole(t)),
              view.document.scalars[view.document.tokens[t].start].value == 0x0627,  // ال: definite
              view.mention(at: t) == nil, view.mention(at: t + 1) == nil,
              view.isPunctuation(t + 1) || view.isQuotationMark(t + 1) || view.timeAt[t + 1] >= 0
                || view.word(.complementizer, at: t + 1, allowConjunction: false) != nil
                || view.word(.preposition, at: t + 1, allowConjunction: false) != nil
        else { return nil }
        let title = view.forms.whole(t)
        return lastMention(before: t) { m in
            let e = view.entities[m.entity]
            return e.type == .person && !view.isAgent(m.entity) && e.roles.contains { role in
                role.title.split(separator: " ").first.map { WordHash.of(String($0)) == title } ?? false
            }
        }?.entity
    }

    /// An unnamed source inside a named organization («مصدر مسؤول في وزارة الخارجية الكويتية»،
    /// «مصادر من التيار الصدري»): the organization speaks (docs/ANNOTATION.md, dev-check). A source
    /// of a country («مصادر عراقية»، «مسؤول في الحكومة» with no name) stays unnamed.
    func sourceOfBody(after end: Int, limit: Int) -> Int? {
        var t = end
        while t < limit, view.isComma(t) || view.timeAt[t] >= 0 { t += 1 }
        guard let source = view.word(.genericSource, at: t) else { return nil }
        var k = source.upperBound
        // An adjective or two (مسؤول، رفيع، أمني) before في/من.
        // (Not past أن/إن: «وقالت المصادر إن عناصر من الحوثيين» places the sources nowhere.)
        while k < min(limit, source.upperBound + 2), view.actor(at: k) == nil,
              view.word(.preposition, at: k, allowConjunction: false) == nil,
              view.word(.complementizer, at: k, allowConjunction: false) == nil, !view.isPunctuation(k) { k += 1 }
        guard k + 1 < limit, view.forms.whole(k) == Words.fi || view.forms.whole(k) == Words.min else { return nil }
        // «مصدر مسؤول في المؤسسة»: the body told again by its head noun (SpeakerResolver+Bodies.swift).
        if view.actor(at: k + 1) == nil { return definiteBody(at: k + 1) }
        guard let a = view.actor(at: k + 1), !a.viaAdjective, !view.isAgent(a.entity),
              view.entities[a.entity].type == .organization
        else { return nil }
        return a.entity
    }

    /// Whether an actor is a news outlet spoken to, not speaking: named with ل (لرويترز) or after
    /// a media noun with ل (لوكالة، لصحيفة، لـ"…"). (ل alone is not enough: «المتحدث الرسمي
    /// لوزارة الخارجية» is the ministry's spokesman.)
    private func isAddressee(_ a: Actor) -> Bool {
        guard !a.viaAdjective, view.entities[a.entity].cameo?.hasSuffix("MED") == true else { return false }
        let first = a.tokens.lowerBound
        let scalars = view.document.scalars
        let token = view.document.tokens[first]
        if let m = view.mention(at: first), m.span.start > token.start,
           (token.start ..< m.span.start).contains(where: { scalars[$0].value == 0x0644 }) { return true }
        var k = first - 1
        while k >= max(0, first - 3), view.isQuotationMark(k) { k -= 1 }
        guard k >= 0, view.document.tokens[k].kind == .word, view.firstScalar(k) == 0x0644 else { return false }
        return view.document.tokens[k].length <= 2
            || view.lexicon.words(.media).match(at: k, in: view, first: .prepositionOnly) != nil
    }

    /// Whether the title at `t` is itself held by the title before it («نائب السفيرة الأميركية»:
    /// the ambassador's deputy, not the ambassador).
    private func holdsTitle(before t: Int) -> Bool {
        t > 0 && (view.word(.title, at: t - 1) != nil || view.word(.actorHead, at: t - 1) != nil)
    }

    /// The issuer of a definite report or statement (التقرير، البيان): the speaker of a «جاء في بيان
    /// …» cue in this sentence or the two before («وجاء في بيان مشترك لهذه الدول أن …» then «وأضاف
    /// البيان "…"»: the same statement, of four states, no one entity), else the last organization or
    /// person named before `t` (ANNOTATION.md, dev-extra: «وجاء في التقرير» → United Nations).
    private func issuer(before t: Int, sentence: Int) -> Int? {
        if let last = lastStatement, sentence - last.sentence <= 2 { return last.speaker }
        return lastMention(before: t) { m in
            !view.isAgent(m.entity) && (view.entities[m.entity].type == .organization || view.entities[m.entity].type == .person)
        }?.entity
    }

    /// The last actor named before `t` who is not the current speaker.
    private func otherParty(before t: Int) -> Int? {
        lastMention(before: t) { m in view.entities[m.entity].type != .location && .some(m.entity) != current }?.entity
    }

    /// The last mention starting before token `t` that satisfies `accepts`.
    func lastMention(before t: Int, where accepts: (MentionRef) -> Bool) -> MentionRef? {
        var i = view.mentions.count - 1
        while i >= 0, view.mentions[i].tokens.lowerBound >= t { i -= 1 }
        while i >= 0 {
            if accepts(view.mentions[i]) { return view.mentions[i] }
            i -= 1
        }
        return nil
    }
}
