import MarsadCore
@testable import MarsadEval
import MarsadText
import Testing

/// Times: overlap plus equal value, one-to-one, day values only, false positives where complete.
struct TimeScoringTests {
    /// The sample report (dateline 11 May 2021), fourth paragraph.
    static let sentence = "هذا ووصل لافروف يوم أمس الاثنين، بزيارة عمل إلى باكو، و في وقت سابق، زار يريفان"
    static let yesterday = EvalTest.span("يوم أمس الاثنين", in: sentence)

    static func gold(complete: Bool = true) -> GoldArticle {
        GoldArticle(id: "t", complete: GoldCompleteness(times: complete),
                    times: [GoldTime(text: "يوم أمس الاثنين", value: "2021-05-10", span: yesterday)])
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var piece: String
        var value: String?
        var kind: TimeExpression.Kind
        var found: Int
        var falsePositives: Int
        var testDescription: String { label }
    }

    static let rows: [Row] = [
        Row(label: "the same span and value", piece: "يوم أمس الاثنين", value: "2021-05-10", kind: .date, found: 1, falsePositives: 0),
        Row(label: "an overlapping shorter span", piece: "أمس", value: "2021-05-10", kind: .date, found: 1, falsePositives: 0),
        Row(label: "an overlapping span with another day", piece: "أمس الاثنين", value: "2021-05-09", kind: .date, found: 0, falsePositives: 1),
        Row(label: "the right value elsewhere", piece: "في وقت سابق", value: "2021-05-10", kind: .date, found: 0, falsePositives: 1),
        Row(label: "a vague expression is not scored", piece: "في وقت سابق", value: nil, kind: .vague, found: 0, falsePositives: 0),
        Row(label: "a month value is not scored", piece: "أمس الاثنين", value: "2021-05", kind: .month, found: 0, falsePositives: 0),
    ]

    @Test(arguments: rows)
    func overlapAndValue(row: Row) {
        let span = EvalTest.span(row.piece, in: Self.sentence)
        #expect(EvalTest.document(Self.sentence).text(in: span) == row.piece)
        let time = TimeExpression(span: span, value: row.value, kind: row.kind, anchor: .dateline)
        let score = Scorer().score(EvalTest.output(Self.sentence, Annotations(times: [time])), against: Self.gold())
        #expect(score[.times].gold == 1)
        #expect(score[.times].found == row.found)
        #expect(score[.times].falsePositives == row.falsePositives)
        if row.found == 0 {
            let miss = score.findings(in: .times).first { $0.kind == .miss }
            #expect(miss?.text == "يوم أمس الاثنين")
            #expect(miss?.spans == [Self.yesterday])
        }
    }

    @Test func oneOutputFindsOneGoldTime() {
        // hn24 (Al-Riyadh, 2015-07-26) writes one day three ways; one output span covering two
        // gold expressions finds only one of them.
        let text = "يوم الأحد (10/شوال / 1436ه ) الموافق (26/7/2015م)"
        let gold = GoldArticle(id: "t", complete: GoldCompleteness(times: true), times: [
            GoldTime(text: "يوم الأحد", value: "2015-07-26", span: EvalTest.span("يوم الأحد", in: text)),
            GoldTime(text: "10/شوال / 1436ه", value: "2015-07-26", span: EvalTest.span("10/شوال / 1436ه", in: text)),
            GoldTime(text: "26/7/2015", value: "2015-07-26", span: EvalTest.span("26/7/2015", in: text)),
        ])
        let covering = TimeExpression(span: EvalTest.span("يوم الأحد (10/شوال", in: text), value: "2015-07-26", kind: .date, anchor: .absolute)
        let exact = TimeExpression(span: EvalTest.span("26/7/2015", in: text), value: "2015-07-26", kind: .date, anchor: .absolute)
        let score = Scorer().score(EvalTest.output(text, Annotations(times: [covering, exact])), against: gold)
        #expect(score[.times].found == 2)
        #expect(score[.times].precision == 1)
        #expect(score.findings(in: .times).map(\.text) == ["10/شوال / 1436ه"])
    }

    @Test func incompleteTimesHaveNoFalsePositives() {
        let wrong = TimeExpression(span: EvalTest.span("في وقت سابق", in: Self.sentence), value: "2021-05-01", kind: .date, anchor: .dateline)
        let score = Scorer().score(EvalTest.output(Self.sentence, Annotations(times: [wrong])), against: Self.gold(complete: false))
        #expect(score[.times].precision == nil)
        #expect(score.findings(in: .times).map(\.kind) == [.miss])
    }

    @Test func aGoldTimeWithoutOffsetsMatchesByText() {
        let gold = GoldArticle(id: "t", times: [GoldTime(text: "يوم أمس الاثنين", value: "2021-05-10", span: nil)])
        let time = TimeExpression(span: Self.yesterday, value: "2021-05-10", kind: .date, anchor: .dateline)
        #expect(Scorer().score(EvalTest.output(Self.sentence, Annotations(times: [time])), against: gold)[.times].found == 1)
    }
}
