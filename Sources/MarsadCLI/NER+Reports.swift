import Foundation
import MarsadIntake
import MarsadNER
import MarsadText

extension NER {
    /// Stops reading reports once `--limit` is reached.
    struct LimitReached: Error {}

    /// `marsad ner --text PATH`: tokenizes each report and tags it as one document, the way the
    /// entity layer calls the tagger; prints `token<TAB>tag` lines, a blank line after each sentence.
    func tagReports(_ path: String, with tagger: NERTagger, loadTime: Double) throws {
        let sink = try OutputSink(path: output)
        let tokenizer = Tokenizer()
        var reports = 0, failed = 0, tokenCount = 0, sentenceCount = 0, textBytes = 0
        var cpuTime = 0.0
        do {
            try InputReader().read([path]) { result in
                if let limit, reports >= limit { throw LimitReached() }
                let record: InputRecord
                switch result {
                case .success(let r): record = r
                case .failure(let error):
                    failed += 1
                    printError("marsad: \(error)")
                    return
                }
                reports += 1
                let scalars = ScalarDecoder.scalars(of: record.text)
                let tokens = tokenizer.tokenize(scalars)
                let start = Self.cpuSeconds()
                let tags = margins ? tagger.scoredTags(tokens: tokens, in: scalars)
                    : tagger.tag(tokens: tokens, in: scalars).map { ScoredTag(tag: $0, margin: 0) }
                cpuTime += Self.cpuSeconds() - start
                tokenCount += tokens.count
                textBytes += record.text.utf8.count
                var out = ""
                for range in NERTagger.sentenceRanges(tokens: tokens, in: scalars) {
                    sentenceCount += 1
                    for i in range {
                        let word = String(String.UnicodeScalarView(scalars[tokens[i].range]))
                        out += margins ? "\(word)\t\(tags[i].tag.label)\t\(String(format: "%.2f", tags[i].margin))\n"
                            : "\(word)\t\(tags[i].tag.label)\n"
                    }
                    out += "\n"
                }
                sink.write(out)
            }
        } catch is LimitReached {}
        sink.flush()
        if stats {
            printError(String(format: "ner: model loaded in %.1f ms CPU; %d reports, %d sentences, %d tokens, %.2f MB of text tagged in %.3f s CPU: %.0f tokens/s, %.2f MB/s of CPU time",
                              loadTime * 1000, reports, sentenceCount, tokenCount, Double(textBytes) / 1_000_000, cpuTime,
                              Double(tokenCount) / cpuTime, Double(textBytes) / cpuTime / 1_000_000))
        }
        if failed > 0 { throw CLIError.someInputsFailed(failed: failed, total: reports + failed) }
    }
}
