import ArgumentParser
import Foundation
import Marsad
import MarsadCore
import MarsadIntake
import MarsadText

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze reports and print their structured records.",
        discussion: """
            PATH may be a plain-text report (UTF-8, with or without BOM, LF or CRLF), `-` for \
            standard input, a directory (every *.txt inside, sorted by name), or a JSON Lines \
            file (.jsonl or .jsonl.gz) whose lines are objects with `text` and optionally `id`, \
            `url`, `title`, `published` (YYYY-MM-DD) and `outlet`. With no PATH, the built-in \
            example is analyzed.

            An input that cannot be read is reported on standard error with its name (and line); \
            the others are still analyzed, and the exit code is 1.

            Examples:
              marsad analyze report.txt --format json
              cat report.txt | marsad analyze - --published 2021-05-11
              marsad analyze ../shared/corpus/dev-news.jsonl --format jsonl
            """
    )

    @Argument(help: "Reports to analyze: files, directories, .jsonl/.jsonl.gz corpora, or - for standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text, json or jsonl. Default: text on a terminal, json otherwise.")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("The dateline date, YYYY-MM-DD, for reports without one (it overrides the text's).", valueName: "date"))
    var published: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "With --format json, print compact JSON instead of indented JSON.")
    var compact = false

    @Option(help: ArgumentHelp("Reports analyzed at once, on this many threads (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Give the entity layer the statistical tagger (MarsadNER): a few more names, about ten times slower.")
    var ner = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs takes a number of at least 1.") }
        if let published, CivilDate(iso: published) == nil {
            throw ValidationError("--published takes a date of the form YYYY-MM-DD, not `\(published)`.")
        }
    }

    func run() throws {
        let marsad = try Marsad(statisticalTagger: ner)
        let format = self.format ?? (output == nil && isatty(STDOUT_FILENO) != 0 ? .text : .json)
        let override = published.flatMap { CivilDate(iso: $0) }
        let sink = try OutputSink(path: output)
        var total = 0, failed = 0, written = 0
        let arrayOutput = format == .json && (paths.count > 1 || paths.first.map(isCollection) == true)

        if arrayOutput { sink.write(compact ? "[" : "[\n") }
        let pretty = !compact
        // Analyze and render a record: the part that runs on several threads.
        @Sendable func render(_ result: Result<InputRecord, IntakeError>) -> Result<[UInt8], IntakeError> {
            result.map { record in
                let analyzed = marsad.analyze(marsad.intake.document(from: record, published: override))
                switch format {
                case .text: return Array(TextSummary(analyzed).render().utf8)
                case .json: return analyzed.contractJSON(pretty: pretty)
                case .jsonl: return analyzed.contractJSON(pretty: false)
                }
            }
        }
        // Write results in input order: the part that runs on this thread.
        func write(_ rendered: [Result<[UInt8], IntakeError>]) {
            for result in rendered {
                total += 1
                switch result {
                case .success(let bytes):
                    switch format {
                    case .text: if written > 0 { sink.write("\n") }
                    case .json: if written > 0 { sink.write(compact ? "," : ",\n") }
                    case .jsonl: break
                    }
                    sink.write(bytes)
                    if format == .jsonl || (format == .json && !arrayOutput) { sink.write("\n") }
                    written += 1
                case .failure(let error):
                    failed += 1
                    sink.flush()
                    printError("marsad: \(error)")
                }
            }
        }

        if paths.isEmpty {
            write([render(.success(try Marsad.builtInExample()))])
        } else {
            // Batches bound memory: a corpus of any size is read, analyzed and written in turn.
            let batchSize = jobs * 32
            var batch: [Result<InputRecord, IntakeError>] = []
            InputReader().read(paths) { result in
                batch.append(result)
                if batch.count >= batchSize {
                    write(batch.concurrentMap(jobs: jobs, render))
                    batch.removeAll(keepingCapacity: true)
                }
            }
            write(batch.concurrentMap(jobs: jobs, render))
        }
        if arrayOutput { sink.write(compact ? "]\n" : "\n]\n") }
        sink.flush()
        if failed > 0 { throw CLIError.someInputsFailed(failed: failed, total: total) }
    }

    /// Whether a path names several reports (a directory or a JSON Lines corpus).
    func isCollection(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix(".jsonl") || path.hasSuffix(".jsonl.gz")
            || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
