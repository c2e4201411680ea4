import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// A capital named as a side stands for its government (branch events7, docs/EVENTS.md): after a
/// feminine verb it is the subject («وتتهم لندن موسكو»), after a masculine one or another
/// subject the object («دعا جوزيبي كونتي واشنطن إلى»); a capital coordinated with the subject is
/// one more subject, and one that names an agreement («اتفاق باريس») is no side. Real sentences
/// of benchmark reports in no gold set (the audit's samples, docs/QUALITY.md), named by their id.
@Suite struct CapitalSideEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let london = SentenceFixture.Named.place("لندن", country: "GBR", name: "London")
    static let moscow = SentenceFixture.Named.place("موسكو", country: "RUS", name: "Moscow")
    static let washington = SentenceFixture.Named.place("واشنطن", country: "USA", name: "Washington")

    static let cases: [Case] = [
        Case(source: "AL-internationalNews-837-20180408: a capital after a feminine verb is its subject, the next one its object",
             text: "وتتهم لندن موسكو بالوقوف خلف عملية تسميم الجاسوس السابق وابنته، الأمر الذي تنفيه روسيا بشكل قاطع.",
             entities: [london, moscow, .gpe("روسيا", country: "RUS", name: "Russia")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["GBR"], target: ["RUS"])]),
        Case(source: "CN-middleEast-1024-20180526: «وطالبت واشنطن موسكو»: the United States demand of Russia",
             text: "وطالبت واشنطن موسكو المساعدة في وقف أي من هذه الأفعال.",
             entities: [washington, moscow],
             events: [Expected(cameo: "100", modality: .asserted, source: ["USA"], target: ["RUS"])]),
        Case(source: "FR-internationalNews-2530-20180730: after a masculine verb and its subject, the capital is the party called on",
             text: "وأعلن الرئيس الأمريكي دونالد ترامب من جهة أخرى أن العقوبات الأمريكية المفروضة على روسيا ستبقى على حالها في الوقت الراهن ولن يتم تعديلها، في حين دعا جوزيبي كونتي واشنطن إلى الحوار مع موسكو.",
             entities: [.person("دونالد ترامب", country: "USA", name: "Donald Trump"), .gpe("روسيا", country: "RUS", name: "Russia"),
                        .person("جوزيبي كونتي", country: "ITA", name: "Giuseppe Conte"), washington, moscow],
             events: [Expected(cameo: "100", modality: .asserted, source: ["ITA"], target: ["USA"])]),
        Case(source: "SK-internationalNews-3548-20181018: the capital before the verb is the subject, the one after it the object",
             text: "ولا تزال أنقرة تطالب واشنطن بتسليم رجل الدين فتح الله غولن، المقيم في الولايات المتحدة منذ سنوات.",
             entities: [.place("أنقرة", country: "TUR", name: "Ankara"), washington,
                        .person("فتح الله غولن", country: "TUR", name: "Fethullah Gulen"),
                        .gpe("الولايات المتحدة", country: "USA", name: "United States")],
             events: [Expected(cameo: "100", modality: .asserted, source: ["TUR"], target: [])]),
        Case(source: "AL-internationalNews-931-20180415: capitals coordinated with the subject are subjects too",
             text: "واتهمت دمشق وموسكو وطهران الاثنين الماضي (9 أبريل) إسرائيل بشن ضربة جوية استهدفت مطار التيفور العسكري في محافظة حمص.",
             entities: [.place("دمشق", country: "SYR", name: "Damascus"), moscow, .place("طهران", country: "IRN", name: "Tehran"),
                        .gpe("إسرائيل", country: "ISR", name: "Israel"), .place("حمص", country: "SYR", name: "Homs")],
             // One event per accuser (branch events9: joint acts are one event per side).
             events: [Expected(cameo: "112", modality: .asserted, source: ["SYR"], target: ["ISR"]),
                      Expected(cameo: "112", modality: .asserted, source: ["RUS"], target: ["ISR"]),
                      Expected(cameo: "112", modality: .asserted, source: ["IRN"], target: ["ISR"])]),
        Case(source: "FR-middleEast-281-20180414: a capital after كل من is a subject with the actors coordinated with it",
             text: "أدانت كل من دمشق وروسيا وإيران العملية العسكرية التي شنتها الولايات المتحدة وفرنسا وبريطانيا ضد مواقع تابعة للنظام السوري.",
             entities: [.place("دمشق", country: "SYR", name: "Damascus"), .gpe("روسيا", country: "RUS", name: "Russia"),
                        .gpe("إيران", country: "IRN", name: "Iran"), .gpe("الولايات المتحدة", country: "USA", name: "United States"),
                        .gpe("فرنسا", country: "FRA", name: "France"), .gpe("بريطانيا", country: "GBR", name: "United Kingdom")],
             // One event per state that condemns (branch events9).
             events: [Expected(cameo: "111", modality: .asserted, source: ["SYR"], target: []),
                      Expected(cameo: "111", modality: .asserted, source: ["RUS"], target: []),
                      Expected(cameo: "111", modality: .asserted, source: ["IRN"], target: [])]),
        Case(source: "SK-internationalNews-416-20180317: the capital object is the side, not the person named after it",
             text: "وتتهم لندن موسكو بالضلوع في تسميم سكريبال وابنته، باستخدام غاز الأعصاب \"نوفيتشوك\"، الذي صنعه الاتحاد السوفيتي سابقا، وهي تهمة تنفيها روسيا.",
             entities: [london, moscow, .person("سكريبال", country: "RUS", name: "Sergei Skripal"), .gpe("روسيا", country: "RUS", name: "Russia")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["GBR"], target: ["RUS"])]),
        Case(source: "FR-internationalNews-236-20180303: a capital accused after a person subject is the accused side",
             text: "وشهدت العلاقات بين الخرطوم والقاهرة توترا في الأشهر الأخيرة، وكان الرئيس السوداني عمر البشير قد اتهم القاهرة بدعم معارضين سودانيين، فيما اتهمت وسائل إعلام مصرية الخرطوم مرارا بإيواء عناصر في جماعة الإخوان المسلمين.",
             entities: [.place("الخرطوم", country: "SDN", name: "Khartoum"), .place("القاهرة", country: "EGY", name: "Cairo"),
                        .person("عمر البشير", country: "SDN", name: "Omar al-Bashir")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["SDN"], target: ["EGY"])]),
        Case(source: "SK-internationalNews-3056-20180817: a capital annexed to a summit is where it is held; the partner follows",
             text: "وكان برينان اعتبر أن أداء ترامب في قمة هلسنكي مع الرئيس الروسي فلاديمير بوتن \"لا يقل عن خيانة\".",
             entities: [.person("ترامب", country: "USA", name: "Donald Trump"), .place("هلسنكي", country: "FIN", name: "Helsinki"),
                        .person("فلاديمير بوتن", country: "RUS", name: "Vladimir Putin")],
             events: [Expected(cameo: "044", modality: .asserted, source: ["USA"], target: ["RUS"])]),
    ]

    @Test(arguments: cases)
    func events(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// A capital that names an agreement, or is coordinated with the subject, is not the target.
    static let notTargets: [(source: String, text: String, entities: [SentenceFixture.Named], country: String)] = [
        ("BB-internationalNews-1167-20181008: «اتفاق باريس بشأن المناخ» names an agreement, not France",
         "وعلى غرار الرئيس الأمريكي، دونالد ترامب، انتقد بولسونارو اتفاق باريس بشأن المناخ.",
         [.person("دونالد ترامب", country: "USA", name: "Donald Trump"), .person("بولسونارو", country: "BRA", name: "Jair Bolsonaro"),
          .place("باريس", country: "FRA", name: "Paris")], "FRA"),
        ("FR-middleEast-227-20180408: «ونفت روسيا ودمشق»: Damascus denies too; it is not what Russia rejects",
         "ونفت روسيا ودمشق استخدام أسلحة كيميائية.",
         [.gpe("روسيا", country: "RUS", name: "Russia"), .place("دمشق", country: "SYR", name: "Damascus")], "SYR"),
    ]

    @Test(arguments: notTargets.indices)
    func notATarget(_ i: Int) {
        let c = Self.notTargets[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: "2018-04-08")
        let wrong = fixture.analyze().events.filter { fixture.countries($0.target).contains(c.country) }
        #expect(wrong.isEmpty, "\(c.source): \(wrong.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }
}
