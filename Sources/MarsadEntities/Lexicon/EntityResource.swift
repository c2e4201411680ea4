import Foundation
public import MarsadText

/// The data files of `Resources/`, a closed list (see `Resources/README.md` and
/// docs/ENTITIES.md for their columns and sources).
public enum EntityResource: String, CaseIterable, Sendable {
    case countries = "countries.tsv"
    case countryNames = "country-names.tsv"
    case places = "places.tsv"
    case organizations = "organizations.tsv"
    case outlets = "outlets.tsv"
    case outletCountries = "outlet-countries.tsv"
    case actors = "actors.tsv"
    case titles = "titles.tsv"
    case classNouns = "class-nouns.tsv"
    case institutions = "institutions.tsv"
    case referenceWords = "reference-words.tsv"
    case subjectVerbs = "subject-verbs.tsv"
    case nameStopwords = "name-stopwords.tsv"
    case givenNames = "given-names.tsv"
    case titleModifiers = "title-modifiers.tsv"
    case notNames = "not-names.tsv"
    case nameParts = "name-parts.tsv"
    case functionWords = "function-words.tsv"
    case commonWords = "common-words.tsv"

    /// The columns every row must have.
    var requiredColumns: [String] {
        switch self {
        case .countries: ["alpha3", "alpha2", "name_en", "cameo", "source"]
        case .countryNames: ["surface", "alpha3", "form", "source"]
        case .places: ["surface", "name_en", "alpha3", "kind", "source"]
        case .organizations: ["surface", "name_en", "alpha3", "cameo", "kind", "source"]
        case .outlets: ["surface", "name_en", "kind", "source"]
        case .outletCountries: ["name_en", "alpha3", "source"]
        case .actors: ["name_en", "alpha3", "cameo", "surfaces", "offices", "source"]
        case .titles: ["surface", "title_en", "agent", "source"]
        case .classNouns: ["word", "kind", "source"]
        case .institutions: ["head", "gender", "name_en", "agent", "construct", "bare", "source"]
        case .referenceWords: ["surface", "kind", "source"]
        case .subjectVerbs: ["verb", "source"]
        case .nameStopwords: ["word", "source"]
        case .givenNames: ["name", "source"]
        case .titleModifiers: ["word", "kind", "role_en", "source"]
        case .notNames: ["phrase", "when", "source"]
        case .nameParts: ["word", "source"]
        case .functionWords: ["word", "source"]
        case .commonWords: ["word", "kind", "source"]
        }
    }

    /// Reads and parses the bundled file.
    /// - Throws: ``TextError/missingResource(_:)`` or ``TextError/malformedResource(file:line:reason:)``.
    public func rows() throws -> [TSVReader.Row] {
        guard let url = Bundle.module.url(forResource: "Resources/\(rawValue)", withExtension: nil)
            ?? Bundle.module.url(forResource: rawValue, withExtension: nil) else {
            throw TextError.missingResource(rawValue)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try TSVReader(text: text, file: rawValue, requiredColumns: requiredColumns).rows
    }
}

/// Every file of ``EntityResource`` parsed once (some are read by several loaders).
struct ResourceRows {
    private var rows: [EntityResource: [TSVReader.Row]] = [:]

    /// Parses every file but `excluding`, which reads as empty.
    init(excluding: Set<EntityResource>) throws {
        for resource in EntityResource.allCases where !excluding.contains(resource) {
            rows[resource] = try resource.rows()
        }
    }

    subscript(_ resource: EntityResource) -> [TSVReader.Row] { rows[resource] ?? [] }
}
