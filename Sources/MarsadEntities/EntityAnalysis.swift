public import MarsadCore
public import MarsadText

/// Everything the entity layer found in a document: the contract's entities, and the links the
/// quotation and event layers need but the contract does not carry.
///
/// ```swift
/// let analysis = extractor.analyze(document)
/// analysis.entities                       // the `entities` layer
/// analysis.references                     // بدوره → e1, نظيره → e1, الإقليم → e12
/// analysis.metonyms                       // «وأعلنت موسكو» → the Russian government
/// analysis.nationalityAdjectives          // الروسي → RUS (not mentions)
/// ```
public struct EntityAnalysis: Sendable, Hashable {
    public var entities: [Entity]
    public var references: [EntityReference]
    public var metonyms: [Metonym]
    public var nationalityAdjectives: [NationalityAdjective]

    public init(entities: [Entity] = [], references: [EntityReference] = [], metonyms: [Metonym] = [],
                nationalityAdjectives: [NationalityAdjective] = []) {
        self.entities = entities
        self.references = references
        self.metonyms = metonyms
        self.nationalityAdjectives = nationalityAdjectives
    }
}

/// A word that refers back to an entity without naming it; never a mention.
public struct EntityReference: Sendable, Hashable {
    public var span: Span
    public var kind: ReferenceKind
    /// The entity referred to (the last subject, region or capital), when resolved.
    public var entity: String?
    /// For ``ReferenceKind/counterpart``: the official whose counterpart this is (نظيره → Lavrov),
    /// with ``entity`` the counterpart named after the word (Bayramov), when named.
    public var antecedent: String?

    public init(span: Span, kind: ReferenceKind, entity: String?, antecedent: String? = nil) {
        self.span = span
        self.kind = kind
        self.entity = entity
        self.antecedent = antecedent
    }
}

/// A city mention standing for its country's government («وأعلنت موسكو»).
public struct Metonym: Sendable, Hashable {
    public var mention: Span
    /// The city's entity id.
    public var entity: String
    /// The country whose government acts.
    public var country: String
    /// The CAMEO code of that government (RUSGOV).
    public var cameo: String

    public init(mention: Span, entity: String, country: String, cameo: String) {
        self.mention = mention
        self.entity = entity
        self.country = country
        self.cameo = cameo
    }
}

/// A nationality adjective (الروسي، الأذربيجانية): an affiliation, never a mention.
public struct NationalityAdjective: Sendable, Hashable {
    public var span: Span
    public var country: String

    public init(span: Span, country: String) {
        self.span = span
        self.country = country
    }
}
