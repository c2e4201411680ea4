import MarsadText

/// Names that close the subject of a verb of saying, after a title or an office no lexicon reads
/// whole (names12 audit of unseen reports): «وذكر أستاذ الدراسات السياسية والشرق الأوسط في جامعة
/// بار إيلان، هيليل فريش، في تحليله»، «أكد المتحدث باسم الحكومة البريطانية في الشرق الأوسط وشمال
/// أفريقيا، إدوين سموأل، أن …»، «وقال منسق الأمم المتحدة الإقليمي للشؤون الإنسانية في سوريا بانوس
/// مومتزيس الاثنين».
extension EntityRun {
    /// Reads the names that close the subject of a verb of saying (``nameClosingSubject(from:)``)
    /// after the title patterns, which read a name after a title they know first (their person
    /// has the title's role and country), for verbs whose speaker's name is not right after them.
    mutating func readSubjectNames() {
        for t in tokens.indices where isSpeechVerb(t) {
            let q = t + 1
            guard q < tokens.count, mentionAt[q] < 0, speakerName(at: q) == nil,
                  let name = nameClosingSubject(from: q) else { continue }
            addSpeaker(name, countryFrom: q, orDominant: true)
        }
    }

    /// The name that ends the subject of a verb of saying whose first word, token `q`, is a title
    /// or a word without the article that is no name part (an office: منسق، ممثل، أستاذ، قائد): the first
    /// comma within 16 words, a place or body named before the name, or a nationality adjective, is followed by a name that
    /// ends where a speaker's name ends (``endsSpeakerName(at:)``, or a weekday). The subject
    /// stops at a sentence mark, a colon, أن/إن, another verb of saying and a person's name; a
    /// name needs the checks of a speaker's name (``isSpeakerLike(_:)``).
    ///
    /// - Complexity: O(16) tokens, each name read at most twice.
    func nameClosingSubject(from q: Int) -> ReadName? {
        guard tokens[q].kind == .word, mentionAt[q] < 0, opensSubjectPhrase(q) else { return nil }
        // «وقال الكولونيل راجيش كاليا، …»: a rank, then the name.
        if isRank(q), let name = subjectName(at: q) { return name }
        var k = q + 1
        while k < min(tokens.count, q + 16) {
            if tokens[k].kind == .punctuation {
                let s = scalars[tokens[k].start]
                if s == "،" || s == "," { return subjectName(at: k + 1) }
                if ".!?؟؛:".unicodeScalars.contains(s) { return nil }
                k += 1
                continue
            }
            if mentionAt[k] >= 0 {
                let m = mentions[Int(mentionAt[k])]
                if case .person = m.target { return nil }
                // «… في سوريا بانوس مومتزيس»: a name right after a place or a body.
                let after = m.tokens.upperBound
                if after < tokens.count, tokens[after].kind == .word, mentionAt[after] < 0, let name = subjectName(at: after) {
                    return name
                }
                k = max(k + 1, after)
                continue
            }
            if isSpeechVerb(k) || isThatParticle(k) { return nil }
            // «وقال وزير التجارة التركي روهسار بيكان»: a name right after a nationality adjective.
            if let adj = adjective(at: k) {
                if adj.end < tokens.count, tokens[adj.end].kind == .word, mentionAt[adj.end] < 0, let name = subjectName(at: adj.end) {
                    return name
                }
                k = max(k + 1, adj.end)
                continue
            }
            k += 1
        }
        return nil
    }

    /// Whether token `q` may open the subject phrase of a title or an office: a title, or a word
    /// without the article that is no name part, stop word or function word (منسق، ممثل، أستاذ).
    func opensSubjectPhrase(_ q: Int) -> Bool {
        if let o = otherAt(q) {
            for hit in hits(others[o]) { if case .title = hit { return true } }
        }
        let f = flags(q)
        return f.isDisjoint(with: [.namePart, .stopword, .givenName, .speechVerb]) && !hasArticle(q)
            && !isFunctionWord(q) && !looksPlural(q)
    }

    /// A speaker's name beginning at token `k` — or after a rank there, a one-word title with the
    /// article («، الكولونيل راجيش كاليا،») — ending where a speaker's name ends or before a weekday.
    func subjectName(at start: Int) -> ReadName? {
        var k = start
        if isRank(k) { k += 1 }
        guard k < tokens.count, tokens[k].kind == .word, mentionAt[k] < 0,
              !(flags(k).contains(.commonWord) && !flags(k).contains(.namePart)),
              let name = readNameForward(from: k), name.tokens.lowerBound == k,
              // «محامية جادج، صديق طفولة كافانو»: every word a name part or no common word.
              name.tokens.allSatisfy({ flags($0).contains(.namePart) || !flags($0).contains(.commonWord) }) else { return nil }
        let end = name.tokens.upperBound
        guard endsSpeakerName(at: end) || (end < tokens.count && flags(end).contains(.weekday)),
              isSpeakerLike(name) else { return nil }
        return name
    }

    /// Whether token `t` is a one-word title with the article (a rank or an honorific: الكولونيل،
    /// المقدم، الدكتور) followed by another word.
    func isRank(_ t: Int) -> Bool {
        guard t + 1 < tokens.count, hasArticle(t), let o = otherAt(t), others[o].tokens.count == 1 else { return false }
        return hits(others[o]).contains { if case .title = $0 { true } else { false } }
    }

    /// Whether token `t` is أن، إن or أنّ with a pronoun (أنه، إنها), which opens what is said.
    func isThatParticle(_ t: Int) -> Bool {
        let letters = folded(t)
        let an: [UInt32] = [0x0627, 0x0646]
        return letters == an || (letters.count >= 3 && letters.count <= 4 && letters.starts(with: an) && letters[2] == 0x0647)
    }
}
