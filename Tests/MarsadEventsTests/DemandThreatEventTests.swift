import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Demands (دعا X إلى), threats (لوّح بـ) and the modality of what is threatened, looming or
/// refused, on real sentences of benchmark reports in no gold set (branch events6 audit,
/// docs/QUALITY.md; each report is named by its corpus id).
@Suite struct DemandThreatEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "SK-middleEast-2580-20180624: «حذر … بومبيو إيران من» — a warning to a named side is a threat (13, docs/ANNOTATION.md dev-extra4)",
             text: "حذر وزير الخارجية الأميركي مايك بومبيو إيران من محاولة حيازة أسلحة نووية.",
             entities: [.person("مايك بومبيو", country: "USA", name: "Mike Pompeo"), .gpe("إيران", country: "IRN", name: "Iran")],
             events: [Expected(cameo: "130", modality: .asserted, source: ["USA"], target: ["IRN"])]),
        Case(source: "CN-middleEast-677-20180420: «حذر … حسين سلامي، الجمعة، من وصفهم بـ\"الأعداء\" من محاولة تهديد أمن إيران» — من closes a warning's object (the country after it is the matter)",
             text: "حذر نائب القائد العام للحرس الثوري الإيراني العميد حسين سلامي، الجمعة، من وصفهم بـ\"الأعداء\" من محاولة تهديد أمن إيران.",
             entities: [.person("حسين سلامي", country: "IRN", name: "Hossein Salami"), .gpe("إيران", country: "IRN", name: "Iran")],
             events: [], count: 0),
        Case(source: "BB-middleEast-653-20180623: «وحذرت الأمم المتحدة من أن …» warns of a danger, no side: no event",
             text: "وحذرت الأمم المتحدة من أن زيادة العنف قد تعرض حياة 750 ألف شخص يعيشون في مناطق المسلحين في الجنوب للخطر.",
             entities: [.organization("الأمم المتحدة", country: nil, name: "United Nations")],
             events: [], count: 0),
        Case(source: "FR-internationalNews-569-20180406: دعت X إلى with the party named as the object is a demand (10)",
             text: "دعت تركيا الخميس فرنسا إلى \"عدم تكرار الأخطاء\" التي ارتكبتها واشنطن بإرسال عسكريين إلى مدينة منبج السورية.",
             entities: [.gpe("تركيا", country: "TUR", name: "Turkey"), .gpe("فرنسا", country: "FRA", name: "France"),
                        .place("واشنطن", country: "USA", name: "Washington"), .place("منبج", country: "SYR", name: "Manbij")],
             events: [Expected(cameo: "100", modality: .asserted, source: ["TUR"], target: ["FRA"])]),
        Case(source: "SK-internationalNews-931-20180413: لوّح بـ is a threat; its target is the one the threatened act is aimed at (the prosecutor to be arrested)",
             text: "لوح رئيس الفيليبين، رودريغو دوتيرتي، الجمعة، بتوقيف المدعية العامة للمحكمة الجنائية الدولية، فاتو بنسودا التي تحقق في سياسته المثيرة للجدل في مكافحة المخدرات.",
             entities: [.gpe("الفيليبين", country: "PHL", name: "Philippines"), .person("رودريغو دوتيرتي", country: "PHL", name: "Rodrigo Duterte"),
                        .organization("المحكمة الجنائية الدولية", country: nil, name: "International Criminal Court"),
                        .person("فاتو بنسودا", country: nil, name: "Fatou Bensouda")],
             events: [Expected(cameo: "130", modality: .asserted, source: ["PHL"], target: ["Fatou Bensouda"])]),
    ]

    @Test(arguments: cases)
    func events(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// SK-internationalNews-1225-20180427: leaving an agreement, even brandished, is no military
    /// withdrawal (0874), hypothetical or not.
    @Test func brandishedLeavingOfAnAgreement() {
        let fixture = SentenceFixture("ويلوح ترامب بالانسحاب من الاتفاق النووي الذي وقعته قوى عظمى مع إيران، لأجل تقييد الطموح العسكري الإيراني.",
                                      entities: [.person("ترامب", country: "USA", name: "Donald Trump"), .gpe("إيران", country: "IRN", name: "Iran")],
                                      published: "2018-04-27")
        #expect(!fixture.analyze().events.contains { $0.cameo == "0874" })
    }

    /// A call for something (دعا إلى, no party named as the object) stays an appeal, as does
    /// ناشد: no demand is read.
    static let appeals: [(source: String, text: String, entities: [SentenceFixture.Named])] = [
        ("FR-internationalNews-749-20180416: دعت فرنسا … إلى + a verbal noun names no party called on",
         "من جهتها، دعت فرنسا في الاجتماع إلى تمكين منظمة حظر الأسلحة الكيميائية من تفكيك برنامج سوريا \"السري\" للأسلحة الكيميائية.",
         [.gpe("فرنسا", country: "FRA", name: "France"), .organization("منظمة حظر الأسلحة الكيميائية", country: nil, name: "OPCW"),
          .gpe("سوريا", country: "SYR", name: "Syria")]),
        ("CN-middleEast-964-20180517: ناشد X لـ is an appeal (implore), not a demand",
         "وناشد الأمين العام للأمم المتحدة السلطات السودانية لإلغاء حكم الإعدام ومنحها محاكمة جديدة تحترم قوانين حقوق الإنسان الدولية.",
         [.organization("الأمم المتحدة", country: nil, name: "United Nations"),
          .organization("السلطات السودانية", country: "SDN", name: "Government of Sudan")]),
    ]

    @Test(arguments: appeals.indices)
    func noDemand(_ i: Int) {
        let c = Self.appeals[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: "2018-04-16")
        let demands = fixture.analyze().events.filter { $0.cameo.hasPrefix("10") }
        #expect(demands.isEmpty, "\(c.source): \(demands.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    /// What looms (تلوح في الأفق), is threatened (تتوعد) or refused (يرفضون) is not asserted; the
    /// speaker after على لسان is not the target of the threat.
    static let notAsserted: [(source: String, text: String, entities: [SentenceFixture.Named], cameo: String)] = [
        ("BB-internationalNews-242-20180328: a summit looming (وتلوح في الأفق) has not been held",
         "وتلوح في الأفق، أول قمة على الإطلاق بين الولايات المتحدة وكوريا الشمالية، بعد أن وافق الرئيس الأمريكي دونالد ترامب على دعوة كيم.",
         [.gpe("الولايات المتحدة", country: "USA", name: "United States"), .gpe("كوريا الشمالية", country: "PRK", name: "North Korea"),
          .person("دونالد ترامب", country: "USA", name: "Donald Trump"), .person("كيم", country: "PRK", name: "Kim Jong-un")], "040"),
        ("BB-middleEast-220-20180320: a meeting refused (ويرفضون لقاء) did not take place",
         "وينظر الفلسطينيون إلى القدس كعاصمة لدولتهم المستقبلية ويرفضون لقاء مبعوثي ترامب منذ قرار نقل السفارة الأمريكية في إسرائيل إلى القدس.",
         [.gpe("الفلسطينيون", country: "PSE", name: "Palestinian Authority"), .place("القدس", country: nil, name: "Jerusalem"),
          .person("ترامب", country: "USA", name: "Donald Trump"), .gpe("إسرائيل", country: "ISR", name: "Israel")], "04"),
        ("FR-middleEast-341-20180422: the minister after على لسان voices Iran's threat; he is not its target",
         "لوحت إيران، على لسان وزير خارجيتها محمد جواد ظريف، بالعودة إلى تخصيب اليورانيوم إذا تخلت واشنطن عن الاتفاق النووي.",
         [.gpe("إيران", country: "IRN", name: "Iran"), .person("محمد جواد ظريف", country: "IRN", name: "Mohammad Javad Zarif"),
          .place("واشنطن", country: "USA", name: "Washington")], "13"),
    ]

    @Test(arguments: notAsserted.indices)
    func notAssertedEvent(_ i: Int) {
        let c = Self.notAsserted[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: "2018-04-22")
        let wrong = fixture.analyze().events.filter { $0.modality == .asserted && $0.cameo.hasPrefix(c.cameo) }
        #expect(wrong.isEmpty, "\(c.source): \(wrong.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }
}
