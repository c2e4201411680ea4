/// Errors of the time layer. Each case names the input it is about.
public enum TimeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A bundled word list is missing or malformed.
    case resource(file: String, line: Int, reason: String)
    /// A Duckling corpus file cannot be read.
    case corpus(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .resource(let file, let line, let reason):
            return "MarsadTime resource \(file)\(line > 0 ? ":\(line)" : ""): \(reason)."
        case .corpus(let path, let line, let reason):
            return "\(path)\(line > 0 ? ":\(line)" : ""): \(reason); give a Duckling corpus in JSON Lines (../shared/peers/duckling-ar/duckling_ar_corpus.jsonl)."
        }
    }
}
