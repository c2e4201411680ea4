import Foundation

/// Forward-backward for a first-order linear-chain CRF over the nine BIO tags, with the BIO
/// constraints of ``Viterbi`` (an `I-X` only after `B-X` or `I-X`, never first).
///
/// Scores are real numbers in the layout of the tagger: emissions `n × 9` (token-major) and
/// transitions `10 × 9` (row 0 for the sentence start, row `p + 1` for previous tag `p`). The
/// probability of a tag sequence `y` is `exp(score(y)) / Z`, where `Z` sums over the allowed
/// sequences only.
///
/// ```swift
/// let m = LinearChainCRF.marginals(emissions: e, transitions: t, count: n)
/// m.tag(2, 0)                                     // P(tag of token 2 is O)
/// m.logZ - LinearChainCRF.score(of: gold, emissions: e, transitions: t)   // −log P(gold)
/// ```
///
/// The passes work on exponentiated scores scaled at each position (the largest emission of a
/// token is subtracted before `exp`, each forward column is normalized), so long sentences and
/// large weights neither overflow nor underflow; `logZ` adds the logs of the scales back.
/// - Complexity: O(n · 81) time, O(n · 9) space.
enum LinearChainCRF {
    static let k = NERTag.count

    /// The result of forward-backward on one sentence.
    struct Marginals {
        /// log Z, the log of the sum over allowed sequences of `exp(score)`.
        var logZ: Double
        /// `P(y_i = c)`, `n × 9`.
        var tags: [Double]
        /// Expected transition counts `Σ_i P(y_{i-1} = p, y_i = c)`, in the transitions'
        /// layout (row 0: `P(y_0 = c)`).
        var transitions: [Double]

        func tag(_ i: Int, _ c: Int) -> Double { tags[i * LinearChainCRF.k + c] }
    }

    /// The score of `tags` (emissions plus transitions); `-infinity` when the sequence breaks
    /// the BIO constraints.
    static func score(of tags: [Int], emissions e: [Double], transitions t: [Double]) -> Double {
        var s = 0.0, previous = -1
        for (i, c) in tags.enumerated() {
            guard Viterbi.allowed[(previous + 1) * k + c] else { return -.infinity }
            s += t[(previous + 1) * k + c] + e[i * k + c]
            previous = c
        }
        return s
    }

    /// Forward-backward: log Z, the tag marginals and the expected transition counts.
    static func marginals(emissions e: [Double], transitions t: [Double], count n: Int) -> Marginals {
        guard n > 0 else { return Marginals(logZ: 0, tags: [], transitions: [Double](repeating: 0, count: (k + 1) * k)) }
        // Transition potentials, 0 where BIO forbids the pair.
        var tp = [Double](repeating: 0, count: (k + 1) * k)
        for i in tp.indices where Viterbi.allowed[i] { tp[i] = exp(t[i]) }
        // Emission potentials, each token's scaled by its largest score.
        var psi = [Double](repeating: 0, count: n * k)
        var logZ = 0.0
        for i in 0 ..< n {
            var top = -Double.infinity
            for c in 0 ..< k { top = max(top, e[i * k + c]) }
            for c in 0 ..< k { psi[i * k + c] = exp(e[i * k + c] - top) }
            logZ += top
        }
        // Forward, each column normalized to sum 1 (its sum kept in `scale`).
        var alpha = [Double](repeating: 0, count: n * k), scale = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            var sum = 0.0
            for c in 0 ..< k {
                var a = 0.0
                if i == 0 {
                    a = tp[c]
                } else {
                    for p in 0 ..< k { a += alpha[(i - 1) * k + p] * tp[(p + 1) * k + c] }
                }
                a *= psi[i * k + c]
                alpha[i * k + c] = a
                sum += a
            }
            scale[i] = sum
            for c in 0 ..< k { alpha[i * k + c] /= sum }
            logZ += log(sum)
        }
        // Backward, scaled by the same sums, so that alpha · beta is the marginal.
        var beta = [Double](repeating: 0, count: n * k)
        for c in 0 ..< k { beta[(n - 1) * k + c] = 1 }
        if n > 1 {
            for i in stride(from: n - 2, through: 0, by: -1) {
                for p in 0 ..< k {
                    var b = 0.0
                    for c in 0 ..< k { b += tp[(p + 1) * k + c] * psi[(i + 1) * k + c] * beta[(i + 1) * k + c] }
                    beta[i * k + p] = b / scale[i + 1]
                }
            }
        }
        var tags = [Double](repeating: 0, count: n * k)
        for i in 0 ..< n * k { tags[i] = alpha[i] * beta[i] }
        var pairs = [Double](repeating: 0, count: (k + 1) * k)
        for c in 0 ..< k { pairs[c] = tags[c] }
        if n > 1 {
            for i in 1 ..< n {
                for p in 0 ..< k {
                    let a = alpha[(i - 1) * k + p] / scale[i]
                    guard a > 0 else { continue }
                    for c in 0 ..< k {
                        pairs[(p + 1) * k + c] += a * tp[(p + 1) * k + c] * psi[i * k + c] * beta[i * k + c]
                    }
                }
            }
        }
        return Marginals(logZ: logZ, tags: tags, transitions: pairs)
    }
}

extension LinearChainCRF {
    /// The best allowed sequence under real-valued scores (first-order Viterbi; ties go to the
    /// lower tag index), for learners whose weights are not whole numbers.
    static func best(emissions e: [Double], transitions t: [Double], count n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var delta = [Double](repeating: -.infinity, count: n * k), back = [Int](repeating: 0, count: n * k)
        for c in 0 ..< k where Viterbi.allowed[c] { delta[c] = t[c] + e[c] }
        if n > 1 {
            for i in 1 ..< n {
                for c in 0 ..< k {
                    var top = -Double.infinity, arg = 0
                    for p in 0 ..< k where Viterbi.allowed[(p + 1) * k + c] {
                        let s = delta[(i - 1) * k + p] + t[(p + 1) * k + c]
                        if s > top { top = s; arg = p }
                    }
                    delta[i * k + c] = top + e[i * k + c]
                    back[i * k + c] = arg
                }
            }
        }
        var tags = [Int](repeating: 0, count: n)
        for c in 1 ..< k where delta[(n - 1) * k + c] > delta[(n - 1) * k + tags[n - 1]] { tags[n - 1] = c }
        if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = back[i * k + tags[i]] } }
        return tags
    }
}

extension LinearChainCRF {
    /// `tags` with each `I-X` that may not follow its previous tag read as `B-X`, as conlleval
    /// reads it (ANERcorp's train.txt has 12 such tags): under the BIO constraints the CRF gives
    /// an ill-formed sequence probability 0, and its log-likelihood would be −∞.
    static func wellFormed(_ tags: [Int]) -> [Int] {
        var result = tags, previous = -1
        for (i, c) in tags.enumerated() {
            if !Viterbi.allowed[(previous + 1) * k + c] { result[i] = c - 1 }  // I-X (even) → B-X
            previous = result[i]
        }
        return result
    }
}
