/// Why an input could not be read. Every case names the input (and the line, for JSON Lines).
public enum IntakeError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingPath(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String, byteOffset: Int)
    case invalidUTF8(String, byteOffset: Int)
    case tooLarge(String, bytes: Int, limit: Int)
    case html(String)
    case noArabic(String)
    case emptyDirectory(String)
    case malformedLine(String, line: Int, reason: String)
    case invalidDate(String, value: String)
    case gzip(String, reason: String)

    /// The input the error is about.
    public var input: String {
        switch self {
        case .missingPath(let p), .unreadable(let p, _), .empty(let p), .binary(let p, _), .invalidUTF8(let p, _),
             .tooLarge(let p, _, _), .html(let p), .noArabic(let p), .emptyDirectory(let p),
             .malformedLine(let p, _, _), .invalidDate(let p, _), .gzip(let p, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case .missingPath(let p):
            return "\(p): no such file or directory."
        case .unreadable(let p, let reason):
            return "\(p): cannot be read (\(reason)); check its permissions."
        case .empty(let p):
            return "\(p): the input is empty; give a text file with an Arabic report."
        case .binary(let p, let offset):
            return "\(p): binary data (a NUL byte at byte \(offset)), not text; give a UTF-8 text file."
        case .invalidUTF8(let p, let offset):
            return "\(p): not valid UTF-8 (bad byte at byte \(offset)); convert it to UTF-8 first (e.g. iconv -f WINDOWS-1256 -t UTF-8)."
        case .tooLarge(let p, let bytes, let limit):
            return "\(p): \(bytes) bytes is over the limit of \(limit) bytes for one report; split it, or give the articles as JSON Lines."
        case .html(let p):
            return "\(p): this is HTML, not plain text; extract the article's text first."
        case .noArabic(let p):
            return "\(p): no Arabic text found; Marsad reads Arabic reports."
        case .emptyDirectory(let p):
            return "\(p): the directory holds no .txt file."
        case .malformedLine(let p, let line, let reason):
            return "\(p):\(line): \(reason)."
        case .invalidDate(let p, let value):
            return "\(p): `\(value)` is not a date of the form YYYY-MM-DD."
        case .gzip(let p, let reason):
            return "\(p): cannot be decompressed (\(reason))."
        }
    }
}
