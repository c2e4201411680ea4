import ArgumentParser
import Foundation
import MarsadNER

struct NER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Tag the tokens of a CoNLL file with named-entity tags (ANERcorp set).",
        discussion: """
            FILE has one token a line (first column; other columns are ignored) and a blank \
            line between sentences; `-` reads standard input. The output has one \
            `token<TAB>tag` line a token and a blank line between sentences; tags are O and \
            B-/I- PERS, LOC, ORG, MISC.

            With --evaluate, the second column must hold gold tags (GPE and LOCATION read as \
            LOC); instead of the tags, the phrase-level precision, recall and F1 by type are \
            printed, by conlleval's rules (a phrase is right only with its type and both \
            boundaries).

            With --text, reports are read instead (as by `marsad analyze`), tokenized and \
            tagged a document at a time (`NERTagger.tag(tokens:in:)`, which cuts sentences after \
            . ! ? ؟ … and at line breaks); the output is the same `token<TAB>tag` layout with a \
            blank line after each of those sentences.

            Examples:
              marsad ner --conll sentences.txt
              marsad ner --conll ../shared/ner/anercorp/train.txt --evaluate
              marsad ner --text ../shared/corpus/ant-world-news.jsonl.gz --limit 1000 --stats
            """
    )

    func validate() throws {
        if (conll == nil) == (text == nil) { throw ValidationError("Give one of --conll FILE and --text PATH.") }
        if text != nil, evaluate { throw ValidationError("--evaluate needs gold tags: use it with --conll.") }
        if let limit, limit < 1 { throw ValidationError("--limit takes a number of 1 or more.") }
    }

    @Option(help: ArgumentHelp("The CoNLL file to tag, or - for standard input.", valueName: "file"))
    var conll: String?

    @Option(help: ArgumentHelp("Reports to tag instead (a text file or a .jsonl/.jsonl.gz corpus): each is tokenized and tagged as a document.", valueName: "path"))
    var text: String?

    @Option(help: ArgumentHelp("With --text, tag only the first N reports.", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("A model written by `marsad train-ner` (default: the bundled model).", valueName: "path"))
    var model: String?

    @Flag(help: "Score the tags against the gold tags of the second column and print the scores.")
    var evaluate = false

    @Flag(help: "Add a third column: the tagger's margin for the tag (higher is surer).")
    var margins = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the tags to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Print the model's load time and the tagging speed (tokens/s, MB/s of token text) on standard error.")
    var stats = false

    func run() throws {
        let loadStart = Self.cpuSeconds()
        let tagger = try model.map { try NERTagger.load(contentsOf: $0) } ?? NERTagger.load()
        let loadTime = Self.cpuSeconds() - loadStart
        if let text { return try tagReports(text, with: tagger, loadTime: loadTime) }
        let conll = self.conll ?? "-"
        let sentences: [CoNLLSentence]
        if conll == "-" {
            sentences = CoNLLReader().read(text: String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
        } else {
            sentences = try CoNLLReader().read(contentsOf: conll)
        }
        var scorer = ConllScorer()
        let sink = evaluate && output == nil ? nil : try OutputSink(path: output)
        let tagStart = Date(), cpuStart = Self.cpuSeconds()
        let inputs = sentences.map { NERSentence(words: $0.words) }
        let results = margins ? tagger.scoredTags(sentences: inputs)
            : tagger.tag(sentences: inputs).map { $0.map { ScoredTag(tag: $0, margin: 0) } }
        let tagTime = Date().timeIntervalSince(tagStart), cpuTime = Self.cpuSeconds() - cpuStart
        var tokenCount = 0, bytes = 0
        for (index, (sentence, scored)) in zip(sentences, results).enumerated() {
            tokenCount += sentence.words.count
            bytes += sentence.words.reduce(0) { $0 + $1.utf8.count + 1 }
            if evaluate {
                guard let labels = sentence.labels else { throw CLIError.missingGoldTags(file: conll, line: sentence.line) }
                scorer.add(gold: labels, predicted: scored.map(\.tag.label))
            }
            guard let sink else { continue }
            if index > 0 { sink.write("\n") }
            var text = ""
            for (word, s) in zip(sentence.words, scored) {
                text += margins ? "\(word)\t\(s.tag.label)\t\(String(format: "%.2f", s.margin))\n" : "\(word)\t\(s.tag.label)\n"
            }
            sink.write(text)
        }
        sink?.flush()
        if stats {
            printError(String(format: "ner: model loaded in %.1f ms CPU; %d sentences, %d tokens, %.2f MB tagged in %.3f s CPU (%.3f s wall): %.0f tokens/s, %.2f MB/s of CPU time",
                              loadTime * 1000, sentences.count, tokenCount, Double(bytes) / 1_000_000, cpuTime, tagTime,
                              Double(tokenCount) / cpuTime, Double(bytes) / cpuTime / 1_000_000))
        }
        if evaluate { print(scorer.report(), terminator: "") }
    }

    /// CPU time of this process, in seconds: steadier than wall time on a shared machine.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
