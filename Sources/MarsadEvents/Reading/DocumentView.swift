import MarsadCore
import MarsadText

/// An entity mention located on the token grid.
struct MentionRef: Sendable {
    /// Index into ``DocumentView/entities``.
    let entity: Int
    let span: Span
    let tokens: Range<Int>
}

/// One document as the readers of this module see it: tokens with their lookup forms, the
/// sentence of each token, and the upstream entity mentions and time expressions placed on the
/// token grid.
///
/// Built once per extractor call, with only the readings that extractor needs; a class, so the
/// readers that hold it share one copy. - Complexity: O(n + m log n) for n tokens and m mentions
/// and times.
final class DocumentView {
    /// What an extractor needs read besides tokens, mentions and times.
    struct Needs: OptionSet {
        let rawValue: Int
        static let cues = Needs(rawValue: 1)
        static let triggers = Needs(rawValue: 2)
        static let agreements = Needs(rawValue: 4)
        static let all: Needs = [.cues, .triggers, .agreements]
    }

    let document: Document
    let lexicon: EventsLexicon
    let forms: TokenForms
    let tokenCount: Int
    /// The sentence of each token (tokens between sentences take the previous one).
    let sentenceOf: [Int32]
    /// The first token of each sentence, and one past the last token.
    let sentenceStart: [Int]
    /// The upstream entities, then one pseudo-entity per agent group (see ``isAgent(_:)``). These
    /// three are set while the view is built (``addAgents()``) and never after.
    ///
    /// The properties set while the view is built are `@exclusivity(unchecked)`: no access to
    /// them overlaps another (they are written in `init` only), and the runtime check on every
    /// read (`mention(at:)` runs for most tokens a reader passes) cost 4 % of the three layers.
    @exclusivity(unchecked) var entities: [Entity]
    /// The number of upstream entities: indexes from here on are agents.
    let namedEntityCount: Int
    @exclusivity(unchecked) var mentions: [MentionRef]
    /// The mention covering each token, or -1.
    @exclusivity(unchecked) var mentionAt: [Int32]
    /// Persons named right after the title of an international body's agent («المبعوث الأممي
    /// مارتن غريفيث»): the group they act for (set by ``addAgents()``).
    @exclusivity(unchecked) var titleGroups: [Int: AgentName] = [:]
    let times: [TimeExpression]
    /// The tokens of each time expression.
    let timeTokens: [Range<Int>]
    /// The time expression covering each token, or -1.
    let timeAt: [Int32]
    /// Tokens before this one belong to the title line.
    let bodyStart: Int
    /// The clause boundaries found so far (``clause(of:complementizers:)``), filled as asked.
    let clauseBoundaries: ClauseBoundaries
    /// For each of the four tables, the tokens of the body where a phrase may start (``TokenStarts``):
    /// one pass over the forms, so that each reading visits only the tokens it may match.
    let tableStarts: TokenStarts
    /// The entity standing for each country (alpha-3), for nationality adjectives.
    let countryEntity: [String: Int]
    /// The words of person names (whole-word hash → entity index, -1 when two persons share the
    /// word), for a name the entity layer did not link where it is used alone (وأضاف مون). Read
    /// the first time a subject needs it.
    private(set) lazy var nameWords: NameWords = personNameWords()
    /// For each token, the closed word classes its whole form starts an entry of (bits of
    /// ``FunctionRole/bit``), and those its form without و/ف starts.
    let wholeRoles: [UInt32]
    let conjunctionRoles: [UInt32]
    /// The speech cues of the body, in order.
    @exclusivity(unchecked) private(set) var cues: [CueOccurrence] = []
    /// The event triggers of the body, in order (empty unless asked for).
    @exclusivity(unchecked) private(set) var hits: [TriggerHit] = []
    /// The agreement mentions of the body, in order (empty unless triggers are asked for).
    @exclusivity(unchecked) private(set) var agreementNouns: [AgreementMention] = []

