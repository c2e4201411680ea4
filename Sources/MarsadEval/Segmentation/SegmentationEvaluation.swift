public import MarsadText

/// Scores the clitic segmenter against a Universal Dependencies treebank whose clitics are
/// separate words (UD Arabic-PUD: "ل" + "أوباما" with `SpaceAfter=No`).
///
/// The treebank's words are glued back into the written tokens (`SpaceAfter=No`), the written
/// text is tokenized by Marsad's tokenizer, and for every Arabic word token the segmenter's
/// segments are compared with the treebank's. The article ال is not a separate word in UD, so it
/// is counted as part of the stem (للسلطة is ل + لسلطة in UD too).
public struct SegmentationEvaluation: Sendable {
    /// Arabic word tokens scored.
    public var words = 0
    /// Tokens whose segments equal the treebank's.
    public var correct = 0
    /// Tokens the treebank splits.
    public var goldSplit = 0
    /// Tokens Marsad splits.
    public var predictedSplit = 0
    /// Tokens whose gold segments equal the whole token (the no-split baseline gets these right).
    public var baselineCorrect = 0
    /// Up to 50 disagreements: token, gold segments, Marsad's segments.
    public var examples: [(token: String, gold: [String], marsad: [String])] = []
    /// Tokens left out because the treebank's words could not be aligned with them.
    public var skipped = 0

    public var accuracy: Double { words == 0 ? 0 : Double(correct) / Double(words) }
    public var baselineAccuracy: Double { words == 0 ? 0 : Double(baselineCorrect) / Double(words) }

    /// Reads CoNLL-U text and scores `segmenter` on it.
    public init(conllu: String, segmenter: CliticSegmenter, normalizer: ArabicNormalizer) {
        for sentence in Self.sentences(conllu) {
            score(sentence, segmenter: segmenter, normalizer: normalizer)
        }
    }

    /// A written token and the treebank words it is made of.
    struct Written {
        var text: String
        var words: [String]
    }

    static func sentences(_ conllu: String) -> [[Written]] {
        var result: [[Written]] = []
        var current: [Written] = []
        var pending: Written? = nil
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if let p = pending { current.append(p); pending = nil }
                if !current.isEmpty { result.append(current); current = [] }
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 10, !fields[0].contains("-"), !fields[0].contains(".") else { continue }
            let form = String(fields[1])
            var w = pending ?? Written(text: "", words: [])
            w.text += form
            w.words.append(form)
            if fields[9].contains("SpaceAfter=No") {
                pending = w
            } else {
                current.append(w)
                pending = nil
            }
        }
        if let p = pending { current.append(p) }
        if !current.isEmpty { result.append(current) }
        return result
    }

    mutating func score(_ sentence: [Written], segmenter: CliticSegmenter, normalizer: ArabicNormalizer) {
        let tokenizer = Tokenizer()
        for written in sentence {
            let scalars = Array(written.text.unicodeScalars)
            let found = tokenizer.tokenize(scalars)
            // Gold words that are Arabic words, in order; punctuation words are dropped.
            let goldWords = written.words.filter { word in word.unicodeScalars.contains { ArabicScalar.isArabicLetter($0.value) } }
            let wordTokens = found.filter { $0.kind == .word }
            guard wordTokens.count == 1, !goldWords.isEmpty else {
                if !wordTokens.isEmpty { skipped += wordTokens.count }
                continue
            }
            let token = wordTokens[0]
            let whole = normalizer.key(scalars[token.range])
            let gold = goldWords.map { normalizer.key($0) }
            var ours: [String] = []
            var previous: CliticSegment.Kind? = nil
            for segment in segmenter.segment(token, in: scalars) {
                var form = normalizer.key(scalars[segment.span.range])
                if segment.kind == .stem, previous == .article, let article = ours.popLast() {
                    // UD keeps the article inside the word: للسلطة is ل + لسلطة.
                    form = article + form
                }
                ours.append(form)
                previous = segment.kind
            }
            do {
                words += 1
                if gold == ours { correct += 1 } else if examples.count < 50 { examples.append((whole, gold, ours)) }
                if gold.count > 1 { goldSplit += 1 }
                if ours.count > 1 { predictedSplit += 1 }
                if gold == [whole] { baselineCorrect += 1 }
            }
        }
    }
}
