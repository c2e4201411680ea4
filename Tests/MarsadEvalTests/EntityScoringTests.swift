import MarsadCore
@testable import MarsadEval
import MarsadText
import Testing

/// Entities and mentions: FORMAT.md's span and surface rules, optional mentions, and false
/// positives only where the gold layer is complete.
struct EntityScoringTests {
    /// The sample report (Sputnik, 11 May 2021), its third paragraph's opening.
    static let sentence = "قال لافروف خلال اجتماع مع نظيره الأذربيجاني جيهون بيراموف: \"نحن نركز على التنفيذ الكامل\""

    static func span(_ piece: String, _ occurrence: Int = 0) -> Span { EvalTest.span(piece, in: sentence, occurrence: occurrence) }

    static func gold(complete: Bool, _ entities: [GoldEntity]) -> GoldArticle {
        GoldArticle(id: "t", complete: GoldCompleteness(entities: complete), entities: entities)
    }

    static let lavrov = GoldEntity(type: .person, name: "Sergey Lavrov", country: "RUS", mentions: [span("لافروف")])
    static let azerbaijan = GoldEntity(type: .gpe, name: "Azerbaijan", country: "AZE", mentions: [],
                                       surface: ["أذربيجان"], optionalMentions: [span("أذربيجان")])

    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var output: [Entity]
        var found: Int
        var testDescription: String { label }
    }

    static let rows: [Row] = [
        Row(label: "same span, type and country", output: [EvalTest.entity("e1", .person, "Lavrov", "RUS", mentions: [span("لافروف")])], found: 1),
        Row(label: "span one code point wider (the space before the name)", output: [
            EvalTest.entity("e1", .person, "Lavrov", "RUS", mentions: [Span(start: span("لافروف").start - 1, end: span("لافروف").end)])], found: 0),
        Row(label: "wrong type", output: [EvalTest.entity("e1", .organization, "Lavrov", "RUS", mentions: [span("لافروف")])], found: 0),
        Row(label: "wrong country", output: [EvalTest.entity("e1", .person, "Lavrov", "AZE", mentions: [span("لافروف")])], found: 0),
        Row(label: "two output entities for one gold entity count once", output: [
            EvalTest.entity("e1", .person, "Lavrov", "RUS", mentions: [span("لافروف")]),
            EvalTest.entity("e2", .person, "Sergey Lavrov", "RUS", mentions: [span("لافروف")]),
        ], found: 1),
    ]

    @Test(arguments: rows)
    func spanMatch(row: Row) {
        #expect(EvalTest.document(Self.sentence).text(in: Self.span("لافروف")) == "لافروف")
        let score = Scorer().score(EvalTest.output(Self.sentence, Annotations(entities: row.output)),
                                   against: Self.gold(complete: true, [Self.lavrov]))
        #expect(score[.entities].gold == 1)
        #expect(score[.entities].found == row.found)
        #expect(score.findings(in: .entities).filter { $0.kind == .miss }.count == 1 - row.found)
    }

    @Test func surfaceMatchesTheSameStringAnywhere() {
        let gold = Self.gold(complete: false, [GoldEntity(type: .person, name: "Jeyhun Bayramov", country: "AZE", surface: ["جيهون بيراموف"])])
        let mention = Self.span("جيهون بيراموف")
        #expect(EvalTest.document(Self.sentence).text(in: mention) == "جيهون بيراموف")
        let right = EvalTest.entity("e1", .person, "Bayramov", "AZE", mentions: [mention])
        let shorter = EvalTest.entity("e1", .person, "Bayramov", "AZE", mentions: [Self.span("بيراموف")])
        #expect(Scorer().score(EvalTest.output(Self.sentence, Annotations(entities: [right])), against: gold)[.entities].found == 1)
        #expect(Scorer().score(EvalTest.output(Self.sentence, Annotations(entities: [shorter])), against: gold)[.entities].found == 0)
    }

    @Test func optionalMentionsAreNeverPenalized() {
        // «الأذربيجاني»: the adjective's stem أذربيجان is an optional mention of Azerbaijan.
        let optional = Self.span("أذربيجان")
        #expect(EvalTest.document(Self.sentence).text(in: optional) == "أذربيجان")
        let tagged = EvalTest.entity("e1", .gpe, "Azerbaijan", "AZE", mentions: [optional])
        let gold = Self.gold(complete: true, [Self.lavrov, GoldEntity(type: .gpe, name: "Azerbaijan", country: "AZE",
                                                                       mentions: [], surface: ["أذربيجان الكبرى"], optionalMentions: [optional])])
        let score = Scorer().score(EvalTest.output(Self.sentence, Annotations(entities: [tagged])), against: gold)
        #expect(score[.entities].predicted == 0)
        #expect(score[.entities].falsePositives == 0)
        #expect(score[.mentions].falsePositives == 0)
        #expect(score.findings.allSatisfy { $0.kind == .miss })
    }

    @Test(arguments: [true, false])
    func falsePositivesOnlyInCompleteLayers(complete: Bool) {
        let output = [
            EvalTest.entity("e1", .person, "Lavrov", "RUS", mentions: [Self.span("لافروف")]),
            EvalTest.entity("e2", .person, "Najiruh", nil, mentions: [Self.span("نظيره")]),
        ]
        let score = Scorer().score(EvalTest.output(Self.sentence, Annotations(entities: output)),
                                   against: Self.gold(complete: complete, [Self.lavrov]))
        #expect(score[.entities].found == 1)
        if complete {
            #expect(score[.entities].precision == 0.5)
            #expect(score[.entities].f1 == 2 * 0.5 * 1 / 1.5)
            let fp = score.findings(in: .entities).filter { $0.kind == .falsePositive }
            #expect(fp.map(\.text) == ["نظيره"])
            #expect(fp.first?.spans == [Self.span("نظيره")])
            #expect(score[.mentions].precision == 0.5)
        } else {
            #expect(score[.entities].precision == nil)
            #expect(score[.entities].f1 == nil)
            #expect(score[.entities].score == 1)
            #expect(score.findings.isEmpty)
        }
    }

    @Test func mentionsAreExactSpansComparedAsSets() {
        let text = "وأشار لافروف في حديثه عن العلاقات بين روسيا وأذربيجان إلى أن هناك \"قضايا كثيرة لكنها ليست مشاكل\"، وقال لافروف"
        let gold = GoldArticle(id: "t", complete: GoldCompleteness(entities: true), entities: [
            GoldEntity(type: .person, name: "Sergey Lavrov", country: "RUS",
                       mentions: [EvalTest.span("لافروف", in: text), EvalTest.span("لافروف", in: text, occurrence: 1)]),
            GoldEntity(type: .gpe, name: "Azerbaijan", country: "AZE", mentions: [EvalTest.span("أذربيجان", in: text)]),
        ])
        // «وأذربيجان» with its proclitic و is not the gold span.
        let withProclitic = EvalTest.span("وأذربيجان", in: text)
        let output = [
            EvalTest.entity("e1", .person, "Lavrov", "RUS", mentions: [EvalTest.span("لافروف", in: text)]),
            EvalTest.entity("e2", .person, "Lavrov", "RUS", mentions: [EvalTest.span("لافروف", in: text)]),
            EvalTest.entity("e3", .gpe, "Azerbaijan", "AZE", mentions: [withProclitic]),
        ]
        let score = Scorer().score(EvalTest.output(text, Annotations(entities: output)), against: gold)
        #expect(score[.mentions].gold == 3)
        #expect(score[.mentions].found == 1)
        #expect(score[.mentions].predicted == 2)   // the shared span counts once
        #expect(score[.mentions].correct == 1)
        let misses = score.findings(in: .mentions).filter { $0.kind == .miss }
        #expect(misses.map(\.text) == ["أذربيجان", "لافروف"])   // in text order
        #expect(misses.first?.detail.contains("output has \(withProclitic) «وأذربيجان»") == true)
        #expect(score.findings(in: .mentions).filter { $0.kind == .falsePositive }.map(\.text) == ["وأذربيجان"])
    }
}