    /// - Parameter needs: the readings to make: speech cues, event triggers, agreement mentions.
    init(document: Document, upstream: Annotations, lexicon: EventsLexicon, needs: Needs = .all) {
        self.document = document
        self.lexicon = lexicon
        let tokens = document.tokens
        tokenCount = tokens.count
        clauseBoundaries = ClauseBoundaries(count: tokens.count)
        forms = TokenForms(document: document)


        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        var sentenceStart: [Int] = []
        sentenceStart.reserveCapacity(document.sentences.count + 1)
        // On raw buffers: the arrays' bounds and uniqueness checks cost more than the walk.
        tokens.withUnsafeBufferPointer { tokens in
            document.sentences.withUnsafeBufferPointer { sentences in
                sentenceOf.withUnsafeMutableBufferPointer { sentenceOf in
                    var s = 0
                    for k in 0 ..< tokens.count {
                        while s + 1 < sentences.count, sentences[s + 1].start <= tokens[k].start { s += 1 }
                        sentenceOf[k] = Int32(s)
                    }
                }
                var k = 0
                for sentence in sentences {
                    while k < tokens.count, tokens[k].start < sentence.start { k += 1 }
                    sentenceStart.append(k)
                }
            }
        }
        sentenceStart.append(tokens.count)
        self.sentenceOf = sentenceOf
        self.sentenceStart = sentenceStart

        entities = upstream.entities
        namedEntityCount = upstream.entities.count
        countryEntity = Self.countryEntities(upstream.entities)
        var mentions: [MentionRef] = []
        for (e, entity) in upstream.entities.enumerated() {
            for span in entity.mentions where span.end <= document.count {
                let range = document.tokenRange(in: span)
                if !range.isEmpty { mentions.append(MentionRef(entity: e, span: span, tokens: range)) }
            }
        }
        mentions.sort { $0.span < $1.span }
        var mentionAt = [Int32](repeating: -1, count: tokens.count)
        for (i, m) in mentions.enumerated() {
            for t in m.tokens where mentionAt[t] < 0 { mentionAt[t] = Int32(i) }
        }
        self.mentions = mentions
        self.mentionAt = mentionAt

        times = upstream.times
        var timeAt = [Int32](repeating: -1, count: tokens.count)
        var timeTokens: [Range<Int>] = []
        for (i, time) in upstream.times.enumerated() {
            let range = time.span.end <= document.count ? document.tokenRange(in: time.span) : 0 ..< 0
            timeTokens.append(range)
            for t in range where timeAt[t] < 0 { timeAt[t] = Int32(i) }
        }
        self.timeAt = timeAt
        self.timeTokens = timeTokens

        if let title = document.metadata.titleSpan {
            bodyStart = document.tokenIndex(atOrAfter: title.end)
        } else {
            bodyStart = 0
        }
        var starts = Self.tokenStarts(forms: forms, from: bodyStart, lexicon: lexicon)
        wholeRoles = starts.wholeRoles
        conjunctionRoles = starts.conjunctionRoles
        starts.wholeRoles = []
        starts.conjunctionRoles = []
        tableStarts = starts
        addAgents()
        if needs.contains(.cues) { cues = speechCues() }
        if needs.contains(.triggers) { hits = triggerHits() }
        if needs.contains(.agreements) { agreementNouns = agreementMentions() }
    }

    private func personNameWords() -> NameWords {
        var pairs: [(UInt64, Int)] = []
        for m in mentions where !isAgent(m.entity) && entities[m.entity].type == .person {
            for k in m.tokens where document.tokens[k].kind == .word && document.tokens[k].length >= 3 {
                pairs.append((forms.whole(k), m.entity))
            }
        }
        return NameWords(pairs)
    }

    // MARK: Tokens

    /// The first scalar value of token `t`.
    @inline(__always)
    func firstScalar(_ t: Int) -> UInt32 { document.scalars[document.tokens[t].start].value }

