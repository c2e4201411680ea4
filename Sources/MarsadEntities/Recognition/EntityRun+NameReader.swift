import MarsadText

/// Reading the name of a person the lexicons do not know, next to a title.
///
/// A name is a run of two to four Arabic words. A word of a name is none of: a stop word
/// (`name-stopwords.tsv`, month and weekday names), a function word as written (على، إلى:
/// `function-words.tsv`), a lexicon phrase (title, adjective, place, organization, class noun), a
/// word with a preposition and the article (بالتخطيط، للحزب), an accusative with tanween (حليفاً).
/// After the first word, a word with the article counts as a family nisba (القذافي: ending in ي),
/// after a binding particle (عبد القادر), or as a known name part at the end of the name (عمر
/// البشير); a word beginning with و/ف, or ending with a pronoun's ه, ends the name (unless it is a
/// known name part, or begins with ف and neither it nor its rest is a word of the corpus); a third or
/// fourth word must be a known name part or end at a boundary. Particles of European and Latin
/// names (فون دير لاين، دي بلازيو) continue a name before a name word and do not count.
extension EntityRun {
    /// A name read from the text.
    struct ReadName {
        var tokens: Range<Int>
        var span: Span
        var words: [[UInt32]]
        /// Whether one of its words is a known name part (ANERcorp, the actor dictionary).
        var hasNamePart: Bool
    }

    /// Whether token `t` may be part of a name at all, and the reading to use.
    /// - Returns: the reading index (0 = whole word; 1 = without و/ف) or nil.
    func nameReading(_ t: Int, first: Bool, afterParticle: Bool) -> Int? {
        guard t >= 0, t < tokens.count, tokens[t].kind == .word, otherAt(t) == nil, mentionAt[t] < 0 else { return nil }
        let whole = readings.whole(t)
        let never: WordFlags = [.stopword, .titleModifier, .personCue, .adminNoun, .siteNoun, .groupNoun, .mediaNoun, .genericNoun]
        if !flags(of: whole).isDisjoint(with: never) { return nil }
        if readings.first(t, with: [.adminNoun, .siteNoun, .groupNoun, .mediaNoun]) != nil { return nil }
        if whole.wordID >= 0, isLexiconWordStart(t) { return nil }
        let letters = folded(t)
        guard letters.count >= 2, !isFunctionWord(t), !hasPrepositionAndArticle(letters), !hasTanweenFath(t) else { return nil }
        // بموجب، بمراجعة، باتهامات: a preposition before a common word. A word that may begin with
        // ب/ك/ل begins a name when it is a known name part (بشار، برناردينو), or when neither it nor
        // its rest is a word of the corpus (`common-words.tsv`: «القس بولس حليم», not «بوجوب أولوية»).
        if !flags(of: whole).contains(.namePart), readings.indices(of: t).dropFirst().contains(where: {
            flags(of: readings.readings[$0]).contains(.stopword)
                || (readings.readings[$0].dropped == 1 && withoutConjunction(t) == nil
                    && isGluedPreposition(t, rest: readings.readings[$0], first: first))
        }) {
            return nil
        }
        // «رئيس وزراء بافاريا سابقا»: an adverb after a name word ends the name.
        if !first, isAdverbialAccusative(t) { return nil }
        var reading = 0
        if let stripped = withoutConjunction(t) {
            // وعبد القادر، وأحمد الرميحي: the conjunction stays outside; a و-word continues a name only
            // when the whole word is a known name part of ANERcorp, whose proclitics are split off
            // («الفريق محمد فريد»، «خالد فياض»، «محمد وليد»; not «ماكرون وميركل»، «محمد وأحمد»).
            if !first {
                let f = flags(of: whole)
                // «وقال أندرو فابيان»، «نويل فرانشيسكو»، «سوك فياسنا»: a later word beginning with ف
                // continues a name when neither it nor its rest is a word of the corpus.
                if scalars[tokens[t].start] == "ف", !f.contains(.corpusWord), flags(of: stripped).isDisjoint(with: [.corpusWord, .namePart, .stopword]),
                   !hasArticle(t), !readings.endsWithHeh[t] {
                    return 0
                }
                // names12: «وقال ماكس ويكفيلد»، «وقالت كايتي واطسون»، «بيتر وايزمان»: a later word
                // beginning with و, likewise, when و is the English W before a vowel letter (وا، وو،
                // وي: «إيان وجيجي»، «صلاح ومدين» are two people) and the rest is no given name or
                // surname and ends in no pronoun (وأصدقاءها).
                if scalars[tokens[t].start] == "و", letters.count >= 4, [0x0627, 0x0648, 0x064A].contains(letters[1]),
                   !f.contains(.corpusWord), flags(of: stripped).isDisjoint(with: [.corpusWord, .namePart, .stopword, .givenName, .surname]),
                   !hasArticle(t, skipping: 1), !readings.endsWithHeh[t], !endsInPluralPronoun(letters) {
                    return 0
                }
                guard f.contains(.namePart), !f.contains(.stopword), !flags(of: stripped).contains(.givenName) else { return nil }
                return hasArticle(t) || readings.endsWithHeh[t] ? nil : 0
            }
            // والتخطيط، والعمراني: a conjunction and the article begin no name.
            if flags(of: stripped).contains(.stopword) || hasArticle(t, skipping: 1) { return nil }
            // «وخالد بن عبدالعزيز الفالح»: a known given name after و is read without it.
            if lexicons.nameParts.binding.contains(Array(letters.dropFirst())) || (flags(of: stripped).contains(.namePart) && !flags(of: whole).contains(.namePart))
                || (flags(of: stripped).contains(.givenName) && !flags(of: whole).contains(.givenName)) {
                reading = 1
            }
        }
        if hasArticle(t, skipping: reading), !afterParticle, letters.last != 0x064A {
            // عمر البشير: a known name with the article ends a name (not المشاكل الواهنة).
            if first || !flags(of: whole).contains(.namePart) || !isNameBoundary(t + 1) { return nil }
        }
        if readings.endsWithHeh[t], !afterParticle, letters.count > 3, !flags(of: whole).contains(.namePart),
           !(first && isNameEndingInHeh(t, letters)), !(!first && isForeignNameEndingInYehHeh(t, letters)) { return nil }
        // A pronoun suffix ها / هم / هما ends a verb or a noun, not a name (يحضرها).
        if letters.count > 4, letters[letters.count - 1] == 0x0627 || letters[letters.count - 1] == 0x0645,
           letters[letters.count - 2] == 0x0647, !flags(of: whole).contains(.namePart) {
            return nil
        }
        return reading
    }

