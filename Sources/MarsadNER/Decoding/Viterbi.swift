/// The best tag sequence under a first-order model, with well-formed BIO (an `I-X` only after
/// `B-X` or `I-X`).
///
/// Scores are doubles: emission `n × 9` (token-major), transitions `10 × 9` with row 0 for the
/// sentence start and row `p + 1` for previous tag `p`. Ties go to the lower tag index.
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

    /// The best path, and when `margins` is set, each position's max-marginal margin: the best
    /// path's score minus the best score of a path with another tag at that position.
    static func decode(emissions e: [Double], transitions tr: [Double], count n: Int, margins: Bool = false) -> (tags: [Int], margins: [Double]) {
        let k = NERTag.count
        guard n > 0 else { return ([], []) }
        var delta = [Double](repeating: -.infinity, count: n * k)
        var back = [Int8](repeating: 0, count: n * k)
        for c in 0 ..< k where allowed[c] { delta[c] = tr[c] + e[c] }
        for i in 1 ..< n {
            for c in 0 ..< k {
                var best = -Double.infinity, arg = 0
                for p in 0 ..< k where allowed[(p + 1) * k + c] {
                    let s = delta[(i - 1) * k + p] + tr[(p + 1) * k + c]
                    if s > best { best = s; arg = p }
                }
                delta[i * k + c] = best + e[i * k + c]
                back[i * k + c] = Int8(arg)
            }
        }
        var tags = [Int](repeating: 0, count: n)
        var best = -Double.infinity
        for c in 0 ..< k where delta[(n - 1) * k + c] > best { best = delta[(n - 1) * k + c]; tags[n - 1] = c }
        if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = Int(back[i * k + tags[i]]) } }
        guard margins else { return (tags, []) }

        // Backward max scores: beta[i][c] = best score of positions after i given tag c at i.
        var beta = [Double](repeating: 0, count: n * k)
        if n > 1 {
            for i in stride(from: n - 2, through: 0, by: -1) {
                for c in 0 ..< k {
                    var b = -Double.infinity
                    for x in 0 ..< k where allowed[(c + 1) * k + x] {
                        b = max(b, tr[(c + 1) * k + x] + e[(i + 1) * k + x] + beta[(i + 1) * k + x])
                    }
                    beta[i * k + c] = b
                }
            }
        }
        var result = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            var other = -Double.infinity
            for c in 0 ..< k where c != tags[i] { other = max(other, delta[i * k + c] + beta[i * k + c]) }
            result[i] = other == -.infinity ? .infinity : best - other
        }
        return (tags, result)
    }
}
