import MarsadCore
import MarsadText

extension EntityRun {
    /// Links people known only from the text to the actor dictionary by surname — with the same
    /// country, or, without a country, with a first name of the same first letters — and gives
    /// people still without an affiliation the country the article is mostly about.
    mutating func linkUnknownPeople() {
        for p in persons.indices where persons[p].record == nil {
            guard let words = persons[p].spellings.first, words.count >= 2 else { continue }
            let country = persons[p].country
            func agrees(_ r: Int32) -> Bool {
                let record = lexicons.records[Int(r)]
                // An official of an international body by surname alone needs a similar first name
                // too («أحمد أبو زيد» is not Karen AbuZayd).
                if let country {
                    return record.country == country || (record.cameo?.hasPrefix("IGO") == true && similarFirstName(words, record.nameAr))
                }
                // «سعيد أبو بكر الحريري» is not «سعد الحريري»: a name longer than the actor's must
                // begin with the actor's first name or its first part (ألماز بك for ألمازبيك).
                guard similarFirstName(words, record.nameAr) else { return false }
                let actorWords = record.nameAr.split(separator: " ")
                return words.count <= actorWords.count || lexicons.folder.fold(actorWords[0]).starts(with: words[0])
            }
            // حمد بن عيسى → حمد بن عيسى آل خليفة: the name begins an actor's name.
            // The words read after the first two must continue the actor's name: as written when
            // several actors begin alike (محمد بن نواف is not محمد بن نايف), or at least in their
            // consonants for the only one (ستافان دي مستورا, ميستورا; أحمد أبو حسين is not أحمد
            // أبو الغيط).
            let begins = (lexicons.actorsByFirstWords[EntityLexicons.surnameKey(Array(words.prefix(2)))] ?? []).filter(agrees)
            var matching = begins.filter { continuesName(words, of: $0, exactly: true) }
            if matching.isEmpty, begins.count == 1, continuesName(words, of: begins[0], exactly: false) { matching = begins }
            // «فياض بن حامد بن محمد» for «خالد بن أحمد آل خليفة»: the actor's name may leave out the
            // grandfather of a patronymic chain; its first three words must then be the name's.
            if matching.isEmpty, words.count >= 5, lexicons.nameParts.nasab.contains(words[1]),
               lexicons.nameParts.nasab.contains(words[3]) {
                let chain = begins.filter { continuesName(Array(words.prefix(3)), of: $0, exactly: true) }
                if chain.count == 1 { matching = chain }
            }
            if matching.isEmpty, let surname = lexicons.nameParts.surname(of: words),
               let candidates = lexicons.actorsBySurname[EntityLexicons.surnameKey(surname)] {
                // «سعود بن عبدالله» is not Mutaib bin Abdullah: a patronymic names the father, so
                // the first name must agree too.
                let patronymic = lexicons.nameParts.nasab.contains(surname[0])
                matching = candidates.filter { agrees($0) && (!patronymic || similarFirstName(words, lexicons.records[Int($0)].nameAr)) }
            }
            guard matching.count == 1, let r = matching.first else { continue }
            if let existing = personOfRecord[r], existing != p {
                personAlias[p] = existing
                persons[existing].roles += persons[p].roles.filter { !persons[existing].roles.contains($0) }
            } else {
                let record = lexicons.records[Int(r)]
                persons[p].record = r
                persons[p].country = record.country
                persons[p].cameo = record.cameo ?? persons[p].cameo
                persons[p].affiliated = true
                personOfRecord[r] = p
            }
        }
    }