    /// Whether folded letters end in the pronoun ها، هم or هما (أصدقاءها، يحضرهم).
    func endsInPluralPronoun(_ letters: [UInt32]) -> Bool {
        guard letters.count > 4 else { return false }
        let last = letters[letters.count - 1], before = letters[letters.count - 2]
        return (before == 0x0647 && (last == 0x0627 || last == 0x0645))
            || (letters.count > 5 && letters[letters.count - 3] == 0x0647 && before == 0x0645 && last == 0x0627)
    }

    /// Whether token `t`, beginning with ب/ل/ك, reads as that preposition before `rest`: `rest` is a
    /// word of the corpus (وجوب، اتهامات، إنجاح), also without a pronoun suffix
    /// («لطردك جيمس كومي»), or the whole word is common (بلدان). A later word of a name is the
    /// preposition only before a common word («فينيديكتوف لوكالة»; not بوعشرين، بلوك، لويل).
    func isGluedPreposition(_ t: Int, rest: TokenReading, first: Bool) -> Bool {
        guard first else { return flags(of: rest).contains(.commonWord) }
        if flags(of: rest).contains(.corpusWord) { return true }
        if flags(t).contains(.commonWord) { return true }
        var letters = folded(t)
        letters.removeFirst()
        for suffix in NameParts.pronounSuffixes where letters.count > suffix.count + 2 && letters.suffix(suffix.count).elementsEqual(suffix) {
            if lexicons.flags(of: Array(letters.dropLast(suffix.count))).contains(.corpusWord) { return true }
        }
        return false
    }

    /// Whether token `t` is an adverbial accusative (سابقا، مشيرا، مضيفا): it ends in ا after a
    /// common word and is no known name part.
    func isAdverbialAccusative(_ t: Int) -> Bool {
        let letters = folded(t)
        guard letters.count > 3, letters.last == 0x0627, !flags(t).contains(.namePart) else { return false }
        return lexicons.flags(of: Array(letters.dropLast())).contains(.commonWord)
    }

    /// Whether token `t` looks like a part of a person's name: a known name part, or a family
    /// nisba with the article (الحاشدي; common adjectives of that form are stop words).
    func isNameLike(_ t: Int, reading: Int) -> Bool {
        if flags(of: readings.whole(t)).contains(.namePart) { return true }
        return hasArticle(t, skipping: reading) && folded(t).last == 0x064A
    }

