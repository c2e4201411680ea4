import MarsadCore
@testable import MarsadEval
import MarsadText
import Testing

/// Agreements: the same date and parties (as sets of actor codes); provisions as a set.
struct AgreementScoringTests {
    /// The sample report, sixth paragraph.
    static let text = "يذكر أن أرمينيا وأذربيجان وقعتا برعاية روسيا، اتّفاقاً لوقف إطلاق النار في ناغورني قره باغ، دخل حيز التنفيذ في الـ10 من تشرين الثاني /نوفمبر 2020، وأعلن الكرملين"
    static let entities = [
        EvalTest.entity("e1", .gpe, "Armenia", "ARM", mentions: [EvalTest.span("أرمينيا", in: text)]),
        EvalTest.entity("e2", .gpe, "Azerbaijan", "AZE", mentions: [EvalTest.span("أذربيجان", in: text)]),
        EvalTest.entity("e3", .gpe, "Russia", "RUS", mentions: [EvalTest.span("روسيا", in: text)]),
        EvalTest.entity("e4", .organization, "Kremlin", "RUS", mentions: [EvalTest.span("الكرملين", in: text)]),
        EvalTest.entity("e5", .location, "Nagorno-Karabakh", nil, mentions: [EvalTest.span("ناغورني قره باغ", in: text)]),
    ]
    static let provisions = ["ceasefire", "peacekeeping", "transit", "prisoner_exchange", "displaced_return"]

    static func gold(complete: Bool = true) -> GoldArticle {
        GoldArticle(id: "t", complete: GoldCompleteness(agreements: complete), agreements: [
            GoldAgreement(date: "2020-11-10", parties: ["ARM", "AZE", "RUS"], provisions: provisions,
                          evidence: "اتّفاقاً لوقف إطلاق النار"),
        ])
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var date: String?
        var parties: [String]
        var found: Int
        var testDescription: String { label }
    }

    static let rows: [Row] = [
        Row(label: "same date and parties", date: "2020-11-10", parties: ["e3", "e1", "e2"], found: 1),
        Row(label: "Russia and the Kremlin are one party", date: "2020-11-10", parties: ["e1", "e2", "e3", "e4"], found: 1),
        Row(label: "another date", date: "2020-11-09", parties: ["e1", "e2", "e3"], found: 0),
        Row(label: "no date", date: nil, parties: ["e1", "e2", "e3"], found: 0),
        Row(label: "a party missing", date: "2020-11-10", parties: ["e1", "e2"], found: 0),
        Row(label: "an extra party", date: "2020-11-10", parties: ["e1", "e2", "e3", "e5"], found: 0),
    ]

    @Test(arguments: rows)
    func dateAndParties(row: Row) {
        let output = EvalTest.agreement(date: row.date, parties: row.parties, provisions: ["ceasefire"])
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: Self.entities, agreements: [output])),
                                   against: Self.gold())
        #expect(score[.agreements].found == row.found)
        #expect(score[.agreements].falsePositives == 1 - row.found)
        #expect(score[.provisions].gold == 5)
        #expect(score[.provisions].found == row.found)
        if row.found == 0 {
            let miss = score.findings(in: .agreements).first { $0.kind == .miss }
            #expect(miss?.spans == [EvalTest.span("اتّفاقاً لوقف إطلاق النار", in: Self.text)])
        }
    }

    @Test func anUndatedGoldAgreementTakesAnyDate() {
        // hn28 (Asharq Al-Awsat, 2015-08-04): the February 2015 ceasefire, no day given.
        var gold = Self.gold()
        gold.agreements[0].date = nil
        let output = EvalTest.agreement(date: "2015-02", parties: ["e1", "e2", "e3"], provisions: [])
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: Self.entities, agreements: [output])), against: gold)
        #expect(score[.agreements].found == 1)
    }

    @Test(arguments: [
        ([EvalTest.agent("SYRREB", "Syrian rebels")], 1),
        ([EvalTest.agent("SYRREB", "Syrian rebels"), EvalTest.agent("LBYUAF", "Libyan militias")], 0),
        ([], 0),
    ])
    func agentsAreParties(agents: [Agent], found: Int) {
        // hn07 (France 24, 2018-07-07): Russia negotiated the Daraa ceasefire with the rebel
        // factions (الفصائل المعارضة), a side the text does not name.
        var gold = Self.gold()
        gold.agreements[0].parties = ["RUS", "Syrian rebels"]
        let output = EvalTest.agreement(date: "2020-11-10", parties: ["e3"], provisions: [], partyAgents: agents)
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: Self.entities, agreements: [output])), against: gold)
        #expect(score[.agreements].found == found)
    }

    @Test(arguments: [true, false])
    func provisionsAreASet(complete: Bool) {
        // Order and repetition do not matter; one missed, one extra.
        let output = EvalTest.agreement(date: "2020-11-10", parties: ["e1", "e2", "e3"],
                                        provisions: ["transit", "ceasefire", "ceasefire", "peacekeeping", "displaced_return", "withdrawal"])
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: Self.entities, agreements: [output])),
                                   against: Self.gold(complete: complete))
        let provisions = score[.provisions]
        #expect(provisions.gold == 5)
        #expect(provisions.found == 4)
        #expect(provisions.recall == 0.8)
        #expect(score.findings(in: .provisions).filter { $0.kind == .miss }.map(\.text) == ["prisoner_exchange"])
        if complete {
            #expect(provisions.predicted == 5)
            #expect(provisions.correct == 4)
            #expect(provisions.precision == 0.8)
            #expect(score.findings(in: .provisions).filter { $0.kind == .falsePositive }.map(\.detail) == ["withdrawal in a1"])
        } else {
            #expect(provisions.precision == nil)
            #expect(score.findings(in: .provisions).allSatisfy { $0.kind == .miss })
        }
    }
}
