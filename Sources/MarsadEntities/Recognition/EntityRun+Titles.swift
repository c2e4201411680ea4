import MarsadCore
import MarsadText

/// Title patterns: a title of office, the country or body it is held for, and the person.
///
/// - «وزير الخارجية الروسي، سيرغي لافروف»: title, nationality adjective, comma, name.
/// - «رئيس وزراء أرمينيا، نيكول باشينيان»: title, country name, name.
/// - «مبعوث الأمم المتحدة غسان سلامة»: a title naming an international body: no country.
/// - «النائب في البرلمان المصري محمد حمزة»: title, في + organization, name.
/// - «فوزي برهوم المتحدث باسم حماس»: the name before the title (apposition).
/// - «نظيره الأذربيجاني جيهون بيراموف»: a counterpart, whose office is resolved later.
/// - «برئاسة نوري أبو سهمين»: a cue word before a name.
extension EntityRun {
    /// What a title is held for.
    struct Affiliation {
        var country: String?
        var organization: Int32?
        /// Whether the text states it (else the person may inherit one).
        var stated = false
        /// The token after the affiliation.
        var end: Int
    }

    mutating func readTitles(linkOnly: Bool = false) {
        for match in others {
            for hit in hits(match) {
                switch hit {
                case .title(let t):
                    applyTitle(match, title: lexicons.titles[Int(t)], linkOnly: linkOnly)
                case .reference(let kind) where !linkOnly:
                    applyReference(match, kind: kind)
                default:
                    continue
                }
                break
            }
        }
        guard !linkOnly else { return }
        for t in tokens.indices where readings.whole(t).flags.contains(.personCue) {
            guard let roleEn = lexicons.cueRoles[readings.whole(t).wordID] else { continue }
            // «الناشط الإعلامي محمد إبراهيم», «الصحفي السعودي المعارض جمال خاشقجي», «الخبير
            // العسكري اليمني، علي الذهب»: up to three modifiers, cue words or nationality adjectives,
            // and a comma, between the cue and the name; the adjective is the person's country.
            var k = t + 1, country: String? = nil, steps = 0
            while k < tokens.count, steps < 4, mentionAt[k] < 0 {
                steps += 1
                if let adj = adjective(at: k) { country = country ?? adj.country; k = adj.end; continue }
                if tokens[k].kind == .punctuation, scalars[tokens[k].start] == "،", k > t + 1 { k += 1; break }
                // «الداعية الإسلامي ياسر برهامي»، «الأكاديمي الليبرالي ياسشا مونك»: a definite
                // adjective no lexicon knows is no word of the name.
                if isUnknownDefiniteAdjective(k) { k += 1; continue }
                // «الكاتب والباحث السياسي الليبي، عبد الباسط بن هامل»: a second description after و.
                guard tokens[k].kind == .word, !flags(k).isDisjoint(with: [.titleModifier, .personCue])
                        || withoutConjunction(k).map({ flags(of: $0).contains(.personCue) }) == true else { break }
                k += 1
            }
            // A surname shared with an actor of the stated country needs the actor's first name: the
            // person would be linked to the actor by surname and country («الروائي المصري، إبراهيم
            // عبد المجيد» is not Esmat Abdel Meguid).
            guard let name = readNameForward(from: k), isPlausible(name) || !hasCompatriotBearer(name, country: country) else { continue }
            // A description with the article (الصحفي، الكاتب) is also an adjective or a noun of its
            // own: after a definite noun it qualifies it («المؤتمر الصحافي أحمد أبو الغيط»), and
            // what follows must look like a name («نقلت الصحفية خبر اختراق» is no name).
            if hasArticle(t) {
                guard name.hasNamePart, t == 0 || !(tokens[t - 1].kind == .word && hasArticle(t - 1)) else { continue }
            }
            let p = newPerson(name)
            let role = Role(title: document.text(in: tokens[t].span), titleEn: roleEn.isEmpty ? nil : roleEn, of: country)
            if !persons[p].roles.contains(role) { persons[p].roles.append(role) }
            if let country, persons[p].record == nil, persons[p].country == nil {
                persons[p].country = country
                persons[p].cameo = lexicons.countries[country]?.cameo ?? country
                persons[p].affiliated = true
            }
        }
    }

