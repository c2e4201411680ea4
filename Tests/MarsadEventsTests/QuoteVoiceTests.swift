import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Speakers from an audit of random benchmark reports (branch quotes9, docs/EVENTS.md, Quotations
/// 13, docs/QUALITY.md "Branch quotes9"): a relative or counsel is not the person named after it, an
/// unnamed spokesperson of a person gives the person, a relay's عن after a long outlet name, a
/// preposition that folds like a name, the subject of the sentence before after a prepositional
/// phrase, the subject of a verb joined by و. Real sentences of benchmark reports in no gold set
/// (`scripts/quote_audit.py sample 909 3000`); each speaker was wrong before its rule.
@Suite struct QuoteVoiceTests {
    typealias Case = QuoteTests.Case

    static let abulfutuh = SentenceFixture.Named.person("عبدالمنعم أبوالفتوح", "أبوالفتوح", country: "EGY", name: "Abdel Moneim Aboul Fotouh")
    static let sarkozy = SentenceFixture.Named.person("نيكولا ساركوزي", "ساركوزي", country: "FRA", name: "Nicolas Sarkozy")
    static let duterte = SentenceFixture.Named.person("رودريجو دوتيرتي", "دوتيرتي", country: "PHL", name: "Rodrigo Duterte")
    static let kcna = SentenceFixture.Named.organization("وكالة الأنباء الكورية الشمالية", country: "PRK", name: "KCNA", cameo: "PRKMED")
    static let ministry = SentenceFixture.Named.organization("وزارة الخارجية", country: "PRK", name: "Ministry of Foreign Affairs of North Korea")
    static let kim = SentenceFixture.Named.person("كيم جونغ أون", "كيم", country: "PRK", name: "Kim Jong-un")
    static let mbs = SentenceFixture.Named.person("محمد بن سلمان", "بن سلمان", country: "SAU", name: "Mohammed bin Salman")
    static let khamenei = SentenceFixture.Named.person("على خامنئي", "خامنئي", country: "IRN", name: "Ali Khamenei")
    static let zarif = SentenceFixture.Named.person("محمد جواد ظريف", "ظريف", country: "IRN", name: "Mohammad Javad Zarif")
    static let mogherini = SentenceFixture.Named.person("موغيريني", country: nil, name: "Federica Mogherini")

    static let cases: [Case] = [
        Case(source: "CNN Arabic, 22 Feb 2018 (CN-middleEast-65): the family's words, not the candidate's",
             text: "وقالت عائلة أبوالفتوح، في بيان لها صدر ليل الأربعاء، إنها \"تستنكر وتدين بشدة\" بيان وزارة الداخلية.",
             entities: [abulfutuh, .organization("وزارة الداخلية", country: "EGY", name: "Ministry of Interior of Egypt")],
             quotes: [("تستنكر وتدين بشدة", .direct, nil)]),
        Case(source: "Sky News Arabia, 24 Mar 2018 (SK-internationalNews-549): Sarkozy's lawyer speaks, not Sarkozy",
             text: "قرر الرئيس الفرنسي السابق نيكولا ساركوزي الطعن على أمر حظر يمنعه من الاجتماع مع حلفائه.\nوقال محامي ساركوزي إنه سيقدم طعنا على أمر المنع.",
             entities: [sarkozy],
             quotes: [("سيقدم طعنا على أمر المنع", .indirect, nil)]),
        Case(source: "Sky News Arabia, 18 Jul 2018 (SK-internationalNews-2704): the lawyer's own name after a comma speaks",
             text: "وقال محامي الدفاع، إسماعيل جيم هالافورت، إن المحاكم التركية يمكن أن تبقي المتهمين قيد الاحتجاز أثناء جمع الأدلة من أجل منع أي تأثير على سير القضية.",
             entities: [.person("إسماعيل جيم هالافورت", country: "TUR", name: "Ismail Cem Halavurt")],
             quotes: [("المحاكم التركية يمكن", .indirect, "Ismail Cem Halavurt")]),
        Case(source: "Al-Ain, 21 Feb 2018 (AL-internationalNews-134): an unnamed spokesperson of a person gives the person",
             text: "قال متحدث باسم الرئيس الفلبيني رودريجو دوتيرتي اليوم الأربعاء إن الرئيس يأخذ على محمل الجد تقرير المخابرات الأميركية.",
             entities: [duterte],
             quotes: [("الرئيس يأخذ على محمل الجد", .indirect, "Rodrigo Duterte")]),
        Case(source: "Sky News Arabia, 6 May 2018 (SK-internationalNews-1397): نقل عن after a long agency name; a verb joined by و has the person of its sentence",
             text: "نقلت وكالة الأنباء الكورية الشمالية الرسمية عن متحدث باسم وزارة الخارجية تحذيره بأن مثل هذه الادعاءات تعد \"محاولة خطرة\" لتدمير الانفراجة الحالية في شبه الجزيرة الكورية.\nوخلال القمة، وافق كيم على عدد من الإجراءات التي تهدف لتعزيز العلاقات بين الكوريتين، وأشار إلى أنه على استعداد لمناقشة نزع السلاح النووي في شبه الجزيرة، رغم عدم مناقشة تفاصيل ذلك بعد.",
             entities: [kcna, ministry, kim],
             quotes: [("مثل هذه الادعاءات", .indirect, "Ministry of Foreign Affairs of North Korea"),
                      ("على استعداد لمناقشة", .indirect, "Kim Jong-un")]),
        Case(source: "BBC Arabic, 19 Mar 2018 (BB-middleEast-212): على is no word of «آية الله على خامنئي» used alone",
             text: "وقال بن سلمان في مقابلة مع برنامج \"60 دقيقة\" على شبكة سي بي اس نيوز الأمريكية إن \"المدارس السعودية تعرضت لغزو من عناصر لجماعة الاخوان المسلمين، ولا يزال البعض منهم موجودا، ولكن في القريب العاجل سيتم القضاء عليهم نهائيا\".\nوردا على سؤال مقدمة البرنامج، نورا اودونيل، بشأن القضاء على التشدد في النظام التعليمي، أجاب بن سلمان قائلا \"بالطبع سنقضي على التشدد، فلا توجد دولة في العالم تقبل تعرض نظامها التعليمي لغزو من أي جماعة متطرفة\".\nوعن الشأن الإيراني، وجه ولي العهد السعودي سيلا من الاتهامات لإيران ومرشدها الأعلى آية الله على خامنئي.",
             entities: [mbs, khamenei, .gpe("إيران", country: "IRN", name: "Iran")],
             quotes: [("المدارس السعودية تعرضت", .direct, "Mohammed bin Salman"), ("بالطبع سنقضي على التشدد", .direct, "Mohammed bin Salman")]),
        Case(source: "France 24, 16 May 2018 (FR-middleEast-482): the subject of the sentence before, not the country after «على مطلب»",
             text: "إذ صرح محمد جواد ظريف لصحافيين بعد اجتماع مع وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني ونظرائه الفرنسي والألماني والبريطاني \"لقد بدأنا العملية (التفاوضية) وأعتقد أننا في الطريق الصحيح. الكثير يعتمد على ما يمكننا القيام به في الأسابيع المقبلة\".\nوتابع \"أعتقد أنها بداية جيدة. نحن نبدأ عملية\" التفاوض، مشيرا إلى أن طهران تتوقع تقدما \"خلال الأسابيع المقبلة\".\nمن جهتها، أقرت موغيريني بأن السياق الذي تتم فيه المحادثات بات \"في منتهى الصعوبة\" منذ قرار الرئيس الأمريكي دونالد ترامب المثير للجدل الانسحاب من الاتفاق النووي. وقالت \"نعرف أن هذه مهمة صعبة، لكننا مصممون على الإبقاء على الاتفاق النووي\" سواء من الجانب الأوروبي أو الإيراني.\nوفي رد منها على مطلب الولايات المتحدة بإعادة التفاوض حول اتفاق نووي جديد، استبعدت موغيريني إدخال أي تعديلات على الاتفاق أو على أي من ملاحقه. وأضافت أن \"الأمر الوحيد المؤكد بشكل تام هو أن الاتحاد الأوروبي عازم على الحفاظ على هذا الاتفاق الذي يعد ضروريا لأمننا والأمن في المنطقة\".",
             entities: [mogherini, zarif, .place("طهران", country: "IRN", name: "Tehran"), .person("دونالد ترامب", country: "USA", name: "Donald Trump"),
                        .gpe("الولايات المتحدة", country: "USA", name: "United States"),
                        .organization("الاتحاد الأوروبي", country: nil, name: "European Union")],
             quotes: [("لقد بدأنا العملية", .direct, "Mohammad Javad Zarif"), ("أعتقد أنها بداية جيدة", .direct, "Mohammad Javad Zarif"), ("طهران تتوقع تقدما", .indirect, "Mohammad Javad Zarif"),
                      ("السياق الذي تتم فيه", .indirect, "Federica Mogherini"), ("نعرف أن هذه مهمة صعبة", .direct, "Federica Mogherini"),
                      ("الأمر الوحيد المؤكد", .direct, "Federica Mogherini")]),
        Case(source: "Sky News Arabia, 3 Oct 2018 (SK-internationalNews-3289): «الصحيفة» is the newspaper named with صحيفة before",
             text: "ورغم أن الرئيس الأميركي \"الملياردير\" يتباهى بأنه بنى إمبراطوريته من العمل في مجال العقارات على مدى سنوات، فإن تحقيقا نشرته صحيفة \"نيويورك تايمز\" الأميركية يكشف غير ذلك.\nففي التحقيق الذي أجري حول ثروة ترامب، أكدت الصحيفة أن قطب العقارات تلقى من والديه على مدى عقود من الزمن أموالا تزيد قيمتها اليوم على 400 مليون دولار، مشيرة إلى أن قسما من هذا المبلغ انتقل إليه عبر التهرب الضريبي.",
             entities: [.organization("نيويورك تايمز", country: "USA", name: "The New York Times", cameo: "USAMED"),
                        .person("ترامب", country: "USA", name: "Donald Trump")],
             quotes: [("قطب العقارات تلقى", .indirect, "The New York Times"), ("قسما من هذا المبلغ", .indirect, "The New York Times")]),
        Case(source: "BBC Arabic, 14 Mar 2018 (BB-internationalNews-150): a verb joined by و after the person who opens the sentence",
             text: "ويأتي ذلك بعد أن انقضت مهلة حددتها لندن لكي توضح موسكو كيفية استخدام غاز أعصاب \"روسي الصنع\" في تسميم سيرغي سكريبال (66 عاما) وابنته يوليا (33 عاما) في مدينة سالزبري في جنوب شرق إنكلترا.\nمن جانبه، انتقد وزير الخارجية الروسي، سيرغي لافروف، الطريقة التي تتعامل بها بريطانيا في القضية، وقال لصحفيين إن لندن تتعامل \"بتعجرف واضح في كل الخطوات التي اتخذتها تقريبا\".",
             entities: [QuoteTests.lavrov, .gpe("روسيا", country: "RUS", name: "Russia"), .person("سيرغي سكريبال", country: "RUS", name: "Sergei Skripal"),
                        .gpe("بريطانيا", country: "GBR", name: "United Kingdom"), .place("لندن", country: "GBR", name: "London")],
             quotes: [("لندن تتعامل", .indirect, "Sergey Lavrov")]),
        Case(source: "France 24, 14 Jun 2018 (FR-internationalNews-1810): a person after a preposition is no subject of the verb joined by و",
             text: "وتوجهت بترونان في التسجيل الذي تبلغ مدته نحو سبع دقائق، إلى ابنها سيباستيان، وهي تستمع على هاتف نقال لمقابلة صوتية معه.\nوبعد ذلك تتوجه إلى الحكومة الفرنسية ثم الرئيس إيمانويل ماكرون، وتقول إن تاريخ تسجيل الفيديو هو السابع من حزيران/يونيو 2018.",
             entities: [.person("صوفي بترونان", "بترونان", country: "FRA", name: "Sophie Pétronin"),
                        .person("إيمانويل ماكرون", country: "FRA", name: "Emmanuel Macron"),
                        .organization("الحكومة الفرنسية", country: "FRA", name: "Government of France")],
             quotes: [("تاريخ تسجيل الفيديو", .indirect, "Sophie Pétronin")]),
    ]

    @Test(arguments: cases)
    func quotations(_ c: Case) {
        QuoteTests.check(c, bareEnds: false)
    }
}
