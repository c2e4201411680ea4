import MarsadText

/// Reading the name of a person the lexicons do not know, next to a title.
///
/// A name is a run of two to four Arabic words that are not stop words (`name-stopwords.tsv`),
/// not lexicon phrases (titles, adjectives, places, organizations), not punctuation. After the
/// first word, a word with the article counts only as a family nisba (القذافي، الحاشدي: ending in
/// ي) or after a binding particle (عبد القادر، أبو الغيط); a word beginning with و/ف, or ending
/// with a pronoun's ه, ends the name.
extension EntityRun {
    /// A name read from the text.
    struct ReadName {
        var tokens: Range<Int>
        var span: Span
        var words: [[UInt32]]
    }

    /// Whether token `t` may be part of a name at all, and the reading to use.
    /// - Returns: the reading index (0 = whole word; 1 = without و/ف) or nil.
    func nameReading(_ t: Int, first: Bool, afterParticle: Bool) -> Int? {
        guard t >= 0, t < tokens.count, tokens[t].kind == .word, otherAt[t] == nil else { return nil }
        if mentionAt[t] >= 0 {
            // A one-word place as a surname (برناردينو ليون), never as a first name.
            return !first && isReplaceablePlace(t) ? 0 : nil
        }
        let whole = readings.whole(t)
        if lexicons.isStopword(whole.hash) || lexicons.titleModifiers.contains(whole.hash) || lexicons.personCues[whole.hash] != nil {
            return nil
        }
        if whole.wordID >= 0, isLexiconWordStart(t) { return nil }
        let letters = folded(t)
        guard letters.count >= 2 else { return nil }
        var reading = 0
        if let stripped = hashWithoutConjunction(t) {
            // وعبد القادر: the conjunction stays outside; a و-word never continues a name.
            if !first { return nil }
            if lexicons.isStopword(stripped) { return nil }
            if lexicons.nameParts.binding.contains(Array(letters.dropFirst())) { reading = 1 }
        }
        if hasArticle(t, skipping: reading), !afterParticle, letters.last != 0x064A {
            // عمر البشير: an article word ends a name, before a boundary only (not المشاكل الواهنة).
            if first || !isNameBoundary(t + 1) { return nil }
        }
        if readings.endsWithHeh[t], !afterParticle, letters.count > 3 { return nil }
        return reading
    }

    /// Whether a name may end before token `t`: the end, punctuation, a number, a stop word, a
    /// mention or a lexicon phrase.
    func isNameBoundary(_ t: Int) -> Bool {
        guard t < tokens.count, tokens[t].kind == .word else { return true }
        if mentionAt[t] >= 0 || otherAt[t] != nil || lexicons.isStopword(hash(t)) { return true }
        if let stripped = hashWithoutConjunction(t), lexicons.isStopword(stripped) { return true }
        return scalars[tokens[t].start] == "و" || scalars[tokens[t].start] == "ف"
    }

    /// Whether token `t`, after `skipping` letters, starts with the article ال as written (إلهام
    /// folds to الهام but has no article).
    func hasArticle(_ t: Int, skipping: Int = 0) -> Bool {
        var seen = 0
        var letters: [Unicode.Scalar] = []
        for i in tokens[t].range where ArabicScalar.isArabicLetter(scalars[i].value) {
            if seen >= skipping { letters.append(scalars[i]) }
            seen += 1
            if letters.count == 3 { break }
        }
        return letters.count == 3 && letters[0] == "\u{0627}" && letters[1] == "\u{0644}"
    }

    /// Whether a lexicon phrase of any kind could start at token `t` (a title, a place…).
    func isLexiconWordStart(_ t: Int) -> Bool {
        readings.of(t).contains { $0.wordID >= 0 && lexicons.trie.child(of: 0, word: $0.wordID) != nil
            && !lexicons.trie.payloads(at: lexicons.trie.child(of: 0, word: $0.wordID)!).isEmpty }
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
        while k < tokens.count, words.count < 4 {
            guard let reading = nameReading(k, first: k == t, afterParticle: afterParticle) else { break }
            var letters = folded(k)
            if reading == 1 { letters.removeFirst() }
            if k == t { start = reading == 1 ? Int(readings.of(k).first { $0.dropped == 1 }!.start) : tokens[k].start }
            words.append(letters)
            afterParticle = lexicons.nameParts.binding.contains(letters)
            k += 1
            // A one-word place taken as a surname, or an article word, ends the name.
            let afterBinding = words.count >= 2 && lexicons.nameParts.binding.contains(words[words.count - 2])
            if mentionAt[k - 1] >= 0 || (hasArticle(k - 1, skipping: reading) && letters.last != 0x064A && !afterBinding) { break }
        }
        while let last = words.last, lexicons.nameParts.binding.contains(last) || lexicons.nameParts.nasab.contains(last) {
            words.removeLast()
            k -= 1
        }
        guard words.count >= 2 else { return nil }
        return ReadName(tokens: t ..< k, span: Span(start: start, end: tokens[k - 1].end), words: words)
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
        // Not the tail of a longer name (سلمان بن عبدالعزيز آل سعود), nor starting with a particle.
        if k >= 0, mentionAt[k] >= 0, case .person = mentions[Int(mentionAt[k])].target { return nil }
        let firstWord = stripConjunction(collected[0])
        if firstWord == lexicons.nameParts.family || lexicons.nameParts.nasab.contains(firstWord) { return nil }
        let binding = lexicons.nameParts.binding
        // A word with the article needs the nisba ending (الحاشدي) or a particle before it (عبد القادر).
        for (position, token) in collected.enumerated() {
            let letters = stripConjunction(token)
            guard hasArticle(token, skipping: folded(token).count - letters.count), letters.last != 0x064A else { continue }
            let before = token - 1
            guard before >= 0, binding.contains(stripConjunction(before)) else { return nil }
            if position == 0 { collected.insert(before, at: 0) }
        }
        if collected.count == 2, collected[0] > 0, binding.contains(stripConjunction(collected[0] - 1)),
           mentionAt[collected[0] - 1] < 0 {
            collected.insert(collected[0] - 1, at: 0)
        }
        guard collected.allSatisfy({ (mentionAt[$0] < 0 || isReplaceablePlace($0)) && tokens[$0].kind == .word }) else { return nil }
        let first = collected[0]
        let words = collected.map { stripConjunction($0) }
        let start = words[0].count < folded(first).count
            ? Int(readings.of(first).first { $0.dropped == 1 }!.start) : tokens[first].start
        return ReadName(tokens: first ..< t + 1, span: Span(start: start, end: tokens[t].end), words: words)
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
