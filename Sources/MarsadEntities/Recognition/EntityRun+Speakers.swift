import MarsadText

/// Names of speakers read right after a verb of saying (`title-modifiers.tsv`, kind `speech`):
/// «قال أحمد الشيخو، رئيس المكتب الإعلامي …»، «وأضاف تشوي هوي-هايون "…"»، «وقال لام بول جابرييل
/// المتحدث باسم …». Reports name many speakers the lexicons do not know with no title before
/// them; the quotation layer can only give a speaker the entity layer names.
///
/// The name is read as after a title (``readNameForward(from:)``: two to four words that look like
/// a name; or a known given name and a family name with the article before punctuation), and must
/// end where a subject's name ends: a comma, a colon, a quotation mark, أن/إن, في (في بيان), or a
/// title («لام بول جابرييل المتحدث»), and one of its words must be a known name part (ANERcorp,
/// the actor dictionary: «وقال قيادي بارز في الحركة» is no one) or none of its words be common
/// in the corpus (``isRareName(_:)``). A third word that is no known name part is taken when
/// such an end follows it. A word ending like a plural (مسلحون، ناشطين، قيادات) that is no known
/// name part makes no name.
extension EntityRun {
    mutating func readSpeakerNames() {
        for t in tokens.indices where isSpeechVerb(t) {
            let q = t + 1
            guard q < tokens.count else { continue }
            if let name = speakerName(at: q) { addSpeaker(name, countryFrom: name.tokens.upperBound) }
        }
    }

    /// The name of a speaker right after a verb of saying, at token `q`.
    func speakerName(at q: Int) -> ReadName? {
        // «وأعلن ترشيح فرناندو حداد»: a common word that is no name part begins no speaker's name.
        guard mentionAt[q] < 0, !(flags(q).contains(.commonWord) && !flags(q).contains(.namePart)),
              var name = readNameForward(from: q) ?? givenNameAndNisba(at: q) else { return nil }
        let end = name.tokens.upperBound
        if !endsSpeakerName(at: end), name.words.count == 2, end + 1 < tokens.count,
           nameReading(end, first: false, afterParticle: false) != nil, !hasArticle(end), endsSpeakerName(at: end + 1) {
            name.words.append(folded(end))
            name.tokens = name.tokens.lowerBound ..< end + 1
            name.span = Span(start: name.span.start, end: tokens[end].end)
        }
        guard endsSpeakerName(at: name.tokens.upperBound), isSpeakerLike(name) else { return nil }
        return name
    }

    /// Whether a name read where a speaker's name stands may be taken as a new person: a known
    /// name part or rare words (``isRareName(_:)``), no actor's surname with another first name
    /// (``isPlausible(_:)``, ``namesAnotherBearer(_:)``), no plural, and not an actor's surname
    /// alone («أعلن نصر الله»: it is found again after the full name).
    func isSpeakerLike(_ name: ReadName) -> Bool {
        (name.hasNamePart || isRareName(name)) && (isPlausible(name) || namesAnotherBearer(name))
            && !name.tokens.contains(where: { looksPlural($0) })
            && lexicons.actorsBySurname[EntityLexicons.surnameKey(name.words)] == nil
    }

    /// Adds a speaker read from the text, with the one country the sentence names from token
    /// `start` on (``sentenceCountry(after:)``) when the person has none — else, when
    /// `orDominant`, the article's main country, so that linking by a name's first two words
    /// needs that country («محافظ البحر الأحمر، أحمد عبد الله» is not Ahmedou Ould-Abdallah).
    mutating func addSpeaker(_ name: ReadName, countryFrom start: Int, orDominant: Bool = false) {
        let p = newPerson(name)
        if persons[p].record == nil, !persons[p].affiliated,
           let country = sentenceCountry(after: start) ?? (orDominant ? dominant : nil) {
            persons[p].country = country
            persons[p].cameo = lexicons.countries[country]?.cameo ?? country
            persons[p].affiliated = true
            persons[p].countryFromSentence = true
        }
    }

    /// Whether a name none of whose words is a known name part is made of words that are not
    /// common in the corpus (`common-words.tsv`): «وقال لول رواي كوانج في بيان»، «وقال جوناتن
    /// هولست، …», not «وقال مصدر مطلع في …». A word ending in ا after a word of the corpus is an
    /// adverbial accusative (مشيرا، مضيفا), and a word with a preposition glued to it is no name.
    func isRareName(_ name: ReadName) -> Bool {
        name.tokens.allSatisfy { t in
            if flags(t).contains(.commonWord) { return false }
            if let bare = withoutConjunction(t), flags(of: bare).contains(.commonWord) { return false }
            return !isAdverbialAccusative(t)
        }
    }

