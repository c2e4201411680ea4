import Foundation
import MarsadText

/// Reads reports from paths: plain-text files, `-` for standard input, directories (their
/// `*.txt` files, sorted by name) and JSON Lines files (`.jsonl`, `.jsonl.gz`).
///
/// Every input yields records or errors, in order, through a callback, so that one bad input
/// never stops the others and a large JSON Lines corpus is read in bounded memory.
public struct InputReader: Sendable {
    /// The largest report accepted, in bytes of UTF-8 (a plain-text file, or one JSON line).
    public let limit: Int
    /// The default limit: 8 MiB, some hundred times the longest news article.
    public static let defaultLimit = 8 << 20

    /// The most inputs (records and errors) delivered before reading stops: a corpus's first N.
    public let maxInputs: Int

    public init(limit: Int = InputReader.defaultLimit, maxInputs: Int = .max) {
        self.limit = limit
        self.maxInputs = maxInputs
    }

    /// How many more inputs may be delivered in one `read` call.
    final class Budget {
        var left: Int
        init(_ left: Int) { self.left = left }
        var isSpent: Bool { left <= 0 }
    }

    /// Reads every path in order and calls `body` with each record or error.
    /// - Parameter standardInput: reads standard input, for the path `-`.
    public func read(
        _ paths: [String],
        standardInput: (() -> [UInt8])? = nil,
        _ body: (Result<InputRecord, IntakeError>) throws -> Void
    ) rethrows {
        let standardInput = standardInput ?? { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        let budget = Budget(maxInputs)
        for path in paths where !budget.isSpent {
            try read(path, standardInput: standardInput, budget: budget) { result in
                budget.left -= 1
                try body(result)
            }
        }
    }

    func read(_ path: String, standardInput: () -> [UInt8], budget: Budget,
              _ body: (Result<InputRecord, IntakeError>) throws -> Void) rethrows {
        if path == "-" {
            let bytes = standardInput()
            try body(Result { () throws(IntakeError) in try plainText(bytes, origin: "-") })
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try body(.failure(.missingPath(path)))
            return
        }
        if isDirectory.boolValue {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                try body(.failure(.unreadable(path, reason: FileByteSource.reason(error))))
                return
            }
            let texts = names.filter { $0.hasSuffix(".txt") }.sorted()
            if texts.isEmpty { try body(.failure(.emptyDirectory(path))) }
            for name in texts where !budget.isSpent {
                try read((path as NSString).appendingPathComponent(name), standardInput: standardInput, budget: budget, body)
            }
            return
        }
        if path.hasSuffix(".jsonl") || path.hasSuffix(".jsonl.gz") {
            try readJSONLines(path, budget: budget, body)
            return
        }
        try body(Result { () throws(IntakeError) in try plainTextFile(path) })
    }

    func plainTextFile(_ path: String) throws(IntakeError) -> InputRecord {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limit { throw IntakeError.tooLarge(path, bytes: size, limit: limit) }
        var source = try FileByteSource(path: path)
        var bytes: [UInt8] = []
        while true {
            let chunk = try source.next()
            if chunk.isEmpty { break }
            bytes += chunk
            if bytes.count > limit { throw IntakeError.tooLarge(path, bytes: bytes.count, limit: limit) }
        }
        return try plainText(bytes, origin: path)
    }

    func plainText(_ bytes: [UInt8], origin: String) throws(IntakeError) -> InputRecord {
        if bytes.count > limit { throw IntakeError.tooLarge(origin, bytes: bytes.count, limit: limit) }
        let text = try decode(bytes, origin: origin)
        let share = try checkContent(text, origin: origin)
        return InputRecord(origin: origin, text: text, isPlainText: true, arabicLetterShare: share)
    }

    func decode(_ bytes: some Collection<UInt8>, origin: String) throws(IntakeError) -> String {
        do {
            return try TextDecoder.decode(bytes)
        } catch {
            switch error as? TextError {
            case .binary(let offset)?: throw IntakeError.binary(origin, byteOffset: offset)
            case .invalidUTF8(let offset)?: throw IntakeError.invalidUTF8(origin, byteOffset: offset)
            default: throw IntakeError.empty(origin)
            }
        }
    }

