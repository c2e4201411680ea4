import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Speakers from branch quotes12 (docs/EVENTS.md, Quotations 16; docs/QUALITY.md "Branch
/// quotes12"): a speech verb whose subject is only its agreement. A pronoun subject does not carry a
/// person of the other gender, and a verb joined by و to a sentence opened by a verb of the same
/// agreement has that verb's subject; an attribution right after a speech verb leaves the verb the cue
/// of the marks after it («وأضاف بحسب مقاطع من المقابلة: "…"»); أورد أن reports as ذكر أن does; «وأضاف البيان» goes on with the statement a speech verb told («قال X في بيان»).
/// Real sentences of benchmark reports in no gold set (the slice
/// `quote_audit.py sample 1414 3000`); each case failed before its rule, except the last, which guards
/// the first person inside marks.
@Suite struct QuoteAgreementTests {
    typealias Case = QuoteTests.Case

    static let cases: [Case] = [
        Case(source: "BBC Arabic, 17 Oct 2018 (BB-middleEast-1118): «ونفت السعودية … وأكدت أنها» is Saudi Arabia's, not Trump's of the sentence before",
             text: "وقال ترامب في تصريحات صحفية إن بلاده لن تتخلى عن حليفها.\nونفت السعودية الاتهامات التركية بقتله وأكدت أنها لا تعرف مصير الصحفي خاشقجي.",
             entities: [.person("ترامب", country: "USA", name: "Donald Trump"), .gpe("السعودية", country: "SAU", name: "Saudi Arabia"),
                        .person("خاشقجي", country: "SAU", name: "Jamal Khashoggi")],
             quotes: [("بلاده لن تتخلى", .indirect, "Donald Trump"), ("لا تعرف مصير", .indirect, "Saudi Arabia")]),
        Case(source: "France 24, 16 May 2018 (FR-internationalNews-1282): «وسعت الكويت إلى التهدئة بعد يوم وقالت \"…\"» is Kuwait's, not Duterte's",
             text: "وقال دوتيرتي في 30 نيسان/أبريل إن الحظر على سفر العمال إلى الكويت هو دائم وحض مواطنيه على العودة إلى البلاد في حال تعرضهم لسوء معاملة.\nوسعت الكويت إلى التهدئة بعد يوم وقالت \"هناك جزء كبير من سوء الفهم والتضخيم والمبالغة لبعض الأحداث البسيطة أو الفردية\".",
             entities: [.person("دوتيرتي", country: "PHL", name: "Rodrigo Duterte"), .gpe("الكويت", country: "KWT", name: "Kuwait")],
             quotes: [("الحظر على سفر العمال", .indirect, "Rodrigo Duterte"), ("هناك جزء كبير", .direct, "Kuwait")]),
        Case(source: "Sky News Arabia, 18 Mar 2018 (SK-internationalNews-445): «وتنفي روسيا أي دور لها وتقول إن» is Russia's, not Stoltenberg's",
             text: "وقال ستولتنبرغ إن روسيا بدأت تصبح غير متوقعة على نحو متزايد.\nوتنفي روسيا أي دور لها وتقول إن حلف شمال الأطلسي الذي تقوده الولايات المتحدة يمثل خطرا على السلام في أوروبا.",
             entities: [.person("ستولتنبرغ", country: "NOR", name: "Jens Stoltenberg"), .gpe("روسيا", country: "RUS", name: "Russia"),
                        .organization("حلف شمال الأطلسي", country: nil, name: "North Atlantic Treaty Organization"),
                        .gpe("الولايات المتحدة", country: "USA", name: "United States"), .place("أوروبا", country: nil, name: "Europe")],
             quotes: [("روسيا بدأت", .indirect, "Jens Stoltenberg"), ("حلف شمال الأطلسي", .indirect, "Russia")]),
        Case(source: "BBC Arabic, 2 Sep 2018 (BB-internationalNews-1006): «وكان سوفان تشاتيرجي، رئيس بلدية كلكتا، قد زار الموقع وقال إنه» is the mayor's, not the unnamed newspaper's of the sentence before",
             text: "وذكرت صحيفة \"هيندوستان تايمز\" أن شركة عقارية كانت قد اشترت الأرض مؤخرا.\nوكان سوفان تشاتيرجي، رئيس بلدية كلكتا، قد زار الموقع وقال إنه :\"عُثر على 14 جثة، ملفوفة على نحو مستقل في أكياس بلاستيكية، داخل حقيبتين\".",
             entities: [.person("سوفان تشاتيرجي", country: "IND", name: "Sovan Chatterjee"), .place("كلكتا", country: "IND", name: "Kolkata")],
             quotes: [("شركة عقارية", .indirect, nil), ("عُثر على 14 جثة", .direct, "Sovan Chatterjee")]),
        Case(source: "Al Arabiya, 6 Sep 2018 (CN-middleEast-1268): «وكانت منظمة \"هيومن رايتس ووتش\" قالت» is HRW's, not al-Maliki's who spoke before",
             text: "وبسؤاله عما إذا كانت هذه الغارة تشكل جريمة حرب، قال المالكي: \"جرائم الحرب غير موجودة في عملياتنا في اليمن\".\nوكانت منظمة \"هيومن رايتس ووتش\" قالت في تقرير لها، الأحد، إن الغارة قد ترقى إلى \"جريمة حرب\".",
             entities: [.person("المالكي", country: "SAU", name: "Turki al-Maliki"), .gpe("اليمن", country: "YEM", name: "Yemen"),
                        .organization("هيومن رايتس ووتش", country: nil, name: "Human Rights Watch")],
             quotes: [("جرائم الحرب غير موجودة", .direct, "Turki al-Maliki"), ("الغارة قد ترقى", .indirect, "Human Rights Watch")]),
        Case(source: "BBC Arabic, 27 Apr 2018 (BB-middleEast-414): «معتبرة أنها» after a woman the entity layer does not name is not Khaled Omran's",
             text: "وقال خالد عمران، أمين الفتوى بدار الإفتاء، في تصريح صحفي إن هذه المطالبات تعد \"تطرفا فكريا ضد الدين الإسلامي\".\nوانتقدت فريدة الشوباشي، وهي صحفية وإعلامية مصرية عاشت في فرنسا فترات طويلة، الدعوة لتجميد آيات من القرآن، معتبرة أنها \"دعوة غبية وغير مقبولة، لكنها دلالة على تقصير مؤسسات دينية\".",
             entities: [.person("خالد عمران", country: "EGY", name: "Khaled Omran"), .gpe("فرنسا", country: "FRA", name: "France")],
             quotes: [("هذه المطالبات", .indirect, "Khaled Omran"), ("دعوة غبية", .direct, nil)]),
        Case(source: "Al Arabiya, 23 Feb 2018 (AL-internationalNews-176): «أوضحت» inside Trudeau's marks is his first person, not a woman (guard)",
             text: "وأكد ترودو على أنه أبلغ السياسيين الهنود أن هذا ليس صحيحا. وقال بعد أحد الاجتماعات: \"سررت لأنني أوضحت أن كندا تدعم هندا موحدة\".",
             entities: [.person("ترودو", country: "CAN", name: "Justin Trudeau"), .gpe("كندا", country: "CAN", name: "Canada")],
             quotes: [("أبلغ السياسيين", .indirect, "Justin Trudeau"), ("هذا ليس صحيحا", .indirect, "Justin Trudeau"),
                      ("سررت لأنني", .direct, "Justin Trudeau"), ("كندا تدعم", .indirect, "Justin Trudeau")]),
        Case(source: "Al Arabiya, 18 Feb 2018 (AL-internationalNews-16): «وأضاف بحسب مقاطع من المقابلة: \"…\"», the verb is the cue, not the attribution after it",
             text: "وقال تيلرسون، في مقابلة مع برنامج \"60 دقيقة\" على شبكة \"سي بي أس\" الإخبارية: \"كوزير للخارجية يقتضي عملي التأكد من أن الكوريين الشماليين يدركون أن قنواتنا مفتوحة\".\nوأضاف بحسب مقاطع من المقابلة: \"أنا أترقب. لا أقوم بتوجيه الكثير من الرسائل في هذه المرحلة\".",
             entities: [.person("تيلرسون", country: "USA", name: "Rex Tillerson")],
             quotes: [("كوزير للخارجية", .direct, "Rex Tillerson"), ("أنا أترقب", .direct, "Rex Tillerson")]),
        Case(source: "Sky News Arabia, 31 May 2018 (SK-middleEast-2057): «وقال بحسب ترجمة عربية للمقابلة … \"…\"» is Assad's",
             text: "وأكد الأسد أنه تم تجنب حدوث \"صراع مباشر\" بين القوات الروسية والقوات الأميركية في سوريا.\nوقال بحسب ترجمة عربية للمقابلة نشرها الاعلام السوري الرسمي \"كنا قريبين من حدوث صراع مباشر بين القوات الروسية والقوات الأميركية\".",
             entities: [.person("الأسد", country: "SYR", name: "Bashar al-Assad"), .gpe("سوريا", country: "SYR", name: "Syria")],
             quotes: [("تم تجنب", .indirect, "Bashar al-Assad"), ("كنا قريبين", .direct, "Bashar al-Assad")]),
        Case(source: "France 24, 21 Apr 2018 (FR-middleEast-333): «وأوردت المنظمة في تقرير أن \"…\"» reports like ذكر, and «وأشارت أن» continues HRW",
             text: "دانت منظمة هيومن رايتس ووتش الجمعة إجبار مئات اللاجئين السوريين في لبنان على مغادرة أماكن سكنهم وطردهم من عدد من المدن والبلدات. وأوردت المنظمة في تقرير أن \"الطرد من قبل البلدايات يبدو تمييزيا وغير قانوني\".\nوأشارت أن \"13 بلدية في لبنان على الأقل أجلت قسراً 3664 لاجئاً سورياً على أقل تقدير من منازلهم\".",
             entities: [.organization("منظمة هيومن رايتس ووتش", country: nil, name: "Human Rights Watch"), .gpe("لبنان", country: "LBN", name: "Lebanon")],
             quotes: [("الطرد من قبل", .direct, "Human Rights Watch"), ("13 بلدية", .direct, "Human Rights Watch")]),
        Case(source: "France 24, 22 Jul 2018 (FR-internationalNews-2441): «وأضاف البيان» goes on with the statement of «وقالت وزارة الدفاع في بيان», not Boko Haram named in it",
             text: "وقالت وزارة الدفاع في بيان تلاه التلفزيون الرسمي ليل السبت إنه \"قرابة الساعة الحادية عشرة من ليل الخميس-الجمعة تعرض موقع باروا العسكري لهجوم من قبل جماعة بوكو حرام الإرهابية\".\nوأضاف البيان أن \"عمليات التمشيط التي شرعت بها قواتنا الدفاعية والامنية لا تزال مستمرة\".",
             entities: [.organization("وزارة الدفاع", country: "NER", name: "Ministry of Defence of Niger"),
                        .organization("بوكو حرام", country: "NGA", name: "Boko Haram")],
             quotes: [("قرابة الساعة", .direct, "Ministry of Defence of Niger"), ("عمليات التمشيط", .direct, "Ministry of Defence of Niger")]),
    ]

    @Test(arguments: cases)
    func quotations(_ c: Case) {
        QuoteTests.check(c, bareEnds: false)
    }

    /// The agreement read from each form of `speech-cues.tsv` when the table is loaded.
    @Test(arguments: [
        ("قالت", "قال", SpeechCue.Kind.verb, SpeechCue.Agreement.feminine), ("قال", "قال", .verb, .masculine),
        ("يقول", "قال", .verb, .masculine), ("تقول", "قال", .verb, .feminine), ("قالوا", "قال", .verb, .plural),
        ("قالا", "قال", .verb, .plural), ("قالتا", "قال", .verb, .plural), ("تابع", "تابع", .verb, .masculine),
        ("تابعت", "تابع", .verb, .feminine), ("تتحدث", "تحدث", .verb, .feminine), ("لفت", "لفت", .verb, .masculine),
        ("رات", "راي", .verb, .feminine), ("تري", "راي", .verb, .feminine), ("وصفته", "وصف", .verb, .unmarked),
        ("مضيفة", "مضيف", .participle, .feminine), ("مضيفا", "مضيف", .participle, .masculine), ("قائلين", "قائل", .participle, .plural),
        ("تاكيدها", "تاكيد", .participle, .unmarked), ("نقلت", "نقل", .relay, .unmarked),
    ])
    func agreement(_ form: String, _ lemma: String, _ kind: SpeechCue.Kind, _ expected: SpeechCue.Agreement) {
        #expect(SpeechCue.agreement(of: form, lemma: lemma, kind: kind) == expected)
    }
}
