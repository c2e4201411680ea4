/// The feature sink of tagging: adds up weights instead of listing features.
///
/// Dense features (``DenseWeights``) are added at once to ``target``; the others are hashed
/// and kept with their target, then ``flush()`` looks them all up in the model's table,
/// first touching every slot so that the memory reads overlap.
struct ScoringSink: FeatureSink {
    let dense: DenseWeights
    let table: WeightTable
    /// The scores being added to: `NERTag.count` of them from `base + target`.
    var base: UnsafeMutablePointer<Int32>
    var target = 0
    /// Hashed features waiting for ``flush()``, and the offset of their scores from `base`.
    var keys: [UInt64] = []
    var targets: [Int32] = []
    /// What ``WeightTable/touch(_:)`` read; the caller keeps it, so that the loads stay.
    var touched: UInt64 = 0

    init(dense: DenseWeights, table: WeightTable, base: UnsafeMutablePointer<Int32>) {
        self.dense = dense
        self.table = table
        self.base = base
    }

    @inline(__always)
    mutating func add(_ template: FeatureTemplate, _ value: UInt64) {
        if !dense.add(template, value, to: base + target) { add(hashed: FeatureHash.feature(template, value)) }
    }

    @inline(__always)
    mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64) {
        add(hashed: FeatureHash.feature(template, a, b))
    }

    @inline(__always)
    mutating func add(hashed feature: UInt64) {
        keys.append(feature)
        targets.append(Int32(target))
    }

    /// Adds the weights of the hashed features to their scores, and forgets them.
    mutating func flush() {
        touched ^= keys.withUnsafeBufferPointer { table.touch($0) }
        keys.withUnsafeBufferPointer { keys in
            targets.withUnsafeBufferPointer { targets in
                for i in 0 ..< keys.count { table.add(keys[i], to: base + Int(targets[i])) }
            }
        }
        keys.removeAll(keepingCapacity: true)
        targets.removeAll(keepingCapacity: true)
    }
}
