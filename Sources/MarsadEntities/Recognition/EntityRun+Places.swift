import MarsadCore
import MarsadText

/// Names no lexicon knows, read after a class noun, and short forms of organizations.
///
/// - An administrative class noun without the article, then a word that is not a stop word:
///   «منطقة جعولة», «قرية "مارابة"», «بمديرية مكيراس» → a LOCATION, the class noun outside the
///   span (docs/ANNOTATION.md).
/// - A site's class noun, then a word or a number: «معبر نصيب», «بوابة 200» → a LOCATION whose
///   span includes the class noun; a known place after it is taken in (ميناء البريقة).
/// Both take the country the article is mostly about, and are found again elsewhere in the text.
extension EntityRun {
    mutating func readPlaces() {
        var t = 0
        while t + 1 < tokens.count {
            defer { t += 1 }
            guard tokens[t].kind == .word, mentionAt[t] < 0, otherAt(t) == nil || readings.first(t, with: .unitNoun) != nil,
                  let reading = readings.first(t, with: [.adminNoun, .siteNoun, .adminDualNoun, .adminPluralNoun, .unitNoun]) else { continue }
            if reading.has(.unitNoun) {
                if let end = readUnit(at: t, reading: reading) { t = end - 1 }
                continue
            }
            let isSite = reading.has(.siteNoun)
            var k = t + 1
            if isQuote(k) { k += 1 }
            guard k < tokens.count else { continue }
            var end = k + 1
            if isSite, let m = mention(startingAt: k), record(of: m.target)?.type == .location, !isQuote(t + 1) {
                // ميناء البريقة: the port, not the town.
                end = m.tokens.upperBound
                removeMention(Int(mentionAt[k]))
            } else {
                guard mentionAt[k] < 0, otherAt(k) == nil, isPlaceWord(k, allowNumber: isSite) else { continue }
                // بيت الفقيه، كفر لوسين، الشرق الأوسط: a two-word name whose first word is common,
                // never that word alone.
                let head = readings.whole(k).flags
                if !head.isDisjoint(with: [.placeHead, .direction]) {
                    guard end < tokens.count, mentionAt[end] < 0, otherAt(end) == nil, tokens[end].kind == .word,
                          !isFunctionWord(end), !head.contains(.direction) || hasArticle(end) else { continue }
                    end += 1
                }
            }
            // بلدات الطيبة والنعيمة وصيدا: a plural noun names a list joined by و; a known place in
            // the list stays what it is. A single name after it is no list («مناطق سيطرة»).
            if reading.has(.adminPluralNoun) {
                if let last = readPlaceList(from: k, firstEnd: end) { t = last - 1 }
                continue
            }
            let first = isSite ? t : k
            let start = isSite ? Int(reading.start) : tokens[k].start
            addPhrase(.location, span: Span(start: start, end: tokens[end - 1].end), tokens: first ..< end, dropped: isSite ? Int(reading.dropped) : 0)
            // محافظتي عمران والجوف: a dual noun names two places, the second after و.
            if reading.has(.adminDualNoun), end < tokens.count, mentionAt[end] < 0, let second = withoutConjunction(end),
               scalars[tokens[end].start] == "و", !flags(of: second).contains(.stopword), tokens[end].end - Int(second.start) >= 3 {
                addPhrase(.location, span: Span(start: Int(second.start), end: tokens[end].end), tokens: end ..< end + 1, dropped: 1)
                end += 1
            }
            t = end - 1
        }
    }

