/// The four entity types of ANERcorp.
///
/// `GPE`, `LOCATION` and `LOC` all read as ``location``; `PER`, `PERSON` and `PERS` as
/// ``person``; `ORGANIZATION` and `ORG` as ``organization``.
public enum NERType: UInt8, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case person, location, organization, miscellaneous

    /// The ANERcorp label: `PERS`, `LOC`, `ORG` or `MISC`.
    public var label: String {
        switch self {
        case .person: return "PERS"
        case .location: return "LOC"
        case .organization: return "ORG"
        case .miscellaneous: return "MISC"
        }
    }

    /// Reads a type label of ANERcorp or a related scheme (`PERS`, `PER`, `PERSON`, `LOC`, `GPE`,
    /// `LOCATION`, `ORG`, `ORGANIZATION`, `MISC`), case-insensitively; `nil` for anything else.
    public init?(label: some StringProtocol) {
        switch label.uppercased() {
        case "PERS", "PER", "PERSON": self = .person
        case "LOC", "GPE", "LOCATION": self = .location
        case "ORG", "ORGANIZATION": self = .organization
        case "MISC", "MISCELLANEOUS": self = .miscellaneous
        default: return nil
        }
    }

    public var description: String { label }
    public static func < (a: NERType, b: NERType) -> Bool { a.rawValue < b.rawValue }
}

/// A BIO tag of the ANERcorp tag set: `O`, or `B-`/`I-` with one of the four ``NERType``s.
///
/// ```swift
/// NERTag(label: "B-GPE")        // .begin(.location)
/// NERTag.inside(.person).label  // "I-PERS"
/// ```
///
/// Tags are numbered 0–8 (``index``) for the model's weight rows: `O` is 0, then B and I of each
/// type in ``NERType`` order.
public enum NERTag: Hashable, Sendable, CustomStringConvertible {
    case outside
    case begin(NERType)
    case inside(NERType)

    /// The number of tags.
    public static let count = 9

    /// All tags, in ``index`` order.
    public static let all: [NERTag] = (0 ..< count).map { NERTag(index: $0) }

    /// The tag's number, 0 ..< 9.
    @inlinable
    public var index: Int {
        switch self {
        case .outside: return 0
        case .begin(let t): return 1 + 2 * Int(t.rawValue)
        case .inside(let t): return 2 + 2 * Int(t.rawValue)
        }
    }

    /// The tag numbered `index` (0 ..< 9).
    @inlinable
    public init(index: Int) {
        precondition(index >= 0 && index < NERTag.count, "a tag index is 0 ..< 9")
        if index == 0 { self = .outside; return }
        let type = NERType(rawValue: UInt8((index - 1) / 2))!
        self = (index - 1) % 2 == 0 ? .begin(type) : .inside(type)
    }

    /// Reads `O`, `B-TYPE` or `I-TYPE` (types as in ``NERType/init(label:)``); `nil` otherwise.
    public init?(label: some StringProtocol) {
        if label == "O" { self = .outside; return }
        guard label.count > 2 else { return nil }
        let prefix = label.prefix(2), rest = label.dropFirst(2)
        guard let type = NERType(label: rest) else { return nil }
        switch prefix {
        case "B-": self = .begin(type)
        case "I-": self = .inside(type)
        default: return nil
        }
    }

    /// The entity type, `nil` for `O`.
    public var type: NERType? {
        switch self {
        case .outside: return nil
        case .begin(let t), .inside(let t): return t
        }
    }

    /// `O`, `B-PERS`, `I-LOC`, …
    public var label: String {
        switch self {
        case .outside: return "O"
        case .begin(let t): return "B-" + t.label
        case .inside(let t): return "I-" + t.label
        }
    }

    public var description: String { label }

    /// Whether this tag may follow `previous` in a well-formed BIO sequence (`nil`: sentence
    /// start): an `I-X` only after `B-X` or `I-X`.
    @inlinable
    public func mayFollow(_ previous: NERTag?) -> Bool {
        guard case .inside(let t) = self else { return true }
        return previous?.type == t
    }
}
