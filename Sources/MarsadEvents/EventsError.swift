/// The errors of the events module: a data file that is missing or malformed.
public enum EventsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A bundled data file is not in the module's bundle.
    case missingResource(String)
    /// A row of a bundled data file cannot be read.
    case malformedResource(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingResource(let name):
            return "The events data file \(name) is missing from the MarsadEvents bundle; rebuild the package."
        case .malformedResource(let file, let line, let reason):
            return "The events data file \(file), line \(line), cannot be read: \(reason); fix the row."
        }
    }
}
