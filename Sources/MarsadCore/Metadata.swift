public import MarsadText

/// What is known about a report besides its text: title, dateline date, address and the chain
/// of outlets that carried it.
public struct Metadata: Sendable, Hashable {
    public var title: String?
    /// Where the title stands in the text, when it is the text's first line.
    public var titleSpan: Span?
    /// The dateline date: from the dateline, the input's `published` field, or `--published`.
    public var published: CivilDate?
    public var url: String?
    public var outlets: [Outlet]
    /// Where the dateline stands in the text, when one was found.
    public var dateline: Span?

    public init(title: String? = nil, titleSpan: Span? = nil, published: CivilDate? = nil, url: String? = nil,
                outlets: [Outlet] = [], dateline: Span? = nil) {
        self.title = title
        self.titleSpan = titleSpan
        self.published = published
        self.url = url
        self.outlets = outlets
        self.dateline = dateline
    }
}

/// A news outlet or agency in a report's chain.
public struct Outlet: Sendable, Hashable {
    /// Who published the text we read, or whose report it was.
    public enum Role: String, Sendable, Hashable {
        /// The outlet that published (or republished) the text.
        case publisher
        /// The agency or outlet the report comes from.
        case source
    }

    /// The name as written (in the text, or as given by the input).
    public var name: String
    public var nameEn: String?
    public var role: Role
    /// Where the name stands in the text, when it was read from the dateline.
    public var span: Span?

    public init(name: String, nameEn: String?, role: Role, span: Span? = nil) {
        self.name = name
        self.nameEn = nameEn
        self.role = role
        self.span = span
    }
}
