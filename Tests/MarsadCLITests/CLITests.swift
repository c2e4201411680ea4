import Foundation
import Testing
import MarsadTestSupport

/// Runs the built `marsad` binary: exit codes, standard error and the output formats.
@Suite struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL {
        // The test bundle and the executable are built into the same folder.
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0])
        var dir = testBinary.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("marsad").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("marsad")
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
    }

    @Test func noArgumentsAnalyzesTheBuiltInExample() throws {
        let r = try run(["--format", "text"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Pakistan Point News (publisher) ← Sputnik (source)"))
        let json = try run([])  // not a terminal: JSON
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["metadata"] as? [String: Any])?["published"] as? String == "2021-05-11")
    }

    @Test func analyzeTheSampleAsJSON() throws {
        let r = try run(["analyze", Fixtures.samplePath, "--format", "json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["published"] as? String == "2021-05-11")
        let outlets = try #require(metadata["outlets"] as? [[String: Any]])
        #expect(outlets.map { $0["name_en"] as? String } == ["Pakistan Point News", "Sputnik"])
        #expect(outlets.map { $0["role"] as? String } == ["publisher", "source"])
    }

    @Test func badInputsAreReportedAndTheOthersStillAnalyzed() throws {
        let dir = try Fixtures.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.txt").path
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let r = try run(["analyze", empty, Fixtures.samplePath, dir.appendingPathComponent("nope.txt").path, "--format", "jsonl"])
        #expect(r.status == 1)
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("empty.txt: the input is empty"))
        #expect(r.stderr.contains("nope.txt: no such file or directory"))
        #expect(r.stderr.contains("2 of 3 inputs could not be analyzed"))
    }

    @Test func standardInputAndPublished() throws {
        let r = try run(["analyze", "-", "--published", "2021-05-11", "--format", "jsonl"], stdin: "وصل لافروف أمس إلى باكو.")
        #expect(r.status == 0)
        #expect(r.stdout.contains(#""published":"2021-05-11""#))
    }

    @Test func invalidArgumentsExit64() throws {
        let r = try run(["analyze", "--published", "11/05/2021"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("YYYY-MM-DD"))
        #expect(try run(["analyze", "--format", "xml"]).status == 64)
    }

    @Test func helpAndVersion() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("OVERVIEW: Read Arabic news reports and turn each into a structured"))
        let analyzeHelp = try run(["analyze", "--help"])
        #expect(analyzeHelp.stdout.contains("--published <date>"))
        #expect(try run(["--version"]).stdout.hasPrefix("0."))
    }

    @Test func severalInputsMakeAJSONArray() throws {
        let corpus = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus/two-reports.jsonl.gz").path
        let r = try run(["analyze", corpus, "--format", "json", "--compact"])
        #expect(r.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["t1", "t2"])
    }
}
