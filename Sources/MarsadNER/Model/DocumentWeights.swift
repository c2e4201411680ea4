/// The weights of the document features (``DocumentFeatures``) in small arrays, computed from
/// the model's table when a tagger is made: every (template, value) pair with each of the four
/// confidence buckets, the feature's own weights and those of its conjunction added up, so
/// that the second stage costs no hashing and no lookup in the large table.
/// - Complexity: building O(Σ domains · 4) lookups; reading O(1).
struct DocumentWeights: Sendable {
    /// The templates and the number of values each can take (``DocumentFeatures``).
    static let templates: [(FeatureTemplate, Int)] = [
        (.documentForm, 128), (.documentKey, 128), (.documentEntity, 32), (.documentPhrase, 64),
    ]
    static let buckets = 4

    private let first: [Int32]
    /// `NERTag.count` weights a (template, value, bucket).
    private let rows: [Int32]

    init(table: WeightTable) {
        var first = [Int32](repeating: -1, count: 256)
        var rows: [Int32] = []
        for (template, values) in Self.templates {
            first[Int(template.rawValue)] = Int32(rows.count / NERTag.count)
            for v in 0 ..< values {
                let plain = FeatureHash.feature(template, UInt64(v))
                for c in 0 ..< Self.buckets {
                    var row = [Int32](repeating: 0, count: NERTag.count)
                    row.withUnsafeMutableBufferPointer { r in
                        table.add(plain, to: r.baseAddress!)
                        table.add(FeatureHash.feature(.documentConfidence, plain, UInt64(c)), to: r.baseAddress!)
                    }
                    rows += row
                }
            }
        }
        self.first = first
        self.rows = rows
    }

    /// Adds the weights of (`template`, `value`) for a token of confidence `bucket` to `scores`.
    @inline(__always)
    func add(_ template: FeatureTemplate, _ value: UInt64, bucket: UInt8, to scores: UnsafeMutablePointer<Int64>) {
        let f = Int(first[Int(template.rawValue)])
        precondition(f >= 0, "not a document template")
        rows.withUnsafeBufferPointer { rows in
            let row = rows.baseAddress! + (f + Int(value) * Self.buckets + Int(bucket)) * NERTag.count
            for k in 0 ..< NERTag.count { scores[k] &+= Int64(row[k]) }
        }
    }
}
