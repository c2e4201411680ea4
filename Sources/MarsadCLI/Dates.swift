import ArgumentParser
import Foundation
import Marsad
import MarsadCore
import MarsadText
import MarsadTime

/// `marsad dates`: measures the time layer on Duckling's Arabic time corpus.
struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the time layer on Duckling's Arabic time corpus.",
        discussion: """
            Reads every case of FILE (JSON Lines, as in ../shared/peers/duckling-ar/) whose grain \
            is Day, Hour, Minute or Second (instants, and intervals by their start) and the negative \
            cases, resolves each phrase against Duckling's reference time (2013-02-12T04:30, future \
            tense for bare weekdays) and reports how many are right at the day and at their own \
            grain. The same cases are measured for dateparser by scripts/peers/dateparser_duckling.py.

            Examples:
              marsad dates --duckling ../shared/peers/duckling-ar/duckling_ar_corpus.jsonl
              marsad dates --duckling corpus.jsonl --misses --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp("Duckling's corpus in JSON Lines.", valueName: "file"))
    var duckling: String

    @Flag(help: "List every case missed at its grain on standard error.")
    var misses = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let recognizer = try TimeRecognizer(toolkit: TextToolkit())
        let cases = try DucklingCorpus.load(path: duckling)
        let report = DucklingCorpus.evaluate(cases, recognizer: recognizer)
        if misses {
            for outcome in report.misses {
                let c = outcome.case
                let want = c.day.map { "\($0.iso)\(c.grain == "Day" ? "" : "T\(c.clock?.description ?? "")")" } ?? "nothing"
                let got = outcome.found.map { "\($0.date?.iso ?? "-")\($0.clock.map { "T\($0)" } ?? "") «\(text(of: $0, in: c.text))»" } ?? "nothing"
                let mark = outcome.correctDay ? "day" : "XX "
                printError("MISS \(mark) \((c.grain ?? "negative").padding(toLength: 8, withPad: " ", startingAt: 0)) want \(want) | got \(got) | \(c.text)")
            }
        }
        switch format {
        case .json: print(json(report))
        case .text: print(summary(report))
        }
    }

    func text(of time: ResolvedTime, in phrase: String) -> String {
        let scalars = Array(phrase.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[time.span.range])
        return String(view)
    }

    func summary(_ r: DucklingCorpus.Report) -> String {
        func pct(_ x: Double) -> String { String(format: "%.1f %%", x * 100) }
        var lines = [
            "Duckling Arabic time corpus: \(r.all.cases) cases of grain Day or finer (\(r.instants) instants, \(r.intervals) intervals), \(r.negatives) negatives",
            "day level:   \(r.all.correctDay) / \(r.all.cases) = \(pct(r.accuracyDay)) (a time found for \(r.all.parsed))",
            "exact grain: \(r.all.correctGrain) / \(r.all.cases) = \(pct(r.accuracyGrain))",
            "negatives rejected: \(r.negativesRejected) / \(r.negatives)",
        ]
        for grain in DucklingCorpus.grains {
            let c = r.byGrain[grain] ?? DucklingCorpus.Counts()
            lines.append("  \(grain.padding(toLength: 7, withPad: " ", startingAt: 0)) \(c.cases) cases, found \(c.parsed), day \(c.correctDay), grain \(c.correctGrain)")
        }
        return lines.joined(separator: "\n")
    }

    func json(_ r: DucklingCorpus.Report) -> String {
        func counts(_ c: DucklingCorpus.Counts) -> [String: Any] {
            ["cases": c.cases, "parsed": c.parsed, "correct_day": c.correctDay, "correct_grain": c.correctGrain]
        }
        var object: [String: Any] = counts(r.all)
        object["accuracy_day"] = (r.accuracyDay * 10000).rounded() / 10000
        object["accuracy_grain"] = (r.accuracyGrain * 10000).rounded() / 10000
        object["negatives"] = r.negatives
        object["negatives_rejected"] = r.negativesRejected
        object["instants"] = r.instants
        object["intervals"] = r.intervals
        object["by_grain"] = Dictionary(uniqueKeysWithValues: DucklingCorpus.grains.map { ($0, counts(r.byGrain[$0] ?? DucklingCorpus.Counts())) })
        object["reference_time"] = "2013-02-12T04:30:00-02:00"
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
