/// Perceptron weights with lazy averaging: each weight keeps its running sum over time and the
/// time it last changed, so averaging costs O(1) an update (Daumé's trick).
///
/// Rows `0 ... 9` hold the transition weights (row `p + 1` for previous tag `p`, row 0 for
/// the sentence start); feature rows follow.
struct AveragedWeights {
    static let width = NERTag.count
    static let transitionRows = NERTag.count + 1

    var weights: [Float]
    var totals: [Double]
    var stamps: [Int32]
    /// The clock: updates so far (tokens for greedy training, sentences for Viterbi).
    var time: Int32 = 1

    init(rows: Int) {
        weights = [Float](repeating: 0, count: rows * Self.width)
        totals = [Double](repeating: 0, count: rows * Self.width)
        stamps = [Int32](repeating: 0, count: rows * Self.width)
    }

    var rowCount: Int { weights.count / Self.width }

    /// Adds an empty row and returns its number.
    mutating func addRow() -> Int32 {
        let row = Int32(rowCount)
        weights.append(contentsOf: repeatElement(0, count: Self.width))
        totals.append(contentsOf: repeatElement(0, count: Self.width))
        stamps.append(contentsOf: repeatElement(0, count: Self.width))
        return row
    }

    @inline(__always)
    mutating func update(row: Int, tag: Int, by delta: Float) {
        let i = row * Self.width + tag
        totals[i] += Double(time - stamps[i]) * Double(weights[i])
        stamps[i] = time
        weights[i] += delta
    }

    /// The averaged weight at index `i`.
    @inline(__always)
    func averaged(_ i: Int) -> Double {
        (totals[i] + Double(time - stamps[i]) * Double(weights[i])) / Double(time)
    }

    /// Every averaged weight, row by row.
    func allAveraged() -> [Double] { weights.indices.map(averaged) }
}
