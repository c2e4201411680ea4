import MarsadCore
@testable import MarsadEval
import MarsadText
import Testing

/// Events: CAMEO root, actors through country / CAMEO prefix / group name, symmetric 04,
/// dates, modality, one-to-one.
struct EventScoringTests {
    /// The sample report, fourth paragraph: Lavrov (Russia) visits Baku (Azerbaijan).
    static let text = "هذا ووصل لافروف يوم أمس الاثنين، بزيارة عمل إلى باكو، و في وقت سابق، زار يريفان حيث التقى بوزير الوزراء الأرميني نيكول باشينيان"
    static let entities = [
        EvalTest.entity("e1", .person, "Sergey Lavrov", "RUS", mentions: [EvalTest.span("لافروف", in: text)]),
        EvalTest.entity("e2", .location, "Baku", "AZE", mentions: [EvalTest.span("باكو", in: text)]),
        EvalTest.entity("e3", .organization, "United Nations", nil, cameo: "IGOUNO", mentions: []),
        EvalTest.entity("e4", .organization, "Taliban", "AFG", mentions: []),
        EvalTest.entity("e5", .person, "Nikol Pashinyan", "ARM", mentions: [EvalTest.span("نيكول باشينيان", in: text)]),
    ]

    static func gold(_ events: [GoldEvent]) -> GoldArticle { GoldArticle(id: "t", events: events) }

    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var gold: GoldEvent
        var output: Event
        var found: Int
        /// Why the gold event is missed, where `found` is 0.
        var cause: Finding.Cause? = nil
        var testDescription: String { label }
    }

    static let rows: [Row] = [
        Row(label: "04 in order", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: "2021-05-10"),
            output: EvalTest.event("042", source: ["e1"], target: ["e2"], date: "2021-05-10"), found: 1),
        Row(label: "04 reversed is the same consultation", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: "2021-05-10"),
            output: EvalTest.event("043", source: ["e2"], target: ["e1"], date: "2021-05-10"), found: 1),
        Row(label: "05 reversed is another event", gold: GoldEvent(cameoRoot: "05", source: "RUS", target: "AZE", date: nil),
            output: EvalTest.event("057", source: ["e2"], target: ["e1"], date: nil), found: 0, cause: .sides),
        Row(label: "another CAMEO root", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: nil),
            output: EvalTest.event("051", source: ["e1"], target: ["e2"], date: nil), found: 0, cause: .noEventOfRoot),
        Row(label: "another date", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: "2021-05-10"),
            output: EvalTest.event("042", source: ["e1"], target: ["e2"], date: "2021-05-11"), found: 0, cause: .date),
        Row(label: "an undated output when the gold has a date", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: "2021-05-10"),
            output: EvalTest.event("042", source: ["e1"], target: ["e2"], date: nil), found: 0),
        Row(label: "an undated gold event takes any date", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "ARM", date: nil),
            output: EvalTest.event("042", source: ["e1"], target: ["e5"], date: "2021-05-01"), found: 1),
        Row(label: "negated", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: nil),
            output: EvalTest.event("042", source: ["e1"], target: ["e2"], date: nil, modality: .negated), found: 0, cause: .noEventOfRoot),
        Row(label: "IGO through the CAMEO prefix", gold: GoldEvent(cameoRoot: "04", cameo: "045", source: "IGO", target: "Taliban", date: nil),
            output: EvalTest.event("045", source: ["e3"], target: ["e4"], date: nil), found: 1),
        Row(label: "a missing target", gold: GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: nil),
            output: EvalTest.event("042", source: ["e1"], target: [], date: nil), found: 0),
        Row(label: "an agent through its group label, ignoring case", gold: GoldEvent(cameoRoot: "19", source: "SYR", target: "Syrian rebels", date: nil),
            output: EvalTest.event("190", source: [], target: [], date: nil,
                                   sourceAgents: [Agent(cameo: "SYRMIL", label: "Syrian government forces", span: Span(start: 0, end: 1))],
                                   targetAgents: [Agent(cameo: "SYRREB", label: "syrian rebels", span: Span(start: 2, end: 3))]), found: 1),
        Row(label: "an agent of another group", gold: GoldEvent(cameoRoot: "19", source: "SYR", target: "Houthis", date: nil),
            output: EvalTest.event("190", source: [], target: [], date: nil,
                                   sourceAgents: [Agent(cameo: "SYRMIL", label: "Syrian government forces", span: Span(start: 0, end: 1))],
                                   targetAgents: [Agent(cameo: "SYRREB", label: "Syrian rebels", span: Span(start: 2, end: 3))]), found: 0),
        Row(label: "a group name is not a CAMEO prefix", gold: GoldEvent(cameoRoot: "19", source: "SYR", target: "SYRREB rebels", date: nil),
            output: EvalTest.event("190", source: [], target: [], date: nil,
                                   sourceAgents: [Agent(cameo: "SYRMIL", label: "Syrian government forces", span: Span(start: 0, end: 1))],
                                   targetAgents: [Agent(cameo: "SYRREB", label: "Syrian rebels", span: Span(start: 2, end: 3))]), found: 0),
    ]

    @Test(arguments: rows)
    func matching(row: Row) {
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: Self.entities, events: [row.output])),
                                   against: Self.gold([row.gold]))
        #expect(score[.events].gold == 1)
        #expect(score[.events].found == row.found)
        #expect(score[.events].precision == nil)   // events are key facts here
        if let cause = row.cause { #expect(score.findings(in: .events).first?.cause == cause) }
    }

    @Test func oneOutputEventMatchesOneGoldEvent() {
        // The sample's gold has two 04 RUS–AZE events on 10 May (the visit, and the meeting with
        // Aliyev); one output event finds one of them.
        let gold = Self.gold([
            GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: "2021-05-10", what: "Lavrov met Aliyev"),
            GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: "2021-05-10", what: "Lavrov arrived in Baku"),
        ])
        let one = EvalTest.event("042", source: ["e1"], target: ["e2"], date: "2021-05-10")
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: Self.entities, events: [one])), against: gold)
        #expect(score[.events].found == 1)
        #expect(score.findings(in: .events).map(\.detail) == ["04 RUS→AZE 2021-05-10: Lavrov arrived in Baku; output has 042 RUS→AZE 2021-05-10 at [0, 1) «ه»"])
    }

    @Test func falsePositiveEventsWhereTheLayerIsComplete() {
        var gold = Self.gold([GoldEvent(cameoRoot: "04", source: "RUS", target: "AZE", date: nil)])
        gold.complete.events = true
        let events = [
            EvalTest.event("042", source: ["e1"], target: ["e2"], date: nil),
            EvalTest.event("190", source: ["e1"], target: ["e2"], date: nil),
            EvalTest.event("190", source: ["e2"], target: ["e1"], date: nil, modality: .future),
        ]
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: Self.entities, events: events)), against: gold)
        #expect(score[.events].predicted == 2)   // the future event is not scored
        #expect(score[.events].precision == 0.5)
    }
}
