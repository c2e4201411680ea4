/// Document-level features of the two-stage tagger (Krishnan & Manning 2006): what the first
/// stage said about the same word, the same stem and the same phrase elsewhere in the document.
///
/// ```swift
/// // keys[s][i]: the word and stem of token i of sentence s; first[s]: stage-1 tags of s;
/// // confidence[s][i]: the bucket of its stage-1 margin (confidence(_:))
/// let features = DocumentFeatures(window: 20).features(keys: keys, tags: first, confidence: confidence)
/// // features[s][i]: hashed features of token i of sentence s (weights in the model's table);
/// // the tagger calls forEach(keys:tags:starts:_:) and reads DocumentWeights instead
/// ```
///
/// A token's document is the sentences within ``window`` of its own (ANERcorp has no article
/// marks; ``NERTagger/tag(tokens:in:)`` passes one article, so there the whole article), the
/// token itself left out. Per token with letters:
/// - the commonest stage-1 tag of the same `.aggressive` form, whether all agree, how many;
/// - the same for its key (the segment stem, which leaves و ب ل ك ال and pronouns aside);
/// - each entity type its key was tagged with, with the share of its occurrences;
/// - the longest phrase of two to five keys tagged as an entity elsewhere that covers the token
///   (first or inside × the commonest type): a gazetteer built from the document;
/// - each of these with the token's own first-stage confidence.
/// The counts of the window are kept as it slides (a sentence is added once and removed once).
/// - Complexity: O(n · p) for n tokens, p the longest phrase (5).
struct DocumentFeatures {
    /// The two hashes a token is known by (0 for tokens without letters).
    struct Keys: Sendable {
        var form: UInt64
        var key: UInt64

        init(form: UInt64, key: UInt64) { self.form = form; self.key = key }

        init(_ t: WordFacts) {
            let letters = t.shape == TokenAnalysis.Shape.arabic.rawValue || t.shape == TokenAnalysis.Shape.latin.rawValue
            form = letters ? t.aggressive : 0
            key = letters ? (t.segmentStem != 0 ? t.segmentStem : t.aggressive) : 0
        }
    }

    /// Sentences either side of a sentence that make its document.
    let window: Int
    /// The window of ``NERTagger``: wider than most ANERcorp articles.
    static let defaultWindow = 20
    /// The longest phrase counted.
    static let longestPhrase = 5

    /// Stage-1 tag counts (9 a key) of the keys in the window.
    private struct Counts {
        var index = HashMap64(capacity: 64)
        var counts: [Int32] = []

        @inline(__always)
        mutating func add(_ key: UInt64, _ tag: Int, _ delta: Int32) {
            let i: Int
            if let known = index[key] { i = Int(known) } else {
                i = counts.count / NERTag.count
                index.merge(key, UInt32(i)) { old, _ in old }
                counts.append(contentsOf: repeatElement(0, count: NERTag.count))
            }
            counts[i * NERTag.count + tag] += delta
        }

        @inline(__always)
        func row(_ key: UInt64) -> Int? { index[key].map(Int.init) }
    }

    /// A phrase tagged as one entity by stage 1: its token range (in the flat arrays) and
    /// type (1 … 4).
    private struct Chunk { var start: Int; var end: Int; var type: Int }