    /// The names of a list after a plural administrative noun: the first (ending before
    /// `firstEnd`), then each word joined by و (with the word after a place head: وأم المياذن),
    /// when there are two names or more. Returns the token after the list.
    mutating func readPlaceList(from k: Int, firstEnd: Int) -> Int? {
        var items: [(span: Span, tokens: Range<Int>, dropped: Int)] = [(Span(start: tokens[k].start, end: tokens[firstEnd - 1].end), k ..< firstEnd, 0)]
        // A list names places when one of its words has the article or is a known place: «مناطق
        // صراع ويسعون»، «مدن وقرى ومخيمات» are no names; nor is a word with a pronoun («سيطرتها»).
        let classNouns: WordFlags = [.adminNoun, .siteNoun, .adminDualNoun, .adminPluralNoun, .groupNoun, .genericNoun]
        guard !hasPronounSuffix(k), readings.first(k, with: classNouns) == nil else { return nil }
        var named = hasArticle(k)
        var p = firstEnd
        while p < tokens.count, items.count < 12, tokens[p].kind == .word, scalars[tokens[p].start] == "و",
              let word = withoutConjunction(p) {
            if mentionAt[p] >= 0 {
                // A known place in the list (وصيدا) is a mention already.
                guard let r = record(of: mentions[Int(mentionAt[p])].target), r.type == .location || r.type == .gpe else { break }
                p = mentions[Int(mentionAt[p])].tokens.upperBound
                items.append((Span(start: 0, end: 0), p ..< p, -1))
                named = true
                continue
            }
            guard !hasPronounSuffix(p), flags(of: word).isDisjoint(with: classNouns) else { break }
            let head = flags(of: word).contains(.placeHead)  // أم is also a stop word («or»)
            guard otherAt(p) == nil, head || !flags(of: word).contains(.stopword), tokens[p].end - Int(word.start) >= (head ? 2 : 3),
                  head || !isFunctionWord(p), !hasTanweenFath(p) else { break }
            var end = p + 1
            if head {
                guard end < tokens.count, tokens[end].kind == .word, mentionAt[end] < 0, otherAt(end) == nil, !isFunctionWord(end) else { break }
                end += 1
            } else {
                // والعسكرية: an adjective with the article ending in ية joined to the list is no name.
                let letters = folded(p)
                if letters.count > 5, letters.suffix(2) == [0x064A, 0x0647], hasArticle(p, skipping: 1),
                   !flags(of: word).contains(.namePart) { break }
            }
            items.append((Span(start: Int(word.start), end: tokens[end - 1].end), p ..< end, 1))
            named = named || hasArticle(p, skipping: 1) || (end > p + 1 && hasArticle(end - 1))
            p = end
        }
        guard items.count >= 2, named else { return nil }
        // One country for the list, from outside it («… واليادودة الواقعة في محيط مدينة درعا»).
        let country = placeCountry(k ..< p) ?? dominant
        for item in items where item.dropped >= 0 {
            addPhrase(.location, span: item.span, tokens: item.tokens, dropped: item.dropped, country: country)
        }
        return p
    }

    /// Whether token `k` ends in ـية after at least three letters, as a feminine nisba adjective
    /// does (عسكرية، الجوية).
    func endsInFeminineNisba(_ k: Int) -> Bool {
        let letters = folded(k)
        return letters.count > 4 && letters[letters.count - 2] == 0x064A && letters[letters.count - 1] == 0x0647
    }

    /// Whether token `k` ends in a pronoun suffix ها / هم / هما (سيطرتها، تجنيدهم).
    func hasPronounSuffix(_ k: Int) -> Bool {
        let letters = folded(k)
        let n = letters.count
        guard n > 4 else { return false }
        if letters[n - 2] == 0x0647, letters[n - 1] == 0x0627 || letters[n - 1] == 0x0645 { return true }
        return letters[n - 3] == 0x0647 && letters[n - 2] == 0x0645 && letters[n - 1] == 0x0627
    }

    /// A military unit: its noun, a number, and up to two words that are not function words,
    /// adjectives with the article or accusatives
    /// («الكتيبة 21 حرس حدود», «للواء 35 مدرعا» → لواء 35 مدرعا): an ORGANIZATION.
    mutating func readUnit(at t: Int, reading: TokenReading) -> Int? {
        guard t + 1 < tokens.count, tokens[t + 1].kind == .number, mentionAt[t + 1] < 0 else { return nil }
        var end = t + 2
        // Unit names are nouns of arms and ranks (مشاة، مدرعا، حرس حدود): stop at a function word.
        while end < tokens.count, end - t < 4, tokens[end].kind == .word, mentionAt[end] < 0, otherAt(end) == nil,
              !isFunctionWord(end), withoutConjunction(end) == nil, !hasArticle(end), !hasTanweenFath(end) {
            end += 1
        }
        // The reading without the article's alef (للواء → لواء) starts after the first ل.
        let start = Int(readings.of(t).first { $0.has(.unitNoun) && $0.start >= reading.start }?.start ?? reading.start)
        addPhrase(.organization, span: Span(start: start, end: tokens[end - 1].end), tokens: t ..< end, dropped: Int(reading.dropped))
        return end
    }

