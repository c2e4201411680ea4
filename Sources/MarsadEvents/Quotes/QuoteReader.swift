import MarsadCore
import MarsadText

/// Finds the quotations of a document: direct ones in marks, indirect ones after a speech verb and
/// أن/إن, and their speakers.
///
/// 1. Quotation-mark pairs are found over the whole paragraph, so a quotation split into several
///    sentences by the sentence splitter is one quotation. Marks around one or two words are
///    terms, not quotations ("دائم", "فجر ليبيا").
/// 2. Each speech cue whose scope allows it looks for أن/إن within 16 tokens. If the marks open
///    right after it (at most one word between: "أن هناك "…""), or after a subject of up to three
///    words with no verb and close the clause ("إن الحوثيين "يطيلون …""), the marked words are a
///    direct quotation of that cue. Otherwise the clause up to the sentence end, or to a following cue,
///    is an indirect quotation, marked fragments included.
/// 3. Other pairs take the nearest cue before them in their sentence (قال X: "…"), else a cue
///    right after them ("…"، قال X), else none.
/// 4. Speakers are resolved in document order by ``SpeakerResolver``.
/// 5. What is no quotation (names, terms and headlines in marks, things that indicate), where a
///    clause ends, and a speaker inside the reported clause: `QuoteReader+Shapes.swift`; titles,
///    slogans, charges and a law's text in marks: `QuoteReader+Works.swift`.
/// 6. Statements reproduced without marks after «فيما يلي نصه:»: `QuoteReader+Verbatim.swift`.
struct QuoteReader {
    let view: DocumentView

    private enum Item {
        case direct(QuotationPair, cue: CueOccurrence?, cueEnd: Int?)
        case indirect(Range<Int>, cue: CueOccurrence, cueEnd: Int)

        var start: Int {
            switch self {
            case .direct(let p, _, _): return p.open
            case .indirect(let r, let cue, _): return min(r.lowerBound, cue.tokens.lowerBound)
            }
        }
    }

