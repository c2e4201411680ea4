public import MarsadCore

/// One thing of the world a lexicon names: a country, a place, an organization or a person.
///
/// Every surface of the same thing points to the same record, so mentions written differently
/// (قره باغ، ناغورني قره باغ) merge into one entity by their record. A class, so that reading a
/// record in the hot loops costs one reference count, not one per field.
public final class LexiconRecord: Sendable {
    /// Where a record comes from; it decides ties between records of one surface.
    public enum Origin: String, Sendable, Hashable {
        case country, place, organization, outlet, actor, institution
    }

    public let type: EntityType
    /// Canonical English name.
    public let nameEn: String
    /// Canonical Arabic name: the first surface listed.
    public let nameAr: String
    /// ISO alpha-3 code, `nil` for international bodies and disputed places.
    public let country: String?
    /// CAMEO actor code.
    public let cameo: String?
    public let origin: Origin
    /// The place kind (capital, city, region, site) or organization kind (igo, government, …).
    public let kind: String

    /// An actor's dated terms of office, from `actors.tsv`.
    public let terms: [OfficeTerm]

    public init(type: EntityType, nameEn: String, nameAr: String, country: String?, cameo: String?,
                origin: Origin, kind: String = "", terms: [OfficeTerm] = []) {
        self.terms = terms
        self.type = type
        self.nameEn = nameEn
        self.nameAr = nameAr
        self.country = country
        self.cameo = cameo
        self.origin = origin
        self.kind = kind
        self.isCapital = origin == .place && kind == "capital"
        self.outletKey = origin == .outlet ? Self.outletKey(nameEn) : ""
    }

    /// A key for comparing outlet names: letters and digits only, lowercased ("Al-Riyadh" = "Al Riyadh").
    public static func outletKey(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    /// For outlets, ``outletKey(_:)`` of the English name; empty otherwise.
    public let outletKey: String

    /// Whether the place is a country's capital.
    public let isCapital: Bool
}

/// An office an actor held, with its days (yyyymmdd; an open end runs on): «President@SYRGOV:20000717-».
public struct OfficeTerm: Sendable, Hashable {
    /// The English title, lowercased at load ("president"), as every comparison wants it.
    public let title: String
    public let days: ClosedRange<Int32>
}

/// A title of office, from `titles.tsv`: "وزير الخارجية" → Foreign Minister, agent GOV.
public struct TitleEntry: Sendable, Hashable {
    public let surface: String
    public let titleEn: String
    /// CAMEO agent code (GOV, MIL, IGO, …), `nil` when it depends on the organization named next.
    public let agent: String?
    /// Whether the title names the body it speaks for (المتحدث باسم …): that body stays a name.
    public let speaksForBody: Bool

    public init(surface: String, titleEn: String, agent: String?) {
        self.surface = surface
        self.titleEn = titleEn
        self.agent = agent
        self.speaksForBody = surface.contains("باسم")
    }
}

/// How a nationality adjective (nisba) is inflected.
public enum NisbaForm: String, Sendable, Hashable {
    case masculine = "nisba_m", feminine = "nisba_f", plural = "nisba_pl", dual = "nisba_dual"
}

/// Words that refer back to an entity without naming it (docs/ENTITIES.md, Coreference).
public enum ReferenceKind: String, Sendable, Hashable {
    /// نظيره: the counterpart of the official named before.
    case counterpart
    /// بدوره، من جانبه: the last subject speaks or acts again.
    case selfReference = "self_reference"
    /// الإقليم: the last named region.
    case regionAnaphor = "region_anaphor"
    /// العاصمة: the last named capital (or the capital of the article's country).
    case capitalAnaphor = "capital_anaphor"
}

/// A lexicon surface naming a record.
public struct NameHit: Sendable, Hashable {
    /// The record (index into ``EntityLexicons/records``).
    public var record: Int32
    /// The mention span leaves out the first `trim` tokens: a title or a class noun written
    /// before the name (الملك سلمان، إقليم قره باغ).
    public var trim: Int8
    /// Of two records for one surface the higher priority wins (a country over a place over an
    /// outlet).
    public var priority: Int8
    /// A name that is also a common word (the outlets الحياة، تشرين) counts only in quotation
    /// marks or after a media noun (صحيفة، قناة، وكالة).
    public var needsContext: Bool
    /// The surface ends in ة (U+0629): a text word ending in the pronoun's ه (U+0647) is another
    /// word (حديثه "his talk", not the town حديثة), although both fold alike.
    public var endsInTehMarbuta: Bool
}

/// What a lexicon phrase found in the text stands for.
public enum LexiconHit: Sendable, Hashable {
    /// A name of a record.
    case name(NameHit)
    /// A phrase that contains a name but is not one (مسقط رأس, "birthplace"): it wins the longest
    /// match and makes no mention.
    case notAName
    /// A name that is also a common feminine noun (القاعدة: Al-Qaeda, or "the base"): no mention
    /// when a definite adjective in ـية follows it (القاعدة العسكرية، القاعدة الجوية).
    case commonNoun
    /// A nationality adjective: not a mention, but an affiliation.
    case nationality(country: String, form: NisbaForm)
    /// A title of office.
    case title(Int32)
    /// A word that refers back to an entity.
    case reference(ReferenceKind)

    /// Names and non-names are matched as one family; titles, adjectives and reference words as
    /// the other.
    public var isName: Bool {
        switch self {
        case .name, .notAName, .commonNoun: true
        default: false
        }
    }
}