    /// Whether a name may end before token `t`: the end, punctuation, a number, a stop word, a
    /// mention or a lexicon phrase.
    func isNameBoundary(_ t: Int) -> Bool {
        guard t < tokens.count, tokens[t].kind == .word else { return true }
        if mentionAt[t] >= 0 || otherAt(t) != nil || isStopword(t) || isFunctionWord(t) { return true }
        return scalars[tokens[t].start] == "و" || scalars[tokens[t].start] == "ف"
    }

    /// Whether a word is the surname of an actor of the article's main country.
    func isDominantCountrySurname(_ letters: [UInt32]) -> Bool {
        guard let dominant else { return false }
        let candidates = lexicons.actorsBySurname[EntityLexicons.surnameKey([letters])] ?? []
        return candidates.contains { lexicons.records[Int($0)].country == dominant }
    }

    /// Whether a name's third or fourth word may end before token `t`: the end, punctuation, or
    /// a weekday (الأحد). Not before other words: «روبرت مولر تهما الشهر الماضي», «أشتر أوصاف لهيئة المحكمة».
    func endsThirdNameWord(_ t: Int) -> Bool {
        guard t < tokens.count, tokens[t].kind == .word else { return true }
        return flags(t).contains(.weekday)
    }

    /// Whether token `t` is a function word as written (على, not the name علي).
    func isFunctionWord(_ t: Int) -> Bool {
        guard flags(t).contains(.functionWordFold), tokens[t].end - tokens[t].start <= 8 else { return false }
        var view = String.UnicodeScalarView()
        for i in tokens[t].range where !ArabicScalar.isDiacritic(scalars[i].value) { view.append(scalars[i]) }
        return lexicons.functionWords.contains(String(view))
    }

    /// Whether folded letters start with a preposition and the article (بالتخطيط، للحزب، وبال…).
    /// After بال/كال/لال at least three letters must follow (كاليا، باليه are names: names12).
    func hasPrepositionAndArticle(_ letters: [UInt32]) -> Bool {
        var p = 0
        if letters.first == 0x0648 || letters.first == 0x0641 { p = 1 }
        guard letters.count > p + 3 else { return false }
        let c = letters[p]
        if c == 0x0644, letters[p + 1] == 0x0644 { return true }  // لل
        return (c == 0x0628 || c == 0x0643 || c == 0x0644) && letters[p + 1] == 0x0627 && letters[p + 2] == 0x0644
            && letters.count >= p + 6
    }

    /// Whether token `t` carries tanween fath (ً U+064B), the mark of an indefinite accusative.
    func hasTanweenFath(_ t: Int) -> Bool {
        tokens[t].range.contains { scalars[$0].value == 0x064B }
    }

    /// Whether token `t`, after `skipping` letters, starts with the article ال as written (إلهام
    /// folds to الهام but has no article).
    func hasArticle(_ t: Int, skipping: Int = 0) -> Bool {
        // The first three letters after `skipping`: ا، ل and one more.
        var seen = 0
        for i in tokens[t].range where ArabicScalar.isArabicLetter(scalars[i].value) {
            let k = seen - skipping
            seen += 1
            if k == 0, scalars[i].value != 0x0627 { return false }
            if k == 1, scalars[i].value != 0x0644 { return false }
            if k == 2 { return true }
        }
        return false
    }

    /// Whether a lexicon phrase of any kind could start at token `t` (a title, a place…).
    func isLexiconWordStart(_ t: Int) -> Bool {
        let id = readings.whole(t).wordID
        guard id >= 0, let node = lexicons.trie.child(of: 0, word: id) else { return false }
        return !lexicons.trie.payloads(at: node).isEmpty
    }

    /// The folded letters of token `t`.
    func folded(_ t: Int) -> [UInt32] {
        var letters: [UInt32] = []
        lexicons.folder.fold(scalars[tokens[t].range], into: &letters)
        return letters
    }

