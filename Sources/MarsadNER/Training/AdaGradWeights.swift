import Foundation

/// Weights trained by AdaGrad (Duchi et al. 2011) on the L2-regularized conditional
/// log-likelihood, one sentence a step, with the L2 shrinkage applied lazily.
///
/// The objective of an epoch is `Σ_s −log P(y_s | x_s) + (λ/2)·‖w‖²`; each of the `N` sentence
/// steps takes `λ/N` of the regularizer. A coordinate's AdaGrad step size `η / √G` changes only
/// when the coordinate gets a gradient, so the steps in which a row gets none shrink it by the
/// same factor `(1 − η/√G · λ/N)` each: a row records the step it was last brought up to date
/// (`stamps`), and the factor is applied to the power of the steps missed when the row is next
/// touched, or at the end (``settle()``). The regularizer's own gradient does not go into `G`.
///
/// Layout as ``AveragedWeights``: rows `0 ... 9` are the transitions, feature rows follow.
struct AdaGradWeights {
    static let width = NERTag.count

    var weights: [Double]
    /// Sums of squared gradients, a coordinate.
    var squares: [Double]
    /// The step each row was last brought up to date.
    var stamps: [Int32]
    /// Steps taken so far.
    var time: Int32 = 0
    /// η, λ/N.
    let rate: Double
    let shrink: Double

    /// `rows` rows of zeros (or of `initial`), learning rate `rate`, L2 strength `l2` for a
    /// training set of `sentences` sentences.
    init(rows: Int, rate: Double, l2: Double, sentences: Int, initial: [Double]? = nil) {
        weights = initial ?? [Double](repeating: 0, count: rows * Self.width)
        squares = [Double](repeating: 0, count: rows * Self.width)
        stamps = [Int32](repeating: 0, count: rows)
        self.rate = rate
        self.shrink = l2 / Double(max(1, sentences))
    }

    /// AdaGrad's step size for coordinate `i` (`0` before its first gradient).
    @inline(__always)
    func step(_ i: Int) -> Double { squares[i] > 0 ? rate / squares[i].squareRoot() : 0 }

    /// Applies the shrinkage of the steps `row` missed.
    @inline(__always)
    mutating func catchUp(row: Int) {
        let missed = time - stamps[row]
        guard missed > 0 else { return }
        stamps[row] = time
        guard shrink > 0 else { return }
        for t in 0 ..< Self.width {
            let i = row * Self.width + t
            let factor = max(0, 1 - step(i) * shrink)
            weights[i] *= missed == 1 ? factor : pow(factor, Double(missed))
        }
    }

    /// One AdaGrad step on `row` with the log-likelihood gradient `gradient` (9 values, of the
    /// negative log-likelihood) plus the row's share of the regularizer. Call ``catchUp(row:)``
    /// first.
    @inline(__always)
    mutating func update(row: Int, gradient: UnsafePointer<Double>) {
        for t in 0 ..< Self.width {
            let i = row * Self.width + t
            let g = gradient[t] + shrink * weights[i]
            guard g != 0 else { continue }
            squares[i] += g * g
            weights[i] -= rate / squares[i].squareRoot() * g
        }
        stamps[row] = time + 1
    }

    /// Brings every row up to date (after the last step).
    mutating func settle() {
        for row in 0 ..< stamps.count { catchUp(row: row) }
    }
}
