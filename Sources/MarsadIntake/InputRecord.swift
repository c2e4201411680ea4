public import MarsadText

/// One report as read from an input, before analysis.
public struct InputRecord: Sendable {
    /// Where the record came from: the path, `-` for standard input, or `path:line` for JSON Lines.
    public var origin: String
    public var id: String?
    public var url: String?
    public var title: String?
    public var published: CivilDate?
    public var outlet: String?
    public var text: String
    /// Whether the text is a whole plain-text report, whose header (title, dateline) is parsed.
    /// JSON Lines records give title and outlet as fields.
    public var isPlainText: Bool
    /// The share of letters in Arabic script, when the reader has counted them.
    public var arabicLetterShare: Double?

    public init(origin: String, id: String? = nil, url: String? = nil, title: String? = nil, published: CivilDate? = nil,
                outlet: String? = nil, text: String, isPlainText: Bool, arabicLetterShare: Double? = nil) {
        self.arabicLetterShare = arabicLetterShare
        self.origin = origin
        self.id = id
        self.url = url
        self.title = title
        self.published = published
        self.outlet = outlet
        self.text = text
        self.isPlainText = isPlainText
    }
}