    /// Reads what a title is held for, from the words after it (and names inside it).
    func affiliation(after match: PhraseMatch) -> Affiliation {
        var aff = Affiliation(end: match.tokens.upperBound)
        func take(_ m: MentionDraft) -> Bool {
            guard let r = record(of: m.target), r.type == .gpe || r.type == .organization else { return false }
            if !aff.stated {
                aff.stated = true
                if r.type == .organization, case .record(let index) = m.target { aff.organization = index }
                aff.country = isInternational(r) ? nil : r.country
            }
            return true
        }
        var p = match.tokens.upperBound
        for t in match.tokens where mentionAt[t] >= 0 {
            let m = mentions[Int(mentionAt[t])]
            if m.tokens.lowerBound == t, take(m) { p = max(p, m.tokens.upperBound) }
        }
        // المتحدث باسم "غرفة العمليات المركزية" ابراهيم الجباوي: a body named in quotes.
        if let close = quotedBodyEnd(after: match) {
            if let m = mention(startingAt: p + 1), m.tokens.upperBound == close { _ = take(m) }
            p = close + 1
        }
        var steps = 0
        while p < tokens.count, steps < 4 {
            steps += 1
            if let adj = adjective(at: p) {
                if !aff.stated { aff.country = adj.country; aff.stated = true }
                p = adj.end
                continue
            }
            if let m = mention(startingAt: p) {
                guard take(m) else { break }
                p = m.tokens.upperBound
                continue
            }
            guard tokens[p].kind == .word else { break }
            let f = flags(p)
            if f.contains(.titleModifier) { p += 1; continue }
            if !f.isDisjoint(with: [.inPreposition, .atPreposition]), let m = mention(startingAt: p + 1) {
                if f.contains(.inPreposition) { guard take(m) else { break } }
                p = m.tokens.upperBound
                continue
            }
            // «وزيرة التخطيط والتعاون الدولي الأردنية»، «رئيس المكتب الإعلامي لمنظمة الخوذ
            // البيضاء»: the words of a portfolio or office, then its country or body.
            if !aff.stated, let end = portfolioEnd(from: p) {
                if let adj = adjective(at: end) {
                    aff.country = adj.country
                    aff.stated = true
                    p = adj.end
                    continue
                }
                let at = mention(startingAt: end) != nil ? end : end + 1
                if let m = mention(startingAt: at), take(m) {
                    p = m.tokens.upperBound
                    continue
                }
            }
            break
        }
        aff.end = p
        return aff
    }

    /// The token after up to four words of a portfolio or office (definite nouns and adjectives,
    /// with و before them) that end in a nationality adjective, a country or a body — directly
    /// or through ل (لمنظمة الخوذ البيضاء) — else nil.
    func portfolioEnd(from p: Int) -> Int? {
        var k = p
        while k < tokens.count, k - p < 4, tokens[k].kind == .word, mentionAt[k] < 0, otherAt(k) == nil,
              hasArticle(k) || (scalars[tokens[k].start] == "و" && hasArticle(k, skipping: 1)) {
            k += 1
        }
        guard k > p, k < tokens.count else { return nil }
        if adjective(at: k) != nil { return k }
        if let m = mention(startingAt: k), let r = record(of: m.target), r.type == .gpe || r.type == .organization { return k }
        // لمنظمة الخوذ البيضاء: ل and a class noun before the body's name.
        if tokens[k].kind == .word, scalars[tokens[k].start] == "ل", mentionAt[k] < 0, let m = mention(startingAt: k + 1),
           let r = record(of: m.target), r.type == .organization { return k }
        return nil
    }

    /// The closing quote of a body's name in quotes right after a title ending in باسم
    /// («الناطق الرسمي باسم "غرفة العمليات المركزية في الجنوب"»): at most eight words, one sentence.
    func quotedBodyEnd(after match: PhraseMatch) -> Int? {
        let last = match.tokens.upperBound - 1
        let p = match.tokens.upperBound
        guard p + 2 < tokens.count, tokens[p].kind == .punctuation, document.text(in: Span(start: tokens[last].start, end: tokens[last].end)) == "باسم" else { return nil }
        let open = scalars[tokens[p].start]
        guard open == "\"" || open == "«" else { return nil }
        let closer: Unicode.Scalar = open == "«" ? "»" : "\""
        var k = p + 1
        while k < tokens.count, k - p <= 9 {
            if tokens[k].kind == .punctuation {
                let s = scalars[tokens[k].start]
                if s == closer { return k > p + 1 ? k : nil }
                if s == "." || s == "؟" || s == "!" || s == "\n" { return nil }
            }
            k += 1
        }
        return nil
    }