    /// The one country that the places and nationality adjectives of the rest of the sentence
    /// name («أحمد الشيخو، رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء في محافظة إدلب السورية» →
    /// SYR), or nil when they name none or several (the person then takes the article's country,
    /// as other people read from the text do, or a title's).
    func sentenceCountry(after start: Int) -> String? {
        var found: String? = nil
        var t = start
        while t < min(tokens.count, start + 30) {
            if tokens[t].kind == .punctuation, ".!?؟؛:".unicodeScalars.contains(scalars[tokens[t].start]) { break }
            var country: String? = nil
            if mentionAt[t] >= 0 {
                let m = mentions[Int(mentionAt[t])]
                if let r = record(of: m.target), r.type == .location || r.type == .gpe { country = r.country }
                t = max(t + 1, m.tokens.upperBound)
            } else if let adj = adjective(at: t) {
                country = adj.country
                t = max(t + 1, adj.end)
            } else {
                t += 1
            }
            guard let c = country else { continue }
            if let f = found, f != c { return nil }
            found = c
        }
        return found
    }

    /// A known given name and a family name with the article before a comma or أن/إن («قال أحمد
    /// الشيخو، رئيس المكتب الإعلامي»): the reader after a title wants a known name part there.
    func givenNameAndNisba(at q: Int) -> ReadName? {
        guard q + 2 < tokens.count, flags(q).contains(.namePart), nameReading(q, first: true, afterParticle: false) == 0,
              hasArticle(q + 1), mentionAt[q + 1] < 0, nameReading(q + 1, first: false, afterParticle: true) != nil,
              endsSpeakerName(at: q + 2), tokens[q + 2].kind == .punctuation else { return nil }
        return ReadName(tokens: q ..< q + 2, span: Span(start: tokens[q].start, end: tokens[q + 1].end),
                        words: [folded(q), folded(q + 1)], hasNamePart: true)
    }

    /// Whether token `t` is a verb of saying of `title-modifiers.tsv`, with or without و/ف.
    func isSpeechVerb(_ t: Int) -> Bool {
        // The trie's flags of the token's readings first (no table lookup), then the two readings.
        guard tokens[t].kind == .word, readings.first(t, with: .speechVerb) != nil else { return false }
        return readings.whole(t).has(.speechVerb) || withoutConjunction(t)?.has(.speechVerb) == true
    }

    /// Whether a speaker's name may end before token `t`: a comma, a colon, a quotation mark,
    /// أن/إن (with a pronoun or ب), في (the setting: في بيان، في مؤتمر صحفي), a title, a relative
    /// pronoun or a kinship noun (``speakerNameFollowers``), an age in parentheses, or an
    /// apposition (``speakerAppositions``).
    func endsSpeakerName(at t: Int) -> Bool {
        guard t < tokens.count else { return false }
        if tokens[t].kind == .punctuation {
            switch scalars[tokens[t].start] {
            case "،", ",", ":", "\"", "«", "»", "“", "”": return true
            // «وقالت نومسا نكوسي (45 عاما)»: an age in parentheses.
            case "(": return t + 1 < tokens.count && tokens[t + 1].kind == .number
            default: return false
            }
        }
        guard tokens[t].kind == .word else { return false }
        let letters = folded(t)
        if letters == [0x0641, 0x064A] { return true }
        // «وقال علي مايدويا الذي يعيش في داباتشي "…"»، «وتقول ميسون النمرة والدة أحدهما»: a relative
        // pronoun or a kinship noun after the name; «وقال ويلبرت بولينيس أحد المسؤولين»، «وقال
        // جريجوريو سييرا وهو طبيب»، «وقالت يولاند نيل مراسلة بي بي سي»: «one of», «he is», or an
        // office without the article in apposition (``speakerAppositions``).
        if Self.speakerNameFollowers.contains(letters) || Self.speakerAppositions.contains(letters) { return true }
        let an: [UInt32] = [0x0627, 0x0646]
        if letters == an || (letters.count == 3 && letters.starts(with: an) && letters[2] == 0x0647)
            || (letters.count == 4 && letters.starts(with: an) && letters[2] == 0x0647 && letters[3] == 0x0627)
            || (letters.count >= 3 && letters[0] == 0x0628 && Array(letters[1 ..< 3]) == an) {
            return true
        }
        if let o = otherAt(t) {
            for hit in hits(others[o]) { if case .title = hit { return true } }
        }
        // «وقالت جانا جبور الخبيرة بالشؤون التركية»: a description with the article in apposition.
        if flags(t).contains(.personCue), hasArticle(t) { return true }
        return isToOutlet(t)
    }

