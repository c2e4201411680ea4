/// Runtime failures of the command line. They exit with code 1.
enum CLIError: Error, CustomStringConvertible {
    case cannotWrite(String)
    case someInputsFailed(failed: Int, total: Int)
    case missingGoldTags(file: String, line: Int)

    var description: String {
        switch self {
        case .cannotWrite(let path):
            return "Cannot write to \(path); check the folder exists and is writable."
        case .someInputsFailed(let failed, let total):
            return "\(failed) of \(total) inputs could not be analyzed (see the messages above)."
        case .missingGoldTags(let file, let line):
            return "\(file):\(line): a token has no gold tag in the second column; --evaluate needs `token TAG` lines."
        }
    }
}
