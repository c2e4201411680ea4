/// 64-bit FNV-1a hashes of normalized words, taken from the last letter to the first: how
/// phrase tables and token forms meet without building a `String` per token.
///
/// Hashing from the end means the hash of a word without its first letters (وقال → قال, بالاتفاق →
/// الاتفاق) is a step of the same pass, so every proclitic reading of a token costs nothing more.
/// ```swift
/// WordHash.of("اتفاق") == WordHash.of(Array("اتفاق".unicodeScalars)[...])
/// ```
/// Collisions are not checked: with 64 bits and a few thousand entries, the chance that two
/// different words share a hash is about 10⁻¹².
enum WordHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* prime
    }

    /// The hash of a normalized word.
    static func of(_ word: some StringProtocol) -> UInt64 {
        var h = basis
        for s in word.unicodeScalars.reversed() { h = step(h, s.value) }
        return h
    }

    /// The hash of normalized scalars.
    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h = basis
        for s in scalars.reversed() { h = step(h, s.value) }
        return h
    }
}

/// Hashes of the few words the readers test for by themselves.
enum Words {
    static let between = WordHash.of("بين")
    static let fi = WordHash.of("في")
    /// إشارة of «في إشارة إلى»: the journalist's gloss on what a speaker meant.
    static let reference: WordSet = [WordHash.of("اشارة")]
    static let ala = WordHash.of("علي")
    static let didd = WordHash.of("ضد")
    static let ila = WordHash.of("الي")
    /// The verb دعا (to call on, to call for).
    static let call: WordSet = WordSet(["دعا", "دعت", "دعوا", "يدعو", "تدعو"].map { WordHash.of($0) })
    /// لسان of على لسان («on the tongue of»): the actor after it voices another.
    static let tongue = WordHash.of("لسان")
    static let min = WordHash.of("من")
    /// كل of كل من X و Y ("each of X and Y"), before a coordinated subject.
    static let kull = WordHash.of("كل")
    /// بعض before a generic source («يرى بعض المعلقين»): some of an unnamed source.
    static let some = WordHash.of("بعض")
    static let passives: WordSet = [WordHash.of("تم"), WordHash.of("وتم"), WordHash.of("جري"), WordHash.of("وجري")]
    static let firstPerson: WordSet = [WordHash.of("نحن"), WordHash.of("انا"), WordHash.of("اننا"), WordHash.of("انني")]
    /// A first-person object or possessive standing alone (معي، لدي، عندي، بلادي).
    static let firstPersonObjects: WordSet = WordSet(["معي", "لدي", "عندي", "بلادي", "لي", "مني", "عني"].map { WordHash.of($0) })
    static let about: [UInt64] = [WordHash.of("حول"), WordHash.of("بشان"), WordHash.of("بخصوص")]
    static let asOf = WordHash.of("اعتبارا")
    static let lam: WordSet = [WordHash.of("لم"), WordHash.of("ولم")]
    /// كان/كانت before a subject and a perfect verb (وكان الجيش الإسرائيلي شن السبت غارات): the
    /// subject stands between them; قد may stand before the verb.
    static let kana: WordSet = [WordHash.of("كان"), WordHash.of("كانت")]
    static let qad = WordHash.of("قد")
    /// كان/يكن before an obligation («كان ينبغي على الولايات المتحدة»، «لم يكن يتعين على»): a
    /// regret about the past, no demand (frame `obliged`).
    static let bygone: WordSet = WordSet(["كان", "كانت", "يكن", "تكن", "وكان", "وكانت"].map { WordHash.of($0) })
    /// أن before an imperfect verb: the verb is the complement of what governs it («ومن المقرر
    /// أن يتباحث»), whose modality it takes across the clause break after أن.
    static let anna = WordHash.of("ان")
    /// «، وذلك خلال زيارته»، «وذلك في اجتماع»: the clause tells of the occasion of the clause
    /// before it, whose time it shares.
    static let dhalika: WordSet = [WordHash.of("وذلك")]
    /// «جاء ذلك خلال زيارة …»: the sentence tells of the occasion of the sentence before it.
    /// The prepositions right after «استدعت سفيرها» that name where the ambassador is recalled from.
    static let posted: WordSet = WordSet(["لدي", "في", "من"].map { WordHash.of($0) })
    /// The relations a `sever` verb breaks («وقطعت السعودية والإمارات والبحرين ومصر روابط السفر
    /// والتجارة مع قطر»).
    static let relations: WordSet = WordSet(["علاقاتها", "علاقاته", "علاقاتهم", "علاقتها", "علاقته", "العلاقات", "روابط", "الروابط"]
        .map { WordHash.of($0) })
    static let jaa: WordSet = [WordHash.of("جاء"), WordHash.of("وجاء")]
    static let that = WordHash.of("ذلك")
    static let during: WordSet = WordSet(["خلال", "في", "اثناء"].map { WordHash.of($0) })
    /// Words that set an event noun as the occasion of another clause («خلال زيارته»، «على هامش
    /// قمة»، «بعد انتهاء زيارته»): the noun tells of its own event, whatever the clause's verb.
    static let occasions: WordSet = WordSet(["خلال", "اثناء", "انتهاء", "هامش", "عقب", "اثر", "بعد", "قبيل"].map { WordHash.of($0) })
    /// Counts of victims written in words after an active قتل (قتلت قوات الاحتلال العشرات، أكثر من
    /// 60، أربعة), and what may stand between the subject and them (بالرصاص).
    static let counts: WordSet = WordSet(["عشرات", "العشرات", "مئات", "المئات", "اكثر", "نحو", "حوالي", "اثنين", "ثلاثة",
                                          "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"].map { WordHash.of($0) })
    static let byBullets = WordHash.of("بالرصاص")
    /// An unnamed spokesperson or correspondent: the body named after it speaks (ANNOTATION.md,
    /// dev-extra: «مراسل وكالة الأنباء الفرنسية» → AFP).
    static let voices: WordSet = [
        WordHash.of("متحدث"), WordHash.of("متحدثة"), WordHash.of("ناطق"), WordHash.of("مراسل"), WordHash.of("مراسلة"),
    ]
    /// The indefinite spokesperson (متحدث باسم …): an unnamed one, who speaks for the person or
    /// body after باسم (branch quotes9).
    static let indefiniteVoices: WordSet = [
        WordHash.of("متحدث"), WordHash.of("متحدثة"), WordHash.of("ناطق"), WordHash.of("ناطقة"),
    ]
    static let inTheNameOf = WordHash.of("باسم")
    /// Heads of a name in construct with the marks after them («مراسل "سكاي نيوز عربية"»، «رئيس
    /// "الهيئة الوطنية للعدول"»، «مؤشر "جيه.بي مورغان"»): the marks hold the name, not words said
    /// (audit of random benchmark reports, docs/QUALITY.md, branch quotes4).
    static let nameHeads: WordSet = WordSet(["مراسل", "مراسلة", "رئيس", "رئيسة", "منظمة", "منصة", "مؤشر", "حزب", "حركة",
                                             "جماعة", "مجلس", "هيئة", "مركز", "معهد", "جمعية", "شركة", "مؤسسة", "برنامج",
                                             "عملية", "حملة", "مبادرة", "ائتلاف", "تحالف", "تنظيم", "مجموعة"].map { WordHash.of($0) })
    static let with = WordHash.of("مع")
    /// A counterpart with an attached pronoun («نظيريها في ألمانيا والسويد»): the country after في
    /// is whose counterpart, a side rather than a place.
    static let counterparts: WordSet = WordSet(["نظيره", "نظيرها", "نظيرته", "نظيريه", "نظيريها", "نظرائه", "نظرائها", "نظراءه"]
        .map { WordHash.of($0) })
    /// The verbs of «اتفق مع X على» (an agreement reached with X).
    static let agreeVerbs: WordSet = WordSet(["اتفق", "اتفقت", "اتفقا", "اتفقوا"].map { WordHash.of($0) })
    /// Words after which a place is what is talked about, not where an event happens («القضايا
    /// المتعلقة بسوريا»، «بشأن سوريا»، «حول إدلب»، «عن اليمن»).
    /// Not تجاه (towards), whose place is aimed at («صواريخ أطلقها الحوثيون تجاه السعودية»).
    static let topicGovernors: WordSet = WordSet(["المتعلقة", "المتعلق", "الخاصة", "الخاص", "بشان", "حول", "عن", "بخصوص"]
        .map { WordHash.of($0) })
    /// Nouns of a situation whose place after في is what is talked about («بحث … الوضع في سوريا»،
    /// «تطورات الأزمة في اليمن»), not where the event happens.
    static let topicNouns: WordSet = WordSet(["الوضع", "الاوضاع", "الازمة", "الازمات", "التطورات", "تطورات", "الملف",
                                              "الصراع", "النزاع", "الحرب", "الحل", "التسوية", "مستجدات"].map { WordHash.of($0) })
    /// Prepositions by which a meeting noun tells the manner of the verb before it («بحث … مع
    /// نظيره … في اتصال هاتفي»، «خلال اتصال هاتفي»، «عبر الهاتف»).
    static let manner: WordSet = [fi, WordHash.of("خلال"), WordHash.of("عبر")]
    /// هاتفيا after a meeting verb: the talk was a phone call (تباحث ترامب هاتفيا مع نظيره).
    static let byPhone = WordHash.of("هاتفيا")
    /// Nouns whose object is a verbal noun written like a past verb («بإجراء بحث في قنصليتها»).
    static let performing: WordSet = WordSet(["اجراء", "باجراء", "لاجراء"].map { WordHash.of($0) })
    /// Prepositions that open a verb's object and never a title's phrase (عن، مع; not على, which
    /// folds like the name علي): a name after them is no person a title before speaks for
    /// («أفرجت السلطات الإيرانية عن الصحفي …»).
    static let objectPrepositions: WordSet = [WordHash.of("عن"), with]
    /// مثل of «مثل هذه الاتفاقات» (such agreements): a kind, not one named before.
    static let such = WordHash.of("مثل")
    /// Verbs by which an agreement includes what follows («اتفاق سلام … شمل وقفا لإطلاق النار»،
    /// «يتضمن إجلاء المقاتلين»); ينص/نص take على before it.
    static let includes: WordSet = WordSet(["شمل", "يشمل", "تشمل", "شملت", "تضمن", "يتضمن", "تتضمن", "تضمنت"]
        .flatMap { [WordHash.of($0), WordHash.of("و" + $0)] })
    static let stipulates: WordSet = WordSet(["نص", "ينص", "تنص", "نصت"].flatMap { [WordHash.of($0), WordHash.of("و" + $0)] })
    /// أن/إن with a pronoun subject («وأضاف السفير أنه أبلغ المسؤولين الأمريكيين … أن»): the verb
    /// after it is the current speaker's; the noun after that verb is its object.
    static let pronounComplementizers: WordSet = WordSet(["انه", "انها", "بانه", "بانها", "وانه", "وانها"].map { WordHash.of($0) })
    /// أن/إن with a pronoun of the subject itself (أنه، أنها، أنهم، أنهما, also with ب/و): after
    /// أعلن, the announcer's own statement (docs/EVENTS.md, Quotations 10).
    static let selfComplementizers: WordSet = WordSet(["انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "بانهما",
                                                       "وانه", "وانها", "وانهم"].map { WordHash.of($0) })
    /// عن with a pronoun («وفق ما نقلت عنه وكالة الأنباء السورية»): the relay names the outlet,
    /// not a new speaker; the words are those of the speaker already named («ونقلت وكالة فارس عنه
    /// قوله»: the one the pronoun stands for).
    static let anPronouns: WordSet = WordSet(["عنه", "عنها", "عنهم", "عنهما"].map { WordHash.of($0) })
    static let an = WordHash.of("عن")
    /// A definite document that speaks for its issuer (وقال التقرير، وأضاف البيان، وجاء في التقرير).
    static let documents: WordSet = WordSet(["التقرير", "البيان", "الرسالة", "الوثيقة"].map { WordHash.of($0) })
    /// Heads of a person's title (الوزير الفرنسي، الرئيس الأمريكي، السفير الروسي): one person holds it.
    static let personTitles: WordSet = WordSet(["الوزير", "وزير", "الوزيرة", "الرئيس", "رئيس", "المبعوث", "الموفد", "السفير",
                                                "سفير", "السفيرة", "الزعيم", "الناطق", "المتحدث", "المتحدثة", "النائب", "المستشار",
                                                "الرئيسة", "المبعوثة", "الزعيمة", "الناطقة", "النائبة", "المستشارة"].map { WordHash.of($0) })
    /// Nouns of necessity or importance before أنْ + verb («شدد على ضرورة أن يتقدم المسار»): what
    /// follows is the noun's complement, not a reported clause.
    /// So do adverbs that make أنْ a conjunction of time or manner («بعد أن روى قصة»، «من غير أن
    /// يحدد»، «دون أن»): no clause of speech follows. So do modal verbs (يمكن، يجب، ينبغي أن).
    static let complementNouns: WordSet = WordSet(["ضرورة", "بضرورة", "اهمية", "باهمية", "امكانية", "بامكانية", "وجوب", "بوجوب",
                                                   "اولوية", "حتمية", "بحتمية", "بعد", "قبل", "منذ", "دون", "بدون", "غير",
                                                   // modal verbs (branch quotes11: «كيف يرى فؤاد المستقبل ومن يمكن أن»)
                                                   "يمكن", "ويمكن", "يجب", "ويجب", "ينبغي", "وينبغي"].map { WordHash.of($0) })
    /// Words after which a speech verb's form is its verbal noun («طالبا عدم كشف هويته»، «رفض
    /// كشف اسمه»): no one speaks.
    static let verbalNounGovernors: WordSet = WordSet(["عدم", "رفض", "بعدم"].map { WordHash.of($0) })
    /// «نقل عن X قوله إن», also after a colon («عن مسؤول إسرائيلي:قوله إن»): the saying noun
    /// carries the reported clause.
    /// Future verbs of an event taking place, after the event's noun («القمة ستعقد»، «الاجتماع سيجري»).
    static let futureHeld: WordSet = WordSet(["ستعقد", "سيعقد", "ستنعقد", "سينعقد", "ستجري", "سيجري", "ستجرى", "سيجرى", "ستبدا",
                                              "سيبدا", "ستقام", "سيقام", "ستنطلق", "سينطلق"].map { WordHash.of($0) })
    static let sayings: WordSet = WordSet(["قوله", "قولها", "قولهم", "قولهما"].map { WordHash.of($0) })
}
