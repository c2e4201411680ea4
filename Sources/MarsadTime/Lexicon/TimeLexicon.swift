public import MarsadText

/// The words the time grammar reads, loaded once from `Resources/*.tsv`, CLDR month and weekday
/// names (``MonthNames``) and the number words (``ArabicNumberReader``), and packed into one
/// ``PackedWordTable`` so that classifying a token is one hash lookup (with up to three more for
/// its proclitics).
///
/// ## Topics
/// - ``TimeWord``
/// - ``Phrase``
public final class TimeLexicon: Sendable {
    public let packer: WordPacker
    public let numbers: ArabicNumberReader
    public let monthNames: MonthNames
    /// Reads month names of one or two words, with a second tradition after `/` or in brackets.
    public let dates: ExplicitDateReader
    /// Every word with a role.
    public let words: PackedWordTable<TimeWord>
    /// Multi-word phrases by their first word, longest first.
    public let phrases: PackedWordTable<[Phrase]>
    /// The Umm al-Qura calendar as a table.
    public let hijri: HijriTable
    /// Word beginnings that are never future verbs (سياس…, سيطر…).
    let notFuturePrefixes: [PackedWord]
    /// و standing alone, and على: read by the grammar where they join or follow numbers.
    let conjunction: PackedWord
    let on: PackedWord

    /// Loads the lexicon.
    /// - Throws: ``TimeError/resource(file:line:reason:)`` for a missing or malformed file.
    public init(monthNames: MonthNames, normalizer: ArabicNormalizer, packer: WordPacker = WordPacker()) throws {
        self.packer = packer
        do {
            self.numbers = try ArabicNumberReader(packer: packer)
        } catch {
            throw TimeError.resource(file: "number-words.tsv", line: 0, reason: "\(error)")
        }
        self.monthNames = monthNames
        self.dates = ExplicitDateReader(monthNames: monthNames, normalizer: normalizer)
        var builder = Builder(packer: packer)
        try builder.load(monthNames: monthNames, numbers: numbers)
        self.words = PackedWordTable(builder.words.map { key, value in
            var word = value
            word.starters = Starters(word)
            return (key, word)
        })
        var byFirst: [PackedWord: [Phrase]] = [:]
        for phrase in builder.phrases { byFirst[phrase.words[0], default: []].append(phrase) }
        self.phrases = PackedWordTable(byFirst.map { ($0.key, $0.value.sorted { $0.words.count > $1.words.count }) })
        self.notFuturePrefixes = builder.notFuturePrefixes
        self.hijri = HijriTable()
        self.conjunction = packer.pack("و")!
        self.on = packer.pack("على")!
    }

    /// Whether a packed word begins with a listed non-verb beginning.
    func hasNotFuturePrefix(_ word: PackedWord) -> Bool {
        for prefix in notFuturePrefixes where prefix.count <= word.count {
            let mask: UInt64 = prefix.count >= 10 ? ~0 : (1 << UInt64(6 * prefix.count)) - 1
            if word.rawValue & mask == prefix.rawValue { return true }
        }
        return false
    }
}
