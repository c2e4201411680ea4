import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Quotations on real sentences: each shape of quotation, its speaker and what is not one.
@Suite struct QuoteTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let text: String
        let entities: [SentenceFixture.Named]
        /// (the start of the quoted text, kind, speaker's name or nil), in document order.
        let quotes: [(String, Quote.Kind, String?)]
        var testDescription: String { source }
    }

    static let lavrov = SentenceFixture.Named.person("سيرغي لافروف", "لافروف", country: "RUS", name: "Sergey Lavrov")
    static let bayramov = SentenceFixture.Named.person("جيهون بيراموف", "بيراموف", country: "AZE", name: "Jeyhun Bayramov")

    static let cases: [Case] = [
        Case(source: "sample (Sputnik, 11 May 2021): direct, four sentences in one pair of marks",
             text: "قال لافروف خلال اجتماع مع نظيره الأذربيجاني جيهون بيراموف: \"نحن نركز على التنفيذ الكامل لجميع الاتفاقات الخاصة بتسوية نزاع ناغورني قره باغ. وبالأمس تم مناقشة ( خلال اجتماع مع الرئيس الأذربيجاني إلهام علييف المشاكل الواهنة بالتفصيل الدقيق. نأمل أن نتمكن اليوم من تحديد خطوات محددة لحل المشكلات الناشئة على الأرض. وبطبيعة الحال، فإن الوضع ليس سهلا، لسنوات عديدة لم يتم حله\".",
             entities: [lavrov, bayramov],
             quotes: [("نحن نركز على التنفيذ الكامل", .direct, "Sergey Lavrov")]),
        Case(source: "sample: a partial quotation after إلى أن هناك, then a participle موضحا أن",
             text: "وأشار لافروف في حديثه عن العلاقات بين روسيا وأذربيجان إلى أن هناك \"قضايا كثيرة لكنها ليست مشاكل\"؛ موضحا أن \" هذا الكم يرجع إلى حقيقة أن العلاقات غنية جدًا. فهي تزداد ثراءً كل يوم\".",
             entities: [lavrov, .gpe("روسيا", country: "RUS", name: "Russia"), .gpe("أذربيجان", country: "AZE", name: "Azerbaijan")],
             quotes: [("قضايا كثيرة لكنها ليست مشاكل", .direct, "Sergey Lavrov"), ("هذا الكم يرجع", .direct, "Sergey Lavrov")]),
        Case(source: "sample: بدوره hands the turn to the other party",
             text: "وأشار لافروف إلى أن هناك \"قضايا كثيرة لكنها ليست مشاكل\".\n\nبدوره، أكد بيراموف أن عددًا كبيرًا نسبيًا من القضايا تراكمت لدى الطرفين مع مراعاة جدول الأعمال الواسع.",
             entities: [lavrov, bayramov],
             quotes: [("قضايا كثيرة", .direct, "Sergey Lavrov"), ("عددًا كبيرًا نسبيًا من القضايا", .indirect, "Jeyhun Bayramov")]),
        Case(source: "sample: أعلن … أن is an announcement, not a quotation (seed gold)",
             text: "أعلن وزير الخارجية الروسي، سيرغي لافروف، اليوم الثلاثاء، أن الوفد الروسي خلال المحادثات في باكو يريد تحديد خطوات ملموسة لحل القضايا الناشئة على الأرض في إقليم قره باغ .",
             entities: [lavrov, .place("باكو", country: "AZE", name: "Baku")],
             quotes: []),
        Case(source: "BBC Arabic, 5 Sep 2018: indirect speech of an organization, then of unnamed officials",
             text: "قالت الأمم المتحدة إن المليشيات المتناحرة التي تتقاتل في العاصمة الليبية طرابلس منذ الأسبوع الماضي توصلت إلى اتفاق لوقف إطلاق النار.\nويقول مسؤولون إن العنف أدى إلى مقتل 47 شخصا على الأقل ونزوح 1800 أسرة.",
             entities: [.organization("الأمم المتحدة", country: nil, name: "United Nations"), .place("طرابلس", country: "LBY", name: "Tripoli")],
             quotes: [("المليشيات المتناحرة", .indirect, "United Nations"), ("العنف أدى إلى مقتل 47 شخصا", .indirect, nil)]),
        Case(source: "France 24, 7 Jul 2018: the speaker of الذي أشار is the name before الذي",
             text: "وتتواصل السبت حركة النازحين باتجاه قرى وبلدات يشملها الاتفاق، وفق عبد الرحمن الذي أشار إلى أنه \"في المقابل، يخشى البعض العودة إلى مناطق دخلتها قوات النظام خوفا من الاعتقالات\".",
             entities: [.person("رامي عبد الرحمن", "عبد الرحمن", country: "SYR", name: "Rami Abdel Rahman")],
             quotes: [("في المقابل، يخشى البعض العودة", .direct, "Rami Abdel Rahman")]),
        Case(source: "Al Arabiya, 14 Jul 2018: an anaphoric subject (الحركة) takes its antecedent",
             text: "أعلنت #حركة_الجهاد التوصل لاتفاق وقف لإطلاق النار في #غزة بين الفصائل و#إسرائيل.\nوأكدت الحركة أن الاتفاق تم بوساطة مصرية.",
             entities: [.organization("الجهاد", country: "PSE", name: "Palestinian Islamic Jihad"), .gpe("إسرائيل", country: "ISR", name: "Israel")],
             quotes: [("الاتفاق تم بوساطة مصرية", .indirect, "Palestinian Islamic Jihad")]),
        Case(source: "Al Arabiya, 14 Jul 2018: a title's organization gives way to the person; a participle continues",
             text: "وقال المتحدث باسم الجهاد داود شهاب: \"تم التوافق على وقف إطلاق النار بعد الاتصالات المكثفة التي جرت اليوم وفق تفاهمات القاهرة للعام 2014\"، لافتا إلى \"جهد مصري، وإقليمي، ودولي\" في هذا السياق.",
             entities: [.organization("الجهاد", country: "PSE", name: "Palestinian Islamic Jihad"), .person("داود شهاب", country: "PSE", name: "Daoud Shehab"),
                        .place("القاهرة", country: "EGY", name: "Cairo")],
             quotes: [("تم التوافق على وقف إطلاق النار", .direct, "Daoud Shehab"), ("جهد مصري، وإقليمي، ودولي", .direct, "Daoud Shehab")]),
        Case(source: "France 24, 5 Jul 2018 (dev-extra): a participle opening a sentence continues the speaker; the quotation's words are not its subject",
             text: "وأوضح مدير المرصد رامي عبد الرحمن أن التصعيد \"غير مسبوق\" منذ بدء الحملة العسكرية مشيرا إلى استمرار الغارات في هذه الأثناء. مضيفا \"يحول الطيران السوري والروسي هذه المناطق إلى جحيم\".",
             entities: [.person("رامي عبد الرحمن", country: "SYR", name: "Rami Abdel Rahman"), .gpe("سوريا", country: "SYR", name: "Syria")],
             quotes: [("التصعيد", .indirect, "Rami Abdel Rahman"), ("يحول الطيران السوري", .direct, "Rami Abdel Rahman")]),
        Case(source: "France 24, 5 Jul 2018 (dev-extra): a quotation with no cue is not said by a name inside the quotation before it",
             text: "وأوضح مدير المرصد رامي عبد الرحمن أن التصعيد غير مسبوق. مضيفا \"يحول الطيران السوري والروسي هذه المناطق إلى جحيم\" متحدثا عن \"قصف هستيري على ريف درعا في محاولة لإخضاع الفصائل\".",
             entities: [.person("رامي عبد الرحمن", country: "SYR", name: "Rami Abdel Rahman"), .gpe("سوريا", country: "SYR", name: "Syria"),
                        .gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa")],
             quotes: [("التصعيد", .indirect, "Rami Abdel Rahman"), ("يحول الطيران السوري", .direct, "Rami Abdel Rahman"),
                      ("قصف هستيري", .direct, "Rami Abdel Rahman")]),
        Case(source: "France 24, 5 Jul 2018 (dev-extra): an unnamed correspondent speaks for the agency",
             text: "وقال مراسل وكالة الأنباء الفرنسية على أطراف مدينة درعا إن دوي القصف لم يتوقف طوال الليل.",
             entities: [.organization("وكالة الأنباء الفرنسية", country: "FRA", name: "Agence France-Presse"), .place("درعا", country: "SYR", name: "Daraa")],
             quotes: [("دوي القصف", .indirect, "Agence France-Presse")]),
        Case(source: "Al Arabiya, 30 May 2018 (dev-extra): a pronoun subject after an announcement takes the sentence's subject before",
             text: "في المقابل، أعلنت حركة #الجهاد_الاسلامي مساء الثلاثاء وقفا لإطلاق النار مع #إسرائيل . وأوضحت أن الفصائل ستثبت الهدوء في غزة وفقاً لاتفاقية 2014، إذا قامت إسرائيل بالمثل.",
             entities: [.organization("#الجهاد_الاسلامي", country: "PSE", name: "Palestinian Islamic Jihad"), .gpe("إسرائيل", country: "ISR", name: "Israel"),
                        .place("غزة", country: "PSE", name: "Gaza")],
             quotes: [("الفصائل ستثبت الهدوء", .indirect, "Palestinian Islamic Jihad")]),
        Case(source: "France 24, 29 Apr 2018 (dev-extra): a title with a nationality adjective and no name is the person named before",
             text: "كما ناقش لودريان مسألة حقوق الانسان في مصر مع السيسي. وقال الوزير الفرنسي في المؤتمر الصحافي إن \"حيوية المجتمع المدني وضمان الحريات العامة هما الحصن في مواجهة الإرهاب\".",
             entities: [.person("لودريان", country: "FRA", name: "Jean-Yves Le Drian"), .gpe("فرنسا", country: "FRA", name: "France"),
                        .gpe("مصر", country: "EGY", name: "Egypt"), .person("السيسي", country: "EGY", name: "Abdel Fattah el-Sisi")],
             quotes: [("حيوية المجتمع المدني", .direct, "Jean-Yves Le Drian")]),
        Case(source: "Sky News Arabia, 19 Apr 2018 (dev-extra): a word of a person's name used alone is that person",
             text: "ذكر رئيس كوريا الجنوبية، مون جيه-إن، الخميس، أن كوريا الشمالية عبرت عن رغبتها في \"نزع السلاح النووي بالكامل\" في شبه الجزيرة الكورية.\nوأضاف مون أنه يجب ألا يكون التوصل لاتفاقات شاملة بشأن تطبيع العلاقات بين الكوريتين والولايات المتحدة صعبا.",
             entities: [.person("مون جيه-إن", country: "KOR", name: "Moon Jae-in"), .gpe("كوريا الجنوبية", country: "KOR", name: "South Korea"),
                        .gpe("كوريا الشمالية", country: "PRK", name: "North Korea"), .gpe("الولايات المتحدة", country: "USA", name: "United States")],
             quotes: [("كوريا الشمالية عبرت", .indirect, "Moon Jae-in"), ("يجب ألا يكون التوصل", .indirect, "Moon Jae-in")]),
        Case(source: "BBC Arabic, 11 Jul 2018 (dev-extra): a report speaks for its issuer",
             text: "وركز محققو الأمم المتحدة على فترة خمسة أسابيع خلال شهري أبريل/نيسان ومايو/آيار.\nوجاء في التقرير أن العنف وقع في أعقاب اشتباكات بين الحكومة وقوات المتمردين.\nوقال التقرير إن بعض القتلى من المدنيين وعددهم 232 شخصا كانوا مشنوقين.",
             entities: [.organization("الأمم المتحدة", country: nil, name: "United Nations", cameo: "IGOUNO")],
             quotes: [("العنف وقع", .indirect, "United Nations"), ("بعض القتلى", .indirect, "United Nations")]),
        Case(source: "France 24, 5 Jul 2018 (dev-extra): a name in marks after باسم is no quotation",
             text: "وقال الناطق الرسمي باسم \"غرفة العمليات المركزية في الجنوب\" ابراهيم الجباوي لوكالة الأنباء الفرنسية \"لم تسفر هذه الجولة عن نتائج\".",
             entities: [.person("ابراهيم الجباوي", country: "SYR", name: "Ibrahim al-Jabawi"),
                        .organization("وكالة الأنباء الفرنسية", country: "FRA", name: "Agence France-Presse")],
             quotes: [("لم تسفر هذه الجولة", .direct, "Ibrahim al-Jabawi")]),
        Case(source: "France 24, 29 Apr 2018 (dev-extra): marks after أنه + an adverbial phrase, to the sentence end, are direct",
             text: "وأكد لودريان في مؤتمر صحفي مع نظيره المصري أنه في ليبيا \"ينبغي أن تمضي العملية السياسية قدما وفقا لخارطة الطريق\".",
             entities: [.person("لودريان", country: "FRA", name: "Jean-Yves Le Drian"), .gpe("ليبيا", country: "LBY", name: "Libya"),
                        .gpe("مصر", country: "EGY", name: "Egypt")],
             quotes: [("ينبغي أن تمضي العملية السياسية", .direct, "Jean-Yves Le Drian")]),
        Case(source: "CNN Arabic, 1 Oct 2018 (dev-extra): a pronoun subject takes the subject opening its sentence; unnamed activists before a plural verb speak unnamed",
             text: "ونشرت الخارجية الكويتية بياناً قالت فيه إن الزيارة كانت ناجحة.\nوكان ناشطون عبر مواقع التواصل الاجتماعي ووسائل الإعلام قد قالوا إن الزيارة فشلت بتحقيق أهدافها.",
             entities: [.organization("الخارجية الكويتية", country: "KWT", name: "Ministry of Foreign Affairs (Kuwait)")],
             quotes: [("الزيارة كانت ناجحة", .indirect, "Ministry of Foreign Affairs (Kuwait)"), ("الزيارة فشلت", .indirect, nil)]),
        Case(source: "France 24, 27 Jun 2018: a word in marks is a term, not a quotation",
             text: "وقع طرفا النزاع في جنوب السودان الرئيس سالفا كير وخصمه رياك مشار الأربعاء وثيقة لوقف \"دائم\" لإطلاق النار في العاصمة السودانية الخرطوم.",
             entities: [.gpe("جنوب السودان", country: "SSD", name: "South Sudan"), .person("سالفا كير", country: "SSD", name: "Salva Kiir"),
                        .person("رياك مشار", country: "SSD", name: "Riek Machar"), .place("الخرطوم", country: "SDN", name: "Khartoum")],
             quotes: []),
        Case(source: "Al-Riyadh, 26 Jul 2015: unnamed local sources speak; a name in marks is read through",
             text: "وقالت مصادر محلية ل\"الرياض\" ان ميليشيات الحوثي وصالح انسحبت من منطقة جعولة شمالي عدن.",
             entities: [.organization("الحوثي", country: "YEM", name: "Houthis"), .place("عدن", country: "YEM", name: "Aden")],
             quotes: [("ميليشيات الحوثي وصالح انسحبت", .indirect, nil)]),
        Case(source: "Asharq Al-Awsat, 1 Aug 2015: بأن «…» right after the verb is direct",
             text: "وصرح ليون عقب نهاية المشاورات بأن «الحوار مستمر، وسنرى كيف يمكن تجاوز الخلافات» بين الأطراف الليبية، بحسب ما أفادت وكالة الأنباء الجزائرية.",
             entities: [.person("ليون", country: nil, name: "Bernardino León"),
                        .organization("وكالة الأنباء الجزائرية", country: "DZA", name: "Algeria Press Service")],
             quotes: [("الحوار مستمر، وسنرى", .direct, "Bernardino León")]),
    ]

    @Test(arguments: cases)
    func quotations(_ c: Case) {
        Self.check(c)
    }

    /// The quotations of a case, in order: text, kind and speaker; with `bareEnds`, spans without
    /// marks or spaces at their ends (an indirect clause may end on a fragment in marks:
    /// QuoteRuleTests), and cues outside them.
    static func check(_ c: Case, bareEnds: Bool = true) {
        let fixture = SentenceFixture(c.text, entities: c.entities)
        let quotes = fixture.analyze().quotes
        #expect(quotes.count == c.quotes.count, "\(quotes.map { fixture.text($0.span) })")
        for (q, expected) in zip(quotes, c.quotes) {
            let text = fixture.text(q.span)
            #expect(text.hasPrefix(expected.0), "quotation «\(text)»")
            #expect(q.kind == expected.1)
            #expect(fixture.name(q.speaker) == expected.2, "speaker of «\(expected.0)»")
            // The span is the quoted words: no marks or spaces at its ends.
            if bareEnds { #expect(!text.hasPrefix("\"") && !text.hasSuffix("\"") && !text.hasPrefix(" ") && !text.hasSuffix(" ")) }
            if let cue = q.cue { #expect(cue.end <= q.span.start || cue.start >= q.span.end) }
        }
    }

    @Test func emptyText() {
        let fixture = SentenceFixture("", entities: [])
        #expect(fixture.analyze().quotes.isEmpty)
    }
}
