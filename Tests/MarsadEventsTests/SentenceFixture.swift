import MarsadCore
@testable import MarsadEvents
import MarsadText

/// A short real text with hand-given upstream layers: entities by surface, times by surface.
///
/// Every occurrence of a surface as a whole word, after optional proclitics (و ف ب ل ك, the
/// first ل of لل), is a mention, as the gold files are built (docs/ANNOTATION.md).
struct SentenceFixture {
    struct Named: Sendable {
        let surfaces: [String]
        let type: EntityType
        let country: String?
        let name: String
        var cameo: String? = nil
        /// The entity layer's roles («السفير» of «السفير الروسي … أناتولي أنتونوف»).
        var roles: [Role] = []
    }

    let document: Document
    let upstream: Annotations

    init(_ text: String, entities: [Named], times: [(String, String)] = [], published: String = "2021-05-11") {
        let toolkit = OracleRun.toolkit
        let metadata = Metadata(published: CivilDate(iso: published))
        document = Document(id: "fixture", text: text, metadata: metadata, toolkit: toolkit)
        let scalars = Array(text.unicodeScalars)
        var list: [Entity] = []
        var taken: [Span] = []
        for (i, named) in entities.enumerated() {
            var spans: [Span] = []
            for surface in named.surfaces.sorted(by: { $0.unicodeScalars.count > $1.unicodeScalars.count }) {
                for span in Self.occurrences(of: surface, in: scalars) where !taken.contains(where: { $0.overlaps(span) }) {
                    spans.append(span)
                    taken.append(span)
                }
            }
            list.append(Entity(id: "e\(i + 1)", type: named.type, name: named.name, nameAr: named.surfaces[0],
                               country: named.country, cameo: named.cameo ?? (named.type == .gpe ? named.country : nil),
                               roles: named.roles, mentions: spans.sorted()))
        }
        var timeList: [TimeExpression] = []
        for (surface, value) in times {
            for span in Self.occurrences(of: surface, in: scalars) {
                timeList.append(TimeExpression(span: span, value: value, kind: .date, anchor: .absolute))
            }
        }
        upstream = Annotations(entities: list, times: timeList.sorted { $0.span < $1.span })
    }

    /// Whole-word occurrences of `surface`, proclitics outside the span.
    static func occurrences(of surface: String, in scalars: [Unicode.Scalar]) -> [Span] {
        let needle = Array(surface.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        func isLetter(_ i: Int) -> Bool {
            i >= 0 && i < scalars.count && (ArabicScalar.isArabicLetter(scalars[i].value) || ArabicScalar.isDiacritic(scalars[i].value))
        }
        var found: [Span] = []
        var i = 0
        while i + needle.count <= scalars.count {
            if Array(scalars[i ..< i + needle.count]) == needle, !isLetter(i + needle.count) {
                var j = i - 1
                var prefix = 0
                while j >= 0, isLetter(j), prefix < 3, "وفبلك".unicodeScalars.contains(scalars[j]) { j -= 1; prefix += 1 }
                if !isLetter(j) { found.append(Span(start: i, end: i + needle.count)) }
            }
            i += 1
        }
        return found
    }

    /// The text of a span.
    func text(_ span: Span) -> String { document.text(in: span) }

    /// The name of an entity id.
    func name(_ id: String?) -> String? { upstream.entities.first { $0.id == id }?.name }

    /// The countries of entity ids (their names when they have none).
    func countries(_ ids: [String]) -> Set<String> {
        Set(ids.compactMap { id in upstream.entities.first { $0.id == id }.map { $0.country ?? $0.name } })
    }

    /// The pipeline quotes → agreements → events over the fixture.
    func analyze() -> Annotations {
        var annotations = upstream
        let lexicon = OracleRun.lexicon
        let extractors: [any Extractor] = [
            QuoteExtractor(lexicon: lexicon), AgreementExtractor(lexicon: lexicon), EventExtractor(lexicon: lexicon),
        ]
        for extractor in extractors {
            annotations.take(extractor.produces, from: extractor.extract(from: document, given: annotations))
        }
        return annotations
    }
}

extension SentenceFixture.Named {
    static func person(_ surfaces: String..., country: String?, name: String) -> SentenceFixture.Named {
        SentenceFixture.Named(surfaces: surfaces, type: .person, country: country, name: name)
    }
    /// A person the entity layer gave a title (its role).
    static func titled(_ surfaces: String..., title: String, of country: String, name: String) -> SentenceFixture.Named {
        SentenceFixture.Named(surfaces: surfaces, type: .person, country: country, name: name,
                              roles: [Role(title: title, titleEn: nil, of: country)])
    }
    static func gpe(_ surfaces: String..., country: String, name: String) -> SentenceFixture.Named {
        SentenceFixture.Named(surfaces: surfaces, type: .gpe, country: country, name: name)
    }
    static func place(_ surfaces: String..., country: String?, name: String) -> SentenceFixture.Named {
        SentenceFixture.Named(surfaces: surfaces, type: .location, country: country, name: name)
    }
    static func organization(_ surfaces: String..., country: String?, name: String, cameo: String? = nil) -> SentenceFixture.Named {
        SentenceFixture.Named(surfaces: surfaces, type: .organization, country: country, name: name, cameo: cameo)
    }

}
