/// Why a gold file could not be used. Every case names the file (and the line or article).
public enum GoldError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(String, reason: String)
    /// The file holds no article.
    case empty(String)
    /// The file (or one of its lines) is not gold as ../shared/gold/FORMAT.md describes it.
    case malformed(String, line: Int?, reason: String)
    /// No text was found for an article: no `text`, no `file`, and no corpus line with its `id`.
    case noText(article: String, gold: String)
    /// The article's text does not fit its gold: a span out of range or a time whose `text`
    /// differs from the text at its offsets.
    case textMismatch(article: String, source: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read the gold file (\(reason))."
        case .empty(let path):
            return "\(path): the gold file holds no article; give a JSON object or JSON Lines."
        case .malformed(let path, let line, let reason):
            let place = line.map { "\(path):\($0)" } ?? path
            return "\(place): not gold as ../shared/gold/FORMAT.md describes it: \(reason)."
        case .noText(let article, let gold):
            return "\(gold): article `\(article)` has no text: give it a `text` or `file` field, or pass a JSON Lines corpus holding its `id`."
        case .textMismatch(let article, let source, let reason):
            return "Article `\(article)`: the text read from \(source) does not fit its gold (\(reason)); check that the gold and the text are the same version."
        }
    }
}