    func quotes() -> [Quote] {
        let allPairs = view.quotationPairs()
        let cues = view.cues
        // Per-token maps, not `[Int: …]`/`Set<Int>`: they are asked for most tokens the readers pass.
        var cueEnds = TokenIndex(count: view.tokenCount + 1)  // token → index in `cues`
        for (c, cue) in cues.enumerated() { cueEnds[cue.tokens.upperBound] = c }
        // (Not an opinion verb that states nothing, «كما يوضح كريم صدر الذي يرى أن»: the cue before
        // it still reaches its أن.)
        let cueStarts = TokenSet(count: view.tokenCount, cues.filter {
            $0.cue.opinion == nil || !isConditionalOrRelative(before: $0.tokens.lowerBound)
        }.map { $0.tokens.lowerBound })
        // An outlet spoken to, in marks after ل («وقال … المقبل لـ"سكاي نيوز عربية" إن»): a name, and
        // never the speaker of the verb.
        let addressees = allPairs.filter { isAddresseeName($0, cues: cues, cueEnds: cueEnds) }
        let addressed = Set(addressees.map(\.open))
        let subjectNames = allPairs.filter {
            !addressed.contains($0.open) && isSubjectName($0, cues: cues, cueEnds: cueEnds, cueStarts: cueStarts)
        }
        // Titles, slogans, charges and a law's text in marks are named, not said (QuoteReader+Works.swift).
        let works = namedWorks(allPairs) + stipulated(allPairs, cueStarts: cueStarts)
        let names = allPairs.filter { isName($0) || !hasArabicWord($0) } + subjectNames + addressees + works
        // A cue's أن/إن is not looked for inside a title or slogan («لافتات كتب عليها "… يجب أن تبقى …"»).
        let workOpenings = TokenSet(count: view.tokenCount, works.map(\.open))
        let nameOpenings = Set(names.map(\.open))
        let pairs = allPairs.filter { view.wordCount($0.inner) >= 3 && !nameOpenings.contains($0.open) }
        let nameMarks = TokenSet(count: view.tokenCount, names.flatMap { [$0.open, $0.close] })
        var pairOpening = TokenIndex(count: view.tokenCount)
        for (i, p) in pairs.enumerated() { pairOpening[p.open] = i }
        var pairCue = [(CueOccurrence, Int)?](repeating: nil, count: pairs.count)
        var absorbed: Set<Int> = []
        var items: [Item] = []

        for (c, cue) in cues.enumerated() {
            let announces = cue.cue.scope == .no && cue.cue.kind == .announce
            guard cue.cue.scope == .yes || announces, cue.cue.kind != .attribution else { continue }
            let sentence = view.sentenceTokens(of: cue.tokens.lowerBound)
            if hasThingSubject(cue, sentence: sentence) { continue }
            guard let comp = complementizer(after: cue, limit: sentence.upperBound, cueStarts: cueStarts,
                                            openings: pairOpening, works: workOpenings) else { continue }
            // أعلن … أن reports an announcement (the sample's «وأعلن الكرملين أن الرئيس الروسي … وقعوا»),
            // but أعلن … أنه/أنها/أنهم, the announcer telling of itself, is its statement («وأعلن
            // الجيش الإسرائيلي مساء الأحد، أنه نشر»، «أعلنت الحكومة الفرنسية أنها جمدت»).
            if announces, !Words.selfComplementizers.contains(view.forms.whole(comp.lowerBound)) { continue }
            // «وجدد … تأكيده أن»، «تأكيده على أن»: a speech noun reports only the أن right after it
            // («بسبب تأكيده ادعاءات … بأن» reports nothing).
            if cue.cue.isNoun, comp.lowerBound - cue.tokens.upperBound > 1 { continue }
            // «إذا رأت أن ذلك سيفيد»، «والتي رأت أن»: an opinion in a condition or a relative clause
            // is no statement (and its subject is not read).
            if cue.cue.opinion != nil, isConditionalOrRelative(before: cue.tokens.lowerBound) { continue }
            // «"… يرون أن تسليم الحديدة …"»: a present opinion inside someone's quoted words is part
            // of them (docs/ANNOTATION.md, dev-extra), not a statement of its own (branch quotes11).
            if cue.cue.opinion == .view, cue.cue.isPresent, allPairs.contains(where: { $0.inner.contains(cue.tokens.lowerBound) }) { continue }
            // «أقر البرلمان قانونا ينص على أن»: أقر (also "passed") reports speech with بأن («أقرت
            // موغيريني بأن»), or with أن after a subject of three tokens at most («وأقرت ماي أنه»).
            if cue.cue.opinion == .admission, view.firstScalar(comp.lowerBound) != 0x0628,
               comp.lowerBound - cue.tokens.upperBound > 3 { continue }
            // Marks right after أن (at most one word between), or after an adverbial phrase of up to
            // three words when they run to the end of the sentence («أنه في ليبيا "ينبغي أن تمضي
            // العملية السياسية…"», ANNOTATION.md dev-extra): a direct quotation of this cue.
            var t = comp.upperBound
            var words = 0
            while t < sentence.upperBound, words <= 3, !view.isQuotationMark(t), !view.isStrongBreak(t) {
                if !view.isPunctuation(t) { words += 1 }
                t += 1
            }
            // (A complementizer may end the text: nothing after it is adverbial.)
            let adverbial = comp.upperBound < sentence.upperBound
                && (view.forms.whole(comp.upperBound) == Words.fi
                    || view.word(.preposition, at: comp.upperBound, allowConjunction: false) != nil)
            // A name before the marks («بأن ليون «سيقوم بعقد مشاورات…»») is the reported clause's
            // subject, outside the quoted words: the quotation is indirect, with a marked fragment.
            // A first person in the marks («أن السيسي "هو الذي بادر … معي"») keeps them direct.
            let namedSubject = (comp.upperBound ..< t).contains { k in
                view.actor(at: k).map { !view.isPrepositionalObject($0) } ?? false
            } && pairOpening[t].map { !isFirstPerson(pairs[$0]) } ?? false
            // A subject of up to three words and no verb before marks that close the clause («إن
            // الحوثيين "يطيلون فترة الأزمة والحرب"»): the marks hold the rest of the clause as said.
            let subjectOnly = words <= 3 && pairOpening[t].map {
                isSubjectPhrase(comp.upperBound ..< t) && closesClause(pairs[$0], sentence: sentence)
            } ?? false
            if let p = pairOpening[t], pairCue[p] == nil, subjectOnly || !namedSubject,
               subjectOnly || words <= 1 || (words <= 3 && adverbial && endsSentence(pairs[p], sentence: sentence)) {
                pairCue[p] = (cue, comp.upperBound)
                continue
            }
            let later = cues[(c + 1)...].filter { $0.tokens.lowerBound < sentence.upperBound }
            // «إن السيسي شدد … على "أهمية …"»: the marks are the inner speaker's own words.
            if let (inner, p) = nestedDirect(from: comp.upperBound, sentence: sentence, later: later, pairOpening: pairOpening, pairs: pairs),
               pairCue[p] == nil {
                pairCue[p] = (inner, inner.tokens.upperBound)
                continue
            }
            let end = indirectEnd(from: comp.upperBound, sentence: sentence, later: later, pairs: pairs, pairOpening: pairOpening,
                                  absorbed: &absorbed)
            var range = comp.upperBound ..< end
            while !range.isEmpty, view.isPunctuation(range.upperBound - 1), !view.isQuotationMark(range.upperBound - 1) {
                range = range.lowerBound ..< range.upperBound - 1
            }
            // A clause that is only a term in marks («بأنها "تهين مصر"») is no quotation.
            let onlyTerm = !range.isEmpty && view.isQuotationMark(range.lowerBound) && view.isQuotationMark(range.upperBound - 1)
                && view.wordCount(range) <= 2
            if view.wordCount(range) >= 2, !onlyTerm { items.append(.indirect(range, cue: cue, cueEnd: comp.upperBound)) }
        }

        for (i, pair) in pairs.enumerated() where !absorbed.contains(i) {
            if let (cue, end) = pairCue[i] {
                items.append(.direct(pair, cue: cue, cueEnd: end))
            } else if let cue = cueBefore(pair, cues: cues, nameMarks: nameMarks) {
                items.append(.direct(pair, cue: cue, cueEnd: cue.tokens.upperBound))
            } else if let cue = cueAfter(pair, cues: cues) {
                items.append(.direct(pair, cue: cue, cueEnd: cue.tokens.upperBound))
            } else if isHeadline(pair) {
                continue
            } else {
                items.append(.direct(pair, cue: nil, cueEnd: nil))
            }
        }

        items.sort { $0.start < $1.start }
        // Words in marks: quotations, and names of bodies (a unit after its commander's title,
        // «قائد "اللواء 102 خاصة"», does not speak a quotation without a cue). A person's name in
        // marks may be the subject («وكرر زعيم حزب العمال البريطاني "جيريمي كوربين" دعوته إلى "…"»).
        let quoted = pairs.map(\.inner) + names.compactMap { pair in
            view.mention(at: pair.open + 1).map { view.entities[$0.entity].type == .person } == true ? nil : pair.inner
        }
        var resolver = SpeakerResolver(view: view, namesInMarks: Dictionary(subjectNames.map { ($0.open, $0.inner) }) { a, _ in a })
        var quotes: [Quote] = []
        // A cue inside other quoted words («وأضاف بوتن :" بهذا الصدد أكد الرئيس الأسد أنه سيرسل…"»)
        // is the quoted speaker's report: it does not change the current speaker.
        func insideMarks(_ cue: CueOccurrence, except own: Int?) -> Bool {
            pairs.contains { $0.open != own && $0.inner.contains(cue.tokens.lowerBound) }
        }
        var lastDirect: (pair: QuotationPair, speaker: Int?)?
        for item in items {
            switch item {
            case .direct(let pair, let cue, let cueEnd):
                let speaker: Int?
                if let cue, insideMarks(cue, except: pair.open) {
                    var probe = resolver
                    probe.insideQuotation = true
                    speaker = probe.speaker(of: cue)
                } else if let cue {
                    let said = resolver.speaker(of: cue)
                    speaker = resolver.relayedActor(after: cue, before: pair.open) ?? said
                } else if let joined = joinedMarks(pair, after: lastDirect) {
                    // «قال الإرياني إن الحوثيين "يطيلون …"، بدلاً من "تأكيد جديتهم …"»: marks joined
                    // to the marks just before go on with their speaker, not the clause's subject.
                    speaker = joined
                } else {
                    speaker = resolver.speakerWithoutCue(before: pair.open, quoted: quoted)
                }
                lastDirect = (pair, speaker)
                let cueSpan = cue.map { view.span(of: $0.tokens.lowerBound ..< max($0.tokens.upperBound, cueEnd ?? 0)) }
                quotes.append(Quote(span: view.span(of: pair.inner), kind: .direct, speaker: named(speaker),
                                    cue: cueSpan))
                resolver.quotationEnds(at: pair.inner.upperBound, speaker: speaker)
            case .indirect(let range, let cue, let cueEnd):
                let speaker: Int?
                if insideMarks(cue, except: nil) {
                    var probe = resolver
                    probe.insideQuotation = true
                    speaker = probe.speaker(of: cue)
                } else {
                    speaker = resolver.speaker(of: cue)
                }
                quotes.append(Quote(span: view.span(of: range), kind: .indirect, speaker: named(speaker),
                                    cue: view.span(of: cue.tokens.lowerBound ..< cueEnd)))
            }
        }
        // Statements reproduced without marks after «فيما يلي نصه:» (QuoteReader+Verbatim.swift).
        quotes += verbatimStatements()
        return quotes.sorted { $0.span < $1.span }
    }

