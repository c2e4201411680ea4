public import MarsadText

/// The kinds of entity the contract knows.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person = "PERSON"
    /// Countries and states.
    case gpe = "GPE"
    /// Cities, regions and places.
    case location = "LOCATION"
    case organization = "ORGANIZATION"
}

/// An office or role a person holds, as the text states it.
public struct Role: Sendable, Hashable {
    /// The title as written ("وزير الخارجية").
    public var title: String
    public var titleEn: String?
    /// The alpha-3 code of the country the role is held for.
    public var of: String?

    public init(title: String, titleEn: String?, of: String?) {
        self.title = title
        self.titleEn = titleEn
        self.of = of
    }
}

/// A person, country, place or organization, with every mention in the text.
public struct Entity: Sendable, Hashable {
    /// `e1`, `e2`, … in order of first mention.
    public var id: String
    public var type: EntityType
    /// The canonical English name.
    public var name: String
    /// The canonical Arabic name.
    public var nameAr: String
    /// ISO 3166-1 alpha-3 code of the country the entity belongs to or acts for.
    public var country: String?
    /// CAMEO actor code (RUSGOV, IGOUNO, …).
    public var cameo: String?
    public var roles: [Role]
    /// Mention spans in document order.
    public var mentions: [Span]

    public init(id: String, type: EntityType, name: String, nameAr: String, country: String?, cameo: String?,
                roles: [Role] = [], mentions: [Span]) {
        self.id = id
        self.type = type
        self.name = name
        self.nameAr = nameAr
        self.country = country
        self.cameo = cameo
        self.roles = roles
        self.mentions = mentions
    }
}
