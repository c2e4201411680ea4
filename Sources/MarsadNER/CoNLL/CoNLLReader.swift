import Foundation

/// Reads CoNLL-style files: one token a line, its first column the token, blank lines between
/// sentences.
///
/// ```text
/// وقال O
/// كوفي B-PERS
/// أنان I-PERS
///
/// في O
/// ```
///
/// Columns are separated by spaces or tabs; the second column, when present, is read as the
/// token's label (``CoNLLSentence/labels``) and the others are ignored. Lines may end in LF or
/// CRLF; a UTF-8 byte-order mark is skipped, and so are `-DOCSTART-` lines (CoNLL 2003) and
/// comment lines: lines that start with `#` and have more than two columns (`# sent_id = 3`);
/// `# O` is the token `#` tagged `O`. Labels are normalized so that `GPE`/`LOCATION` read as `LOC` and `PER`/`PERSON` as
/// `PERS`.
/// - Complexity: O(n) in the length of the text.
public struct CoNLLReader: Sendable {
    public init() {}

    /// Reads the file at `path`.
    /// - Throws: ``NERError/unreadable(file:reason:)`` when the file cannot be read or is not UTF-8.
    public func read(contentsOf path: String) throws -> [CoNLLSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NERError.unreadable(file: path, reason: "no such file, or no permission to read it")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NERError.unreadable(file: path, reason: "it is not UTF-8 text")
        }
        return read(text: text)
    }

    /// Reads CoNLL text.
    public func read(text: String) -> [CoNLLSentence] {
        var sentences: [CoNLLSentence] = []
        var words: [String] = [], labels: [String] = []
        var allLabelled = true
        var firstLine = 0
        func close() {
            if !words.isEmpty {
                sentences.append(CoNLLSentence(words: words, labels: allLabelled ? labels : nil, line: firstLine))
            }
            words.removeAll(keepingCapacity: true)
            labels.removeAll(keepingCapacity: true)
            allLabelled = true
        }
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { close(); continue }
            if fields[0] == "-DOCSTART-" { close(); continue }
            if fields[0].hasPrefix("#"), fields.count > 2, line.hasPrefix("#") { continue }
            if words.isEmpty { firstLine = lineNumber }
            words.append(String(fields[0]))
            if fields.count >= 2 {
                labels.append(Self.normalizedLabel(fields[1]))
            } else {
                allLabelled = false
            }
        }
        close()
        return sentences
    }

    /// `B-GPE` → `B-LOC`, `I-PER` → `I-PERS`; other labels unchanged.
    static func normalizedLabel(_ label: Substring) -> String {
        if let tag = NERTag(label: label) { return tag.label }
        return String(label)
    }
}
