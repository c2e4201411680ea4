import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Branch quotes6: statements reproduced without marks after «فيما يلي نصه:», and a hyphenated
/// name whose last part is written like إن, on real reports.
@Suite struct QuoteVerbatimTests {
    typealias Case = QuoteTests.Case

    static let coalition = SentenceFixture.Named.organization("التحالف", country: "SAU", name: "Saudi-led coalition")
    static let hadi = SentenceFixture.Named.person("عبدربه منصور هادي", country: "YEM", name: "Abdrabbuh Mansur Hadi")
    static let salman = SentenceFixture.Named.person("الملك سلمان بن عبدالعزيز آل سعود", country: "SAU", name: "Salman bin Abdulaziz")
    static let saudiArabia = SentenceFixture.Named.gpe("المملكة العربية السعودية", country: "SAU", name: "Saudi Arabia")
    static let houthis = SentenceFixture.Named.organization("الحوثيين", "الحوثي", country: "YEM", name: "Houthis")

    /// hn24 (develop set, Al Riyadh, 26 Jul 2015), its first paragraphs as published.
    static let hn24 = "صدر عن قيادة قوات التحالف بيان بشأن الالتزام بهدنة إنسانية في اليمن فيما يلي نصه: \nاستجابة لطلب فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية في رسالته الموجهة لأخيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ملك المملكة العربية السعودية المؤرخة في 24/7/2015م الآتي نصها: \nالأخ العزيز خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود \nملك المملكة العربية السعودية -حفظه الله- \nالسلام عليكم ورحمة الله وبركاته: \nأبعث لكم يا خادم الحرمين الشريفين بأطيب تحياتي وتقديري، وأود أن أشير إلى كتابي لمقامكم بتاريخ 7 / يوليو /2015 م والذي طلبت فيه دعم موقفنا في الحكومة اليمنية في مباحثاتنا مع ممثل الأمين العام للأمم المتحدة حيال إعلان هدنة إنسانية وفق شروط أهمها التزام الحوثيين وحلفائهم بالهدنة وعدم التعرض للمساعدات الإنسانية. \nورغبة منا في إدخال وتوزيع أكبر قدر من المساعدات الإنسانية والطبية، فقد تقرر الإعلان عن هدنة إنسانية لمدة خمسة أيام اعتباراً من يوم الأحد (10/شوال / 1436ه ) الموافق (26/7/2015م) الساعة الحادية عشرة وتسع وخمسين دقيقة مساءً، تتوقف فيها الأعمال العسكرية من قبل قوات التحالف، وفي حال استمرار قيام المليشيات الحوثية والقوات الموالية لها بأي أعمال أو تحركات عسكرية في أي منطقة فسوف يتم التصدي لها من قبل قوات التحالف، مع استمرار الحظر والتفتيش الجوي والبحري والاستطلاع الجوي لأي تحركات لمليشيات الحوثي والقوات الموالية لها. \nإنني آمل منكم يا خادم الحرمين الشريفين ومن إخوانكم قادة دول التحالف التكرم بدعم هذه الخطوة في سبيل سعينا لتحقيق الأمن والاستقرار لبلادنا مثمناً لكم دعمكم ونبيل مواقفكم مع اليمن قيادة وشعباً . \nوتقبلوا خالص الاحترام. \nعبدربه منصور هادي \nفقد تقرر أن تبدأ الهدنة الإنسانية اعتباراً من الساعة (11:59) مساء بتوقيت اليمن يوم الأحد (10 شوال 1436ه ) الموافق (26 يوليو 2015م) ولمدة (خمسة) أيام وفقاً لما ورد في رسالة فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية، لإدخال وتوزيع أكبر قدر من المساعدات الإنسانية والطبية للشعب اليمني الشقيق، حيث تتوقف فيها الأعمال العسكرية من قبل قوات التحالف، وفي حال قيام المليشيات الحوثية والقوات الموالية لها بأي أعمال أو تحركات عسكرية في أي منطقة فسوف يتم التصدي لها من قبل قوات التحالف، مع استمرار الحظر والتفتيش الجوي والبحري، والاستطلاع الجوي لأي تحركات لمليشيات الحوثي والقوات الموالية لها. والله نسأل أن يحفظ الشعب اليمني الشقيق من كل مكروه. \nميدانيا وعلى وقع ضربات طيران التحالف وقصف المقاومة الشعبية والجيش الوطني الشرعي، انسحبت ميليشيات الحوثيين وقوات الرئيس المخلوع علي عبدالله صالح، امس السبت، من الأطراف الشمالية لمدينة عدن باتجاه محافظة لحج. \nوقالت مصادر محلية ل\"الرياض\" ان ميليشيات الحوثي وصالح انسحبت من منطقة جعولة شمالي عدن، بعد سلسة غارات لقوات التحالف العربي على مواقعها في الأطراف الشمالية والشرقية للمدينة."

    static let cases: [Case] = [
        Case(source: "hn24: the coalition's statement after «فيما يلي نصه:», Hadi's letter inside it after «الآتي نصها:», then the narrator's sources",
             text: hn24,
             entities: [coalition, hadi, salman, saudiArabia, houthis],
             quotes: [("استجابة لطلب فخامة الرئيس", .direct, "Saudi-led coalition"),
                      ("الأخ العزيز خادم الحرمين الشريفين", .direct, "Abdrabbuh Mansur Hadi"),
                      ("ميليشيات الحوثي وصالح انسحبت", .indirect, nil)]),
    ]

