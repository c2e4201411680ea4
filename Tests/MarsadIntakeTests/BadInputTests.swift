import Foundation
import Testing
import MarsadIntake
import MarsadTestSupport

/// Every bad input gets one clear error naming it, and the other inputs are still read.
@Suite struct BadInputTests {
    func read(_ paths: [String], limit: Int = InputReader.defaultLimit, stdin: [UInt8] = []) -> (records: [String], errors: [IntakeError]) {
        var records: [String] = [], errors: [IntakeError] = []
        InputReader(limit: limit).read(paths, standardInput: { stdin }) { result in
            switch result {
            case .success(let r): records.append(r.origin)
            case .failure(let e): errors.append(e)
            }
        }
        return (records, errors)
    }

    func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func eachBadFileIsReportedAndTheRestAreRead() throws {
        let dir = try Fixtures.temporaryDirectory()
        let good = try write(Array("قال لافروف إن المحادثات مستمرة.".utf8), "good.txt", in: dir)
        let empty = try write([], "empty.txt", in: dir)
        let binary = try write([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "archive.txt", in: dir)
        let latin1 = try write([0xD1, 0xE6, 0xD3, 0xED, 0xC7], "cp1256.txt", in: dir)
        let html = try write(Array("<!DOCTYPE html><html><body><p>قال لافروف</p></body></html>".utf8), "page.txt", in: dir)
        let english = try write(Array("The talks ended.".utf8), "english.txt", in: dir)
        let missing = dir.appendingPathComponent("missing.txt").path
        let (records, errors) = read([empty, good, binary, latin1, missing, html, english])
        #expect(records == [good])
        #expect(errors == [.empty(empty), .binary(binary, byteOffset: 4), .invalidUTF8(latin1, byteOffset: 0),
                           .missingPath(missing), .html(html), .noArabic(english)])
        for error in errors { #expect(error.description.hasPrefix(error.input + ":")) }
    }

    @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let dir = try Fixtures.temporaryDirectory()
        // A 50 MB file: refused at once from its size, in bounded memory.
        let path = dir.appendingPathComponent("huge.txt").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        let (records, errors) = read([path])
        #expect(records.isEmpty)
        #expect(errors == [.tooLarge(path, bytes: 50_000_000, limit: InputReader.defaultLimit)])
        #expect(errors[0].description.contains("8388608"))
    }

    @Test func directories() throws {
        let dir = try Fixtures.temporaryDirectory()
        let emptyDir = dir.appendingPathComponent("none")
        try FileManager.default.createDirectory(at: emptyDir, withIntermediateDirectories: true)
        _ = try write(Array("notes".utf8), "readme.md", in: emptyDir)
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let b = try write(Array("ب: قال".utf8), "b.txt", in: reports)
        let a = try write(Array("أ: قال".utf8), "a.txt", in: reports)
        let (records, errors) = read([emptyDir.path, reports.path])
        #expect(errors == [.emptyDirectory(emptyDir.path)])
        #expect(records == [a, b])  // sorted by name
    }

    @Test func jsonLinesReportBadLinesByNumber() throws {
        let dir = try Fixtures.temporaryDirectory()
        let lines = [
            #"{"id": "a", "text": "قال لافروف", "published": "2021-05-11"}"#,
            #"{"id": "b", "text": "قال"#,  // cut short
            "",
            #"{"id": "c", "title": "بلا نص"}"#,
            #"{"id": "d", "text": "قال", "published": "11/05/2021"}"#,
            #"[1, 2]"#,
            #"{"id": 7, "text": "قال بيراموف\r\nثم غادر"}"#,
        ]
        let path = try write(Array(lines.joined(separator: "\n").utf8), "corpus.jsonl", in: dir)
        let (records, errors) = read([path])
        #expect(records == ["\(path):1", "\(path):7"])
        #expect(errors.map(\.description).map { $0.components(separatedBy: ": ").first! } == ["\(path):2", "\(path):4", "\(path):5", "\(path):6"])
        #expect(errors[2].description.contains("published"))
    }

    /// A NUL escaped in `text` is binary; a lone surrogate is read as U+FFFD; a line nested
    /// past 512 levels is refused by number (it used to overflow the stack).
    @Test func jsonLinesWithNULLoneSurrogatesAndDeepNesting() throws {
        let dir = try Fixtures.temporaryDirectory()
        let lines = [
            #"{"text": "قال\u0000"}"#,
            #"{"text": "قال \ud800"}"#,
            #"{"text": "قال", "x": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}",
        ]
        let path = try write(Array(lines.joined(separator: "\n").utf8), "odd.jsonl", in: dir)
        var texts: [String] = [], errors: [IntakeError] = []
        InputReader().read([path]) { result in
            switch result {
            case .success(let r): texts.append(r.text)
            case .failure(let e): errors.append(e)
            }
        }
        #expect(texts == ["قال \u{FFFD}"])
        #expect(errors.count == 2)
        #expect(errors.first == .binary("\(path):1", byteOffset: 6))
        #expect(errors.last?.description.contains("\(path):3: not a JSON object (arrays or objects nested deeper than 512 levels") == true)
    }

    @Test func aJSONLineOverTheLimitIsSkipped() throws {
        let dir = try Fixtures.temporaryDirectory()
        let long = #"{"text": ""# + String(repeating: "ب", count: 600) + #""}"#
        let path = try write(Array((long + "\n" + #"{"text": "قال"}"#).utf8), "c.jsonl", in: dir)
        let (records, errors) = read([path], limit: 1000)
        #expect(records == ["\(path):2"])
        #expect(errors == [.tooLarge("\(path):1", bytes: long.utf8.count, limit: 1000)])
    }

    @Test func gzipCorpora() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus/two-reports.jsonl.gz").path
        let (records, errors) = read([path])
        #expect(errors.isEmpty)
        #expect(records == ["\(path):1", "\(path):2"])
        let dir = try Fixtures.temporaryDirectory()
        let broken = try write(Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(40)), "cut.jsonl.gz", in: dir)
        let cut = read([broken])
        #expect(cut.errors.count == 1)
        #expect(cut.errors.first?.description.contains("cut.jsonl.gz") == true)
    }

    @Test func standardInput() {
        #expect(read(["-"], stdin: Array("قال لافروف".utf8)).records == ["-"])
        #expect(read(["-"], stdin: []).errors == [.empty("-")])
    }

    @Test func anUnreadableFile() throws {
        // Permissions do not stop root, so read a file the kernel refuses to read.
        let path = "/proc/self/mem"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let (records, errors) = read([path])
        #expect(records.isEmpty)
        #expect(errors.count == 1)
        if case .unreadable(let p, _) = errors.first { #expect(p == path) } else {
            #expect(errors.first?.input == path)
        }
    }
}

@Suite struct InputLimitTests {
    @Test func readingStopsAfterMaxInputs() {
        var seen: [String] = []
        InputReader(maxInputs: 3).read([Fixtures.devCorpusPath, Fixtures.samplePath]) { result in
            if case .success(let r) = result { seen.append(r.origin) }
        }
        #expect(seen == ["\(Fixtures.devCorpusPath):1", "\(Fixtures.devCorpusPath):2", "\(Fixtures.devCorpusPath):3"])
    }
}