    /// The speaker of the marks just before `pair`, when they close in its sentence at most three
    /// tokens before it with no actor between («"…"، بدلاً من "…"»، «"…" و"…"»).
    private func joinedMarks(_ pair: QuotationPair, after last: (pair: QuotationPair, speaker: Int?)?) -> Int?? {
        guard let last, last.pair.close < pair.open, pair.open - last.pair.close <= 4,
              view.sentenceOf[last.pair.close] == view.sentenceOf[pair.open],
              view.actors(in: last.pair.close + 1 ..< pair.open).isEmpty else { return nil }
        return .some(last.speaker)
    }

    /// Whether nothing but punctuation follows a pair in its sentence.
    /// A pair that closes past the sentence (a quotation running over several) ends it too.
    func endsSentence(_ pair: QuotationPair, sentence: Range<Int>) -> Bool {
        guard pair.close + 1 < sentence.upperBound else { return true }
        return (pair.close + 1 ..< sentence.upperBound).allSatisfy { view.isPunctuation($0) }
    }

    /// Whether marks hold a name, not words said (six words or fewer): after باسم («الناطق باسم
    /// "غرفة العمليات المركزية في الجنوب"») or a media or organization noun (`Words.nameHeads`), or before «، الذي/التي» («وكان "المجلس الوطني
    /// للمقاومة الإيرانية"، الذي تنضوي تحته …، أكد»).
    private func isName(_ pair: QuotationPair) -> Bool {
        guard view.wordCount(pair.inner) <= 6 else { return false }
        if pair.open > 0, view.forms.whole(pair.open - 1) == Words.inTheNameOf { return true }
        // A media or organization noun in construct with the marks («مراسل "سكاي نيوز عربية"»،
        // «صحيفة "ساربروكر تسايتونغ"»، «رئيس "الهيئة الوطنية للعدول"»): they hold its name.
        if pair.open > 0, Words.nameHeads.contains(view.forms.whole(pair.open - 1))
            || view.word(.media, at: pair.open - 1) != nil { return true }
        if isEntityName(pair) { return true }
        let next = pair.close + 1
        return next + 1 < view.tokenCount && view.isComma(next) && view.word(.relative, at: next + 1) != nil
    }

