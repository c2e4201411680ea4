import MarsadText

/// Checks on a name read from the text (docs/ENTITIES.md, "Names read from the text" and
/// "Patronymic chains, و/ف words, ه endings, appositions"): whether it can be a new person,
/// whether a patronymic chain goes on, whether a word ending in ه is a name.
extension EntityRun {
    /// Whether a name read from the text can be a new person: one that ends with the surname of a
    /// known actor must begin with a similar first name (كرر ترمب is not a person).
    func isPlausible(_ name: ReadName) -> Bool {
        guard let last = name.words.last, flags(of: readings.whole(name.tokens.upperBound - 1)).contains(.surname),
              last != NameParts.allah else { return true }  // حسب الله is not نصر الله
        // «محمد بن عبدالرحمن»، «علي بن يحيى أبو الحسن»: in a patronymic chain the last words name
        // the father or the family, and no actor by surname.
        if name.words.count >= 3, name.words.dropFirst().contains(where: { lexicons.nameParts.nasab.contains($0) }),
           lexicons.flags(of: name.words[0]).contains(.namePart) { return true }
        // فان دير بيلين is not Beilin: a particle makes another surname; so does a hyphen («يون
        // يونغ-تشان» is not Margaret Chan).
        if name.words.count >= 3, lexicons.nameParts.foreign.contains(name.words[name.words.count - 2])
            || name.words[name.words.count - 2] == lexicons.nameParts.hyphen { return true }
        let candidates = surnameBearers(of: name)
        return candidates.contains { similarFirstName(name.words, lexicons.records[Int($0)].nameAr) }
    }

    /// The actors whose surname is the last word of `name` (none for a name with no words).
    func surnameBearers(of name: ReadName) -> [Int32] {
        name.words.last.flatMap { lexicons.actorsBySurname[EntityLexicons.surnameKey([$0])] } ?? []
    }

    /// Whether a speaker's name ending in an actor's surname names someone else: two words or more,
    /// a first word without the article that is a known name part or no word of the corpus
    /// (neither common nor a stop word), and no bearer of the surname whose name has a word
    /// beginning with the same two consonants («وأوضح رافيندر سينغ، حاكم المنطقة» is not Manmohan
    /// Singh; «وقال شيروان بري، أحد رؤساء الهلال الأحمر» not Nabih Berri; «كيليتشدار أوغلو» is
    /// still Kemal Kılıçdaroğlu, and «كرر ترمب» no one). No bearer may be of the country the rest of
    /// the sentence names, which the person takes and would then be linked by: «وقال محمد شوقي،
    /// وكيل وزارة الصحة بالقاهرة» is not Tarek Shawki.
    func namesAnotherBearer(_ name: ReadName) -> Bool {
        guard name.words.count >= 2, let last = name.words.last, last != NameParts.allah,
              !hasArticle(name.tokens.lowerBound) else { return false }
        let f = lexicons.flags(of: name.words[0])
        guard f.isDisjoint(with: [.stopword, .commonWord]), f.contains(.namePart) || !f.contains(.corpusWord) else { return false }
        let candidates = surnameBearers(of: name)
        guard !candidates.isEmpty else { return false }
        let sentence = sentenceCountry(after: name.tokens.upperBound)
        let first = consonants(name.words[0]).prefix(2)
        return candidates.allSatisfy { c in
            let record = lexicons.records[Int(c)]
            guard sentence == nil || record.country != sentence else { return false }
            let words = record.nameAr.split(separator: " ")
            // A longer name of an actor of the article's country may end in the name read, spelled
            // otherwise («وقال تشاويش أوغلو» in a report on Turkey: مولود جاويش أوغلو).
            if words.count > name.words.count, record.country == dominant { return false }
            return !words.dropLast().contains { consonants(lexicons.folder.fold(String($0))).prefix(2) == first }
        }
    }

    /// Whether a name ending in an actor's surname names someone else, after a title whose country
    /// is stated: its first word is a known name part and no actor bearing the surname is of that
    /// country («وزير الدفاع السعودي خالد فياض» is not Salam Fayyad; «رئيس كوريا الجنوبية، كرر
    /// ترمب» is still no one).
    func bearsSurnameOfAnother(_ name: ReadName, country: String?) -> Bool {
        guard let country, name.words.count >= 2,
              lexicons.flags(of: name.words[0]).contains(.namePart) else { return false }
        let candidates = surnameBearers(of: name)
        return !candidates.isEmpty && candidates.allSatisfy { lexicons.records[Int($0)].country != country }
    }

