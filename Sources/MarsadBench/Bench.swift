import Foundation
import Marsad
import MarsadCore
import MarsadIntake
import MarsadText

/// `marsad-bench`: the speed of each stage on a real corpus, and of the Python peers on the same text.
///
/// Usage: swift run -c release marsad-bench [--corpus PATH] [--limit N] [--peers] [--peer-limit N]
///        [--dateparser-sample N] [--json]
@main
struct Bench {
    struct Options {
        var corpus = "../shared/corpus/ant-world-news.jsonl.gz"
        var limit = Int.max
        var peers = false
        var peerLimit = 4000
        var dateparserSample = 1000
        var json = false
        var repeatCount = 3
    }

    static func parse(_ arguments: [String]) -> Options {
        var o = Options()
        var i = 0
        func number() -> Int {
            let text = value()
            guard let n = Int(text) else { fail("\(arguments[i - 1]) takes a number, not \(text)") }
            return n
        }
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--corpus": o.corpus = value()
            case "--limit": o.limit = number()
            case "--peers": o.peers = true
            case "--peer-limit": o.peerLimit = number()
            case "--dateparser-sample": o.dateparserSample = number()
            case "--repeat": o.repeatCount = max(1, number())
            case "--json": o.json = true
            case "-h", "--help":
                print("""
                    marsad-bench: the speed of each stage of Marsad on a corpus, on one core.

                    Options:
                      --corpus PATH            JSON Lines corpus, optionally gzip (default ../shared/corpus/ant-world-news.jsonl.gz)
                      --limit N                only the first N articles
                      --repeat N               runs per stage; the fastest is reported (default 3)
                      --peers                  also run the Python peers (scripts/peers; run scripts/peers/setup.sh first)
                      --peer-limit N           articles given to pyarabic and CAMeL Tools (default 4000)
                      --dateparser-sample N    articles given to dateparser's search_dates (default 1000)
                      --json                   print the figures as one JSON object
                    """)
                exit(0)
            default: fail("unknown option \(arguments[i]); see --help")
            }
            i += 1
        }
        return o
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("marsad-bench: \(message)\n".utf8))
        exit(64)
    }

    static func main() throws {
        let options = parse(Array(CommandLine.arguments.dropFirst()))
        let marsad = try Marsad()
        var report = Report()

        // Reading: inflate, split lines, decode JSON, check the text.
        var records: [InputRecord] = []
        var failures = 0
        let readSeconds = time {
            InputReader(maxInputs: options.limit).read([options.corpus]) { result in
                switch result {
                case .success(let r): records.append(r)
                case .failure(let e): failures += 1; FileHandle.standardError.write(Data("\(e)\n".utf8))
                }
            }
        }
        guard !records.isEmpty else { fail("no article read from \(options.corpus)") }
        let bytes = records.reduce(0) { $0 + $1.text.utf8.count }
        let chars = records.reduce(0) { $0 + $1.text.unicodeScalars.count }
        report.corpus = .init(path: options.corpus, articles: records.count, utf8Bytes: bytes, characters: chars, failures: failures)
        report.add("read (gzip + JSON Lines + checks)", seconds: readSeconds, bytes: bytes, articles: records.count)

        let texts = records.map(\.text)
        let scalarTexts = texts.map { ScalarDecoder.scalars(of: $0) }
        let toolkit = marsad.toolkit
        let r = options.repeatCount

        report.add("text: String → scalars", seconds: best(r) { for t in texts { blackHole(ScalarDecoder.scalars(of: t).count) } },
                   bytes: bytes, articles: records.count)
        report.add("text: normalize (matching, with offset map)",
                   seconds: best(r) { for s in scalarTexts { blackHole(toolkit.normalizer.normalize(s).count) } },
                   bytes: bytes, articles: records.count)
        report.add("text: tokenize", seconds: best(r) { for s in scalarTexts { blackHole(toolkit.tokenizer.tokenize(s).count) } },
                   bytes: bytes, articles: records.count)
        let tokenized = scalarTexts.map { toolkit.tokenizer.tokenize($0) }
        report.add("text: normalize + tokenize (vs peers)",
                   seconds: best(r) {
                       for s in scalarTexts {
                           blackHole(toolkit.normalizer.normalize(s).count + toolkit.tokenizer.tokenize(s).count)
                       }
                   }, bytes: bytes, articles: records.count)
        report.add("text: sentences", seconds: best(r) {
            for (s, t) in zip(scalarTexts, tokenized) { blackHole(toolkit.sentenceSplitter.split(s, tokens: t).sentences.count) }
        }, bytes: bytes, articles: records.count)
        report.add("text: clitic segmentation", seconds: best(r) {
            var segments: [CliticSegment] = []
            for (s, t) in zip(scalarTexts, tokenized) {
                for token in t where token.kind == .word {
                    segments.removeAll(keepingCapacity: true)
                    toolkit.cliticSegmenter.segment(token, in: s, into: &segments)
                    blackHole(segments.count)
                }
            }
        }, bytes: bytes, articles: records.count)

        var documents: [Document] = []
        report.add("document (header + text layer)", seconds: best(r) {
            documents = records.map { marsad.intake.document(from: $0) }
        }, bytes: bytes, articles: records.count)

        // Each extractor, in pipeline order, given the layers before it.
        var upstream = documents.map { _ in Annotations() }
        for extractor in marsad.pipeline.extractors {
            var results: [Annotations] = []
            let seconds = best(r) {
                results = zip(documents, upstream).map { extractor.extract(from: $0, given: $1) }
            }
            for i in upstream.indices { upstream[i].take(extractor.produces, from: results[i]) }
            report.add("layer: \(extractor.name)", seconds: seconds, bytes: bytes, articles: records.count)
        }
        let analyzed = zip(documents, upstream).map { AnalyzedDocument(document: $0, annotations: $1) }
        var outputBytes = 0
        report.add("write JSON (marsad.document/1)", seconds: best(r) {
            outputBytes = 0
            for a in analyzed { outputBytes += a.contractJSON().count }
        }, bytes: bytes, articles: records.count)
        report.outputBytes = outputBytes

        // The whole command's work, end to end, once: read, analyze, write.
        let wholeSeconds = time {
            InputReader(maxInputs: options.limit).read([options.corpus]) { result in
                guard case .success(let record) = result else { return }
                let a = marsad.analyze(marsad.intake.document(from: record))
                blackHole(a.contractJSON().count)
            }
        }
        report.add("whole: read + analyze + write JSON", seconds: wholeSeconds, bytes: bytes, articles: records.count)
        report.peakMemoryMB = peakMemoryMB()

        if options.peers {
            report.peers = runPeers(options: options, report: report)
        }
        if options.json {
            print(report.json())
        } else {
            print(report.table())
        }
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func best(_ runs: Int, _ body: () -> Void) -> Double {
        (0 ..< runs).map { _ in time(body) }.min()!
    }

    @inline(never)
    static func blackHole(_ value: Int) {
        if value == -1 { print("") }
    }

    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    }
}