    /// National bodies named by their head alone («أعلنت وزارة الداخلية»، «مجلس الشيوخ»): the body
    /// of the country of the context — the nearest place or country of the sentence, else the
    /// article's main country — with the name pattern of `institutions.tsv` (Ministry of Interior
    /// of Libya). Heads followed by a nationality adjective or a country are names already; with
    /// no country from the context the words are left alone.
    mutating func readBareInstitutions() {
        guard !lexicons.bareInstitutions.isEmpty else { return }
        var t = 0
        while t < tokens.count {
            defer { t += 1 }
            // One flag test a token (no slice, no retain) before anything else.
            guard readings.first(t, with: .bareInstitutionHead) != nil, tokens[t].kind == .word, mentionAt[t] < 0 else { continue }
            for reading in readings.of(t) where reading.has(.bareInstitutionHead) {
                guard let candidates = lexicons.bareInstitutionsByFirstWord[reading.hash] else { continue }
                for c in candidates {
                    let entry = lexicons.bareInstitutions[Int(c)]
                    let end = t + entry.words.count
                    guard end <= tokens.count,
                          (t + 1 ..< end).allSatisfy({ mentionAt[$0] < 0 && readings.whole($0).hash == entry.words[$0 - t] }),
                          end == tokens.count || (mentionAt[end] < 0 && adjective(at: end) == nil) else { continue }
                    let span = Span(start: Int(reading.start), end: tokens[end - 1].end)
                    if let named = namedInstitution(entry, near: t) {
                        // «مجلس الشيوخ الأمريكي … مجلس الشيوخ»: one more mention of the body named in full.
                        addMention(span, tokens: t ..< end, target: named, origin: .placePattern)
                    } else {
                        guard let country = bodyCountry(t ..< end) ?? dominant, let c = lexicons.countries[country] else { continue }
                        addPhrase(.organization, span: span, tokens: t ..< end, dropped: Int(reading.dropped),
                                  named: (entry.name(of: c.nameEn), country, c.cameo + entry.agent))
                    }
                    t = end - 1
                    break
                }
                if mentionAt[t] >= 0 { break }
            }
        }
    }

    /// The country of a national body named by its head alone. A place the body is said to be in
    /// comes first («وزارة الصحة في غزة»، «النيابة العامة في مدينة إسطنبول»). Then, since a body
    /// belongs to a government, the people before it in its sentence tell it before its places do:
    /// the nearest person the dictionary knows («تيلرسون … موظفي وزارة الخارجية»، «بومبيو …
    /// المرشح لتولي وزارة الخارجية قام بزيارة سرية إلى كوريا الشمالية» → the United States), but
    /// not an ambassador, who is summoned to the host's ministry («استدعاء السفير البريطاني لديها
    /// لوري بريستو إلى وزارة الخارجية»); else the nearest nationality adjective before it, not an
    /// ambassador's («نشطت الدبلوماسية الفرنسية … في سوريا، ولم تكن وزارة الخارجية» → France);
    /// else the nearest place (``placeCountry(_:)``).
    func bodyCountry(_ range: Range<Int>) -> String? {
        guard let sentence = sentence(of: range.lowerBound) else { return placeCountry(range) }
        let end = range.upperBound
        if end + 1 < tokens.count, flags(end).contains(.inPreposition) {
            for k in end + 1 ... min(end + 2, tokens.count - 1) where mentionAt[k] >= 0 {
                let m = mentions[Int(mentionAt[k])]
                if let r = record(of: m.target), r.type == .location || r.type == .gpe, let c = r.country { return c }
            }
        }
        var best: (start: Int, country: String)? = nil
        for m in mentions where !m.tokens.isEmpty && m.tokens.upperBound <= range.lowerBound
            && self.sentence(of: m.tokens.lowerBound) == sentence && best.map({ m.tokens.lowerBound > $0.start }) ?? true {
            guard let r = record(of: m.target), r.type == .person, let c = r.country, !isAmbassador(before: m.tokens.lowerBound) else { continue }
            best = (m.tokens.lowerBound, c)
        }
        if let best { return best.country }
        var k = range.lowerBound - 1
        while k >= 0, self.sentence(of: k) == sentence {
            if let adj = adjective(at: k), !isAmbassador(before: k) { return adj.country }
            k -= 1
        }
        return placeCountry(range)
    }

    /// Whether an ambassador's title stands within four tokens before token `t`.
    func isAmbassador(before t: Int) -> Bool {
        for k in max(0, t - 4) ..< t {
            guard let index = otherAt(k) else { continue }
            for hit in hits(others[index]) {
                if case .title(let title) = hit, lexicons.titles[Int(title)].titleEn.hasPrefix("Ambassador") { return true }
            }
        }
        return false
    }

    /// The same body named in full elsewhere in the text («مجلس الشيوخ الأمريكي … مجلس الشيوخ»):
    /// the nearest such mention's target before token `t`, else the first after it.
    func namedInstitution(_ entry: BareInstitution, near t: Int) -> MentionTarget? {
        var before: (start: Int, target: MentionTarget)?, after: (start: Int, target: MentionTarget)?
        for m in mentions {
            guard let r = record(of: m.target), r.origin == .institution, let country = r.country,
                  r.nameEn.hasPrefix(entry.namePrefix), r.nameEn.hasSuffix(entry.nameSuffix),
                  let c = lexicons.countries[country],
                  r.nameEn.count == entry.namePrefix.count + c.nameEn.count + entry.nameSuffix.count else { continue }
            let start = m.tokens.lowerBound
            if start < t {
                if before.map({ start > $0.start }) ?? true { before = (start, m.target) }
            } else if after.map({ start < $0.start }) ?? true {
                after = (start, m.target)
            }
        }
        return (before ?? after)?.target
    }