    /// Refuses HTML and text without Arabic letters; returns the share of Arabic letters.
    func checkContent(_ text: String, origin: String) throws(IntakeError) -> Double {
        let check = ContentCheck(text)
        if check.looksLikeHTML { throw IntakeError.html(origin) }
        guard let share = check.arabicLetterShare else { throw IntakeError.noArabic(origin) }
        return share
    }

    func readJSONLines(_ path: String, budget: Budget, _ body: (Result<InputRecord, IntakeError>) throws -> Void) rethrows {
        if path.hasSuffix(".gz") {
            let source: GzipByteSource
            do { source = try GzipByteSource(path: path) } catch { try body(.failure(error)); return }
            try readLines(LineReader(source, limit: limit), path: path, budget: budget, body)
        } else {
            let source: FileByteSource
            do { source = try FileByteSource(path: path) } catch { try body(.failure(error)); return }
            try readLines(LineReader(source, limit: limit), path: path, budget: budget, body)
        }
    }

    func readLines<S: ByteSource>(_ reader: LineReader<S>, path: String, budget: Budget,
                                  _ body: (Result<InputRecord, IntakeError>) throws -> Void) rethrows {
        var reader = reader
        var sawRecord = false
        while !budget.isSpent {
            let line: LineReader<S>.Line?
            do { line = try reader.next() } catch { try body(.failure(error)); return }
            guard let line else { break }
            let number = reader.lineNumber
            switch line {
            case .tooLong(let bytes):
                try body(.failure(.tooLarge("\(path):\(number)", bytes: bytes, limit: limit)))
            case .text(var bytes):
                // A file saved with a UTF-8 byte-order mark starts its first line with one.
                if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                sawRecord = true
                try body(Result { () throws(IntakeError) in try record(bytes, path: path, line: number) })
            }
        }
        if !sawRecord && !budget.isSpent { try body(.failure(.empty(path))) }
    }

    static let fieldNames: Set<String> = ["id", "url", "title", "published", "outlet", "text"]

    func record(_ bytes: ArraySlice<UInt8>, path: String, line: Int) throws(IntakeError) -> InputRecord {
        let parsed: FlatJSONObject
        do {
            parsed = try bytes.withUnsafeBufferPointer { (buffer) throws(IntakeError) -> FlatJSONObject in
                if let bad = TextDecoder.firstInvalidUTF8(buffer) {
                    throw IntakeError.malformedLine(path, line: line, reason: "not valid UTF-8 at byte \(bad + 1) of the line")
                }
                do {
                    return try FlatJSONObject(buffer, keys: Self.fieldNames)
                } catch {
                    throw IntakeError.malformedLine(path, line: line, reason: "not a JSON object (\(error))")
                }
            }
        }
        if let key = Self.fieldNames.sorted().first(where: { parsed.otherKeys.contains($0) }) {
            throw IntakeError.malformedLine(path, line: line, reason: "the field `\(key)` must be a string")
        }
        let fields = parsed.strings
        let origin = "\(path):\(line)"
        guard let text = fields["text"], !text.unicodeScalars.allSatisfy({ ArabicScalar.isWhitespace($0.value) }) else {
            throw IntakeError.malformedLine(path, line: line, reason: "the object has no non-empty `text` field")
        }
        if let nul = Self.firstNUL(text) { throw IntakeError.binary(origin, byteOffset: nul) }
        var published: CivilDate?
        if let value = fields["published"], !value.isEmpty {
            guard let date = CivilDate(iso: value.prefix(10)) else {
                throw IntakeError.malformedLine(path, line: line, reason: "`published` is `\(value)`, not a date of the form YYYY-MM-DD")
            }
            published = date
        }
        let share = try checkContent(text, origin: origin)
        return InputRecord(origin: origin, id: fields["id"], url: fields["url"], title: fields["title"], published: published,
                           outlet: fields["outlet"], text: text, isPlainText: false, arabicLetterShare: share)
    }
}

extension InputReader {
    /// The UTF-8 offset of the first NUL byte of `text` (a binary value in a JSON string), found
    /// with `memchr` over the string's contiguous bytes.
    static func firstNUL(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }
}