    /// BBC Arabic, 12 Jun 2018: the name's «إن» and the relative clause's «سبق أن» are read
    /// through; the marks after the subject's own إن are a direct quotation.
    static let moonTalks = Case(
        source: "BBC Arabic, 12 Jun 2018: a name ending in -إن, then سبق أن in a relative clause",
        text: "وقال الرئيس الكوري الجنوبي مون جي-إن، الذي سبق أن اجتمع مع كيم في وقت سابق هذا العام، إن \"الكوريتين والولايات المتحدة سيكتبون تاريخا جديدا للسلام والتعاون\".",
        entities: [.gpe("الكوري الجنوبي", country: "KOR", name: "South Korea")],
        quotes: [("الكوريتين والولايات المتحدة سيكتبون", .direct, "South Korea")])

    /// BBC Arabic, 3 Sep 2018: «وأضاف البيان» is the joint statement of four states read the
    /// sentence before (no one entity, so no speaker), not Guterres, the last person named.
    static let jointStatement = Case(
        source: "BBC Arabic, 3 Sep 2018: وأضاف البيان continues the statement of the sentence before",
        text: "قال الأمين العام للأمم المتحدة، أنطونيو غوتيريش، إن \"الاستخدام العشوائي للقوة يعد انتهاكا للقانون الدولي الإنساني، وقانون حقوق الإنسان\"، وحث \"كل الأطراف على توصيل مواد الإغاثة الإنسانية إلى الأشخاص المحتاجين\".\nويوم السبت، دعت كل من الولايات المتحدة وبريطانيا وفرنسا وإيطاليا إلى وقف فوري للاشتباكات الدامية في العاصمة الليبية.\nوجاء في بيان مشترك لهذه الدول أن محاولات \"إضعاف السلطات الشرعية الليبية وعرقلة العملية السياسية المستمرة أمر غير مقبول\".\nوأضاف البيان \"ندعو الجماعات المسلحة إلى وقف كافة العمليات العسكرية فورا، ونحذر أولئك الذين يسعون لتقويض الاستقرار في طرابلس أو أي مكان آخر في ليبيا من أنهم سيحسابون على ذلك\".",
        entities: [.person("أنطونيو غوتيريش", country: nil, name: "Antonio Guterres"),
                   .organization("الأمم المتحدة", country: nil, name: "United Nations"),
                   .gpe("الولايات المتحدة", country: "USA", name: "United States"), .gpe("بريطانيا", country: "GBR", name: "United Kingdom"),
                   .gpe("فرنسا", country: "FRA", name: "France"), .gpe("إيطاليا", country: "ITA", name: "Italy"),
                   .gpe("ليبيا", country: "LBY", name: "Libya")],
        quotes: [("الاستخدام العشوائي للقوة", .direct, "Antonio Guterres"), ("كل الأطراف على توصيل", .direct, "Antonio Guterres"),
                 ("إضعاف السلطات الشرعية الليبية", .direct, nil), ("ندعو الجماعات المسلحة", .direct, nil)])

    @Test(arguments: cases + [moonTalks, jointStatement])
    func quotations(_ c: Case) {
        QuoteTests.check(c)
    }

    /// The letter ends with its signature; the statement around it goes on after it.
    @Test func letterEndsAtItsSignature() {
        let fixture = SentenceFixture(Self.hn24, entities: [Self.coalition, Self.hadi, Self.salman, Self.saudiArabia, Self.houthis])
        let quotes = fixture.analyze().quotes
        let letter = quotes.first { fixture.name($0.speaker) == "Abdrabbuh Mansur Hadi" }.map { fixture.text($0.span) }
        #expect(letter?.hasSuffix("وتقبلوا خالص الاحترام. \nعبدربه منصور هادي") == true)
        let statement = quotes.first { fixture.name($0.speaker) == "Saudi-led coalition" }.map { fixture.text($0.span) }
        #expect(statement?.contains("فقد تقرر أن تبدأ الهدنة الإنسانية") == true)
        #expect(statement?.contains("وقالت مصادر") == false)
    }

    /// BBC Arabic, 23 Apr 2018: «جي-إن» ends a name the entity layer did not read; بأنه, not it,
    /// opens the quotation, and the marks right after it are direct.
    @Test func hyphenatedNameIsNoComplementizer() {
        let text = "ووصف رئيس كوريا الجنوبية، مون جي-إن، الإعلان بأنه \"قرار مهم نحو نزع الأسلحة النووية الكامل لشبه الجزيرة الكورية\"."
        let fixture = SentenceFixture(text, entities: [.gpe("كوريا الجنوبية", country: "KOR", name: "South Korea")])
        let quotes = fixture.analyze().quotes
        #expect(quotes.count == 1)
        #expect(quotes.first.map { fixture.text($0.span) } == "قرار مهم نحو نزع الأسلحة النووية الكامل لشبه الجزيرة الكورية")
        #expect(quotes.first?.kind == .direct)
    }
}
