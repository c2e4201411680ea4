/// The weights of the features whose values are few (shapes, clusters, clitic patterns,
/// gazetteer and trigger bits), in small arrays indexed by value, computed from the model's
/// table when a tagger is made.
///
/// About half of a new word's features are of these kinds; read from these arrays (200 KB,
/// which stay in cache) instead of the large hash table, they cost no memory round trip.
/// - Complexity: building O(Σ domains) lookups; reading O(1).
struct DenseWeights: Sendable {
    /// Per template (raw value): its first row, and how many values it has (0: not dense).
    private let first: [Int32]
    private let domain: [Int32]
    /// `NERTag.count` weights a row.
    private let rows: [Int32]

    /// The dense templates and the number of values each can take.
    static let templates: [(FeatureTemplate, Int)] = [
        (.bias, 1), (.cliticPattern, 32), (.article, 4), (.shape, 16), (.length, 16),
        (.gazetteerWord, 8), (.gazetteerPrevious, 8), (.gazetteerNext, 8), (.gazetteerPhrase, 64),
        (.trigger, 8), (.triggerPrevious, 8), (.triggerPrevious2, 8), (.triggerNext, 8),
        (.previousShape, 16), (.nextShape, 16),
        (.coarseCluster, 256), (.fineCluster, 1024), (.previousCluster, 1024), (.nextCluster, 1024),
        (.previous2Cluster, 1024), (.next2Cluster, 1024),
        (.namesWord, 8), (.namesPrevious, 8), (.namesNext, 8), (.namesPhrase, 64),
        (.gazetteerPrevious2, 8), (.gazetteerNext2, 8), (.namesPrevious2, 8), (.namesNext2, 8),
        (.triggerNext2, 8), (.triggerPrevious3, 8),
    ]

    init(table: WeightTable) {
        var first = [Int32](repeating: 0, count: 256), domain = [Int32](repeating: 0, count: 256)
        var rows: [Int32] = []
        for (template, values) in Self.templates {
            first[Int(template.rawValue)] = Int32(rows.count / NERTag.count)
            domain[Int(template.rawValue)] = Int32(values)
            for v in 0 ..< values {
                var row = [Int32](repeating: 0, count: NERTag.count)
                row.withUnsafeMutableBufferPointer { table.add(FeatureHash.feature(template, UInt64(v)), to: $0.baseAddress!) }
                rows += row
            }
        }
        self.first = first
        self.domain = domain
        self.rows = rows
    }

    /// Adds the weights of (`template`, `value`) to `scores` and returns `true`, or returns
    /// `false` when the template is not dense or the value is out of its range.
    @inline(__always)
    func add(_ template: FeatureTemplate, _ value: UInt64, to scores: UnsafeMutablePointer<Int32>) -> Bool {
        let t = Int(template.rawValue)
        return domain.withUnsafeBufferPointer { domain in
            guard value < UInt64(domain[t]) else { return false }
            return first.withUnsafeBufferPointer { first in
                rows.withUnsafeBufferPointer { rows in
                    let row = rows.baseAddress! + (Int(first[t]) + Int(value)) * NERTag.count
                    for k in 0 ..< NERTag.count { scores[k] &+= row[k] }
                    return true
                }
            }
        }
    }
}
