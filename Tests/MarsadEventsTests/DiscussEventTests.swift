import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Consultations told with بحث/تباحث/ناقش … مع (CAMEO 040), the call or meeting after في/خلال as
/// their manner (one event, coded as the call), هاتفيا, and the look-alikes that are no event
/// («تبحث عن ذريعة»), and a place that is the topic («بشأن الوضع في سوريا»). Real sentences of benchmark reports in no gold set, named by their id
/// (docs/QUALITY.md, "Main, 2026-11-30").
@Suite struct DiscussEventTests {
    typealias Expected = EventTests.Expected

    typealias Case = EventTests.Case

    static let lavrov = SentenceFixture.Named.person("سيرغي #لافروف", "لافروف", country: "RUS", name: "Sergey Lavrov")
    static let pompeo = SentenceFixture.Named.person("مايك #بومبيو", "بومبيو", country: "USA", name: "Mike Pompeo")

    static let cases: [Case] = [
        Case(source: "AL-internationalNews-1688-20180619: «بحث X مع نظيره Y في اتصال هاتفي» is one call between them; Syria is its topic",
             text: "بحث وزير الخارجية الروسي، سيرغي #لافروف، مع نظيره الأميركي، مايك #بومبيو، في اتصال هاتفي الاثنين، القضايا المتعلقة بسوريا وشبه الجزيرة الكورية، وفق وزارة الخارجية الروسية.",
             entities: [lavrov, pompeo, .gpe("سوريا", country: "SYR", name: "Syria"),
                        .place("شبه الجزيرة الكورية", country: nil, name: "Korean Peninsula"),
                        .organization("وزارة الخارجية الروسية", country: "RUS", name: "Russian Foreign Ministry")],
             events: [Expected(cameo: "041", modality: .asserted, source: ["RUS"], target: ["USA"])],
             count: 1),
        Case(source: "FR-middleEast-265-20180412: «تباحث … هاتفيا مع» is a phone call",
             text: "تباحث الرئيس الأمريكي دونالد ترامب هاتفيا مع نظيره التركي رجب طيب أردوغان الوضع في سوريا.",
             entities: [.person("دونالد ترامب", country: "USA", name: "Donald Trump"),
                        .person("رجب طيب أردوغان", country: "TUR", name: "Recep Tayyip Erdogan"),
                        .gpe("سوريا", country: "SYR", name: "Syria")],
             events: [Expected(cameo: "041", modality: .asserted, source: ["USA"], target: ["TUR"])],
             count: 1),
        Case(source: "SK-middleEast-478-20180322: a verb whose subject names no one («الرئيسان») leaves the call its own reading",
             text: "ذكرت وكالة السودان للأنباء (سونا)، الخميس، أن الرئيس الروسي فلاديمير بوتن قبل دعوة من نظيره السوداني عمر البشير لزيارة الخرطوم.\nوبحث الرئيسان خلال اتصال هاتفي العلاقات الثنائية بين البلدين، وسبل تطويرها للمستوى الاستراتيجي.",
             entities: [.person("فلاديمير بوتن", country: "RUS", name: "Vladimir Putin"),
                        .person("عمر البشير", country: "SDN", name: "Omar al-Bashir"),
                        .place("الخرطوم", country: "SDN", name: "Khartoum")],
             events: [Expected(cameo: "041", modality: .asserted, source: ["RUS"], target: ["SDN"])]),
        Case(source: "AL-internationalNews-875-20180411: «تبحث عن ذريعة» looks for a pretext; no one is consulted",
             text: "وقال ظريف: \"يبدو أن الحكومة الأميركية تبحث عن ذريعة للتدخل في سوريا\".",
             entities: [.person("ظريف", country: "IRN", name: "Mohammad Javad Zarif"),
                        .organization("الحكومة الأميركية", country: "USA", name: "Government of United States", cameo: "USAGOV"),
                        .gpe("سوريا", country: "SYR", name: "Syria")],
             events: [], count: 0),
        Case(source: "SK-middleEast-995-20180413: «الوضع في سوريا» is what the meeting was about; the team names no partner state",
             text: "وذكر البيت الأبيض في بيان أن ترامب اجتمع مع فريقه للأمن القومي بشأن الوضع في سوريا الخميس \"ولم يتم اتخاذ قرار نهائي\".",
             entities: [.organization("البيت الأبيض", country: "USA", name: "White House", cameo: "USAGOV"),
                        .person("ترامب", country: "USA", name: "Donald Trump"), .gpe("سوريا", country: "SYR", name: "Syria")],
             events: [], count: 0),
    ]

    @Test(arguments: cases)
    func events(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }
}
