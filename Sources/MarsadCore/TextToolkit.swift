public import MarsadText

/// The text-layer tools a ``Document`` is built with, created once and shared.
public struct TextToolkit: Sendable {
    public let normalizer: ArabicNormalizer
    public let tokenizer: Tokenizer
    public let sentenceSplitter: SentenceSplitter
    public let cliticSegmenter: CliticSegmenter
    public let monthNames: MonthNames

    public init(
        normalizer: ArabicNormalizer = ArabicNormalizer(options: .matching),
        tokenizer: Tokenizer = Tokenizer(),
        sentenceSplitter: SentenceSplitter? = nil,
        cliticSegmenter: CliticSegmenter? = nil,
        monthNames: MonthNames? = nil
    ) {
        self.normalizer = normalizer
        self.tokenizer = tokenizer
        self.sentenceSplitter = sentenceSplitter ?? SentenceSplitter(normalizer: normalizer)
        self.cliticSegmenter = cliticSegmenter ?? CliticSegmenter(normalizer: normalizer)
        self.monthNames = monthNames ?? MonthNames(normalizer: normalizer)
    }
}
