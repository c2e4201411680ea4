import MarsadText

/// One way to read a token for a lexicon lookup: the folded word without some proclitics.
struct TokenReading: Sendable {
    /// Hash of the folded letters (with ا prepended when the article is restored).
    let hash: UInt64
    /// The interned lexicon word, or -1 when no lexicon phrase uses it.
    let wordID: Int32
    /// Where the reading starts in the original text (after the proclitics it drops).
    let start: Int32
    /// How many proclitic letters it drops: 0 for the whole word.
    let dropped: Int8
}

/// The readings of every token of a document, computed once: the whole word, then without و/ف,
/// then without a following (or leading) ب/ل/ك — the readings of
/// `CliticSegmenter.stemCandidates`, computed without allocating per token. For لل the reading
/// starts after the first ل and is looked up both as ال… (للأمم → الأمم) and as written
/// (للواء → لواء).
///
/// ```swift
/// // وبباكو → وبباكو, بباكو, باكو;  للأمم → للأمم, [ال]أمم, لأمم;  روسيا → روسيا
/// ```
/// - Complexity: O(n) in the number of scalars, one hash probe per reading.
struct TokenReadings {
    private(set) var readings: [TokenReading] = []
    /// Token `i` has readings `offsets[i] ..< offsets[i + 1]`; the first is the whole word.
    private(set) var offsets: [Int32] = []
    /// Whether the token's last original letter is ه (U+0647), a pronoun suffix's letter (not ة).
    private(set) var endsWithHeh: [Bool] = []

    init(tokens: [Token], scalars: [Unicode.Scalar], trie: PhraseTrie, folder: WordFolder) {
        readings.reserveCapacity(tokens.count * 2)
        offsets.reserveCapacity(tokens.count + 1)
        endsWithHeh.reserveCapacity(tokens.count)
        var letters: [UInt32] = [], starts: [Int32] = []
        letters.reserveCapacity(32); starts.reserveCapacity(32)
        let normalizer = folder.normalizer
        for token in tokens {
            offsets.append(Int32(readings.count))
            letters.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            var lastLetter: UInt32 = 0
            for i in token.range {
                if let m = normalizer.map(scalars[i]) {
                    letters.append(m.value)
                    starts.append(Int32(i))
                    if ArabicScalar.isArabicLetter(scalars[i].value) { lastLetter = scalars[i].value }
                }
            }
            endsWithHeh.append(lastLetter == 0x0647)
            guard !letters.isEmpty else {
                readings.append(TokenReading(hash: 0, wordID: -1, start: Int32(token.start), dropped: 0))
                continue
            }
            func add(from p: Int, alef: Bool) {
                let slice = letters[p...]
                let hash = WordFolder.hash(slice, leadingAlef: alef)
                let id = trie.wordID(hash: hash, letters: slice, leadingAlef: alef) ?? -1
                readings.append(TokenReading(hash: hash, wordID: id, start: p == 0 ? Int32(token.start) : starts[p], dropped: Int8(p)))
            }
            add(from: 0, alef: false)
            guard token.kind == .word, letters.count >= 3 else { continue }
            var p = 0
            if letters[0] == 0x0648 || letters[0] == 0x0641 {  // و ف
                p = 1
                add(from: 1, alef: false)
            }
            if letters.count - p >= 3, letters[p] == 0x0628 || letters[p] == 0x0644 || letters[p] == 0x0643 {  // ب ل ك
                if letters[p] == 0x0644, letters[p + 1] == 0x0644 {  // لل: ل + the article
                    add(from: p + 1, alef: true)
                }
                add(from: p + 1, alef: false)
            }
        }
        offsets.append(Int32(readings.count))
    }

    /// The readings of token `i`, the whole word first.
    func of(_ i: Int) -> ArraySlice<TokenReading> { readings[Int(offsets[i]) ..< Int(offsets[i + 1])] }

    /// The whole-word reading of token `i`.
    func whole(_ i: Int) -> TokenReading { readings[Int(offsets[i])] }
}