    /// The chunks of the tags `tags[range]`.
    private static func chunks(_ tags: [UInt8], _ range: Range<Int>, into result: inout [Chunk]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let t = Int(tags[i])
            if t != 0 {
                let type = (t + 1) / 2
                var j = i + 1
                while j < range.upperBound, Int(tags[j]) == 2 * type { j += 1 }
                result.append(Chunk(start: i, end: j, type: type))
                i = j
            } else {
                i += 1
            }
        }
    }

    @inline(__always)
    private static func phraseStep(_ h: UInt64, _ key: UInt64) -> UInt64 { FeatureHash.mix(h ^ key) }
    private static let phraseSeed: UInt64 = 0x5DEE_CE66_D1CE_4E5B

    /// The features of every token, as hashes: `result[s][i]` for token i of sentence s, each
    /// feature alone and with the token's first-stage confidence (``confidence(_:)``).
    func features(keys: [[Keys]], tags: [[Int]], confidence: [[UInt8]]) -> [[[UInt64]]] {
        var starts = [0]
        for k in keys { starts.append(starts.last! + k.count) }
        var result = keys.map { [[UInt64]](repeating: [], count: $0.count) }
        var sentence = 0
        forEach(keys: keys.flatMap { $0 }, tags: tags.flatMap { $0.map(UInt8.init) }, starts: starts) { token, template, value in
            while starts[sentence + 1] <= token { sentence += 1 }
            let i = token - starts[sentence]
            let f = FeatureHash.feature(template, value)
            result[sentence][i].append(f)
            result[sentence][i].append(FeatureHash.feature(.documentConfidence, f, UInt64(confidence[sentence][i])))
        }
        return result
    }

    /// Calls `body(token, template, value)` for each document feature of each token, in token
    /// order. Tokens are numbered across sentences; sentence s is `starts[s] ..< starts[s + 1]`.
    func forEach(keys: [Keys], tags: [UInt8], starts: [Int], _ body: (Int, FeatureTemplate, UInt64) -> Void) {
        let count = starts.count - 1
        guard count > 0 else { return }
        var chunks: [Chunk] = []
        var chunkStart = [0]
        for s in 0 ..< count {
            Self.chunks(tags, starts[s] ..< starts[s + 1], into: &chunks)
            chunkStart.append(chunks.count)
        }
        var forms = Counts(), stems = Counts()
        // Phrases (2+ keys) tagged as entities: type counts, and the counts of their prefixes.
        var phrases = Counts(), prefixes = Counts()

        func apply(_ s: Int, _ delta: Int32) {
            for j in starts[s] ..< starts[s + 1] where keys[j].key != 0 {
                forms.add(keys[j].form, Int(tags[j]), delta)
                stems.add(keys[j].key, Int(tags[j]), delta)
            }
            for c in chunks[chunkStart[s] ..< chunkStart[s + 1]] where c.end - c.start >= 2 && c.end - c.start <= Self.longestPhrase {
                var h = Self.phraseSeed
                for j in c.start ..< c.end {
                    h = Self.phraseStep(h, keys[j].key)
                    if j + 1 < c.end { prefixes.add(h, 0, delta) }
                }
                phrases.add(h, c.type, delta)
            }
        }

        var low = 0, high = 0  // sentences low ..< high are counted
        var c = [Int32](repeating: 0, count: NERTag.count)
        for s in 0 ..< count {
            while high < min(count, s + window + 1) { apply(high, 1); high += 1 }
            while low < s - window { apply(low, -1); low += 1 }
            c.withUnsafeMutableBufferPointer { c in
                sentenceFeatures(starts[s] ..< starts[s + 1], keys, tags, chunks[chunkStart[s] ..< chunkStart[s + 1]],
                                 forms, stems, phrases, prefixes, c, body)
            }
        }
    }

    private func sentenceFeatures(_ range: Range<Int>, _ keys: [Keys], _ tags: [UInt8], _ own: ArraySlice<Chunk>,
                                  _ forms: Counts, _ stems: Counts, _ phrases: Counts, _ prefixes: Counts,
                                  _ c: UnsafeMutableBufferPointer<Int32>, _ body: (Int, FeatureTemplate, UInt64) -> Void) {
        let k = NERTag.count
        func load(_ counts: Counts, _ r: Int) { for t in 0 ..< k { c[t] = counts.counts[r * k + t] } }
        // The longest phrase over each token, left to right without overlaps: (first, end, type).
        var phraseOf: (start: Int, end: Int, type: Int) = (0, 0, 0)
        var next = range.lowerBound  // the first token a phrase may start at
        for i in range {
            guard keys[i].key != 0 else { continue }
            // Counts of the other occurrences (the token's own stage-1 tag taken away).
            if let r = forms.row(keys[i].form) {
                load(forms, r)
                c[Int(tags[i])] -= 1
                if let v = Self.majority(UnsafeBufferPointer(c)) { body(i, .documentForm, v) }
            }
            if let r = stems.row(keys[i].key) {
                load(stems, r)
                c[Int(tags[i])] -= 1
                if let v = Self.majority(UnsafeBufferPointer(c)) { body(i, .documentKey, v) }
                var total: Int32 = 0
                for t in 0 ..< k { total += c[t] }
                if total > 0 {
                    for type in 1 ... 4 {
                        let e = c[2 * type - 1] + c[2 * type]
                        guard e > 0 else { continue }
                        let share: UInt64 = 2 * e < total ? 0 : e < total ? 1 : 2
                        body(i, .documentEntity, UInt64(type) | share << 3)
                    }
                }
            }
            if i >= next {
                var h = Self.phraseSeed, best = 0, bestType = 0
                var j = i
                while j < range.upperBound, j - i < Self.longestPhrase, keys[j].key != 0 {
                    h = Self.phraseStep(h, keys[j].key)
                    j += 1
                    if j - i >= 2, let r = phrases.row(h) {
                        load(phrases, r)
                        for o in own where o.start == i && o.end == j { c[o.type] -= 1 }
                        var type = 0
                        for t in 1 ... 4 where c[t] > 0 && (type == 0 || c[t] > c[type]) { type = t }
                        if type != 0 { best = j - i; bestType = type }
                    }
                    guard let p = prefixes.row(h), prefixes.counts[p * k] > 0 else { break }
                }
                if best >= 2 {
                    phraseOf = (i, i + best, bestType)
                    next = i + best
                }
            }
            if i < phraseOf.end, i >= phraseOf.start {
                body(i, .documentPhrase, UInt64(phraseOf.type) | (i == phraseOf.start ? 0x10 : 0x20))
            }
        }
    }

    /// The confidence bucket of a first-stage margin (perceptron units): on ANERcorp's dev split,
    /// tokens with margins under 20 are wrong 42 % of the time, 20–40 21 %, over 40 1 %.
    static func confidence(_ margin: Float) -> UInt8 {
        margin < 10 ? 0 : margin < 20 ? 1 : margin < 40 ? 2 : 3
    }

    /// The commonest tag of `c` (ties to the lower index), whether all agree, and how many
    /// there are (1, 2, 3+), packed; `nil` when there are none.
    static func majority(_ c: [Int32]) -> UInt64? {
        c.withUnsafeBufferPointer { majority($0) }
    }

    @inline(__always)
    static func majority(_ c: UnsafeBufferPointer<Int32>) -> UInt64? {
        var total: Int32 = 0
        for x in c { total += x }
        guard total > 0 else { return nil }
        var best = 0
        for t in 1 ..< c.count where c[t] > c[best] { best = t }
        let unanimous: UInt64 = c[best] == total ? 1 : 0
        return UInt64(best) | unanimous << 4 | UInt64(min(total, 3)) << 5
    }
}