    /// The name starting at token `t`: two to four words.
    func readNameForward(from t: Int) -> ReadName? {
        var words: [[UInt32]] = []
        var start = 0
        var k = t
        var afterParticle = false
        var hasNamePart = false
        var particles = 0
        var hyphenated = 0
        while k < tokens.count, words.count - particles < 4 {
            // فون دير لاين، دي بلازيو، لو دريان: particles inside the name, before a name word.
            if !words.isEmpty, let n = foreignParticles(at: k) {
                for p in k ..< k + n { words.append(folded(p)) }
                particles += n
                k += n
                afterParticle = true
                hasNamePart = true
                continue
            }
            // حسب الله، نصر الله، جاب الله: الله after a name word is part of a compound name and ends it.
            if !words.isEmpty, tokens[k].kind == .word, mentionAt[k] < 0, folded(k) == NameParts.allah {
                words.append(folded(k))
                k += 1
                break
            }
            guard let reading = nameReading(k, first: k == t, afterParticle: afterParticle)
                    ?? (k == t ? foreignFirstName(k) : nil) else { break }
            let isPart = isNameLike(k, reading: reading)
            // A third or fourth word is a known name part, or the last word before punctuation or a
            // weekday («سيد إحسان طاهري الأحد»; not «جيريمي هنت مقالا في»).
            if words.count - hyphenated >= 2, !afterParticle, !isPart, !endsThirdNameWord(k + 1), foreignParticles(at: k + 1) == nil { break }
            var letters = folded(k)
            if reading == 1 { letters.removeFirst() }
            if k == t {
                // A name never starts with بن، ابن، آل.
                if letters == lexicons.nameParts.family || (lexicons.nameParts.nasab.contains(letters) && !isForeignBen(k)) { return nil }
                start = reading == 1 ? Int(readings.of(k).first { $0.dropped == 1 }!.start) : tokens[k].start
            }
            hasNamePart = hasNamePart || isPart
            words.append(letters)
            let afterBinding = words.count >= 2 && lexicons.nameParts.binding.contains(words[words.count - 2])
            afterParticle = lexicons.nameParts.binding.contains(letters)
            k += 1
            // A known surname ends the name (الرئيس ترمب حدّد: not «ترمب حدّد»; «وميركل اقناع»),
            // unless it begins the name, is also a given name (شريف يفتالي, not نواز شريف) and is
            // not the surname of an actor of the article's country («الرئيس هادي كلف» in Yemen).
            var wordFlags = flags(of: readings.whole(k - 1))
            if reading == 1, let stripped = withoutConjunction(k - 1) { wordFlags.formUnion(flags(of: stripped)) }
            // A word before بن، ابن، بنت is a given name, whatever else it is: «فياض بن حامد الرويلي»
            // (فياض is also Salam Fayyad's surname).
            var ends = wordFlags.contains(.surname) && !continuesPatronymic(at: k) && !continuesChain(words, at: k)
                && (words.count > 1 || !wordFlags.contains(.givenName) || isDominantCountrySurname(letters))
            // The particles of a patronymic chain do not count toward the four words of a name
            // («اللواء سليمان بن عبد العزيز اليحيى»).
            if words.count > 1, lexicons.nameParts.nasab.contains(letters) { particles += 1 }
            // A later article word ends the name (القذافي، البشير), unless it follows a particle.
            if words.count >= 2, hasArticle(k - 1, skipping: reading), !afterBinding { ends = true }
            // «تشونغ اوي-يونغ»، «ويني ماديكيزلا-مانديلا»: a word glued by a hyphen to the next is one
            // name word with it; the hyphen and the second half do not count toward the four words.
            while let tail = hyphenatedTail(after: k - 1) {
                words.append(folded(k))
                words.append(folded(tail))
                particles += 2
                hyphenated += 2
                k = tail + 1
                // «ليز غريغوار-فان هارن»: a particle after the hyphen continues the name.
                afterParticle = lexicons.nameParts.foreign.contains(words[words.count - 1])
            }
            if ends { break }
        }
        while let last = words.last, lexicons.nameParts.binding.contains(last) || lexicons.nameParts.foreign.contains(last) || lexicons.nameParts.nasab.contains(last)
                || last == lexicons.nameParts.family {
            words.removeLast()
            k -= 1
        }
        // One hyphenated word is no name of two words (يونغ-تشان alone).
        guard words.count - hyphenated >= 2 else { return nil }
        return ReadName(tokens: t ..< k, span: Span(start: start, end: tokens[k - 1].end), words: words, hasNamePart: hasNamePart)
    }

    /// The second half of a hyphenated name word whose first half is token `t` («اوي-يونغ»، «غيون-هي»):
    /// a hyphen glued to both words, then a word that may be part of a name and has no article
    /// («الصدر-العبادي», «ترامب-كيم» are two names; a mention after the hyphen is its own).
    func hyphenatedTail(after t: Int) -> Int? {
        let h = t + 1, tail = t + 2
        guard tail < tokens.count, tokens[t].kind == .word, tokens[h].kind == .punctuation,
              tokens[h].end - tokens[h].start == 1, scalars[tokens[h].start] == "-",
              tokens[t].end == tokens[h].start, tokens[h].end == tokens[tail].start,
              !hasArticle(tail), nameReading(tail, first: false, afterParticle: true) != nil else { return nil }
        return tail
    }

