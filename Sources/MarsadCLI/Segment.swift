import ArgumentParser
import Foundation
import Marsad
import MarsadEval
import MarsadText

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split Arabic words into clitics, or score the splitter on a treebank.",
        discussion: """
            Prints each word with its segments joined by +: و+ب+ال+أمس. With --evaluate, reads a \
            CoNLL-U treebank whose clitics are separate words (UD Arabic-PUD) and prints the share \
            of words segmented as the treebank does, beside the no-split baseline.

            Examples:
              echo "وبالأمس التقى نظيره" | marsad segment -
              marsad segment --evaluate ../shared/peers/ud-arabic-pud/ar_pud-ud-test.conllu
            """
    )

    @Argument(help: "A text file to segment, or - for standard input.")
    var path: String?

    @Option(help: ArgumentHelp("Score the segmenter on this CoNLL-U file instead.", valueName: "file"))
    var evaluate: String?

    @Flag(help: "With --evaluate, list up to 50 disagreements.")
    var misses = false

    func validate() throws {
        if path == nil && evaluate == nil { throw ValidationError("Give a text file, -, or --evaluate FILE.") }
    }

    func run() throws {
        let marsad = try Marsad()
        let toolkit = marsad.toolkit
        if let evaluate {
            let text = try String(contentsOfFile: evaluate, encoding: .utf8)
            let e = SegmentationEvaluation(conllu: text, segmenter: toolkit.cliticSegmenter, normalizer: toolkit.normalizer)
            print("clitic segmentation on \(evaluate)")
            print(String(format: "  words %d, correct %d: accuracy %.4f (no-split baseline %.4f)", e.words, e.correct, e.accuracy, e.baselineAccuracy))
            print("  split by the treebank \(e.goldSplit), by Marsad \(e.predictedSplit); not aligned \(e.skipped)")
            if misses {
                for x in e.examples { print("  \(x.token): gold \(x.gold.joined(separator: "+"))  marsad \(x.marsad.joined(separator: "+"))") }
            }
            return
        }
        let bytes = path == "-" ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : [UInt8](try Data(contentsOf: URL(fileURLWithPath: path!)))
        let text = try TextDecoder.decode(bytes)
        let scalars = ScalarDecoder.scalars(of: text)
        var out: [String] = []
        for token in toolkit.tokenizer.tokenize(scalars) {
            let segments = toolkit.cliticSegmenter.segment(token, in: scalars)
            out.append(segments.map { String(String.UnicodeScalarView(scalars[$0.span.range])) }.joined(separator: "+"))
        }
        print(out.joined(separator: " "))
    }
}