    /// People known only from the text and still without an affiliation take the nationality
    /// adjective of the description right before a mention of theirs — a definite noun, the
    /// adjective, up to two definite modifiers and a comma: «الطاهي السويسري دانييل هوم»، «العميل
    /// الروسي السابق المزدوج سيرغي سكريبال» — else (no nationality, no country, no body, no
    /// official to inherit from) the country the article is mostly about: delegation heads, local
    /// commanders, spokesmen (docs/ENTITIES.md).
    mutating func affiliateUnknownPeople() {
        for m in mentions {
            guard case .person(let p) = m.target, persons[p].record == nil, !persons[p].affiliated,
                  personAlias[p] == nil, let country = describedNationality(before: m.tokens.lowerBound) else { continue }
            persons[p].country = country
            persons[p].cameo = lexicons.countries[country]?.cameo ?? country
            persons[p].affiliated = true
        }
        guard let country = dominant else { return }
        let base = lexicons.countries[country]?.cameo ?? country
        for p in persons.indices where persons[p].record == nil && !persons[p].affiliated && personAlias[p] == nil {
            persons[p].country = country
            persons[p].cameo = base
        }
    }

    /// Head nouns of bodies, places and groups (`class-nouns.tsv`, `institutions.tsv`).
    static let bodyNouns: WordFlags = [.adminNoun, .siteNoun, .groupNoun, .mediaNoun, .genericNoun, .adminDualNoun,
                                       .unitNoun, .adminPluralNoun, .regimeNoun, .bareInstitutionHead]

    /// The country of the nationality adjective describing the name that starts at token `start`:
    /// a definite noun that is no mention and heads no body, the adjective, then up to two
    /// definite words (السابق، المزدوج) and a comma before the name.
    func describedNationality(before start: Int) -> String? {
        var e = start - 1
        if isComma(e) { e -= 1 }
        for _ in 0 ..< 3 {
            guard e >= 1, tokens[e].kind == .word, mentionAt[e] < 0 else { return nil }
            for s in max(1, e - 2) ... e {
                guard let adj = adjective(at: s), adj.end == e + 1 else { continue }
                let noun = s - 1
                // A body's head noun makes a body, not a description: «وأودعت السلطات التركية
                // برانسون» names the object of the verb.
                guard tokens[noun].kind == .word, mentionAt[noun] < 0, hasArticle(noun), adjective(at: noun) == nil,
                      flags(noun).isDisjoint(with: Self.bodyNouns) else { return nil }
                return adj.country
            }
            guard hasArticle(e) else { return nil }
            e -= 1
        }
        return nil
    }

    /// Whether the words of a name read from the text after its first two (which found the
    /// actor) continue the actor's Arabic name: folded alike, or (not `exactly`) alike without
    /// long vowels (مستورا and ميستورا agree; حسين and الغيط do not).
    func continuesName(_ words: [[UInt32]], of record: Int32, exactly: Bool) -> Bool {
        guard words.count > 2 else { return true }
        let name = lexicons.records[Int(record)].nameAr.split(separator: " ").map { lexicons.folder.fold(String($0)) }
        return words.count <= name.count
            && zip(words, name).dropFirst(2).allSatisfy { exactly ? $0 == $1 : consonants($0) == consonants($1) }
    }

    /// The letters of a folded word without alef, waw and yeh.
    func consonants(_ w: [UInt32]) -> [UInt32] { w.filter { $0 != 0x0627 && $0 != 0x0648 && $0 != 0x064A } }

    /// Whether the first word of a name read from the text and of an actor's Arabic name share
    /// their first three folded letters (سالفا / سلفا share س and ل… after folding vowels out).
    func similarFirstName(_ words: [[UInt32]], _ nameAr: String) -> Bool {
        let other = lexicons.folder.fold(nameAr.split(separator: " ").first.map(String.init) ?? "")
        let a = consonants(words[0]), b = consonants(other)
        return a.count >= 2 && b.count >= 2 && a.prefix(3) == b.prefix(3)
    }

    /// The country the article names most (countries twice, nationality adjectives once), when
    /// one leads.
    func dominantCountry() -> String? {
        var best = -1, top: Int32 = 0, second: Int32 = 0
        for (index, count) in evidence.enumerated() {
            if count > top { second = top; top = count; best = index } else if count > second { second = count }
        }
        return best >= 0 && top > second ? lexicons.countryCodes[best] : nil
    }
}
