public import MarsadText

/// The gold of one article (../shared/gold/FORMAT.md): what an analyst must get out of it.
///
/// ```swift
/// let gold = try GoldFile.load(path: "../shared/gold/seed.gold.json")
/// let article = gold.articles[0]
/// article.complete.times      // true
/// article.times.count         // 6
/// ```
/// The text comes from `text`, or from `file` (a path relative to the gold file), or from a
/// JSON Lines corpus line with the same `id`.
public struct GoldArticle: Sendable, Hashable, Decodable {
    public var id: String
    /// The dateline date the gold's relative times are resolved against.
    public var published: CivilDate?
    public var title: String?
    /// The text's path, relative to the gold file.
    public var file: String?
    /// The text itself, when the gold carries it.
    public var text: String?
    public var complete: GoldCompleteness
    public var entities: [GoldEntity]
    public var times: [GoldTime]
    public var quotes: [GoldQuote]
    public var events: [GoldEvent]
    public var agreements: [GoldAgreement]

    public init(id: String, published: CivilDate? = nil, title: String? = nil, file: String? = nil, text: String? = nil,
                complete: GoldCompleteness = GoldCompleteness(), entities: [GoldEntity] = [], times: [GoldTime] = [],
                quotes: [GoldQuote] = [], events: [GoldEvent] = [], agreements: [GoldAgreement] = []) {
        self.id = id
        self.published = published
        self.title = title
        self.file = file
        self.text = text
        self.complete = complete
        self.entities = entities
        self.times = times
        self.quotes = quotes
        self.events = events
        self.agreements = agreements
    }

    enum CodingKeys: String, CodingKey {
        case id, published, title, file, text, complete, entities, times, quotes, events, agreements
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let s = try? c.decode(String.self, forKey: .id) { id = s } else { id = String(try c.decode(Int.self, forKey: .id)) }
        if let value = try c.decodeIfPresent(String.self, forKey: .published) {
            guard let date = CivilDate(iso: value.prefix(10)) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .published, in: c, debugDescription: "`published` is `\(value)`, not YYYY-MM-DD")
            }
            published = date
        }
        title = try c.decodeIfPresent(String.self, forKey: .title)
        file = try c.decodeIfPresent(String.self, forKey: .file)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        complete = try c.decodeIfPresent(GoldCompleteness.self, forKey: .complete) ?? GoldCompleteness()
        entities = try c.decodeIfPresent([GoldEntity].self, forKey: .entities) ?? []
        times = try c.decodeIfPresent([GoldTime].self, forKey: .times) ?? []
        quotes = try c.decodeIfPresent([GoldQuote].self, forKey: .quotes) ?? []
        events = try c.decodeIfPresent([GoldEvent].self, forKey: .events) ?? []
        agreements = try c.decodeIfPresent([GoldAgreement].self, forKey: .agreements) ?? []
    }

    /// The gold entities whose canonical name is `name`, ignoring case.
    public func entities(named name: String) -> [GoldEntity] {
        entities.filter { $0.name.equalsIgnoringCase(name) }
    }

    /// Why the gold does not fit `scalars` (the article's text), or `nil` when it fits: every
    /// span lies inside the text and every time's `text` is the text at its span.
    public func misfit(_ scalars: [Unicode.Scalar]) -> String? {
        let spans = entities.flatMap { $0.mentions + $0.optionalMentions } + times.compactMap(\.span)
        if let bad = spans.first(where: { $0.end > scalars.count }) {
            return "the span \(bad) ends after the text's \(scalars.count) code points"
        }
        for time in times {
            guard let span = time.span else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.range])
            let found = String(view)
            if found.unicodeScalars.elementsEqual(time.text.unicodeScalars) == false {
                return "the time at \(span) should read `\(time.text)` but reads `\(found)`"
            }
        }
        return nil
    }
}

extension String {
    /// Whether the two strings are equal ignoring case (Latin names in the gold and output).
    func equalsIgnoringCase(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
