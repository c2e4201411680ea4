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
    /// The word's flags (none when it is not a lexicon word).
    let flags: WordFlags

    func has(_ flag: WordFlags) -> Bool { flags.contains(flag) }
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
    /// The union of the trie flags of each token's readings: most tokens have none, so a pass
    /// looking for one flag skips them without reading their readings.
    private(set) var anyFlags: [WordFlags] = []

    init(tokens: [Token], scalars: [Unicode.Scalar], trie: PhraseTrie, folder: WordFolder) {
        readings.reserveCapacity(tokens.count * 2)
        offsets.reserveCapacity(tokens.count + 1)
        endsWithHeh.reserveCapacity(tokens.count)
        let capacity = 64
        let letters = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: capacity)
        let starts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity)
        defer { letters.deallocate(); starts.deallocate(); hashes.deallocate() }
        scalars.withUnsafeBufferPointer { scalars in
            folder.table.withUnsafeBufferPointer { table in
                for token in tokens {
                    offsets.append(Int32(readings.count))
                    var n = 0
                    var lastLetter: UInt32 = 0
                    for i in token.range where n < capacity {
                        let s = scalars[i].value
                        let v = s < 0x10000 ? table[Int(s)] : s
                        if v != WordFolder.dropped {
                            letters[n] = v
                            starts[n] = Int32(i)
                            n += 1
                            lastLetter = s
                        }
                    }
                    endsWithHeh.append(lastLetter == 0x0647)
                    guard n > 0 else {
                        readings.append(TokenReading(hash: 0, wordID: -1, start: Int32(token.start), dropped: 0, flags: []))
                        continue
                    }
                    WordFolder.suffixHashes(letters, count: n, into: hashes)
                    let all = UnsafeBufferPointer(rebasing: letters[0 ..< n])
                    append(all, from: 0, hash: hashes[0], alef: false, start: Int32(token.start), trie: trie)
                    guard token.kind == .word, n >= 3 else { continue }
                    var p = 0
                    if letters[0] == 0x0648 || letters[0] == 0x0641 {  // و ف
                        p = 1
                        append(all, from: 1, hash: hashes[1], alef: false, start: starts[1], trie: trie)
                    }
                    let c = letters[p]
                    if n - p >= 3, c == 0x0628 || c == 0x0644 || c == 0x0643 {  // ب ل ك
                        if c == 0x0644, letters[p + 1] == 0x0644 {  // لل: ل + the article
                            append(all, from: p + 1, hash: WordFolder.withLeadingAlef(hashes[p + 1]), alef: true,
                                   start: starts[p + 1], trie: trie)
                        }
                        append(all, from: p + 1, hash: hashes[p + 1], alef: false, start: starts[p + 1], trie: trie)
                    }
                }
            }
        }
        offsets.append(Int32(readings.count))
        anyFlags.reserveCapacity(tokens.count)
        for i in tokens.indices {
            var union: WordFlags = []
            for r in Int(offsets[i]) ..< Int(offsets[i + 1]) { union.formUnion(readings[r].flags) }
            anyFlags.append(union)
        }
    }

    private mutating func append(_ letters: UnsafeBufferPointer<UInt32>, from p: Int, hash: UInt64, alef: Bool, start: Int32,
                                 trie: PhraseTrie) {
        let id = trie.wordID(hash: hash) ?? -1
        readings.append(TokenReading(hash: hash, wordID: id, start: start, dropped: Int8(p), flags: id >= 0 ? trie.flags(ofWord: id) : []))
    }

    /// The indices in ``readings`` of token `i`'s readings.
    func indices(of i: Int) -> Range<Int> { Int(offsets[i]) ..< Int(offsets[i + 1]) }

    /// The readings of token `i`, the whole word first.
    func of(_ i: Int) -> ArraySlice<TokenReading> { readings[Int(offsets[i]) ..< Int(offsets[i + 1])] }

    /// The whole-word reading of token `i`.
    func whole(_ i: Int) -> TokenReading { readings[Int(offsets[i])] }

    /// The first reading of token `i` with one of `flags`, if any.
    func first(_ i: Int, with flags: WordFlags) -> TokenReading? {
        guard !anyFlags[i].isDisjoint(with: flags) else { return nil }
        for r in Int(offsets[i]) ..< Int(offsets[i + 1]) where !readings[r].flags.isDisjoint(with: flags) { return readings[r] }
        return nil
    }

    /// The reading of token `i` without a leading و/ف, if it has one.
    func withoutConjunction(_ i: Int, tokenStart: Unicode.Scalar) -> TokenReading? {
        guard tokenStart == "و" || tokenStart == "ف", offsets[i + 1] - offsets[i] > 1 else { return nil }
        let r = readings[Int(offsets[i]) + 1]
        return r.dropped == 1 ? r : nil
    }
}
