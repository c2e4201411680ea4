import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Subjects of branch events7 (docs/EVENTS.md, "Branch events7"): كل من before a coordinated
/// subject, the anaphor الحلف, the visitor of زيارته named right before it, and the attack nouns
/// هجومه/هجومها/هجومهم under a support verb. Real sentences of
/// benchmark reports in no gold set (the audit's samples, docs/QUALITY.md), each named by its id.
@Suite struct SubjectShapeEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "SK-middleEast-1624-20180512: رفض كل من X و Y: the actors after كل من are the subject",
             text: "وقالت تقارير محلية إن الحافلات لم تتمكن من دخول المدينة بعد 3 أيام من عناء الانتظار على مداخلها، حيث رفض كل من الجيش التركي و\"قوات درع الفرات \" التي تعمل بأوامر الأتراك، استقبالهم بحجة عدم وجود مراكز إيواء.",
             entities: [.organization("الجيش التركي", country: "TUR", name: "Armed Forces of Turkey")],
             events: [Expected(cameo: "120", modality: .asserted, source: ["TUR"], target: [])]),
        Case(source: "FR-internationalNews-1853-20180616: رفضت كل من إيطاليا ومالطا: both states refuse (the first after من too)",
             text: "وعرض سانشيز استقبال هؤلاء المهاجرين الذين أنقذتهم أكواريوس بعدما رفضت كل من إيطاليا ومالطا استقبالهم في موانئهما.",
             entities: [.person("سانشيز", country: "ESP", name: "Pedro Sánchez"), .gpe("إيطاليا", country: "ITA", name: "Italy"),
                        .gpe("مالطا", country: "MLT", name: "Malta")],
             // One event per state that refuses (branch events9).
             events: [Expected(cameo: "120", modality: .asserted, source: ["ITA"], target: []),
                      Expected(cameo: "120", modality: .asserted, source: ["MLT"], target: [])]),
        Case(source: "dev-extra2 AL-internationalNews-1366-20180528 (a development report): الحلف after حلف شمال الأطلسي is the alliance",
             text: "يعقد حلف شمال الأطلسي الخميس أول محادثات رسمية له مع #روسيا منذ حادث تسميم العميل الروسي المزدوج سيرغي سكريبال في #بريطانيا، فيما يسعى الحلف إلى مواجهة تزايد النشاط الروسي. وانتقد الحلف روسيا بشدة بسبب الهجوم الذي وقع في آذار/مارس في أول مرة يستخدم فيها غاز أعصاب في أوروبا منذ الحرب العالمية الثانية.",
             entities: [.organization("حلف شمال الأطلسي", country: nil, name: "North Atlantic Treaty Organization", cameo: "IGOWSTNAT"),
                        .gpe("روسيا", country: "RUS", name: "Russia"), .gpe("بريطانيا", country: "GBR", name: "United Kingdom"),
                        .person("سيرغي سكريبال", country: "RUS", name: "Sergei Skripal")],
             events: [Expected(cameo: "111", modality: .asserted, source: ["North Atlantic Treaty Organization"], target: ["RUS"])]),
        Case(source: "SK-internationalNews-40-20180219: هجومها after a support verb is an attack by the verb's subject (trigger row of events7)",
             text: "وشنت تركيا هجومها يوم 20 يناير الماضي على وحدات حماية الشعب الكردية، التي تعتبرها أنقرة امتدادا لحزب العمال الكردستاني.",
             entities: [.gpe("تركيا", country: "TUR", name: "Turkey"),
                        .organization("وحدات حماية الشعب الكردية", country: "SYR", name: "People's Protection Units"),
                        .place("أنقرة", country: "TUR", name: "Ankara"), .organization("حزب العمال الكردستاني", country: "TUR", name: "PKK")],
             times: [("يوم 20 يناير الماضي", "2018-01-20")],
             events: [Expected(cameo: "190", modality: .asserted, source: ["TUR"], target: ["SYR"], date: "2018-01-20")]),
        // A person right after a country or body named by its own name, with no title, is the
        // verb's object, not a person the title before speaks for (main, 2026-11-30).
        Case(source: "BB-internationalNews-1021-20180830: «واتهمت الصين ترامب»: China accuses Trump",
             text: "واتهمت الصين ترامب بـ\"تحميل الآخرين المسؤولية\" في تعليقاته على العلاقات مع كوريا الشمالية.",
             entities: [.gpe("الصين", country: "CHN", name: "China"), .person("ترامب", country: "USA", name: "Donald Trump"),
                        .gpe("كوريا الشمالية", country: "PRK", name: "North Korea")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["CHN"], target: ["USA"])]),
        Case(source: "constructed on «أفرجت السلطات البريطانية عن الداعية المتشدد، أنجم تشودري» (BB-internationalNews-1216-20181019): the subject between the verb and عن",
             text: "وفي إيران، أفرجت السلطات الإيرانية عن الصحفي الأمريكي جيسون رضائيان.",
             entities: [.gpe("إيران", country: "IRN", name: "Iran"), .person("جيسون رضائيان", country: "USA", name: "Jason Rezaian")],
             events: [Expected(cameo: "0841", modality: .asserted, source: ["IRN"], target: ["USA"])]),
        Case(source: "BB-internationalNews-49-20180222: an organization by its name, then a titled person: Amnesty accuses Trump",
             text: "اتهمت منظمة العفو الدولية الرئيس الأمريكي دونالد ترامب بانتهاج سياسات تتسم \"بالكراهية\" وبأنه يمثل تهديدا لحقوق الإنسان عالميا.",
             entities: [.organization("منظمة العفو الدولية", country: nil, name: "Amnesty International"),
                        .person("دونالد ترامب", country: "USA", name: "Donald Trump")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["Amnesty International"], target: ["USA"])]),
    ]

    @Test(arguments: cases)
    func events(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// The visitor of زيارته: the person named right before it (a comma and a preposition between),
    /// not the actor opening the sentence; a person after a preposition (مع ترامب) is not the visitor.
    static let visitors: [(source: String, text: String, entities: [SentenceFixture.Named], visitor: String?)] = [
        ("CN-middleEast-194-20180306: the crown prince named before «خلال زيارته» visits, not the king opening the clause",
         "تلقى البابا تواضروس الثاني، بابا الإسكندرية، دعوة هي الأولى من نوعها لزيارة المملكة من العاهل السعودي الملك سلمان بن عبد العزيز حملها إليه ولي العهد السعودي، الأمير محمد بن سلمان، خلال زيارته حالياً للقاهرة.",
         [.person("تواضروس الثاني", country: nil, name: "Pope Tawadros II"), .person("سلمان بن عبد العزيز", country: "SAU", name: "Salman bin Abdulaziz"),
          .person("محمد بن سلمان", country: "SAU", name: "Mohammed bin Salman"), .place("القاهرة", "لقاهرة", country: "EGY", name: "Cairo"),
          .gpe("مصر", country: "EGY", name: "Egypt")],
         "Mohammed bin Salman"),
        ("CN-middleEast-714-20180424: «مؤتمر صحفي عقده مع ترامب، خلال زيارته»: Trump, after مع, is not the visitor",
         "أكد الرئيس الفرنسي، إيمانويل ماكرون، أنه يأمل بأن يعمل رفقة نظيره الأمريكي على إتمام اتفاق جديد، وذلك خلال مؤتمر صحفي عقده مع ترامب، خلال زيارته الرسمية الأولى إلى أمريكا.",
         [.person("إيمانويل ماكرون", country: nil, name: "Emmanuel Macron"), .person("ترامب", country: nil, name: "Donald Trump"),
          .gpe("أمريكا", country: "USA", name: "United States")],
         "Emmanuel Macron"),
    ]

    @Test(arguments: visitors.indices)
    func visitor(_ i: Int) {
        let c = Self.visitors[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: "2018-03-06")
        let visits = fixture.analyze().events.filter { $0.cameo == "042" && fixture.text($0.trigger).hasSuffix("زيارته") }
        #expect(visits.count == 1, "\(c.source): \(fixture.analyze().events.map { "\($0.cameo) \(fixture.text($0.trigger)) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
        #expect(visits.first.flatMap { fixture.name($0.source.first) } == c.visitor, "\(c.source)")
    }
}