    /// Whether token `t` is a lone hashtag sign (#قطر written apart from its name).
    func isHashSign(_ t: Int) -> Bool { document.tokens[t].length == 1 && firstScalar(t) == 0x23 }

    /// Whether token `t` is a punctuation token starting with `value`.
    @inline(__always)
    func isPunctuation(_ t: Int, _ value: UInt32) -> Bool {
        document.tokens[t].kind == .punctuation && firstScalar(t) == value
    }

    /// Whether token `t` is punctuation.
    @inline(__always)
    func isPunctuation(_ t: Int) -> Bool { document.tokens[t].kind == .punctuation }

    /// Whether token `t` is a quotation mark: " « » “ ” „.
    func isQuotationMark(_ t: Int) -> Bool {
        guard document.tokens[t].kind == .punctuation else { return false }
        switch firstScalar(t) {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: return true
        default: return false
        }
    }

    /// Whether token `t` ends a clause by itself: ؛ ; : . ! ? ؟.
    func isStrongBreak(_ t: Int) -> Bool {
        guard document.tokens[t].kind == .punctuation else { return false }
        switch firstScalar(t) {
        case 0x061B, 0x3B, 0x3A, 0x2E, 0x21, 0x3F, 0x061F, 0x2026: return true
        default: return false
        }
    }

    /// Whether a word has the article, after an optional و/ف and ب/ل/ك («الخليج»، «بالقاهرة»،
    /// «وللحكومة»).
    func hasArticle(_ t: Int) -> Bool {
        let token = document.tokens[t]
        let scalars = document.scalars
        var k = token.start
        let end = token.end
        if k < end, scalars[k].value == 0x0648 || scalars[k].value == 0x0641 { k += 1 }
        if k < end, scalars[k].value == 0x0628 || scalars[k].value == 0x0643 { k += 1 }
        // لل: ل before the article, whose alef is not written.
        if k + 1 < end, scalars[k].value == 0x0644, scalars[k + 1].value == 0x0644 { return end - k > 3 }
        if k < end, scalars[k].value == 0x0644 { k += 1 }
        return k + 2 < end && scalars[k].value == 0x0627 && scalars[k + 1].value == 0x0644
    }

    /// Whether token `t` is a comma (، or ,).
    func isComma(_ t: Int) -> Bool { isPunctuation(t, 0x060C) || isPunctuation(t, 0x2C) }

    /// Whether token `t` begins with the conjunction و or ف (or is one). A word that the lexicon
    /// knows whole (وقعوا، وزير، وفد) keeps its و: it is a root letter there; so does a name whose
    /// mention starts with the word (فلاديمير، فرنسا، وليد).
    func startsWithConjunction(_ t: Int) -> Bool {
        guard document.tokens[t].kind == .word else { return false }
        if let m = mention(at: t), m.span.start == document.tokens[t].start { return false }
        let r = forms.forms(of: t)
        if r.count > 1, forms.kinds[r.lowerBound + 1].contains(.conjunction) {
            let whole = forms.hashes[r.lowerBound]
            return !(lexicon.triggers.startsWith(whole) || lexicon.speechCues.startsWith(whole)
                || lexicon.agreementNouns.startsWith(whole) || lexicon.words(.actorHead).startsWith(whole))
        }
        let v = firstScalar(t)
        return document.tokens[t].length == 1 && (v == 0x0648 || v == 0x0641)
    }

    /// The token range of sentence `s`.
    func tokens(ofSentence s: Int) -> Range<Int> { sentenceStart[s] ..< sentenceStart[s + 1] }

    /// The token range of the sentence of token `t`.
    func sentenceTokens(of t: Int) -> Range<Int> { tokens(ofSentence: Int(sentenceOf[t])) }

    /// The original text span of tokens `range`.
    func span(of range: Range<Int>) -> Span {
        Span(start: document.tokens[range.lowerBound].start, end: document.tokens[range.upperBound - 1].end)
    }

