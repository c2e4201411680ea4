/// The best tag sequence under a first-order model, with well-formed BIO (an `I-X` only after
/// `B-X` or `I-X`).
///
/// Scores are integers (the model's quantized weights, or a perceptron's whole-number weights in
/// training): emissions `n × 9` (token-major), transitions `10 × 9` with row 0 for the sentence
/// start and row `p + 1` for previous tag `p`. Integer sums are exact, so the result does not
/// depend on the order of additions. Ties go to the lower tag index.
/// - Complexity: O(n · 81) time, O(n · 9) space.
enum Viterbi {
    /// Whether tag `current` may follow `previous` (-1: sentence start).
    static let allowed: [Bool] = {
        var a = [Bool](repeating: true, count: (NERTag.count + 1) * NERTag.count)
        for p in -1 ..< NERTag.count {
            for c in 0 ..< NERTag.count {
                a[(p + 1) * NERTag.count + c] = NERTag(index: c).mayFollow(p < 0 ? nil : NERTag(index: p))
            }
        }
        return a
    }()

    /// The score of an impossible path (an `I-X` at the sentence start): far below any real
    /// score, and far enough above `Int64.min` that sums with it cannot overflow.
    static let impossible = Int64.min / 4

    /// The best path, and when `margins` is set, each position's max-marginal margin: the best
    /// path's score minus the best score of a path with another tag at that position (`nil`
    /// when no other tag is possible there).
    static func decode(emissions e: UnsafeBufferPointer<Int64>, transitions: UnsafeBufferPointer<Int64>, count n: Int,
                       margins: Bool = false) -> (tags: [Int], margins: [Int64?]) {
        let k = NERTag.count
        precondition(k == 9, "forward(_:_:_:delta:back:) assumes the nine BIO tags")
        guard n > 0 else { return ([], []) }
        return withUnsafeTemporaryAllocation(of: Int64.self, capacity: (k + 1) * k) { tr in
            // Disallowed transitions cost `impossible`, so that no path takes them and the loops
            // need no test (there is always an allowed predecessor: O and B-X follow anything,
            // I-X follows B-X).
            Self.allowed.withUnsafeBufferPointer { allowed in
                for i in 0 ..< (k + 1) * k { tr[i] = allowed[i] ? transitions[i] : impossible }
            }
            return withUnsafeTemporaryAllocation(of: Int64.self, capacity: n * k) { delta in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * k) { back in
                    forward(e, UnsafeBufferPointer(tr), n, delta: delta, back: back)
                    var tags = [Int](repeating: 0, count: n)
                    var best = delta[(n - 1) * k]
                    for c in 1 ..< k where delta[(n - 1) * k + c] > best { best = delta[(n - 1) * k + c]; tags[n - 1] = c }
                    if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = Int(back[i * k + tags[i]]) } }
                    guard margins else { return (tags, []) }
                    return (tags, Self.margins(e, UnsafeBufferPointer(tr), n, delta: delta, best: best, tags: tags))
                }
            }
        }
    }

    /// The forward pass: `delta[i][c]`, the best score of a path ending in tag `c` at `i`, and
    /// `back[i][c]`, the tag before it on that path. `O` and `B-X` may follow any tag; `I-X`
    /// (the even indices from 2) only `B-X` (the index before) or `I-X`. Previous tags are tried
    /// in increasing order, a later one winning only when strictly better (ties go to the lower
    /// index).
    @inline(__always)
    static func forward(_ e: UnsafeBufferPointer<Int64>, _ tr: UnsafeBufferPointer<Int64>, _ n: Int,
                        delta: UnsafeMutableBufferPointer<Int64>, back: UnsafeMutableBufferPointer<UInt8>) {
        let k = 9  // NERTag.count, checked by the caller
        let t = tr.baseAddress!, em = e.baseAddress!, out = delta.baseAddress!, from = back.baseAddress!
        for c in 0 ..< k { out[c] = t[c] &+ em[c] }
        // Scores stay far from the limits of Int64 (see `impossible`): the additions wrap
        // without checks.
        @inline(__always) func any(_ d: UnsafeMutablePointer<Int64>, _ b: Int, _ current: Int) {
            // O and B-X (b): after any tag.
            var best = d[0] &+ t[k + b], arg = 0
            for p in 1 ..< k {
                let s = d[p] &+ t[(p + 1) &* k &+ b]
                if s > best { best = s; arg = p }
            }
            out[current &+ b] = best &+ em[current &+ b]
            from[current &+ b] = UInt8(truncatingIfNeeded: arg)
        }
        @inline(__always) func inside(_ d: UnsafeMutablePointer<Int64>, _ c: Int, _ current: Int) {
            // I-X (c): after B-X (c - 1) or I-X.
            let enter = d[c - 1] &+ t[c &* k &+ c], stay = d[c] &+ t[(c + 1) &* k &+ c]
            out[current &+ c] = (stay > enter ? stay : enter) &+ em[current &+ c]
            from[current &+ c] = UInt8(truncatingIfNeeded: stay > enter ? c : c - 1)
        }
        for i in 1 ..< n {
            let d = out + (i - 1) * k, current = i * k
            any(d, 0, current)
            any(d, 1, current); inside(d, 2, current)
            any(d, 3, current); inside(d, 4, current)
            any(d, 5, current); inside(d, 6, current)
            any(d, 7, current); inside(d, 8, current)
        }
    }

    /// Max-marginal margins from the forward scores `delta`, with a backward pass.
    static func margins(_ e: UnsafeBufferPointer<Int64>, _ tr: UnsafeBufferPointer<Int64>, _ n: Int,
                        delta: UnsafeMutableBufferPointer<Int64>, best: Int64, tags: [Int]) -> [Int64?] {
        let k = NERTag.count
        // beta[i][c]: the best score of the positions after i given tag c at i (always finite:
        // O may follow anything).
        return withUnsafeTemporaryAllocation(of: Int64.self, capacity: n * k) { beta in
            for c in 0 ..< k { beta[(n - 1) * k + c] = 0 }
            if n > 1 {
                for i in stride(from: n - 2, through: 0, by: -1) {
                    for c in 0 ..< k {
                        var b = Int64.min
                        for x in 0 ..< k { b = max(b, tr[(c + 1) * k + x] + e[(i + 1) * k + x] + beta[(i + 1) * k + x]) }
                        beta[i * k + c] = b
                    }
                }
            }
            var result = [Int64?](repeating: nil, count: n)
            for i in 0 ..< n {
                var other: Int64? = nil
                for c in 0 ..< k where c != tags[i] && delta[i * k + c] > impossible / 2 {
                    other = max(other ?? Int64.min, delta[i * k + c] + beta[i * k + c])
                }
                result[i] = other.map { best - $0 }
            }
            return result
        }
    }

    /// ``decode(emissions:transitions:count:margins:)`` on arrays.
    static func decode(emissions: [Int64], transitions: [Int64], count n: Int, margins: Bool = false) -> (tags: [Int], margins: [Int64?]) {
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { decode(emissions: e, transitions: $0, count: n, margins: margins) }
        }
    }
}
