import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// استنكر and شجب denounce like ندد and أدان (111; branch events8, docs/EVENTS.md): the subject is
/// the one who denounces, an actor in the object the one denounced. Real sentences of benchmark
/// reports in no gold set (the audit's sample, docs/QUALITY.md), named by their id.
@Suite struct DenounceEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "SK-internationalNews-1691-20180521: «استنكرت روسيا … عدم تجديد بريطانيا إقامة …»",
             text: "استنكرت روسيا، الاثنين، عدم تجديد بريطانيا إقامة رجل الأعمال الروسي رومان أبراموفيتش رئيس نادي تشلسي، ووصفته بأمر \"لا يتسم بروح الصداقة\".",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .gpe("بريطانيا", country: "GBR", name: "United Kingdom"),
                        .person("رومان أبراموفيتش", country: "RUS", name: "Roman Abramovich")],
             events: [Expected(cameo: "111", modality: .asserted, source: ["RUS"], target: ["GBR"])]),
        Case(source: "CN-middleEast-989-20180521: «استنكرت … حنان عشراوي، افتتاح باراغواي سفارتها في القدس»",
             text: "من جانبها، استنكرت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية حنان عشراوي، افتتاح باراغواي سفارتها في القدس.",
             entities: [.organization("منظمة التحرير الفلسطينية", country: "PSE", name: "Palestine Liberation Organization"),
                        .person("حنان عشراوي", country: "PSE", name: "Hanan Ashrawi"), .gpe("باراغواي", country: "PRY", name: "Paraguay"),
                        .place("القدس", country: nil, name: "Jerusalem")],
             events: [Expected(cameo: "111", modality: .asserted, source: ["PSE"], target: ["PRY"])]),
    ]

    @Test(arguments: cases)
    func events(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// The organization of a person source's title after the name is the body the person serves,
    /// not the target (without `ArgumentReader.isOffice` the Arab League is read as denounced).
    static let notTargets: [(source: String, text: String, entities: [SentenceFixture.Named], side: String)] = [
        ("AL-internationalNews-186-20180224: «أحمد أبو الغيط، الأمين العام لجامعة الدول العربية»",
         "استنكر أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، السبت، بأشد العبارات إعلان وزارة الخارجية الأميركية اعتزام الولايات المتحدة نقل سفارتها من تل أبيب إلى القدس.",
         [.person("أحمد أبو الغيط", country: "EGY", name: "Ahmed Aboul Gheit"), .organization("جامعة الدول العربية", country: nil, name: "Arab League"),
          .organization("وزارة الخارجية الأميركية", country: "USA", name: "Department of State"),
          .gpe("الولايات المتحدة", country: "USA", name: "United States")], "Arab League"),
    ]

    @Test(arguments: notTargets.indices)
    func notATarget(_ i: Int) {
        let c = Self.notTargets[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: "2018-02-24")
        let events = fixture.analyze().events
        let wrong = events.filter { fixture.countries($0.target).contains(c.side) }
        #expect(wrong.isEmpty, "\(c.source): \(wrong.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }
}
