import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// The sides of conflict events the text leaves implicit or names through a noun (مواقع
/// المتمردين), on real sentences (the report each comes from is named; dev-extra and dev-extra2
/// are development gold).
@Suite struct ConflictSideTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let text: String
        let entities: [SentenceFixture.Named]
        /// The code of the expected event.
        let cameo: String
        /// Countries of the source's entities and labels of its agents, sorted, joined by "+".
        let from: String
        /// The same for the target.
        let to: String
        var testDescription: String { source }
    }

    static let southSudan = SentenceFixture.Named.gpe("جنوب السودان", country: "SSD", name: "South Sudan")

    static let cases: [Case] = [
        Case(source: "France 24, 30 Jun 2018 (dev-extra2): the rebels named after the army's positions noun are its target, no apposition",
             text: "وقال المتحدث إن جيش جنوب السودان هاجم مواقع المتمردين في قرية مبورو الواقعة في الشمال الغربي من جنوب السودان.",
             entities: [.organization("جيش جنوب السودان", country: "SSD", name: "Armed Forces of South Sudan", cameo: "SSDMIL"),
                        .place("مبورو", country: "SSD", name: "Mboro"), southSudan],
             cameo: "190", from: "SSD", to: "SPLM-IO"),
        Case(source: "France 24, 5 Jul 2018 (dev-extra): strikes on towns of the regime's own country are aimed at the rebels of the report",
             text: "ونفذت قوات النظام السوري وحليفتها روسيا مئات الضربات الجوية على بلدات في محافظة درعا، بينما تقاتل الفصائل المعارضة في الريف الشرقي.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa")],
             cameo: "195", from: "RUS", to: "Syrian rebels"),
        Case(source: "France 24, 5 Jul 2018 (dev-extra): the regime's forces, coordinated with Russia, strike on their own account (branch events9)",
             text: "ونفذت قوات النظام السوري وحليفتها روسيا مئات الضربات الجوية على بلدات في محافظة درعا، بينما تقاتل الفصائل المعارضة في الريف الشرقي.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa")],
             cameo: "195", from: "Syrian government forces", to: "Syrian rebels"),
        Case(source: "France 24, 30 Jun 2018 (dev-extra2): rebels attacking positions of no named side attack their country's government",
             text: "لكن متحدثا باسم الجيش الشعبي قال إن المتمردين شنوا هجمات منسقة على مواقع الحكومة في أربع ولايات في جنوب السودان.",
             entities: [southSudan],
             cameo: "190", from: "SPLM-IO", to: "SSD"),
    ]

    static func sides(_ ids: [String], _ agents: [Agent], in fixture: SentenceFixture) -> String {
        (Array(fixture.countries(ids)) + agents.map(\.label)).sorted().joined(separator: "+")
    }

    @Test(arguments: cases)
    func sides(_ c: Case) {
        let fixture = SentenceFixture(c.text, entities: c.entities)
        let events = fixture.analyze().events.filter { $0.cameo == c.cameo && $0.modality == .asserted }
        let read = events.map { "\(Self.sides($0.source, $0.sourceAgents, in: fixture)) → \(Self.sides($0.target, $0.targetAgents, in: fixture))" }
        #expect(read.contains("\(c.from) → \(c.to)"), "\(read)")
    }

    @Test func aNounsSourceReadPastAnotherWordGetsNoSide() {
        // Sky News Arabia, 28 Jul 2018: «بعض الغارات مواقع المتمردين»: the rebels after «مواقع» are
        // what the strikes hit, not who struck; they are not given their government as a target.
        let fixture = SentenceFixture("واستهدفت بعض الغارات مواقع المتمردين في منطقة المنقم جنوب مدينة الحديدة في اليمن.",
                                      entities: [.place("الحديدة", country: "YEM", name: "Hodeidah"), .gpe("اليمن", country: "YEM", name: "Yemen")])
        let strikes = fixture.analyze().events.filter { $0.cameo.hasPrefix("19") && $0.sourceAgents.contains { $0.label == "Houthis" } }
        #expect(strikes.isEmpty, "\(strikes.map { ($0.cameo, $0.target) })")
    }

    @Test func aPlaceAbroadStaysTheTarget() {
        // Al Arabiya, 2018: Israel's strikes in Syria are aimed at Syria (the place's country, not
        // the attacker's own): no other side is supplied.
        let fixture = SentenceFixture("وشنت إسرائيل غارات جوية على مواقع في سوريا.",
                                      entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .gpe("سوريا", country: "SYR", name: "Syria")])
        let strikes = fixture.analyze().events.filter { $0.cameo == "195" }
        #expect(strikes.map { fixture.countries($0.target) } == [["SYR"]])
    }
}