    /// Whether a one-word title with the article follows a definite noun as its adjective
    /// (التحالف الحاكم "the ruling coalition"), not as a title.
    func isAdjectiveUse(_ match: PhraseMatch) -> Bool {
        let t = match.tokens.lowerBound
        guard match.tokens.count == 1, t > 0, hasArticle(t), tokens[t - 1].kind == .word, mentionAt[t - 1] < 0,
              !isSubjectVerb(t - 1) else { return false }  // «التقى الرئيس بوتين»: a verb, not a noun
        return hasArticle(t - 1) && readings.whole(t - 1).dropped == 0 && otherAt(t - 1) == nil
    }

    /// Whether a name may stand before this title in apposition: after a comma («برناردينو ليون،
    /// الممثل الخاص»), or before a title with the article and no proclitic that names its country,
    /// body or rank («فوزي برهوم المتحدث باسم حماس», «مساهل الوزير الجزائري»).
    func allowsApposition(_ match: PhraseMatch, title: TitleEntry, comma: Bool, affiliation aff: Affiliation) -> Bool {
        if comma { return true }
        let t = match.tokens.lowerBound
        guard match.span.start == tokens[t].start, hasArticle(t) else { return false }
        // «لام بول جابرييل المتحدث باسم متمردي …»: a spokesman's title says whose, known or not.
        return aff.stated || aff.end > match.tokens.upperBound || title.speaksForBody
    }

    /// The token after a rank or honorific at `t` (الجنرال، اللواء، الدكتورة): a one-word title
    /// with the article, followed by a word.
    func rankTitleEnd(at t: Int) -> Int? {
        guard t + 1 < tokens.count, mentionAt[t] < 0, let index = otherAt(t), tokens[t + 1].kind == .word else { return nil }
        let match = others[index]
        guard match.tokens.count == 1, hasArticle(t), readings.whole(t).dropped == 0 else { return nil }
        for hit in hits(match) { if case .title = hit { return t + 1 } }
        return nil
    }

    /// The token after one or two definite words of a portfolio or body that no lexicon reads,
    /// right after a title in the construct state («وزير التعليم جان ميشيل بلانكير»، «المتحدث
    /// باسم الشرطة نانانغ بورنومو»), else nil. The words are no mention, no lexicon phrase, no
    /// known name part and carry no proclitic.
    func officeWordsEnd(from t: Int) -> Int? {
        definiteRunEnd(from: t, where: isUnreadDefiniteWord)
    }

    /// Whether an actor bearing the last word of a name as surname is of `country`.
    func hasCompatriotBearer(_ name: ReadName, country: String?) -> Bool {
        guard let country else { return false }
        return surnameBearers(of: name).contains { lexicons.records[Int($0)].country == country }
    }

    /// Whether token `t` is a word with the article that nothing has read: no proclitic, no
    /// mention, no lexicon phrase, no name part.
    func isUnreadDefiniteWord(_ t: Int) -> Bool {
        t < tokens.count && tokens[t].kind == .word && mentionAt[t] < 0 && otherAt(t) == nil && hasArticle(t)
            && readings.whole(t).dropped == 0 && !flags(t).contains(.namePart)
    }

    /// Whether token `t` is a definite adjective no lexicon knows (الإسلامي، الليبرالي): an unread
    /// word with the article (``isUnreadDefiniteWord(_:)``) ending in ي or ية.
    func isUnknownDefiniteAdjective(_ t: Int) -> Bool {
        guard isUnreadDefiniteWord(t) else { return false }
        let letters = folded(t)
        let n = letters.count
        return n > 4 && (letters[n - 1] == 0x064A || (letters[n - 1] == 0x0647 && letters[n - 2] == 0x064A))
    }

