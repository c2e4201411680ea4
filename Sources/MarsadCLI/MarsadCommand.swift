import ArgumentParser

@main
struct MarsadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Read Arabic news reports and turn each into a structured, cited record.",
        discussion: """
            Every extracted field points back to code-point offsets in the original text.
            With no arguments, `marsad` analyzes its built-in example (a Sputnik report of \
            11 May 2021, republished by Pakistan Point News) and prints a readable summary.

            Examples:
              marsad
              marsad analyze report.txt --format json
              marsad analyze corpus.jsonl.gz --format jsonl > out.jsonl
              marsad ner --conll sentences.conll
              marsad dates --duckling ../shared/peers/duckling-ar/duckling_ar_corpus.jsonl
            """,
        version: "0.1.0",
        subcommands: [Analyze.self, Eval.self, Segment.self, NER.self, TrainNER.self, Dates.self],
        defaultSubcommand: Analyze.self
    )
}
