import MarsadCore

/// The gender and number a speech verb agrees with (branch quotes12, docs/EVENTS.md, Quotations
/// 16): a pronoun subject in «وقالت» is no man who spoke before, and a verb joined by و to a
/// sentence opened by a verb of the same agreement and its subject («ونفت السعودية الاتهامات …
/// وأكدت أنها») has that subject.
extension SpeakerResolver {
    /// Whether a pronoun subject of `cue` may be `entity`: false only for a person whose gender
    /// is known from a verb that named him or her as its subject («وقالت كليفورد», «قال ترامب»)
    /// and differs from the cue's («وأكدت أنها» after Trump spoke).
    func agrees(_ entity: Int?, with cue: CueOccurrence) -> Bool {
        guard !insideQuotation, let entity, let known = genders[entity] else { return true }
        let form = cue.cue.agreement
        guard form == .masculine || form == .feminine, known == .masculine || known == .feminine else { return true }
        return form == known
    }

    /// Notes the gender of a person named as the subject of `cue`: right after the verb («وقالت
    /// ماي»، «وقال الرئيس … ترامب» when the name opens the subject) or right before it, or before قد
    /// («ماي قالت»، «وكانت ماي قد قالت»). A person read both ways keeps no gender.
    mutating func learnGender(of speaker: Int?, cue: CueOccurrence) {
        let form = cue.cue.agreement
        guard let speaker, form == .masculine || form == .feminine, cue.cue.kind != .participle,
              view.entities[speaker].type == .person, !view.isAgent(speaker) else { return }
        let end = cue.tokens.upperBound
        let start = cue.tokens.lowerBound
        let after = end < view.tokenCount ? view.mention(at: end) : nil
        let before = start > 0 ? view.mention(at: start - 1) : nil
        let beforeQad = start > 1 && view.forms.whole(start - 1) == Words.qad ? view.mention(at: start - 2) : nil
        let named = (after.map { $0.tokens.lowerBound == end && $0.entity == speaker } ?? false)
            || (before.map { $0.tokens.upperBound == start && $0.entity == speaker } ?? false)
            || (beforeQad.map { $0.tokens.upperBound == start - 1 && $0.entity == speaker } ?? false)
        guard named else { return }
        if let known = genders[speaker], known != form {
            genders[speaker] = .unmarked
        } else if genders[speaker] == nil {
            genders[speaker] = form
        }
    }

    /// The subject of a verb opening the sentence, for a speech verb joined by و later in it that
    /// agrees with that verb («ونفت السعودية الاتهامات التركية بقتله وأكدت أنها»، «وتنفي روسيا أي دور
    /// لها وتقول إن»، «وسعت الكويت إلى التهدئة بعد يوم وقالت "…"»): the country, body or person named
    /// right after the opening verb, when the two verbs agree (both feminine, both plural, both
    /// present masculine, or كان before a masculine cue: «وكان سوفان تشاتيرجي، رئيس بلدية كلكتا، قد
    /// زار الموقع وقال إنه»), and no other actor stands between outside prepositional phrases and
    /// nationality adjectives («وأغلقت لاتفيا … كما أصدرت السويد تحذيرا … وقالت إن» may be Sweden's or
    /// Latvia's: this rule reads neither).
    func agreeingOpener(_ sentence: Int, cue: CueOccurrence) -> Int? {
        let form = cue.cue.agreement
        guard form != .unmarked, !insideQuotation else { return nil }
        let head = head(ofSentence: sentence)
        var verb = head.lowerBound
        if verb < cue.tokens.lowerBound, Words.butForms.contains(view.forms.whole(verb)) { verb += 1 }
        guard verb + 1 < cue.tokens.lowerBound, view.document.tokens[verb].kind == .word, view.mention(at: verb) == nil,
              view.word(.preposition, at: verb) == nil, view.word(.title, at: verb) == nil,
              view.word(.actorHead, at: verb) == nil, view.word(.genericSource, at: verb) == nil,
              let opener = openingAgreement(verb), opener == form || (opener == .unmarked && form == .masculine
                  && Words.masculineKana.contains(view.forms.whole(verb)))
        else { return nil }
        guard let m = view.mention(at: verb + 1), m.tokens.lowerBound == verb + 1, !view.isAgent(m.entity),
              view.entities[m.entity].type != .location, m.tokens.upperBound <= cue.tokens.lowerBound
        else { return nil }
        let between = view.actors(in: m.tokens.upperBound ..< cue.tokens.lowerBound)
        guard !between.contains(where: { !$0.viaAdjective && !view.isPrepositionalObject($0) && $0.entity != m.entity }) else { return nil }
        return m.entity
    }

