import Foundation
import Testing

/// `marsad eval` through the built binary: exit codes of `--min`, the text source, and the
/// messages on standard error.
struct EvalCommandTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `marsad` binary of this build: beside the test bundle (Linux: the folder of the
    /// test executable; macOS: the folder holding the .xctest bundle), else in `.build/debug`.
    static var binary: URL? {
        var folders: [URL] = []
        let bundle = Bundle.main.bundleURL
        folders.append(bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle)
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(repositoryRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("marsad") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let binary = try #require(binary, "the marsad binary was not found beside the tests nor in .build/debug")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A gold file carrying its own text (hn16, Al Arabiya, 2018-05-31) and an entity no
    /// pipeline can find (its country is not a country), so its entities recall is 0 whatever
    /// the pipeline's quality.
    static func unreachableGold() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let line = #"{"id": "hn16", "published": "2018-05-31", "complete": {"entities": false}, "text": "التقى وزير الخارجية الروسي سيرغي لافروف الخميس في بيونغ يانغ نظيره الكوري الشمالي ري يونغ هو.", "entities": [{"type": "PERSON", "name": "Sergey Lavrov", "country": "ZZZ", "mentions": [[27, 39]]}]}"#
        let path = folder.appendingPathComponent("unreachable.gold.jsonl").path
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func belowTheMinimumExitsOne() throws {
        let gold = try Self.unreachableGold()
        let run = try Self.run(["eval", "--gold", gold, "--min", "entities=0.5"])
        #expect(run.status == 1)
        #expect(run.stdout.contains(#/\nentities +0/1 +— +0\.000 +—\n/#))
        #expect(run.stderr.contains("marsad eval: below the threshold: entities: recall"))
        #expect(run.stderr.contains("is below the minimum 0.500 (found 0/1, recall 0.000)."))
    }

    @Test func atTheMinimumExitsZero() throws {
        let run = try Self.run(["eval", "--gold", try Self.unreachableGold(), "--min", "entities=0", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let thresholds = try #require(json["thresholds"] as? [[String: Any]])
        #expect(thresholds.first?["passed"] as? Bool == true)
    }

    @Test(arguments: [["eval", "--gold", "x.json", "--min", "entities"], ["eval", "--gold", "x.json", "--min", "people=0.5"],
                      ["eval"], ["eval", "--gold", "x.json", "corpus.txt"]])
    func badArgumentsExit64(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains("Error:"))
    }

    @Test func seedGoldRunsFromItsFile() throws {
        let run = try Self.run(["eval", "--gold", "../shared/gold/seed.gold.json", "--misses"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("gold ../shared/gold/seed.gold.json: 1 article\n"))
        #expect(run.stdout.contains(#/times       \d+/6 /#))
        #expect(!run.stdout.contains("note:"))   // the text's dateline is the gold's date
    }

    @Test func anArticleWithoutTextFails() throws {
        let run = try Self.run(["eval", "--gold", "Tests/Fixtures/gold/dev-held.gold.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("article `hn03` has no text"))
    }
}
