/// A reader for the tab-separated data files of the `Resources` folders.
///
/// Lines starting with `#` and blank lines are skipped; the first other line names the columns.
/// Every row must have as many fields as the header (trailing empty fields may be omitted).
public struct TSVReader: Sendable {
    /// One data row, with its 1-based line number in the file.
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
        let columns: [String: Int]

        /// The field of the named column, or the empty string when the row is short.
        public subscript(_ column: String) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return fields[index]
        }
    }

    public let header: [String]
    public let rows: [Row]

    /// Parses `text`. `file` names the file in errors.
    /// - Throws: ``TextError/malformedResource(file:line:reason:)`` for a missing column or a row
    ///   with more fields than the header.
    public init(text: String, file: String, requiredColumns: [String] = []) throws {
        var header: [String]? = nil
        var columns: [String: Int] = [:]
        var rows: [Row] = []
        var lines: [(number: Int, fields: [String])] = []
        // Split on the UTF-8 bytes: LF ends a line, TAB separates fields (both are ASCII, so
        // they never occur inside a multi-byte character).
        var text = text
        text.withUTF8 { bytes in
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                    var fields: [String] = []
                    var fieldStart = lineStart
                    for i in lineStart ... end where i == end || bytes[i] == 0x09 {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart ..< i]), as: UTF8.self))
                        fieldStart = i + 1
                    }
                    lines.append((lineNumber, fields))
                }
                lineStart = lineEnd + 1
            }
        }
        for (lineNumber, fields) in lines {
            guard let names = header else {
                header = fields
                for (i, name) in fields.enumerated() { columns[name] = i }
                for column in requiredColumns where columns[column] == nil {
                    throw TextError.malformedResource(file: file, line: lineNumber, reason: "the header lacks the column `\(column)`")
                }
                continue
            }
            guard fields.count <= names.count else {
                throw TextError.malformedResource(
                    file: file, line: lineNumber,
                    reason: "\(fields.count) fields where the header has \(names.count)")
            }
            rows.append(Row(line: lineNumber, fields: fields, columns: columns))
        }
        self.header = header ?? []
        self.rows = rows
    }
}