    /// The token after one or two definite adjectives at `t` that no lexicon knows (القبطية،
    /// المحلية): words with the article ending in ي or ية, none a name part.
    func descriptorsEnd(from t: Int) -> Int? {
        definiteRunEnd(from: t, where: isUnknownDefiniteAdjective)
    }

    /// The token after one or two tokens from `t` that `accepts`, when a token follows them (a name
    /// must come after); nil when none is accepted.
    private func definiteRunEnd(from t: Int, where accepts: (Int) -> Bool) -> Int? {
        var k = t
        while k < tokens.count, k - t < 2, accepts(k) { k += 1 }
        return k > t && k < tokens.count ? k : nil
    }

    /// Whether a title ends right before a name read backwards: «القس بولس حليم المتحدث الرسمي
    /// باسم …», a name between two titles.
    func followsTitle(_ name: ReadName) -> Bool {
        let before = name.tokens.lowerBound - 1
        guard before >= 0 else { return false }
        return others.contains { other in
            other.tokens.upperBound == before + 1 && hits(other).contains { if case .title = $0 { true } else { false } }
        }
    }

    /// Whether a title, with a nationality adjective and a comma or not, ends right before token
    /// `t` («السناتور الأميركي، جون ماكين»).
    func isTitled(before t: Int) -> Bool {
        var k = t - 1
        if k >= 0, isComma(k) { k -= 1 }
        if let adjective = others.first(where: { other in
            other.tokens.upperBound == k + 1 && hits(other).contains { if case .nationality = $0 { true } else { false } }
        }) { k = adjective.tokens.lowerBound - 1 }
        return k >= 0 && others.contains { other in
            other.tokens.upperBound == k + 1 && hits(other).contains { if case .title = $0 { true } else { false } }
        }
    }

    /// Whether a record is an international body (its officials have no country).
    func isInternational(_ r: LexiconRecord) -> Bool {
        r.type == .organization && (r.kind == "igo" || (r.cameo?.hasPrefix("IGO") ?? false))
    }

    /// The person a title names: after it, or before it in apposition.
    mutating func applyTitle(_ match: PhraseMatch, title: TitleEntry, linkOnly: Bool) {
        // «مدير عام الجوازات اللواء سليمان بن عبد العزيز اليحيى»: a rank after a definite noun is
        // still a title when a known given name follows it.
        if isAdjectiveUse(match), !startsGivenName(at: match.tokens.upperBound) { return }
        let aff = affiliation(after: match)
        var q = aff.end
        let comma = isComma(q)
        if comma { q += 1 }
        // «رئيس الأركان الأفغاني الجنرال شريف يفتالي»: a rank or honorific (a one-word title with
        // the article) between the office and the name; it is read as a title of its own too.
        if let rank = rankTitleEnd(at: q) { q = rank }
        var person: Int?
        var apposition = false
        var forward = linkOnly ? nil : readNameForward(from: q)
        var described = false
        // «النائبة القبطية مارجريت عازر»، «قائد الشرطة المحلية فريد أحمد مرشال»: up to two definite
        // adjectives the lexicons do not know between the title and the name.
        // A family nisba may begin a name before a given name («الدرديري محمد أحمد»).
        if !linkOnly, mention(startingAt: q) == nil, let r = descriptorsEnd(from: q),
           folded(q).last != 0x064A || !flags(r).contains(.givenName) {
            // A name never begins with such an adjective («القس البروتستانتي دوشو إيشتي»).
            forward = nil
            if let name = readNameForward(from: r), name.hasNamePart || isComma(name.tokens.upperBound) {
                forward = name
                described = true
                q = r
            }
        }
        // «وزير التعليم جان ميشيل بلانكير»، «الناطق باسم الحركة رومان اسبينو»: after a title in the
        // construct state, one or two definite words of a portfolio or body no lexicon reads, then
        // a name with a known name part.
        if !linkOnly, forward == nil, !described, q == match.tokens.upperBound, mention(startingAt: q) == nil,
           !hasArticle(match.tokens.upperBound - 1), let r = officeWordsEnd(from: q),
           let name = readNameForward(from: r), name.hasNamePart {
            forward = name
            described = true
            q = r
        }
        if let m = mention(startingAt: q), case .person(let p) = m.target {
            person = p
        } else if forward == nil, !linkOnly, let p = incumbent(at: q, title: title.titleEn) {
            // «الرئيس الأسد»: the surname alone of the actor in office.
            person = p
        } else if let name = forward {
            // The name must look like one: a known name part; or a country or body stated and a
            // comma (before or after the name) or the surname again; or a specific office of two
            // words or more.
            let strong = described || name.hasNamePart || match.tokens.count >= 2
                || (aff.stated && (comma || isComma(name.tokens.upperBound) || surnameRecurs(name)))
            if strong, isPlausible(name) || bearsSurnameOfAnother(name, country: aff.stated ? aff.country : nil) {
                person = newPerson(name)
            }
        } else {
            var e = match.tokens.lowerBound - 1
            let comma = isComma(e)
            if comma { e -= 1 }
            if let m = mention(endingAt: e), case .person(let p) = m.target {
                // «ووبخ السناتور الأميركي، جون ماكين، الرئيس، واتهمه»: a bare one-word title set off by
                // commas after a person titled before the name is the verb's object, not an apposition.
                if comma, match.tokens.count == 1, !aff.stated, isComma(aff.end), isTitled(before: m.tokens.lowerBound) { return }
                person = p
            } else if !linkOnly, allowsApposition(match, title: title, comma: comma, affiliation: aff),
                      let name = readNameBackward(endingAt: e), comma || name.hasNamePart || followsTitle(name), isPlausible(name) {
                person = newPerson(name)
            }
            apposition = true
        }
        guard let p = person else { return }
        let role = Role(title: document.text(in: match.span), titleEn: title.titleEn, of: aff.country)
        if !persons[p].roles.contains(role) { persons[p].roles.append(role) }
        if persons[p].record == nil, !persons[p].affiliated || (aff.stated && persons[p].countryFromSentence) {
            if aff.stated {
                persons[p].affiliated = true
                persons[p].countryFromSentence = false
                persons[p].country = aff.country
                persons[p].cameo = cameo(title: title, affiliation: aff)
            } else if !apposition, persons[p].inheritsFrom == nil,
                      let m = mention(endingAt: match.tokens.lowerBound - 1), case .person(let other) = m.target, other != p {
                persons[p].inheritsFrom = other
            } else if title.agent == "IGO" {
                persons[p].affiliated = true
                persons[p].cameo = "IGO"
            }
        }
    }