    /// Whether a word of class `role` starts at token `t`; returns its tokens.
    ///
    /// Inlined: most calls end at the bit test (the clause and subject readers ask it of every
    /// token they pass); only a token whose form starts a word of the class reaches the table.
    @inline(__always)
    func word(_ role: FunctionRole, at t: Int, allowConjunction: Bool = true) -> Range<Int>? {
        guard t >= 0, t < tokenCount else { return nil }
        let bits = allowConjunction ? wholeRoles[t] | conjunctionRoles[t] : wholeRoles[t]
        guard bits & role.bit != 0 else { return nil }
        return matchWord(role, at: t, allowConjunction: allowConjunction)
    }

    /// The nationality adjective starting at token `t` (`nationalities.match`), after a test of the
    /// token's start bits: the readers ask it of most tokens where an actor may stand, and most
    /// are no adjective (23,000 calls on 300 reports, about 2 % of the three layers).
    @inline(__always)
    func nationality(at t: Int, first allowed: FormMask) -> PhraseTable<Nationality>.Match? {
        guard tableStarts.bits[t] & StartFilter.nationality != 0 else { return nil }
        return lexicon.nationalities.match(at: t, in: self, first: allowed)
    }

    /// The modality marker starting at token `t` (`modality.match`), after the same test.
    @inline(__always)
    func modality(at t: Int, first allowed: FormMask) -> PhraseTable<ModalityMarker>.Match? {
        guard tableStarts.bits[t] & StartFilter.modality != 0 else { return nil }
        return lexicon.modality.match(at: t, in: self, first: allowed)
    }

    /// The table lookup of ``word(_:at:allowConjunction:)``, once the bit test has passed.
    @inline(never)
    private func matchWord(_ role: FunctionRole, at t: Int, allowConjunction: Bool) -> Range<Int>? {
        let table = lexicon.words(role)
        // The bit test read the same first words (`roleBits`) in the same forms: for a class of
        // single words it is the match, and the table's cold index need not be read.
        if table.isSingleWord { return t ..< t + 1 }
        let allowed: FormMask = allowConjunction ? .conjunction : .whole
        return table.match(at: t, in: self, first: allowed)?.tokens
    }

    /// The entity of the mention covering token `t`, if any.
    func mention(at t: Int) -> MentionRef? {
        guard t >= 0, t < tokenCount else { return nil }
        let m = mentionAt[t]
        return m < 0 ? nil : mentions[Int(m)]
    }
}

extension DocumentView {
    /// Whether words are told in the first person: a pronoun (نحن، أنا، إنني), with `objects` a
    /// first-person object or possessive (معي، لدي، عندي، بلادي), or a word of four letters or more
    /// ending in نا (اطلعنا، بلادنا), diacritics aside.
    func isFirstPerson(_ tokens: Range<Int>, objects: Bool) -> Bool {
        let scalars = document.scalars
        for k in tokens where document.tokens[k].kind == .word {
            let whole = forms.whole(k)
            if Words.firstPerson.contains(whole) || (objects && Words.firstPersonObjects.contains(whole)) { return true }
            // The last two letters first, read from the end; the letters before are counted only
            // for a word ending in نا (most words stop after two scalars).
            let range = document.tokens[k].range
            var i = range.upperBound - 1
            var found = 0, last: UInt32 = 0, beforeLast: UInt32 = 0
            while i >= range.lowerBound, found < 2 {
                let v = scalars[i].value
                if !ArabicScalar.isDiacritic(v) {
                    if found == 0 { last = v } else { beforeLast = v }
                    found += 1
                }
                i -= 1
            }
            guard found == 2, last == 0x0627, beforeLast == 0x0646 else { continue }
            var letters = 2
            while i >= range.lowerBound, letters < 4 {
                if !ArabicScalar.isDiacritic(scalars[i].value) { letters += 1 }
                i -= 1
            }
            if letters >= 4 { return true }
        }
        return false
    }
}
