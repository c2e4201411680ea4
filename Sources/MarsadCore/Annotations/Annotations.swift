/// The layers an extractor can produce.
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
    case entities, times, quotes, events, agreements

    public static func < (a: Layer, b: Layer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The annotation layers of one document. Every layer is a list, empty when nothing was found.
public struct Annotations: Sendable, Hashable {
    public var entities: [Entity]
    public var times: [TimeExpression]
    public var quotes: [Quote]
    public var events: [Event]
    public var agreements: [Agreement]
    public var warnings: [String]

    public init(entities: [Entity] = [], times: [TimeExpression] = [], quotes: [Quote] = [], events: [Event] = [],
                agreements: [Agreement] = [], warnings: [String] = []) {
        self.entities = entities
        self.times = times
        self.quotes = quotes
        self.events = events
        self.agreements = agreements
        self.warnings = warnings
    }

    /// Copies `layers` of `other` into this value, and appends its warnings.
    public mutating func take(_ layers: Set<Layer>, from other: Annotations) {
        for layer in layers {
            switch layer {
            case .entities: entities = other.entities
            case .times: times = other.times
            case .quotes: quotes = other.quotes
            case .events: events = other.events
            case .agreements: agreements = other.agreements
            }
        }
        warnings += other.warnings
    }

    /// The entity with the given id.
    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }
}

/// A document with its annotations: what the contract serializes.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    public let annotations: Annotations

    public init(document: Document, annotations: Annotations) {
        self.document = document
        self.annotations = annotations
    }
}
