import Foundation
public import MarsadText

/// Duckling's Arabic time corpus (`../shared/peers/duckling-ar/duckling_ar_corpus.jsonl`) as a
/// test set: each case a phrase, the reference time 2013-02-12T04:30:00-02:00 and the expected
/// value and grain.
///
/// ```swift
/// let cases = try DucklingCorpus.load(path: "../shared/peers/duckling-ar/duckling_ar_corpus.jsonl")
/// let report = DucklingCorpus.evaluate(cases, recognizer: recognizer)
/// report.correctDay   // cases whose day is right
/// ```
/// The cases scored are those of `dim` time whose grain is Day, Hour, Minute or Second
/// (instants, and intervals by their start), and the negatives (phrases that must give no time),
/// the same selection as `scripts/peers/dateparser_duckling.py`. Each phrase is read with the
/// reference day, the future tense for bare weekdays and dates (Duckling's convention) and the
/// reference time of day for bare clock hours; the expression covering most tokens is the answer.
public enum DucklingCorpus {
    /// The grains scored, coarsest first.
    public static let grains = ["Day", "Hour", "Minute", "Second"]
    /// Duckling's reference time, as wall-clock time in its zone.
    public static let referenceDay = CivilDate(year: 2013, month: 2, day: 12)!
    public static let referenceClock = ClockTime(hour: 4, minute: 30)

    /// One case of the corpus.
    public struct Case: Sendable, Hashable {
        public let text: String
        /// The expected day and time (interval start); `nil` for a negative case.
        public let day: CivilDate?
        public let clock: ClockTime?
        public let grain: String?
        public let isInterval: Bool
        public var isNegative: Bool { day == nil }
    }

    /// What the recognizer gave for one case.
    public struct Outcome: Sendable, Hashable {
        public let `case`: Case
        public let found: ResolvedTime?
        public let correctDay: Bool
        public let correctGrain: Bool
    }

    /// Counts over a set of cases.
    public struct Counts: Sendable, Hashable {
        public var cases = 0
        public var parsed = 0
        public var correctDay = 0
        public var correctGrain = 0

        public init() {}
    }

    /// The figures of a run.
    public struct Report: Sendable {
        public var all = Counts()
        public var byGrain: [String: Counts] = [:]
        public var instants = 0
        public var intervals = 0
        public var negatives = 0
        public var negativesRejected = 0
        public var outcomes: [Outcome] = []

        public var accuracyDay: Double { all.cases == 0 ? 0 : Double(all.correctDay) / Double(all.cases) }
        public var accuracyGrain: Double { all.cases == 0 ? 0 : Double(all.correctGrain) / Double(all.cases) }
        /// The cases missed at their grain.
        public var misses: [Outcome] { outcomes.filter { !$0.case.isNegative && !$0.correctGrain || $0.case.isNegative && $0.found != nil } }
    }

    /// Reads the scored cases of a corpus file.
    /// - Throws: ``TimeError/corpus(path:line:reason:)`` when the file cannot be read or a line
    ///   is not a case.
    public static func load(path: String) throws -> [Case] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw TimeError.corpus(path: path, line: 0, reason: "the file cannot be read")
        }
        var cases: [Case] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw TimeError.corpus(path: path, line: index + 1, reason: "the line is not a JSON object")
            }
            guard object["dim"] as? String == "time", let phrase = object["text"] as? String else { continue }
            if object["negative"] as? Bool == true {
                cases.append(Case(text: phrase, day: nil, clock: nil, grain: nil, isInterval: false))
                continue
            }
            guard let expected = object["expected"] as? [String: Any], let grain = expected["grain"] as? String, grains.contains(grain),
                  let kind = expected["kind"] as? String, kind == "instant" || kind == "interval",
                  let fields = (expected[kind == "instant" ? "datetime" : "start"] as? [Any])?.compactMap({ ($0 as? NSNumber)?.intValue }),
                  fields.count == 6, let day = CivilDate(year: fields[0], month: fields[1], day: fields[2]) else { continue }
            cases.append(Case(text: phrase, day: day, clock: ClockTime(hour: fields[3], minute: fields[4], second: fields[5]),
                              grain: grain, isInterval: kind == "interval"))
        }
        return cases
    }

    /// Runs the recognizer on every case.
    public static func evaluate(_ cases: [Case], recognizer: TimeRecognizer, tokenizer: Tokenizer = Tokenizer()) -> Report {
        var report = Report()
        for c in cases {
            let scalars = Array(c.text.unicodeScalars)
            let found = recognizer.recognize(scalars: scalars, tokens: tokenizer.tokenize(scalars), reference: referenceDay,
                                             tense: .future, clock: referenceClock, resolvingUnreported: true)
                .filter { $0.date != nil }
                .max { $0.tokens.count < $1.tokens.count }
            if c.isNegative {
                report.negatives += 1
                if found == nil { report.negativesRejected += 1 }
                report.outcomes.append(Outcome(case: c, found: found, correctDay: found == nil, correctGrain: found == nil))
                continue
            }
            let day = found?.date == c.day
            let grain = day && sameClock(found?.clock, c.clock, grain: c.grain ?? "Day")
            var counts = report.byGrain[c.grain ?? "Day", default: Counts()]
            counts.cases += 1
            report.all.cases += 1
            if found != nil { counts.parsed += 1; report.all.parsed += 1 }
            if day { counts.correctDay += 1; report.all.correctDay += 1 }
            if grain { counts.correctGrain += 1; report.all.correctGrain += 1 }
            report.byGrain[c.grain ?? "Day"] = counts
            if c.isInterval { report.intervals += 1 } else { report.instants += 1 }
            report.outcomes.append(Outcome(case: c, found: found, correctDay: day, correctGrain: grain))
        }
        return report
    }

    /// Whether a found time of day equals the expected one at the grain.
    static func sameClock(_ found: ClockTime?, _ expected: ClockTime?, grain: String) -> Bool {
        guard grain != "Day" else { return true }
        guard let f = found, let e = expected else { return false }
        switch grain {
        case "Hour": return f.hour == e.hour
        case "Minute": return f.hour == e.hour && f.minute == e.minute
        default: return f.hour == e.hour && f.minute == e.minute && f.second == e.second
        }
    }
}
