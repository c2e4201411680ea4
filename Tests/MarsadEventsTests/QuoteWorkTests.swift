import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Quotations from branch quotes11 (docs/EVENTS.md, Quotations 15; docs/QUALITY.md "Branch
/// quotes11"): words in marks that nobody says (titles, slogans, charges, a law's text), the present
/// of رأى أن, a verb after ما "what" said by its clause's subject, and a body told again by the
/// definite noun that heads its name. Real sentences of benchmark reports in no gold set (the
/// slice `quote_audit.py sample 1111 3000`) and of dev-extra/dev-extra3 (develop sets); each case
/// failed before its rule, except «ما ترى أنه» and «مشيرا إلى ما وصفه بأنه», which guard an
/// exclusion and a first version's error.
@Suite struct QuoteWorkTests {
    typealias Case = QuoteTests.Case

    static let cases: [Case] = [
        Case(source: "BBC Arabic, 4 Jun 2018 (BB-middleEast-580): slogans after «شعاراتاً مثل:» and the ones joined to them by و are no quotation",
             text: "ورفع المشاركون في الاحتجاجات شعاراتاً مثل: \" لن نركع\" و\" ما خلقنا لنعيش بذلّ خلقنا لنعيش بحرية\" و\" الشعب يريد إسقاط الحكومة\".",
             entities: [],
             quotes: []),
        Case(source: "France 24, 29 Jun 2018 (FR-internationalNews-2070): placards «كتب عليها \"…\"»",
             text: "ورفعت المتظاهرات في مبنى هارت التابع لمجمع مجلس الشيوخ لافتات كتب عليها \"أغلقوا جميع مراكز الاحتجاز\" و\"العائلات يجب أن تبقى مجتمعة باسم الحرية\".",
             entities: [.organization("مجلس الشيوخ", country: "USA", name: "United States Senate")],
             quotes: []),
        Case(source: "BBC Arabic, 21 Feb 2018 (BB-middleEast-70): a charge in marks after بتهمة is no quotation; the lawyer's words after «بحسب ما قاله» are none either",
             text: "قضت محكمة في البحرين بسجن الناشط في مجال حقوق الإنسان نبيل رجب خمس سنوات لانتقاده الحكومة البحرينية وحكومة السعودية، في حسابه على موقع تويتر، بحسب ما قاله محاميه ونشطاء. وسبق أن صدر حكم عليه بالسجن لمدة عامين بتهمة \"نشر أخبار كاذبة\" و\"الحط من هيبة المملكة\".",
             entities: [.person("نبيل رجب", country: "BHR", name: "Nabeel Rajab"), .gpe("البحرين", country: "BHR", name: "Bahrain"),
                        .gpe("السعودية", country: "SAU", name: "Saudi Arabia")],
             quotes: []),
        Case(source: "France 24, 11 Aug 2018 (FR-internationalNews-2675): the text of a law after «ينص على أن» is no one's quotation",
             text: "ويذكر أن القانون الذي أقره الكنيست في 19 تموز/يوليو بدعم من رئيس الوزراء بنيامين نتانياهو ينص على أن إسرائيل هي \"الدولة القومية للشعب اليهودي\" وأن \"حق تقرير المصير فيها حصري للشعب اليهودي فقط\" وعلى أن اللغة العبرية هي اللغة الرسمية للدولة.",
             entities: [.organization("الكنيست", country: "ISR", name: "Knesset"), .person("بنيامين نتانياهو", country: "ISR", name: "Benjamin Netanyahu"),
                        .gpe("إسرائيل", country: "ISR", name: "Israel")],
             quotes: []),
        Case(source: "BBC Arabic, 30 Mar 2018 (BB-middleEast-264): the present «وترى أنقرة أن» reports Turkey's view",
             text: "وترى أنقرة أن وحدات حماية الشعب الكردية تابعة لحزب العمال الكردستاني الذي تنصفه تنظيما \"إرهابيا\".",
             entities: [.gpe("أنقرة", country: "TUR", name: "Turkey"), .organization("وحدات حماية الشعب الكردية", country: "SYR", name: "People's Protection Units"),
                        .organization("حزب العمال الكردستاني", country: "TUR", name: "Kurdistan Workers' Party")],
             quotes: [("وحدات حماية الشعب", .indirect, "Turkey")]),
        Case(source: "BBC Arabic, 15 Apr 2018 (BB-middleEast-358): «ويرى محللون أن», unnamed analysts",
             text: "ويرى محللون أن عدم مشاركة أمير قطر يشير إلى غياب حل قريب في الأفق للخلاف الخليجي الذي بدء في يونيو/ حزيران من العام الماضي.",
             entities: [.gpe("قطر", country: "QAT", name: "Qatar")],
             quotes: [("عدم مشاركة أمير قطر", .indirect, nil)]),
        Case(source: "Sky News Arabia, 19 Apr 2018 (SK-internationalNews-1020, dev-extra): «ما ترى أنه», what it sees as, states nothing",
             text: "ودافعت كوريا الشمالية عن برنامجها للأسلحة، الذي تطوره في تحد لقرارات مجلس الأمن الدولي بوصفه وسيلة ردع ضرورية ضد ما ترى أنه عداء أميركي لها.",
             entities: [.gpe("كوريا الشمالية", country: "PRK", name: "North Korea"), .organization("مجلس الأمن الدولي", country: nil, name: "United Nations Security Council")],
             quotes: []),
        Case(source: "BBC Arabic, 16 May 2018 (BB-middleEast-504): «بما وصفته» is said by the clause's subject",
             text: "نددت الحكومة السورية بما وصفته بـ\"المجزرة الاسرائيلية في غزة\". وقالت وزارة الخارجية السورية في بيان رسمي إن قتل الفلسطينيين العزل دليل على وحشية السلطات الإسرائيلية.",
             entities: [.organization("الحكومة السورية", country: "SYR", name: "Government of Syria"),
                        .organization("وزارة الخارجية السورية", country: "SYR", name: "Ministry of Foreign Affairs of Syria"), .place("غزة", country: "PSE", name: "Gaza")],
             quotes: [("المجزرة الاسرائيلية", .direct, "Government of Syria"), ("قتل الفلسطينيين", .indirect, "Ministry of Foreign Affairs of Syria")]),
        Case(source: "Sky News Arabia, 13 Mar 2018 (SK-internationalNews-319): «بيان للشرطة» is the statement of the police named before, and so is «وأضاف البيان»",
             text: """
             استدعيت الشرطة البريطانية لفحص طرد مثير للريبة في البرلمان  الثلاثاء، في ثاني واقعة من نوعها خلال يومين.
             وجاء في بيان للشرطة "تم استدعاء ضباط من القوات الخاصة وسيفحصون الطرد".
             وأضاف البيان أنه لم ترد أنباء عن إصابة أحد.
             """,
             entities: [.organization("الشرطة البريطانية", country: "GBR", name: "Metropolitan Police")],
             quotes: [("تم استدعاء ضباط", .direct, "Metropolitan Police"), ("لم ترد أنباء", .indirect, "Metropolitan Police")]),
        Case(source: "Sky News Arabia, 25 Jun 2018 (SK-middleEast-2589): «مصدر مسؤول في المؤسسة» speaks for the foundation named before",
             text: """
             نفذت مؤسسة خليفة بن زايد آل نهيان للأعمال الإنسانية المرحلة الأولى من توزيع السلال الغذائية الإغاثية في الصومال.
             وقال مصدر مسؤول في المؤسسة إن هذه المساعدات الإنسانية تأتي انطلاقا من حرص قيادة دولة الإمارات على مساعدة الشعب الصومالي.
             """,
             entities: [.organization("مؤسسة خليفة بن زايد آل نهيان للأعمال الإنسانية", country: "ARE", name: "Khalifa bin Zayed Al Nahyan Foundation"),
                        .gpe("الصومال", country: "SOM", name: "Somalia"), .gpe("الإمارات", country: "ARE", name: "United Arab Emirates")],
             quotes: [("هذه المساعدات الإنسانية", .indirect, "Khalifa bin Zayed Al Nahyan Foundation")]),
        Case(source: "Al Arabiya, 20 Feb 2018 (AL-internationalNews-126, dev-extra3): «وجدد الرئيس الفلسطيني تأكيده أن», a speech noun with its agent",
             text: "واعتبر عباس أن الأمم المتحدة فشلت في تنفيذ أي من قراراتها. وجدد الرئيس الفلسطيني تأكيده أن المشكلة ليست مع اليهودية كديانة وإنما مع المحتل، أياً كان دينه.",
             entities: [.person("عباس", country: "PSE", name: "Mahmoud Abbas"), .organization("الأمم المتحدة", country: nil, name: "United Nations")],
             quotes: [("الأمم المتحدة فشلت", .indirect, "Mahmoud Abbas"), ("المشكلة ليست مع اليهودية", .indirect, "Mahmoud Abbas")]),
        Case(source: "Sky News Arabia, 18 Jun 2018 (SK-middleEast-2449): «ويرى منتقدو أردوغان أن», his critics, not Erdoğan",
             text: "ونجح الرئيس رجب طيب أردوغان بصعوبة في تمرير مقترحه لتعديل الدستور في استفتاء شعبي سنة 2017، حيث لم تتعد نسبة المؤيدين 51.4 في المئة، كما وقفت الأغلبية في مدينة إسطنبول ضد توسيع صلاحيات الرئيس.\nويرى منتقدو أردوغان أن حزبه راكم أعواما طويلة في السلطة ودخل في متاهات إيديولوجية وإقليمية جرت الويلات على البلاد.",
             entities: [.person("رجب طيب أردوغان", "أردوغان", country: "TUR", name: "Recep Tayyip Erdogan"), .place("إسطنبول", country: "TUR", name: "Istanbul")],
             quotes: [("حزبه راكم", .indirect, nil)]),
        Case(source: "Sky News Arabia, 23 Jul 2018 (SK-internationalNews-2795): «مشيرا إلى ما وصفه بأنه» is said by the speaker of the sentence's cue",
             text: "وتابع بومبيو \"إيران تدار من شيء يشبه المافيا وليس حكومة، وعلى هذه المافيا أن تدفع الثمن\"، مشيرا إلى ما وصفه بأنه ثراء فاحش وفساد بين زعماء إيران.",
             entities: [.person("بومبيو", country: "USA", name: "Mike Pompeo"), .gpe("إيران", country: "IRN", name: "Iran")],
             quotes: [("إيران تدار", .direct, "Mike Pompeo"), ("ثراء فاحش", .indirect, "Mike Pompeo")]),
        Case(source: "Sky News Arabia, 9 May 2018 (SK-middleEast-1554): the words of a question after «ما إذا» are no quotation; the answer after قال is",
             text: "وردا على سؤال بشأن ما إذا كانت الرياض \"ستقوم بتصنيع قنبلة بنفسها\" في حال استغلت طهران انسحاب واشنطن من الاتفاق النووي الايراني عام 2015 لاستئناف برنامج للأسلحة النووية قال الجبير: \"إذا حازت إيران على قدرات نووية سنبذل كل ما بوسعنا للقيام بالشيء نفسه\".",
             entities: [.person("الجبير", country: "SAU", name: "Adel al-Jubeir"), .place("الرياض", country: "SAU", name: "Riyadh"),
                        .place("طهران", country: "IRN", name: "Tehran"), .place("واشنطن", country: "USA", name: "Washington"), .gpe("إيران", country: "IRN", name: "Iran")],
             quotes: [("إذا حازت إيران", .direct, "Adel al-Jubeir")]),
        Case(source: "Sky News Arabia, 3 Apr 2018 (SK-internationalNews-758): the answer after «ردا على سؤال بشأن ما إذا … إن» stays a quotation",
             text: "وقال المتحدث باسم الرئاسة الروسية ديمتري بيسكوف ردا على سؤال بشأن ما إذا كان توقيف محمدوف ناجم عن صراع داخل أجنحة السلطة إن \"هذه ليست سوى خزعبلات محللين سياسيين\".",
             entities: [.person("ديمتري بيسكوف", country: "RUS", name: "Dmitry Peskov")],
             quotes: [("هذه ليست سوى", .direct, "Dmitry Peskov")]),
    ]

    @Test(arguments: cases)
    func quotations(_ c: Case) {
        QuoteTests.check(c, bareEnds: false)
    }
}
