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

    func validate() throws {
        if let published, CivilDate(iso: published) == nil {
            throw ValidationError("--published takes a date of the form YYYY-MM-DD, not `\(published)`.")
        }
    }

    func run() throws {
        let marsad = try Marsad()
        let format = self.format ?? (output == nil && isatty(STDOUT_FILENO) != 0 ? .text : .json)
        let override = published.flatMap { CivilDate(iso: $0) }
        let sink = try OutputSink(path: output)
        var total = 0, failed = 0, written = 0
        let arrayOutput = format == .json && (paths.count > 1 || paths.first.map(isCollection) == true)

        if arrayOutput { sink.write(compact ? "[" : "[\n") }
        func emit(_ record: InputRecord) {
            let analyzed = marsad.analyze(marsad.intake.document(from: record, published: override))
            switch format {
            case .text:
                if written > 0 { sink.write("\n") }
                sink.write(TextSummary(analyzed).render())
            case .json:
                if written > 0 { sink.write(compact ? "," : ",\n") }
                sink.write(analyzed.contractJSON(pretty: !compact))
                if !arrayOutput { sink.write("\n") }
            case .jsonl:
                sink.write(analyzed.contractJSON(pretty: false))
                sink.write("\n")
            }
            written += 1
        }

        if paths.isEmpty {
            total = 1
            emit(try Marsad.builtInExample())
        } else {
            InputReader().read(paths) { result in
                total += 1
                switch result {
                case .success(let record): emit(record)
                case .failure(let error):
                    failed += 1
                    printError("marsad: \(error)")
                }
            }
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