    /// Whether the marks hold one named entity's mention and nothing else but a word glued to it
    /// by a hyphen: a name set off in marks («"حزب الشعب الباكستاني" بزعامة بيلاوال بوتو زرداري»،
    /// «"الرابطة الإسلامية-نواز"»), not words said.
    private func isEntityName(_ pair: QuotationPair) -> Bool {
        var mention: MentionRef?
        for t in pair.inner where view.document.tokens[t].kind == .word {
            if let m = mention {
                guard m.tokens.contains(t) || (t >= m.tokens.upperBound && gluedToHyphen(t)) else { return false }
            } else {
                guard let m = view.mention(at: t), m.entity < view.namedEntityCount else { return false }
                mention = m
            }
        }
        return mention != nil
    }

    /// The id of a speaking entity; an agent (a group the text does not name) is an unnamed source.
    private func named(_ speaker: Int?) -> String? {
        guard let speaker, !view.isAgent(speaker) else { return nil }
        return view.entities[speaker].id
    }

    /// أن/إن after a cue (within 16 tokens, before a quotation, a full stop or colon, or another
    /// cue), as tokens. Marks around a name or term (two words or fewer) are read through.
    private func complementizer(after cue: CueOccurrence, limit: Int, cueStarts: TokenSet,
                                openings: TokenIndex, works: TokenSet) -> Range<Int>? {
        var t = cue.tokens.upperBound
        // Sixteen tokens, or 24 when the subject is set off by commas (apposition, a time, an
        // addressee: «قال أحمد الشيخو، رئيس المكتب الإعلامي …، لشبكة CNN، إن»).
        let commas = (t ..< min(limit, t + 16)).filter { view.isComma($0) }.count
        let stop = min(limit, t + (commas >= 2 ? 24 : 16))
        while t < stop {
            // «نقلت رويترز عن مسؤول إسرائيلي:قوله إن»: the colon introduces the saying noun.
            if view.isPunctuation(t, 0x3A), t + 1 < stop, Words.sayings.contains(view.forms.whole(t + 1)) { t += 1; continue }
            if view.isStrongBreak(t) || openings[t] != nil || works.contains(t) { return nil }
            if view.isQuotationMark(t) { t += 1; continue }
            if cueStarts.contains(t) { return nil }
            // Not a word of a name (مون جيه-إن; «النائبة العامة آن ماري شوبرت»: آن with madda).
            // Nor the end of a hyphenated name the entity layer missed («مون جي-إن»، «جاي-إن»).
            if view.mention(at: t) == nil, view.firstScalar(t) != 0x0622, !gluedToHyphen(t),
               let r = view.word(.complementizer, at: t, allowConjunction: false) {
                // «شدد على ضرورة أن يتقدم المسار»: أنْ completes the noun; nothing is reported.
                if t > 0, Words.complementNouns.contains(view.forms.whole(t - 1)) { return nil }
                // «مون جي-إن، الذي سبق أن اجتمع مع كيم …، إن»: سبق أن is "had once", not a report.
                if t > 0, Words.once.contains(view.forms.whole(t - 1)) { t += 1; continue }
                return r
            }
            t += 1
        }
        return nil
    }

