import ArgumentParser
import Marsad
import MarsadEval

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the pipeline against gold annotations.",
        discussion: """
            Runs the pipeline over the articles of each gold file (../shared/gold/FORMAT.md) and \
            prints, per layer (entities, mentions, times, quotes, events, agreements, provisions), \
            found/gold, precision where the gold layer is complete ("—" where it is not), recall \
            and F1, per gold file and overall. The rules are in docs/QUALITY.md ("Scoring").

            An article's text is its gold `text` field, else its `file` (a path relative to the \
            gold file), else the line with its `id` in a JSON Lines corpus given as INPUT. The \
            text's own dateline date is used, as `marsad analyze` would; the gold's `published` \
            is given only when the text and its record have none.

            The exit code is 0, or 1 when a --min threshold is not reached (or an input cannot \
            be read); each failing threshold is named on standard error with its figures.

            Examples:
              marsad eval --gold ../shared/gold/seed.gold.json
              marsad eval --gold dev.gold.jsonl ../shared/corpus/dev-news.jsonl --misses
              marsad eval --gold seed.gold.json --min entities=0.9 --min times=1
            """
    )

    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .customLong("gold"), help: ArgumentHelp(
        "A gold file: one JSON object, or JSON Lines; repeat for several.", valueName: "gold"))
    var goldPaths: [String]

    @Argument(help: ArgumentHelp(
        "JSON Lines corpora (.jsonl, .jsonl.gz) holding the texts of gold articles that have no `text` or `file`, matched by `id`.",
        valueName: "input"))
    var inputs: [String] = []

    @Flag(help: "List every miss and false positive with its text and offsets.")
    var misses = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("min"), help: ArgumentHelp(
        "A minimum for a layer's overall F1 (its recall where precision is not defined), as LAYER=VALUE; repeatable. LAYER: entities, mentions, times, quotes, events, agreements, provisions.",
        valueName: "layer=value"))
    var minimums: [String] = []

    func validate() throws {
        for argument in minimums where Threshold(argument: argument) == nil {
            throw ValidationError("--min takes \(Threshold.usage), not `\(argument)`.")
        }
        for input in inputs where !(input.hasSuffix(".jsonl") || input.hasSuffix(".jsonl.gz")) {
            throw ValidationError("INPUT must be a JSON Lines corpus (.jsonl or .jsonl.gz) whose lines have an `id`, not `\(input)`.")
        }
    }

    func run() throws {
        let marsad = try Marsad()
        let thresholds = minimums.compactMap(Threshold.init(argument:))
        let files = try goldPaths.map { path throws(GoldError) in try GoldFile.load(path: path) }
        let texts = try GoldTexts(corpora: inputs, wanted: Set(files.flatMap { $0.articles.map(\.id) }))
        let scorer = Scorer()
        var groups: [EvalReport.Group] = []
        for file in files {
            var articles: [ArticleScore] = []
            for article in file.articles {
                let (document, notes) = try texts.document(for: article, in: file, marsad: marsad)
                var score = scorer.score(marsad.analyze(document), against: article)
                score.notes += notes
                articles.append(score)
            }
            groups.append(EvalReport.Group(name: file.path, articles: articles))
        }
        let report = EvalReport(groups: groups)
        let sink = try OutputSink(path: nil)
        switch format {
        case .text: sink.write(report.text(misses: misses))
        case .json: sink.write(report.json(misses: misses, thresholds: thresholds))
        }
        sink.flush()
        let failures = report.failures(of: thresholds)
        if !failures.isEmpty {
            for failure in failures { printError("marsad eval: below the threshold: \(failure)") }
            throw ExitCode(1)
        }
    }
}
