import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Quotations of branch quotes13 (docs/EVENTS.md, Quotations 17; docs/QUALITY.md "Branch
/// quotes13"), from dev-extra4's classified misses: «بالقول» after a verb that is no speech cue
/// («كما علق روحاني … بالقول "…"»، «واكتفى بالقول إن»), and an office told again for the person named
/// after it earlier («الرئيس المشترك لمجلس سوريا الديمقراطية» → Darrar). Real sentences of dev-extra4
/// (develop) and of benchmark reports in no gold set (the slice `quote_audit.py sample 1717 3000`);
/// each case failed before its rule, except the guards marked so.
@Suite struct QuoteMannerTitleTests {
    typealias Case = QuoteTests.Case

    static let rouhani = SentenceFixture.Named.person("حسن روحاني", "روحاني", country: "IRN", name: "Hassan Rouhani")
    static let trump = SentenceFixture.Named.person("دونالد ترامب", country: "USA", name: "Donald Trump")
    static let council = SentenceFixture.Named.organization("مجلس سوريا الديمقراطية", country: "SYR", name: "Syrian Democratic Council")
    static let darrar = SentenceFixture.Named.person("رياض درار", "درار", country: "SYR", name: "Riad Darrar")

    static let cases: [Case] = [
        Case(source: "dev-extra4 (BBC Arabic, 26 Jul 2018, BB-middleEast-780): «كما علق روحاني، على تلويح الرئيس الأمريكي … بالقول \"…\"» is Rouhani's",
             text: "وتعد تصريحات سليماني الأحدث في حرب كلامية بين الإدارة الأمريكية وإيران، ارتفعت وتيرتها بعد أن هاجم الرئيس الإيراني حسن روحاني نظيره الأمريكي دونالد ترامب، محذرا إدارته من اتخاذ سياسة معادية لبلاده.\nكما علق روحاني، على تلويح الرئيس الأمريكي بمنع تصدير النفط الإيراني بالقول \"من يفهم قليلا في السياسية لا يوافق على وقف تصدير النفط الإيراني\".",
             entities: [.person("سليماني", country: "IRN", name: "Qasem Soleimani"), .gpe("إيران", country: "IRN", name: "Iran"), rouhani, trump],
             quotes: [("من يفهم قليلا", .direct, "Hassan Rouhani")]),
        Case(source: "Al Arabiya, 3 Apr 2018 (AL-internationalNews-758): «وجادل لافروف بالقول إن» is Lavrov's",
             text: "وجادل لافروف بالقول إن روسيا ليس لديها دوافع لمهاجمة سكريبال، الذي أطلق سراحه في عملية تبادل للجواسيس عام 2010 من سجن روسي.",
             entities: [QuoteTests.lavrov, .gpe("روسيا", country: "RUS", name: "Russia")],
             quotes: [("روسيا ليس لديها دوافع", .indirect, "Sergey Lavrov")]),
        Case(source: "Sky News Arabia, 6 Sep 2018 (SK-internationalNews-3146): «ردت وزارة الخارجية الروسية على بريطانيا، بالقول إن» is the ministry's",
             text: "من جانبها، ردت وزارة الخارجية الروسية على بريطانيا، بالقول إن الأسماء التي نشرتها السلطات البريطانية فيما يخص المشتبه بهما \"لا تعنيها\".",
             entities: [.organization("وزارة الخارجية الروسية", country: "RUS", name: "Ministry of Foreign Affairs of Russia"),
                        .gpe("بريطانيا", country: "GBR", name: "United Kingdom")],
             quotes: [("الأسماء التي نشرتها", .indirect, "Ministry of Foreign Affairs of Russia")]),
        Case(source: "France 24, 28 Jun 2018 (FR-internationalNews-2042): «ورفض معلول الخوض …، واكتفى بالقول إنه» is Maaloul's",
             text: "ورفض معلول الخوض في الحديث عن مصيره على رأس \"نسور قرطاج\"، واكتفى بالقول إنه سيكشف عن هذا الأمر \"بعد المباراة أمام بنما\".",
             entities: [.person("معلول", country: "TUN", name: "Nabil Maaloul"), .gpe("بنما", country: "PAN", name: "Panama")],
             quotes: [("سيكشف عن هذا الأمر", .indirect, "Nabil Maaloul")]),
        Case(source: "guard (dev-extra4, SK-middleEast-3151): «وتابع بالقول» after a speech cue stays that cue's quotation",
             text: "وقال الرئيس المشترك لمجلس سوريا الديمقراطية رياض درار إن اللقاء كان عبارة عن \"جس نبض\" بشأن توجهات الطرفين.\nوتابع بالقول إن المباحثات تطرقت لمستقبل مناطق الإدارة الذاتية في الشمال الشرقي.",
             entities: [council, darrar],
             quotes: [("اللقاء كان عبارة", .indirect, "Riad Darrar"), ("المباحثات تطرقت", .indirect, "Riad Darrar")]),
        Case(source: "dev-extra4 (Sky News Arabia, 28 Jul 2018, SK-middleEast-3151): «يقول الرئيس المشترك لمجلس سوريا الديمقراطية إن» is Darrar, named so before",
             text: "وقال الرئيس المشترك لمجلس سوريا الديمقراطية رياض درار لـ\"سكاي نيوز عربية\" إن اللقاء كان عبارة عن \"جس نبض\" بشأن توجهات الطرفين.\nوعن موقف الحكومة السورية من الإدارة الذاتية، يقول الرئيس المشترك لمجلس سوريا الديمقراطية إن أقصى ما يطمح إليه النظام هو تعديل قانون الإدارة المحلية.",
             entities: [council, darrar],
             quotes: [("اللقاء كان عبارة", .indirect, "Riad Darrar"), ("أقصى ما يطمح", .indirect, "Riad Darrar")]),
        Case(source: "guard: the office with no holder named after it before stays the body's («وأعلن المجلس» in the same report is the Council)",
             text: "وأعلن مجلس سوريا الديمقراطية أن وفدا منه عقد اجتماعا في دمشق.\nوقال الرئيس المشترك لمجلس سوريا الديمقراطية إن اللقاء كان عبارة عن \"جس نبض\" بشأن توجهات الطرفين.",
             entities: [council, .place("دمشق", country: "SYR", name: "Damascus")],
             quotes: [("اللقاء كان عبارة", .indirect, "Syrian Democratic Council")]),
        Case(source: "BBC Arabic, 28 Sep 2018 (BB-middleEast-1016): «واتهم رئيس الوزراء الإسرائيلي …، وقال إن» is Netanyahu's: the title and adjective opening the sentence stand for him",
             text: "وتعترض إسرائيل على الاتفاق النووي الذي وُقع مع إيران في عام 2015، وأشاد نتنياهو بقرار الرئيس الأمريكي، دونالد ترامب، الانسحاب منه.\nوأكدت الوكالة الدولية للطاقة الذرية أكثر من مرة أن طهران حافظت على التزاماتها بموجب الاتفاق النووي مع القوى الدولية.\nواتهم رئيس الوزراء الإسرائيلي \"عملاء إيرانيين\" بالتخطيط لهجمات في الولايات المتحدة وأوروبا، وقال إن النظام الإيراني \"يقمع شعبه بوحشية\" منذ عقود.",
             entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .gpe("إيران", country: "IRN", name: "Iran"),
                        .titled("نتنياهو", title: "رئيس الوزراء", of: "ISR", name: "Benjamin Netanyahu"), trump,
                        .organization("الوكالة الدولية للطاقة الذرية", country: nil, name: "International Atomic Energy Agency"),
                        .place("طهران", country: "IRN", name: "Tehran"), .gpe("الولايات المتحدة", country: "USA", name: "United States"),
                        .place("أوروبا", country: nil, name: "Europe")],
             quotes: [("طهران حافظت", .indirect, "International Atomic Energy Agency"),
                      ("النظام الإيراني", .indirect, "Benjamin Netanyahu")]),
    ]

    @Test(arguments: cases)
    func quotations(_ c: Case) {
        QuoteTests.check(c, bareEnds: false)
    }
}
