/// Errors of the text layer. Each case names the input it is about.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A bundled data file is missing from the module's resources.
    case missingResource(String)
    /// A data file has a malformed row.
    case malformedResource(file: String, line: Int, reason: String)
    /// The bytes are empty.
    case empty
    /// The bytes contain a NUL byte, the mark of a binary file.
    case binary(byteOffset: Int)
    /// The bytes are not valid UTF-8.
    case invalidUTF8(byteOffset: Int)

    public var description: String {
        switch self {
        case .missingResource(let name):
            return "The resource \(name) is missing from the MarsadText bundle; rebuild the package."
        case .malformedResource(let file, let line, let reason):
            return "\(file):\(line): \(reason)."
        case .empty:
            return "the input is empty; give a text file with an Arabic report"
        case .binary(let offset):
            return "the input is binary (a NUL byte at byte \(offset)), not text; give a UTF-8 text file"
        case .invalidUTF8(let offset):
            return "the input is not valid UTF-8 (bad byte at byte \(offset)); convert it to UTF-8 first"
        }
    }
}