    /// The number of foreign name particles starting at token `t` (فون دير، دي، دي لا) when a
    /// name word follows them, else nil. لو and لا are also words of Arabic («if», «not»):
    /// لا only after another particle (دي لا رو), لو only when its name word ends the name.
    func foreignParticles(at t: Int) -> Int? {
        let foreign = lexicons.nameParts.foreign
        var k = t
        while k < tokens.count, k - t < 2, tokens[k].kind == .word, mentionAt[k] < 0, foreign.contains(folded(k)) { k += 1 }
        guard k > t, k < tokens.count, nameReading(k, first: false, afterParticle: true) != nil,
              !foreign.contains(folded(k)), !hasArticle(k) else { return nil }
        let first = folded(t)
        if first == lexicons.nameParts.la { return nil }
        if first == lexicons.nameParts.lo, k == t + 1, !isNameBoundary(k + 1) { return nil }
        return k - t
    }

    /// A first name written like a word with the article (الكسندر) is read before a foreign
    /// particle (الكسندر فون در بيلن) when it is a known name part.
    func foreignFirstName(_ t: Int) -> Int? {
        guard hasArticle(t), flags(of: readings.whole(t)).contains(.namePart), foreignParticles(at: t + 1) != nil else { return nil }
        return nameReading(t, first: false, afterParticle: true)
    }

    /// The name ending at token `t`: two words, and a binding particle before them (عبد القادر مساهل).
    func readNameBackward(endingAt t: Int) -> ReadName? {
        var collected: [Int] = []
        var k = t
        while k >= 0, collected.count < 2, nameReading(k, first: k != t, afterParticle: true) != nil {
            collected.insert(k, at: 0)
            k -= 1
        }
        guard collected.count == 2 else { return nil }
        // «وقال لام بول جابرييل، المتحدث …»: a third word when a verb of saying opens the name.
        if k >= 1, isSubjectVerb(k - 1), mentionAt[k] < 0, nameReading(k, first: true, afterParticle: false) != nil {
            collected.insert(k, at: 0)
            k -= 1
        }
        // «كل من ماكرون وميركل اقناع الرئيس»: a coordinated surname begins no name.
        if let stripped = withoutConjunction(collected[0]), flags(of: stripped).contains(.surname) { return nil }
        // Not the tail of a longer name (سلمان بن عبدالعزيز آل سعود), nor starting with a particle.
        if k >= 0, mentionAt[k] >= 0, case .person = mentions[Int(mentionAt[k])].target { return nil }
        let firstWord = stripConjunction(collected[0])
        if firstWord == lexicons.nameParts.family || lexicons.nameParts.nasab.contains(firstWord) { return nil }
        let binding = lexicons.nameParts.binding
        // A word with the article needs the nisba ending (الحاشدي) or a particle before it (عبد القادر);
        // a family name ends a name begun by a given name (أحمد الشيخو).
        let givenFirst = (withoutConjunction(collected[0]).map { flags(of: $0) } ?? flags(collected[0])).contains(.givenName)
            || flags(collected[0]).contains(.givenName)
        for (position, token) in collected.enumerated() {
            let letters = stripConjunction(token)
            guard hasArticle(token, skipping: folded(token).count - letters.count), letters.last != 0x064A else { continue }
            if position == collected.count - 1, position > 0, givenFirst { continue }
            let before = token - 1
            guard before >= 0, binding.contains(stripConjunction(before)) else { return nil }
            if position == 0 { collected.insert(before, at: 0) }
        }
        if collected.count == 2, collected[0] > 0, binding.contains(stripConjunction(collected[0] - 1)),
           mentionAt[collected[0] - 1] < 0 {
            collected.insert(collected[0] - 1, at: 0)
        }
        guard collected.allSatisfy({ mentionAt[$0] < 0 && tokens[$0].kind == .word }) else { return nil }
        let first = collected[0]
        let words = collected.map { stripConjunction($0) }
        let start = words[0].count < folded(first).count
            ? Int(readings.of(first).first { $0.dropped == 1 }!.start) : tokens[first].start
        let hasNamePart = collected.contains { isNameLike($0, reading: 0) || withoutConjunction($0).map { flags(of: $0).contains(.namePart) } == true }
        return ReadName(tokens: first ..< t + 1, span: Span(start: start, end: tokens[t].end), words: words, hasNamePart: hasNamePart)
    }

    /// The folded letters of token `t`, without a leading و/ف when the rest is a binding particle
    /// (وعبد → عبد); other words keep it (وليد is a name).
    func stripConjunction(_ t: Int) -> [UInt32] {
        let letters = folded(t)
        if hashWithoutConjunction(t) != nil, lexicons.nameParts.binding.contains(Array(letters.dropFirst())) {
            return Array(letters.dropFirst())
        }
        return letters
    }
}
