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

            Examples:
              marsad ner --conll sentences.txt
              marsad ner --conll ../shared/ner/anercorp/train.txt --evaluate
            """
    )

    @Option(help: ArgumentHelp("The CoNLL file to tag, or - for standard input.", valueName: "file"))
    var conll: String

    @Option(help: ArgumentHelp("A model written by `marsad train-ner` (default: the bundled model).", valueName: "path"))
    var model: String?

    @Flag(help: "Score the tags against the gold tags of the second column and print the scores.")
    var evaluate = false

    @Flag(help: "Add a third column: the tagger's margin for the tag (higher is surer).")
    var margins = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the tags to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let tagger = try model.map { try NERTagger.load(contentsOf: $0) } ?? NERTagger.load()
        let sentences: [CoNLLSentence]
        if conll == "-" {
            sentences = CoNLLReader().read(text: String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
        } else {
            sentences = try CoNLLReader().read(contentsOf: conll)
        }
        var scorer = ConllScorer()
        let sink = evaluate && output == nil ? nil : try OutputSink(path: output)
        for (index, sentence) in sentences.enumerated() {
            let scored = tagger.scoredTags(NERSentence(words: sentence.words))
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
        if evaluate { print(scorer.report(), terminator: "") }
    }
}