    /// Whether the last word of a name read from the text stands again elsewhere in the document
    /// (نظيره الأذربيجاني جيهون بيراموف … أكد بيراموف): a sign it is a surname.
    func surnameRecurs(_ name: ReadName) -> Bool {
        guard let last = name.words.last else { return false }
        let h = WordFolder.hash(last[...])
        for t in tokens.indices where !name.tokens.contains(t) {
            for r in readings.indices(of: t) where readings.readings[r].hash == h { return true }
        }
        return false
    }

    /// Whether token `t` is a known given name (`WordFlags.givenName`) that may begin a name.
    func startsGivenName(at t: Int) -> Bool {
        guard t < tokens.count, tokens[t].kind == .word, flags(t).contains(.givenName) else { return false }
        return nameReading(t, first: true, afterParticle: false) == 0
    }

    /// Whether token `t`, ending in ه, may begin a name rather than be a word with a pronoun
    /// suffix: neither the word nor the word without its ه is a word of the corpus
    /// (`common-words.tsv`), and it begins with no letter of an imperfect verb, a preposition or
    /// و/ف: «وزير الداخلية الإسرائيلي أرييه درعي»; not «كتابه»، «يحضره»، «بتأييده»، «ويتهمه». Only a first word:
    /// a later one is too often a verb («لويس يطالبه»، «صلاح تألقه»).
    func isNameEndingInHeh(_ t: Int, _ letters: [UInt32]) -> Bool {
        // An imperfect verb or a preposition with a pronoun (يطالبه، بتأييده) is no name.
        guard !flags(t).contains(.corpusWord), let c = letters.first,
              ![0x064A, 0x062A, 0x0646, 0x0628, 0x0644, 0x0643, 0x0648, 0x0641].contains(c) else { return false }
        return !lexicons.flags(of: Array(letters.dropLast())).contains(.corpusWord)
    }

    /// Whether token `t`, a later word of a name ending in يه, is a foreign surname (French ‑ier,
    /// ‑et: «لوران بيرجيه»، «لوران فوكييه»، «برونو روجيه») rather than a word with the pronoun ه:
    /// five letters or more, and neither the word, nor the word without its ه, nor that without its
    /// ي is a word of the corpus (عينيه، مؤيديه، محاميه are), and it begins with no letter of an
    /// imperfect verb (يحييه، تعطيه).
    func isForeignNameEndingInYehHeh(_ t: Int, _ letters: [UInt32]) -> Bool {
        guard letters.count >= 5, letters[letters.count - 2] == 0x064A, !flags(t).contains(.corpusWord),
              let c = letters.first, ![0x064A, 0x062A, 0x0646].contains(c) else { return false }
        let stem = Array(letters.dropLast())
        return !lexicons.flags(of: stem).contains(.corpusWord) && !lexicons.flags(of: Array(stem.dropLast())).contains(.corpusWord)
    }

    /// Whether token `t`, بن, is the English given name Ben before a foreign surname: «وقال بن
    /// ستيوارت، المتحدث باسم المنظمة»، «وقال بن كونابل الخبير». The next word is no known name
    /// part, given name or surname and no word of the corpus (بن سلمان، بن علي، بن لادن are
    /// patronymics), and بن follows a verb of saying or punctuation, never a name or a title that
    /// could begin a patronymic chain («الشيخ سلطان بن سحيم»).
    func isForeignBen(_ t: Int) -> Bool {
        guard t > 0, folded(t) == [0x0628, 0x0646], t + 1 < tokens.count, tokens[t + 1].kind == .word, mentionAt[t + 1] < 0,
              !hasArticle(t + 1), flags(t + 1).isDisjoint(with: [.namePart, .givenName, .surname, .corpusWord, .stopword]) else { return false }
        return tokens[t - 1].kind == .punctuation || isSpeechVerb(t - 1)
    }

    /// Whether a patronymic particle (بن، ابن، بنت) and a name word stand at token `k`: the word
    /// before it is a given name, and the name goes on («فياض بن حامد الرويلي»).
    func continuesPatronymic(at k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].kind == .word, mentionAt[k] < 0,
              lexicons.nameParts.nasab.contains(folded(k)) else { return false }
        return nameReading(k + 1, first: false, afterParticle: true) != nil
    }

    /// Whether a patronymic chain read so far (a بن، ابن or بنت in `words`) goes on at token `k`
    /// with a family name: «سليمان بن عبد العزيز اليحيى» (عبد العزيز is also an actor's surname).
    func continuesChain(_ words: [[UInt32]], at k: Int) -> Bool {
        guard words.count >= 3, words.dropLast().contains(where: { lexicons.nameParts.nasab.contains($0) }) else { return false }
        return nameReading(k, first: false, afterParticle: false) != nil && isNameLike(k, reading: 0)
    }
}
