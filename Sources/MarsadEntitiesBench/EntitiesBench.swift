// marsad-entities-bench: the throughput of the entity layer alone, on a corpus.
//
//   swift build -c release --product marsad-entities-bench
//   .build/release/marsad-entities-bench /work/shared/corpus/ant-world-news.jsonl.gz
//   .build/release/marsad-entities-bench CORPUS --limit 300 --dump /tmp/entities.tsv
//   .build/release/marsad-entities-bench CORPUS --ner     # with the statistical tagger
//
// Documents are built (tokens, sentences, normalization) in batches outside the timed region;
// the timed region is `EntityExtractor.analyze` alone. MB/s counts UTF-8 bytes of article text.
// Times are the thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so that other processes on a shared
// machine do not inflate them; wall-clock time is printed beside.
import Foundation
import MarsadCore
import MarsadEntities
import MarsadIntake
import MarsadNER
import MarsadText

@main
struct EntitiesBench {
    /// Counts and times of one run.
    struct Tally {
        var articles = 0, scalars = 0, bytes = 0, entities = 0, mentions = 0
        var buildTime = 0.0, entityTime = 0.0, entityWall = Duration.zero
        var dump = ""
    }

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String) -> String? {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
            defer { arguments.removeSubrange(i ... i + 1) }
            return arguments[i + 1]
        }
        let limit = option("--limit").flatMap(Int.init) ?? Int.max
        let dumpPath = option("--dump")
        let repeats = option("--repeat").flatMap(Int.init) ?? 1
        let useTagger = arguments.contains("--ner")
        arguments.removeAll { $0 == "--ner" }
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("usage: marsad-entities-bench CORPUS.jsonl[.gz] [--limit N] [--repeat N] [--ner] [--dump FILE.tsv]\n".utf8))
            exit(64)
        }

        let clock = ContinuousClock()
        func cpuSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
        }

        let toolkit = TextToolkit()
        let intake = Intake(toolkit: toolkit, outlets: try .bundled(toolkit: toolkit))
        let loadStart = clock.now, loadCPU = cpuSeconds()
        let lexicons = try EntityLexicons.bundled()
        let loadTime = clock.now - loadStart, loadCPUTime = cpuSeconds() - loadCPU
        let extractor = EntityExtractor(lexicons: lexicons, tagger: useTagger ? try NERTagger.load() : nil)

        var tally = Tally()
        var batch: [Document] = []
        func flush() {
            let start = clock.now, cpu = cpuSeconds()
            var results = batch.map { extractor.analyze($0) }
            for _ in 1 ..< max(repeats, 1) { results = batch.map { extractor.analyze($0) } }
            tally.entityTime += cpuSeconds() - cpu
            tally.entityWall += clock.now - start
            for (document, analysis) in zip(batch, results) {
                tally.entities += analysis.entities.count
                tally.mentions += analysis.entities.reduce(0) { $0 + $1.mentions.count }
                guard dumpPath != nil else { continue }
                for e in analysis.entities {
                    let texts = e.mentions.map { document.text(in: $0) }.joined(separator: " | ")
                    let spans = e.mentions.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
                    tally.dump += "\(document.id)\t\(e.type.rawValue)\t\(e.name)\t\(e.country ?? "-")\t\(texts)\t\(spans)\n"
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        InputReader().read([path]) { result in
            guard tally.articles < limit, case .success(let record) = result else { return }
            let cpu = cpuSeconds()
            let document = intake.document(from: record)
            tally.buildTime += cpuSeconds() - cpu
            tally.articles += 1
            tally.scalars += document.count
            tally.bytes += document.text.utf8.count
            batch.append(document)
            if batch.count == 256 { flush() }
        }
        flush()

        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
        func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        let entitySeconds = tally.entityTime / Double(max(repeats, 1))
        print("lexicons: \(lexicons.records.count) records, \(lexicons.size.words) words, \(lexicons.size.nodes) trie nodes, loaded in \(f(loadCPUTime, 3)) s CPU (\(f(seconds(loadTime), 3)) s wall)")
        print("corpus: \(tally.articles) articles, \(tally.scalars) code points, \(tally.bytes) UTF-8 bytes")
        print("documents built in \(f(tally.buildTime)) s CPU (not in the figure below)")
        print("entity layer: \(f(entitySeconds)) s CPU (\(f(seconds(tally.entityWall))) s wall), \(f(Double(tally.bytes) / entitySeconds / 1e6, 1)) MB/s, \(f(Double(tally.scalars) / entitySeconds / 1e6, 1)) M code points/s")
        print("found: \(tally.entities) entities, \(tally.mentions) mentions")
        if let dumpPath { try tally.dump.write(toFile: dumpPath, atomically: true, encoding: .utf8) }
    }
}
