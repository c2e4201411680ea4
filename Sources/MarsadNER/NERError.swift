/// Errors of the named-entity tagger. Each case names the input it is about.
public enum NERError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A bundled data file is missing from the module's resources.
    case missingResource(String)
    /// A data file has a malformed row.
    case malformedResource(file: String, line: Int, reason: String)
    /// A CoNLL line holds a tag outside the ANERcorp set where one is required.
    case badTag(file: String, line: Int, tag: String)
    /// A model file is not a Marsad NER model, or is truncated.
    case badModel(file: String, reason: String)
    /// A model was trained with other gazetteer or trigger lists than the ones bundled now.
    case resourceMismatch(file: String)
    /// A file could not be read.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .missingResource(let name):
            return "The resource \(name) is missing from the MarsadNER bundle; rebuild the package."
        case .malformedResource(let file, let line, let reason):
            return "\(file):\(line): \(reason)."
        case .badTag(let file, let line, let tag):
            return "\(file):\(line): `\(tag)` is not a tag of the ANERcorp set (O, B-/I- PERS, LOC, ORG, MISC; GPE and LOCATION read as LOC)."
        case .badModel(let file, let reason):
            return "\(file) is not a usable Marsad NER model: \(reason); retrain it with `marsad train-ner`."
        case .resourceMismatch(let file):
            return "\(file) was trained with other gazetteer or trigger lists than the bundled ones; retrain it with `marsad train-ner`."
        case .unreadable(let file, let reason):
            return "Cannot read \(file): \(reason)."
        }
    }
}