    /// Adds a name no lexicon knows, merged with the same text elsewhere in the document.
    mutating func addPhrase(_ type: EntityType, span: Span, tokens range: Range<Int>, dropped: Int,
                            named: (nameEn: String, country: String, cameo: String)? = nil, country: String? = nil) {
        var words: [[UInt32]] = []
        for i in range where tokens[i].kind != .punctuation { words.append(folded(i)) }
        if dropped > 0, !words.isEmpty { words[0] = Array(words[0].dropFirst(dropped)) }
        let key = "\(type.rawValue):" + document.text(in: span)
        let index = phraseIndex[key] ?? {
            phrases.append(PhraseDraft(type: type, nameAr: document.text(in: span), country: named?.country ?? country ?? placeCountry(range) ?? dominant,
                                       words: words, nameEn: named?.nameEn, cameo: named?.cameo))
            return phrases.count - 1
        }()
        phraseIndex[key] = index
        addMention(span, tokens: range, target: .phrase(index), origin: .placePattern)
    }

    /// The country of an unknown place: a nationality adjective right after it (معبر صوفا
    /// الإسرائيلي), else the nearest place or country named in the same sentence.
    func placeCountry(_ range: Range<Int>) -> String? {
        if range.upperBound < tokens.count, let adj = adjective(at: range.upperBound) { return adj.country }
        guard let sentence = sentence(of: range.lowerBound) else { return nil }
        var best: (distance: Int, country: String)? = nil
        for m in mentions where !m.tokens.isEmpty && !m.tokens.overlaps(range) && self.sentence(of: m.tokens.lowerBound) == sentence {
            guard let r = record(of: m.target), r.type == .location || r.type == .gpe, let c = r.country else { continue }
            let d = m.tokens.lowerBound >= range.upperBound ? m.tokens.lowerBound - range.upperBound : range.lowerBound - m.tokens.upperBound
            if best.map({ d < $0.distance }) ?? true { best = (d, c) }
        }
        return best?.country
    }

    /// Whether token `k` can be an unknown place's name: an Arabic word that is not a stop word,
    /// nor a nationality adjective (or, after a site noun, a number).
    func isPlaceWord(_ k: Int, allowNumber: Bool) -> Bool {
        if tokens[k].kind == .number { return allowNumber }
        guard tokens[k].kind == .word, !isStopword(k), !isFunctionWord(k), !hasTanweenFath(k) else { return false }
        // «خلال ولاية ساركوزي»: a known surname after ولاية is a term of office, not a state.
        if flags(k).contains(.surname) { return false }
        // «في قرية للهدنة»، «منطقة بالقرب»: a preposition with the article starts a phrase, not a name.
        let s = tokens[k].start
        if tokens[k].length >= 3,
           (scalars[s] == "ل" && scalars[s + 1] == "ل") || (scalars[s] == "ب" && scalars[s + 1] == "ا" && scalars[s + 2] == "ل") {
            return false
        }
        // منطقة حدودية، منطقة عسكرية: a nisba adjective agreeing with the noun, not a name.
        // With the article it is the noun's complement, not its adjective (بلدات الطيبة).
        if endsInFeminineNisba(k), !flags(of: readings.whole(k)).contains(.namePart), !hasArticle(k) { return false }
        return folded(k).count >= 3
    }

    /// Whether token `t` is a quotation mark.
    func isQuote(_ t: Int) -> Bool {
        guard t >= 0, t < tokens.count, tokens[t].kind == .punctuation else { return false }
        return "\"«»“”".unicodeScalars.contains(scalars[tokens[t].start])
    }

    /// Short forms of the organizations named in the article: the name without its class noun
    /// (كتائب القسام → القسام) and a distinctive head noun (المرصد السوري لحقوق الإنسان → المرصد),
    /// never a generic one (الحكومة، الجيش: `class-nouns.tsv`, kind generic), and never for
    /// governments and international bodies.
    func organizationShortForms() -> [NamePattern] {
        var patterns: [NamePattern] = []
        var seen: Set<Int32> = []
        for m in mentions where !m.tokens.isEmpty {
            guard case .record(let r) = m.target, !seen.contains(r) else { continue }
            seen.insert(r)
            for short in lexicons.shortForms[r] ?? [] {
                patterns.append(NamePattern(words: short, target: m.target, isShort: true))
            }
            // A truncated name is looked for again as written (#حركة_الجهاد → الجهاد).
            if m.origin == .truncated {
                let words = m.tokens.filter { tokens[$0].kind == .word }.map { folded($0) }
                patterns.append(NamePattern(words: words.map { WordFolder.hash($0[...]) }, target: m.target, isShort: true))
            }
        }
        return patterns
    }
}