    /// Where an indirect quotation that starts at `start` ends: the sentence end, or the comma or
    /// semicolon before a later cue that opens a new turn (a participle, or a cue after a comma:
    /// "، مضيفا أن", "، وأضاف"). A cue inside the reported clause ("أن الفصائل أبلغت موافقتها")
    /// does not end it. A pair of marks opening inside it is taken whole.
    private func indirectEnd(from start: Int, sentence: Range<Int>, later: [CueOccurrence], pairs: [QuotationPair],
                             pairOpening: TokenIndex, absorbed: inout Set<Int>) -> Int {
        var turns: [Int] = []  // a few cue starts: a scan costs less than hashing each token
        for cue in later {
            let k = cue.tokens.lowerBound
            let afterBreak = k > 0 && (view.isComma(k - 1) || view.isPunctuation(k - 1, 0x061B) || view.isPunctuation(k - 1, 0x3B))
            // «… هي "حكومة سوريا" ولفت إلى أن بلاده»: a verb joined by و with its own أن/إن.
            // «تحدثت عن أنها فقدت كل شيء وقالت "كان من الأفضل…"»: or with its own marks.
            let ownClause = cue.cue.kind == .verb && view.startsWithConjunction(k)
                && (cue.tokens.upperBound ..< min(sentence.upperBound, cue.tokens.upperBound + 3)).contains {
                    view.word(.complementizer, at: $0, allowConjunction: false) != nil || pairOpening[$0] != nil
                }
            // «…، أقروا بالتهم الموجهة إليهم»: an opinion verb opens a turn only with its own أن/إن.
            let opinionOnly = cue.cue.opinion != nil && !ownComplementizer(cue, sentence: sentence)
            if opinionOnly || (cue.cue.isNoun && !ownComplementizer(cue, sentence: sentence)) { continue }
            if cue.cue.kind == .participle || afterBreak || ownClause { turns.append(k) }
        }
        var t = start
        var end = sentence.upperBound
        while t < end {
            if let p = pairOpening[t] {
                // «إنها لن تنسى أبدا الفظائع التي شاهدتها، "كيف يمكن أن أنسى …"»: marks after the
                // clause's comma, to the end of the sentence, are the speaker's own next words.
                if t > start + 1, view.isComma(t - 1), endsSentence(pairs[p], sentence: sentence) { return t - 1 }
                absorbed.insert(p)
                if pairs[p].close >= end { end = min(view.sentenceTokens(of: pairs[p].close).upperBound, pairs[p].close + 1) }
                t = pairs[p].close + 1
                continue
            }
            if turns.contains(t) { return lastBreak(before: t, from: start) }
            if view.isStrongBreak(t) { return t }
            t += 1
        }
        return end
    }

