public import MarsadCore
import MarsadText

/// A readable summary of an analyzed document, for `--format text`.
public struct TextSummary: Sendable {
    public let analyzed: AnalyzedDocument

    public init(_ analyzed: AnalyzedDocument) { self.analyzed = analyzed }

    public func render() -> String {
        let d = analyzed.document, a = analyzed.annotations, m = d.metadata
        var out = ""
        func line(_ s: String = "") { out += s + "\n" }
        func quoted(_ span: Span, limit: Int = 90) -> String {
            let text = d.text(in: span).split(whereSeparator: \.isNewline).joined(separator: " ")
            let scalars = Array(text.unicodeScalars)
            let shown = scalars.count > limit ? String(String.UnicodeScalarView(scalars[..<limit])) + "…" : text
            return "«\(shown)» [\(span.start)–\(span.end)]"
        }
        func name(_ id: String?) -> String {
            guard let id, let e = a.entity(id) else { return "?" }
            return e.name
        }
        line("Report \(d.id)")
        line("  title:     \(m.title ?? "—")")
        line("  published: \(m.published?.iso ?? "unknown")")
        if !m.outlets.isEmpty {
            line("  outlets:   " + m.outlets.map { "\($0.nameEn ?? $0.name) (\($0.role.rawValue))" }.joined(separator: " ← "))
        }
        if let url = m.url { line("  url:       \(url)") }
        line("  text:      \(d.count) characters, \(d.sentences.count) sentences, \(d.tokens.count) tokens")
        line()
        line("Entities (\(a.entities.count))")
        for e in a.entities {
            let roles = e.roles.map { ($0.titleEn ?? $0.title) + ($0.of.map { " of \($0)" } ?? "") }.joined(separator: "; ")
            line("  \(e.id) \(e.type.rawValue) \(e.name) / \(e.nameAr)\(e.country.map { " [\($0)]" } ?? "")\(e.cameo.map { " \($0)" } ?? "")\(roles.isEmpty ? "" : " — \(roles)")  ×\(e.mentions.count)")
        }
        line("Times (\(a.times.count))")
        for t in a.times { line("  \(t.value ?? "vague") (\(t.kind.rawValue)) \(quoted(t.span))") }
        line("Quotations (\(a.quotes.count))")
        for q in a.quotes { line("  \(name(q.speaker)), \(q.kind.rawValue): \(quoted(q.span))") }
        line("Events (\(a.events.count))")
        for e in a.events {
            let who = e.source.map { name($0) }.joined(separator: ", "), whom = e.target.map { name($0) }.joined(separator: ", ")
            line("  CAMEO \(e.cameo) \(e.plover.type)\(e.plover.mode.map { ":\($0)" } ?? "") \(who) → \(whom) \(e.date ?? "") \(e.modality == .asserted ? "" : "(\(e.modality.rawValue))")")
            line("     \(quoted(e.trigger))")
        }
        line("Agreements (\(a.agreements.count))")
        for g in a.agreements {
            line("  \(g.name) \(g.date ?? "") parties: \(g.parties.map { name($0) }.joined(separator: ", ")); mediators: \(g.mediators.map { name($0) }.joined(separator: ", "))")
            line("     provisions: \(g.provisions.map(\.kind).joined(separator: ", "))")
        }
        let warnings = d.warnings + a.warnings
        if !warnings.isEmpty {
            line("Warnings")
            for w in warnings { line("  \(w)") }
        }
        return out
    }
}