    /// Whether token `t` is ل glued to an outlet or a media noun, the one a speaker talked to:
    /// «وقال ماكسيم اوتشفاتشوف لفرانس برس»، «وقال سينوحاجي لرويترز»، «لصحيفة "لا ريبوبليكا"».
    func isToOutlet(_ t: Int) -> Bool {
        guard scalars[tokens[t].start] == "ل" else { return false }
        if mentionAt[t] >= 0 {
            let m = mentions[Int(mentionAt[t])]
            // The mention begins after the ل (لبنان is no ل + a name), and names an outlet or a body.
            guard m.tokens.lowerBound == t, m.span.start > tokens[t].start, let r = record(of: m.target) else { return false }
            return r.origin == .outlet || r.type == .organization
        }
        return readings.indices(of: t).dropFirst().contains { r in
            readings.readings[r].dropped == 1 && flags(of: readings.readings[r]).contains(.mediaNoun)
        }
    }

    /// Words that may follow a speaker's name, folded: الذي، التي، والد، والدة، شقيق، شقيقة، زوج، زوجة.
    static let speakerNameFollowers: Set<[UInt32]> = [
        [0x0627, 0x0644, 0x0630, 0x064A], [0x0627, 0x0644, 0x062A, 0x064A],
        [0x0648, 0x0627, 0x0644, 0x062F], [0x0648, 0x0627, 0x0644, 0x062F, 0x0647],
        [0x0634, 0x0642, 0x064A, 0x0642], [0x0634, 0x0642, 0x064A, 0x0642, 0x0647],
        [0x0632, 0x0648, 0x062C], [0x0632, 0x0648, 0x062C, 0x0647],
    ]

    /// Words that open an apposition after a speaker's name, folded (names10 audit of unseen
    /// reports): أحد، إحدى، وهو، وهي, and offices written without the article that no title of
    /// `titles.tsv` covers — مدير/ة، مراسل/ة، أستاذ/ة، مساعد/ة، مرشح/ة، عضو/ة، زعيمة، المحاضر/ة;
    /// names11 added سكرتير/ة، عمدة، محرر/ة، مقرر/ة، منسق/ة، متزعم، محامي/ة.
    static let speakerAppositions: Set<[UInt32]> = Set([
        "احد", "احدي", "وهو", "وهي", "مدير", "مديره", "مراسل", "مراسله", "استاذ", "استاذه", "مساعد", "مساعده",
        "مرشح", "مرشحه", "عضو", "عضوه", "زعيمه", "المحاضر", "المحاضره",
        // names11 audit (seed 1111): «بابار يعقوب سكرتير مفوضية الانتخابات»، «باربارة لودفيغ عمدة
        // كيمنتس»، «لورا كينسبرغ محررة الشؤون السياسية»، «دييجو جارسيا سايان مقرر الأمم المتحدة»، «نويل فرانشيسكو محامي الإدارة».
        "سكرتير", "سكرتيره", "عمده", "محرر", "محرره", "مقرر", "مقرره", "منسق", "منسقه", "متزعم", "محامي", "محاميه",
        // «ويقول محفوظ زبيدي من بي بي سي كابول»، «ويقول غارو بيلان من حزب الشعوب الديمقراطي».
        "من",
    ].map { Array($0.unicodeScalars.map(\.value)) })

    /// Whether token `t` ends like a plural noun (ات; ون، ين in a word of the corpus or an
    /// imperfect verb, after three letters or more) or is the dual or construct plural of a common
    /// word, and is no known name part: مسلحون، ناشطين، قيادات، ناشطان، منتقدو، يفعلون are not
    /// names; غولدستين، ديفيدسون are.
    func looksPlural(_ t: Int) -> Bool {
        if flags(t).contains(.namePart) { return false }
        let letters = folded(t)
        guard letters.count >= 5 else { return false }
        let tail = Array(letters.suffix(2))
        // A masculine plural is a word of the corpus (المسلحين، الناشطون) or an imperfect verb
        // (يفعلون); a foreign surname ending alike is neither («وقال إيريك غولدستين»، «فيليب
        // ديفيدسون»). A feminine plural (ات) is never a name word («وقالت منتقدات لترامب»).
        if tail == [0x0627, 0x062A] { return true }
        if tail == [0x0648, 0x0646] || tail == [0x064A, 0x0646] {
            return flags(t).contains(.corpusWord) || letters[0] == 0x064A
        }
        // A plural in a construct (منتقدو نيمار): و after a common word.
        if letters.last == 0x0648 { return lexicons.flags(of: Array(letters.dropLast())).contains(.commonWord) }
        // A dual of a common word (ناشطان، جماعتان سياسيتان): ان after it, ة written ت.
        guard tail == [0x0627, 0x0646] else { return false }
        var stem = Array(letters.dropLast(2))
        // A ة noun's dual writes ت (جماعتان); ه before ان is the name's own (أسمهان).
        if stem.last == 0x0647 { return false }
        if stem.last == 0x062A { stem[stem.count - 1] = 0x0647 }
        return lexicons.flags(of: stem).contains(.commonWord)
    }
}

