import MarsadCore
@testable import MarsadEval
import MarsadText
import Testing

/// Quotes: `contains`, kind, and the speaker by name or by mention.
struct QuoteScoringTests {
    /// The sample report, fifth paragraph.
    static let text = "وأشار لافروف في حديثه عن العلاقات بين روسيا وأذربيجان إلى أن هناك \"قضايا كثيرة لكنها ليست مشاكل\"؛ موضحا أن العلاقات غنية جدًا."
    static let quoted = EvalTest.span("قضايا كثيرة لكنها ليست مشاكل", in: text)
    static let lavrovMention = EvalTest.span("لافروف", in: text)

    static let gold = GoldArticle(
        id: "t", complete: GoldCompleteness(entities: true, quotes: true),
        entities: [GoldEntity(type: .person, name: "Sergey Lavrov", country: "RUS", mentions: [lavrovMention])],
        quotes: [GoldQuote(contains: "قضايا كثيرة لكنها ليست مشاكل", speaker: "Sergey Lavrov", kind: .direct)])

    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var speaker: Entity?
        var kind: Quote.Kind
        var piece: String
        var found: Int
        var testDescription: String { label }
    }

    static let rows: [Row] = [
        Row(label: "speaker by name, ignoring case", speaker: EvalTest.entity("e1", .person, "SERGEY LAVROV", "RUS", mentions: []),
            kind: .direct, piece: "قضايا كثيرة لكنها ليست مشاكل", found: 1),
        Row(label: "speaker by a gold mention, whatever its name", speaker: EvalTest.entity("e1", .person, "Lavrov", "RUS", mentions: [lavrovMention]),
            kind: .direct, piece: "قضايا كثيرة لكنها ليست مشاكل", found: 1),
        Row(label: "another speaker", speaker: EvalTest.entity("e1", .gpe, "Russia", "RUS", mentions: [EvalTest.span("روسيا", in: text)]),
            kind: .direct, piece: "قضايا كثيرة لكنها ليست مشاكل", found: 0),
        Row(label: "no speaker", speaker: nil, kind: .direct, piece: "قضايا كثيرة لكنها ليست مشاكل", found: 0),
        Row(label: "the wrong kind", speaker: EvalTest.entity("e1", .person, "Sergey Lavrov", "RUS", mentions: []),
            kind: .indirect, piece: "قضايا كثيرة لكنها ليست مشاكل", found: 0),
        Row(label: "a longer quote containing the piece", speaker: EvalTest.entity("e1", .person, "Sergey Lavrov", "RUS", mentions: []),
            kind: .direct, piece: "هناك \"قضايا كثيرة لكنها ليست مشاكل\"", found: 1),
        Row(label: "a quote cut inside the piece", speaker: EvalTest.entity("e1", .person, "Sergey Lavrov", "RUS", mentions: []),
            kind: .direct, piece: "قضايا كثيرة لكنها", found: 0),
    ]

    @Test(arguments: rows)
    func speakerKindAndText(row: Row) {
        let span = EvalTest.span(row.piece, in: Self.text)
        #expect(EvalTest.document(Self.text).text(in: span) == row.piece)
        let quote = Quote(span: span, kind: row.kind, speaker: row.speaker?.id, cue: nil)
        let annotations = Annotations(entities: row.speaker.map { [$0] } ?? [], quotes: [quote])
        let score = Scorer().score(EvalTest.output(Self.text, annotations), against: Self.gold)
        #expect(score[.quotes].found == row.found)
        #expect(score[.quotes].falsePositives == 1 - row.found)
        if row.found == 0 {
            let miss = score.findings(in: .quotes).first { $0.kind == .miss }
            #expect(miss?.spans == [Self.quoted])
        }
    }

    struct CauseRow: Sendable, CustomTestStringConvertible {
        var label: String
        var entities: [Entity]
        var speaker: String?
        var kind: Quote.Kind
        var piece: String
        var cause: Finding.Cause
        var testDescription: String { label }
    }

    static let lavrov = EvalTest.entity("e1", .person, "Lavrov", "RUS", mentions: [lavrovMention])
    static let russia = EvalTest.entity("e2", .gpe, "Russia", "RUS", mentions: [EvalTest.span("روسيا", in: text)])

    static let causeRows: [CauseRow] = [
        CauseRow(label: "no output quote holds the piece", entities: [lavrov], speaker: "e1", kind: .direct,
                 piece: "العلاقات غنية جدًا", cause: .notCovered),
        CauseRow(label: "held only by a quote of the other kind", entities: [lavrov], speaker: "e1", kind: .indirect,
                 piece: "قضايا كثيرة لكنها ليست مشاكل", cause: .kind),
        CauseRow(label: "the speaker is no output entity", entities: [russia], speaker: "e2", kind: .direct,
                 piece: "قضايا كثيرة لكنها ليست مشاكل", cause: .speakerNotRead),
        CauseRow(label: "the speaker is read, the quote given to another", entities: [lavrov, russia], speaker: "e2", kind: .direct,
                 piece: "قضايا كثيرة لكنها ليست مشاكل", cause: .speakerAnother),
        CauseRow(label: "the speaker is read, the quote given to no one", entities: [lavrov, russia], speaker: nil, kind: .direct,
                 piece: "قضايا كثيرة لكنها ليست مشاكل", cause: .speakerNone),
    ]

    /// Each miss says why, so that held-out sets can be read by cause without their texts.
    @Test(arguments: causeRows)
    func missCause(row: CauseRow) {
        let quote = Quote(span: EvalTest.span(row.piece, in: Self.text), kind: row.kind, speaker: row.speaker, cue: nil)
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: row.entities, quotes: [quote])), against: Self.gold)
        #expect(score[.quotes].found == 0)
        #expect(score.findings(in: .quotes).first { $0.kind == .miss }?.cause == row.cause)
        #expect(EvalReport.causes([score]).contains("quotes misses by cause: \(row.cause.rawValue) 1"))
    }

    @Test func aNamedSpeakerForAnUnnamedSourceIsItsOwnCause() {
        let gold = GoldArticle(id: "t", quotes: [GoldQuote(contains: "قضايا كثيرة", speaker: nil, kind: .direct)])
        let quote = Quote(span: Self.quoted, kind: .direct, speaker: "e1", cue: nil)
        let score = Scorer().score(EvalTest.output(Self.text, Annotations(entities: [Self.lavrov], quotes: [quote])), against: gold)
        #expect(score.findings(in: .quotes).first?.cause == .speakerForUnnamed)
    }

    @Test func anUnnamedSourceIsMatchedByAQuoteWithoutSpeaker() {
        // hn01 (BBC Arabic, 2018-09-05): «ويقول مسؤولون إن …», a generic source, speaker null.
        let text = "ويقول مسؤولون إن العنف أدى إلى مقتل 47 شخصا على الأقل ونزوح 1800 أسرة."
        let gold = GoldArticle(id: "t", quotes: [GoldQuote(contains: "العنف أدى إلى مقتل 47 شخصا", speaker: nil, kind: .indirect)])
        let span = EvalTest.span("العنف أدى إلى مقتل 47 شخصا على الأقل ونزوح 1800 أسرة", in: text)
        let anonymous = Quote(span: span, kind: .indirect, speaker: nil, cue: nil)
        let attributed = Quote(span: span, kind: .indirect, speaker: "e1", cue: nil)
        let officials = EvalTest.entity("e1", .organization, "Officials", nil, mentions: [EvalTest.span("مسؤولون", in: text)])
        #expect(Scorer().score(EvalTest.output(text, Annotations(quotes: [anonymous])), against: gold)[.quotes].found == 1)
        #expect(Scorer().score(EvalTest.output(text, Annotations(entities: [officials], quotes: [attributed])), against: gold)[.quotes].found == 0)
    }

    @Test func oneOutputQuoteFindsOneGoldQuote() {
        let gold = GoldArticle(id: "t", quotes: [
            GoldQuote(contains: "قضايا كثيرة", speaker: nil, kind: .direct),
            GoldQuote(contains: "ليست مشاكل", speaker: nil, kind: .direct),
        ])
        let quote = Quote(span: Self.quoted, kind: .direct, speaker: nil, cue: nil)
        #expect(Scorer().score(EvalTest.output(Self.text, Annotations(quotes: [quote])), against: gold)[.quotes].found == 1)
    }
}
