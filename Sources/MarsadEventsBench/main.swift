// marsad-events-bench: throughput of the quotes, agreements and events layers alone.
//
//   swift build -c release --product marsad-events-bench
//   .build/release/marsad-events-bench ../shared/corpus/ant-world-news.jsonl.gz --articles 3000 [--separate]
//
// The standard pipeline reads quotes, agreements and events in one extractor on one reading of
// the document; --separate times the three extractors apart instead, each building its own.
// Each report goes through the standard pipeline; the upstream layers (times, entities) are run
// first and timed apart, then the three event extractors are timed on their own. Throughput is the
// reports' UTF-8 bytes over the CPU time of this thread spent in those three extractors (CPU
// time, not wall time, so that other work on a shared machine does not count).
import Foundation
import Marsad
import MarsadCore
import MarsadEvents
import MarsadIntake

struct Enough: Error {}

var paths: [String] = []
var limit = 2000
var repeats = 1  // runs of the three extractors per report (for profiling)
var separate = false  // the three extractors apart, each on its own reading (for comparison)
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--articles", let n = arguments.popFirst().flatMap({ Int($0) }) {
        limit = n
    } else if argument == "--separate" {
        separate = true
    } else if argument == "--repeat", let n = arguments.popFirst().flatMap({ Int($0) }) {
        repeats = max(1, n)
    } else {
        paths.append(argument)
    }
}
if paths.isEmpty { paths = ["../shared/corpus/ant-world-news.jsonl.gz"] }

let marsad = try Marsad()
let layers: Set<Layer> = [.quotes, .agreements, .events]
let upstream = marsad.pipeline.extractors.filter { $0.produces.isDisjoint(with: layers) }
let lexicon = try EventsLexicon.bundled(normalizer: marsad.toolkit.normalizer)
let own: [any Extractor] = separate
    ? [QuoteExtractor(lexicon: lexicon), AgreementExtractor(lexicon: lexicon), EventExtractor(lexicon: lexicon)]
    : marsad.pipeline.extractors.filter { !$0.produces.isDisjoint(with: layers) }
guard !own.isEmpty else {
    print("The standard pipeline has no quotes/agreements/events extractors (entities and times must come first).")
    exit(1)
}

/// CPU time of the calling thread, in seconds.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

var bytes = 0, reports = 0
var upstreamTime = 0.0
var times = [Double](repeating: 0, count: own.count)
var counts = (quotes: 0, agreements: 0, events: 0)
do {
    try InputReader().read(paths) { result in
        guard case .success(let record) = result else { return }
        let document = marsad.intake.document(from: record)
        var annotations = Annotations()
        let start = cpuSeconds()
        for extractor in upstream {
            annotations.take(extractor.produces, from: extractor.extract(from: document, given: annotations))
        }
        upstreamTime += cpuSeconds() - start
        let given = annotations
        for _ in 0 ..< repeats {
            annotations = given
            for (i, extractor) in own.enumerated() {
                let t0 = cpuSeconds()
                let result = extractor.extract(from: document, given: annotations)
                times[i] += (cpuSeconds() - t0) / Double(repeats)
                annotations.take(extractor.produces, from: result)
            }
        }
        counts.quotes += annotations.quotes.count
        counts.agreements += annotations.agreements.count
        counts.events += annotations.events.count
        bytes += record.text.utf8.count
        reports += 1
        if reports >= limit { throw Enough() }
    }
} catch is Enough {}

func seconds(_ d: Double) -> Double { d }
let megabytes = Double(bytes) / 1_000_000
let total = times.reduce(0, +)
print("reports: \(reports), \(String(format: "%.2f", megabytes)) MB of text")
print("found: \(counts.quotes) quotations, \(counts.agreements) agreements, \(counts.events) events")
for (i, extractor) in own.enumerated() {
    print(String(format: "  %-11@ %7.3f s  %7.1f MB/s", extractor.name, seconds(times[i]), megabytes / seconds(times[i])))
}
print(String(format: "quotes+agreements+events: %.3f s, %.1f MB/s on one core", seconds(total), megabytes / seconds(total)))
print(String(format: "(upstream times+entities: %.3f s, %.1f MB/s)", seconds(upstreamTime), megabytes / seconds(upstreamTime)))