    /// The actor named (not through a nationality adjective, not after a preposition) in the first
    /// five tokens of the sentence, with no «لكن»، «بينما»، «فيما» between it and the verb at `end`
    /// («وكانت منظمة "هيومن رايتس ووتش" قالت في تقرير لها، الأحد، إن» → HRW): the only speaker
    /// left for a pronoun subject once the current speaker disagrees with the verb. Not the
    /// opener of another clause («وقد اتهمت الحكومة البريطانية روسيا …، لكن سفير موسكو … قال إن»).
    func namedOpener(_ sentence: Int, before end: Int) -> Int? {
        let range = head(ofSentence: sentence)
        let head = range.lowerBound ..< max(range.lowerBound, min(range.upperBound, range.lowerBound + 5, end))
        guard let a = view.actors(in: head).first(where: { !view.isPrepositionalObject($0) }), !a.viaAdjective,
              !view.isAgent(a.entity), view.entities[a.entity].type != .location,
              !(a.tokens.upperBound ..< end).contains(where: { Words.clauseTurns.contains(view.forms.whole($0)) })
        else { return nil }
        return a.entity
    }

    /// The agreement a word opening a sentence shows if it is a verb, read from its letters (و/ف
    /// aside): a final ت (not ات) or an initial ت is feminine (نفت، سعت، تنفي), وا/ون plural, an
    /// initial ي masculine; other words are unmarked, and words ending in ة or ات are nouns (`nil`).
    private func openingAgreement(_ t: Int) -> SpeechCue.Agreement? {
        let token = view.document.tokens[t]
        var letters: [UInt32] = []
        letters.reserveCapacity(token.length)
        for k in token.start ..< token.start + token.length {
            let v = view.document.scalars[k].value
            if v >= 0x064B && v <= 0x0652 || v == 0x0640 { continue }  // harakat, tatweel
            letters.append(v)
        }
        if view.startsWithConjunction(t), letters.count > 1 { letters.removeFirst() }
        guard letters.count >= 3, let first = letters.first, let last = letters.last else { return nil }
        let taa: UInt32 = 0x062A, yaa: UInt32 = 0x064A, waw: UInt32 = 0x0648
        if last == 0x0629 || (last == taa && letters[letters.count - 2] == 0x0627) { return nil }
        if (last == 0x0646 || last == 0x0627) && letters[letters.count - 2] == waw { return .plural }
        if last == taa || first == taa { return .feminine }
        if first == yaa { return .masculine }
        return .unmarked
    }
}

extension Words {
    /// لكن، ولكن opening a sentence before its verb («لكن رئيسة الوزراء أكدت أن»).
    static let butForms: WordSet = WordSet(["لكن", "ولكن"].map { WordHash.of($0) })
    /// Words opening a clause with a subject of its own («لكن سفير موسكو قال»، «فيما أكدت فرنسا»).
    static let clauseTurns: WordSet = WordSet(["لكن", "ولكن", "بينما", "فيما", "كما", "لكنه", "لكنها"].map { WordHash.of($0) })
    /// كان with no agreement mark of its own (a masculine subject follows: «وكان سوفان تشاتيرجي …
    /// قد زار الموقع وقال إنه»).
    static let masculineKana: WordSet = WordSet(["كان", "وكان"].map { WordHash.of($0) })
}