    /// The CAMEO code of a person known by a title: the body's code, or the country's with the
    /// title's agent (RUS + GOV).
    func cameo(title: TitleEntry, affiliation aff: Affiliation) -> String? {
        if let org = aff.organization, let code = lexicons.records[Int(org)].cameo { return code }
        guard let country = aff.country else { return title.agent == "IGO" ? "IGO" : nil }
        let base = lexicons.countries[country]?.cameo ?? country
        guard let agent = title.agent, agent != "IGO" else { return base }
        return base + agent
    }

    /// Reference words: a counterpart's name and affiliation; the others are kept for later.
    mutating func applyReference(_ match: PhraseMatch, kind: ReferenceKind) {
        var person: Int?
        if kind == .counterpart {
            let aff = affiliation(after: match)
            var q = aff.end
            if isComma(q) { q += 1 }
            if let m = mention(startingAt: q), case .person(let p) = m.target {
                person = p
            } else if let name = readNameForward(from: q) {
                person = newPerson(name)
            }
            if let p = person {
                persons[p].counterpartAt = match.tokens.lowerBound
                if persons[p].record == nil, aff.stated, !persons[p].affiliated {
                    persons[p].affiliated = true
                    persons[p].country = aff.country
                }
            }
        }
        referenceWords.append((match.span, match.tokens.lowerBound, kind, person))
    }

    /// A person read from the text, with its mention.
    mutating func newPerson(_ name: ReadName, origin: MentionOrigin = .titlePattern) -> Int {
        if let known = persons.indices.first(where: { persons[$0].spellings.contains(name.words) }) {
            addMention(name.span, tokens: name.tokens, target: .person(known), origin: origin)
            return known
        }
        let p = persons.count
        persons.append(PersonDraft(record: nil, spellings: lexicons.nameParts.spellings(of: name.words),
                                   nameAr: document.text(in: name.span)))
        addMention(name.span, tokens: name.tokens, target: .person(p), origin: origin)
        return p
    }
}
