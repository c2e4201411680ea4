import MarsadText

extension EvalReport {
    /// The report as text: per gold file, a table per layer (found/gold, precision or "—"
    /// when the gold layer is not complete, recall, F1), the F1 of each article when the file
    /// has several, and, with `misses`, every miss and false positive with its text and
    /// offsets; then the overall table when there are several files.
    public func text(misses: Bool = false) -> String {
        var out = ""
        for group in groups {
            let n = group.articles.count
            out += "gold \(group.name): \(n) article\(n == 1 ? "" : "s")\n"
            out += Self.table(group.totals)
            out += Self.causes(group.articles)
            if n > 1 { out += "\n" + Self.perArticle(group.articles) }
            for article in group.articles where !article.notes.isEmpty {
                for note in article.notes { out += "note: \(article.id): \(note)\n" }
            }
            if misses { out += Self.findings(group.articles) }
            out += "\n"
        }
        if groups.count > 1 {
            out += "overall: \(articleCount) articles in \(groups.count) gold files\n"
            out += Self.table(overall) + "\n"
        }
        return out
    }

    static func table(_ totals: [EvalLayer: LayerScore]) -> String {
        var rows = [["layer", "found/gold", "precision", "recall", "F1"]]
        for layer in EvalLayer.allCases {
            let s = totals[layer] ?? LayerScore()
            rows.append([
                layer.rawValue, "\(s.found)/\(s.gold)",
                s.precision.map { "\(format($0)) (\(s.correct)/\(s.predicted))" } ?? "—",
                format(s.recall), s.f1.map(format) ?? "—",
            ])
        }
        return align(rows)
    }

    /// One line per layer with missed gold items whose cause is known: counts only, no text,
    /// so that held-out sets show which layer their misses belong to.
    static func causes(_ articles: [ArticleScore]) -> String {
        missCauses(articles).sorted { $0.key < $1.key }.map { layer, counts in
            let parts = Finding.Cause.allCases.compactMap { cause in counts[cause].map { "\(cause.rawValue) \($0)" } }
            return "\(layer.rawValue) misses by cause: \(parts.joined(separator: ", "))\n"
        }.joined()
    }

    static func perArticle(_ articles: [ArticleScore]) -> String {
        var rows = [["article"] + EvalLayer.allCases.map(\.rawValue)]
        for a in articles {
            rows.append([a.id] + EvalLayer.allCases.map { layer in
                let s = a[layer]
                return s.f1.map(format) ?? "\(format(s.recall))r"
            })
        }
        return "per article: F1, or recall (r) where precision is not defined\n" + align(rows)
    }

    static func findings(_ articles: [ArticleScore]) -> String {
        var out = ""
        for a in articles {
            let missed = a.findings.filter { $0.kind == .miss }.count
            out += "\n\(a.id): \(missed) missed, \(a.findings.count - missed) false positive\(a.findings.count - missed == 1 ? "" : "s")\n"
            for f in a.findings.sorted(by: { ($0.layer, $0.kind == .miss ? 0 : 1) < ($1.layer, $1.kind == .miss ? 0 : 1) }) {
                let kind = f.kind == .miss ? "miss" : "false positive"
                let spans = f.spans.isEmpty ? "(no offsets)" : f.spans.map(\.description).joined(separator: " ")
                let text = f.text.isEmpty ? "" : " «\(shorten(f.text))»"
                out += "  \(f.layer.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) "
                    + "\(kind.padding(toLength: 15, withPad: " ", startingAt: 0)) \(spans)\(text) \(f.detail)\n"
            }
        }
        return out
    }

    /// A text of at most 100 code points, with "…" when cut.
    static func shorten(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 100 else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(100))
        return String(view) + "…"
    }

    /// Three decimals.
    static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    static func align(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }
}