    /// Whether أن/إن comes within three tokens after a cue: its own reported clause.
    private func ownComplementizer(_ cue: CueOccurrence, sentence: Range<Int>) -> Bool {
        (cue.tokens.upperBound ..< min(sentence.upperBound, cue.tokens.upperBound + 3)).contains {
            view.word(.complementizer, at: $0, allowConjunction: false) != nil
        }
    }

    /// The last comma or semicolon before `t` (back to `start`), else `t`.
    private func lastBreak(before t: Int, from start: Int) -> Int {
        var k = t - 1
        while k > start, t - k <= 3 {
            if view.isComma(k) || view.isPunctuation(k, 0x061B) || view.isPunctuation(k, 0x3B) { return k }
            k -= 1
        }
        return t
    }

    /// The nearest cue before a pair, in its sentence, with no other mark or full stop between.
    private func cueBefore(_ pair: QuotationPair, cues: [CueOccurrence], nameMarks: TokenSet) -> CueOccurrence? {
        let sentence = view.sentenceTokens(of: pair.open)
        var t = pair.open - 1
        var relayStart = -1
        while t >= max(sentence.lowerBound, pair.open - 30) {
            // A name or term in marks (باسم "…"، لوكالة "ريا نوفوستي") is read through.
            if nameMarks.contains(t) || (view.isQuotationMark(t) && view.isTermMark(t)) { t -= 1; continue }
            if view.isQuotationMark(t) || (view.isStrongBreak(t) && !view.isPunctuation(t, 0x3A)) { return nil }
            if let cue = cues.last(where: { $0.tokens.contains(t) }) {
                // «وأوضح بوتن، وفق ما نقلت عنه وكالة الأنباء السورية :"…"»: a relay of the speaker
                // already named (عنه) is read through to the verb before it.
                if cue.cue.kind == .relay || cue.cue.kind == .attribution,
                   cue.tokens.upperBound < view.tokenCount, Words.anPronouns.contains(view.forms.whole(cue.tokens.upperBound))
                    || (cue.cue.kind == .attribution && cue.tokens.upperBound == relayStart) {
                    relayStart = cue.tokens.lowerBound
                    t = cue.tokens.lowerBound - 1
                    continue
                }
                // «حيث قال وفقا لما نقلته وكالة الأنباء الفلسطينية: "…"»، «وأضاف، حسب رويترز، "…"»: an
                // attribution right after a speech verb (a comma aside) tells where the verb's words
                // were read; the verb is the cue (branch quotes12).
                // Not «نقلا عن الأركان التركية»: the words are the relayed body's.
                if cue.cue.kind == .attribution, !cue.tokens.contains(where: { view.forms.whole($0) == Words.an }),
                   let verb = speechVerb(endingBefore: cue.tokens.lowerBound, cues: cues) {
                    return verb
                }
                // «أقر مجلس الوزراء … "نظام مكافحة جريمة التحرش"»: أقر (also "passed") gives no marks
                // of its own; only its بأن clause is speech.
                if cue.cue.opinion == .admission { return nil }
                return cue.cue.scope == .no && cue.cue.kind != .announce ? nil : cue
            }
            t -= 1
        }
        return nil
    }

    /// The speech verb or participle ending right before token `t`, or before a comma there.
    private func speechVerb(endingBefore t: Int, cues: [CueOccurrence]) -> CueOccurrence? {
        var end = t
        if end > 0, view.isComma(end - 1) { end -= 1 }
        guard let verb = cues.last(where: { $0.tokens.upperBound <= end }), verb.tokens.upperBound == end,
              verb.cue.kind == .verb || verb.cue.kind == .participle, verb.cue.scope != .no,
              view.sentenceOf[verb.tokens.lowerBound] == view.sentenceOf[t] else { return nil }
        return verb
    }

    /// A cue within four tokens after a pair ("…"، قال لافروف / «…» بحسب الوكالة).
    private func cueAfter(_ pair: QuotationPair, cues: [CueOccurrence]) -> CueOccurrence? {
        let limit = min(view.tokenCount, pair.close + 5)
        return cues.first { cue in
            cue.tokens.lowerBound > pair.close && cue.tokens.lowerBound < limit && cue.cue.kind != .participle && cue.cue.opinion != .admission
                && !(pair.close + 1 ..< cue.tokens.lowerBound).contains { view.isStrongBreak($0) || view.isQuotationMark($0) }
        }
    }
}
