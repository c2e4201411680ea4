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

    /// Reads CoNLL text. Lines and columns are split as UTF-8 bytes, which is several times
    /// faster than splitting `Character`s and treats a mark after a space as part of the next
    /// column, as the file means it.
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
        var utf8 = text
        utf8.withUTF8 { bytes in
            let n = bytes.count
            var start = 0, lineNumber = 0
            if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }  // BOM
            var fields: [Range<Int>] = []
            while start <= n {
                var end = start
                while end < n, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                fields.removeAll(keepingCapacity: true)
                var i = start
                while i < lineEnd {
                    while i < lineEnd, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                    let fieldStart = i
                    while i < lineEnd, bytes[i] != 0x20, bytes[i] != 0x09 { i += 1 }
                    if i > fieldStart { fields.append(fieldStart ..< i) }
                }
                func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
                defer { start = end + 1 }
                if fields.isEmpty { close(); if end >= n { break } else { continue } }
                let first = string(fields[0])
                if first == "-DOCSTART-" { close(); continue }
                if bytes[start] == 0x23, fields.count > 2 { continue }  // "# sent_id = 3"
                if words.isEmpty { firstLine = lineNumber }
                words.append(first)
                if fields.count >= 2 {
                    labels.append(Self.normalizedLabel(Substring(string(fields[1]))))
                } else {
                    allLabelled = false
                }
                if end >= n { break }
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
