/// A byte-level reader for the module's TSV resources, with the rules of
/// `MarsadText.TSVReader` (a header line naming the columns, `#` comment lines and blank lines
/// skipped, LF or CRLF). Fields are byte ranges into the file, so that the 27,000-line cluster
/// file is read without building a string a field; this keeps model loading fast.
struct ResourceTable {
    let bytes: [UInt8]
    let header: [String]
    /// Per row: its 1-based line and the index of its first field in `starts`/`ends`.
    private let rowLines: [Int32]
    private let rowFields: [Int32]
    private let starts: [Int32]
    private let ends: [Int32]

    /// Parses `bytes` (UTF-8); `file` names it in errors.
    /// - Throws: ``NERError/malformedResource(file:line:reason:)`` when a required column is
    ///   missing or a row has more fields than the header.
    init(bytes: [UInt8], file: String, requiredColumns: [String]) throws {
        var header: [String]? = nil
        var rowLines: [Int32] = [], rowFields: [Int32] = [0], starts: [Int32] = [], ends: [Int32] = []
        starts.reserveCapacity(bytes.count / 8)
        ends.reserveCapacity(bytes.count / 8)
        try bytes.withUnsafeBufferPointer { bytes in
            var lineNumber = 0
            var start = 0
            let n = bytes.count
            if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }  // BOM
            while start < n {
                lineNumber += 1
                // One pass over the line: fields end at tabs, the line at LF (CR before it dropped).
                let firstField = starts.count
                var fieldStart = start, i = start
                while i < n {
                    let b = bytes[i]
                    if b == 0x0A { break }
                    if b == 0x09 { starts.append(Int32(fieldStart)); ends.append(Int32(i)); fieldStart = i + 1 }
                    i += 1
                }
                let lineEnd = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
                defer { start = i + 1 }
                if lineEnd == start || bytes[start] == 0x23 {  // blank or #
                    starts.removeLast(starts.count - firstField); ends.removeLast(ends.count - firstField)
                    continue
                }
                starts.append(Int32(fieldStart)); ends.append(Int32(max(fieldStart, lineEnd)))
                let fieldCount = starts.count - firstField
                guard let names = header else {
                    let fields = zip(starts, ends).map { String(decoding: bytes[Int($0) ..< Int($1)], as: UTF8.self) }
                    starts.removeAll(); ends.removeAll()
                    header = fields
                    for column in requiredColumns where !fields.contains(column) {
                        throw NERError.malformedResource(file: file, line: lineNumber, reason: "the header lacks the column `\(column)`")
                    }
                    continue
                }
                guard fieldCount <= names.count else {
                    throw NERError.malformedResource(file: file, line: lineNumber, reason: "\(fieldCount) fields where the header has \(names.count)")
                }
                rowLines.append(Int32(lineNumber))
                rowFields.append(Int32(starts.count))
            }
        }
        self.bytes = bytes
        self.header = header ?? []
        self.rowLines = rowLines
        self.rowFields = rowFields
        self.starts = starts
        self.ends = ends
    }

    /// The number of rows (header and comments aside).
    var count: Int { rowLines.count }

    /// The 1-based line of row `row`.
    func line(_ row: Int) -> Int { Int(rowLines[row]) }

    /// The byte range of a field (empty when the row is short).
    func range(_ row: Int, _ column: Int) -> Range<Int> {
        let i = Int(rowFields[row]) + column
        guard i < Int(rowFields[row + 1]) else { return 0 ..< 0 }
        return Int(starts[i]) ..< Int(ends[i])
    }

    /// A field as a string.
    func string(_ row: Int, _ column: Int) -> String {
        String(decoding: bytes[range(row, column)], as: UTF8.self)
    }

    /// The index of `column` in the header (it was checked to be there).
    func index(of column: String) -> Int { header.firstIndex(of: column)! }
}
