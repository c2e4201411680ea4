/// Where the extractor puts a token's features: a list of hashes (training, tests) or, when
/// tagging, the sums of their weights (``ScoringSink``). The extractor names each feature by
/// its template and values; a sink hashes them (``FeatureHash``) as it needs.
protocol FeatureSink {
    /// The feature `template` with one value.
    mutating func add(_ template: FeatureTemplate, _ value: UInt64)
    /// The feature `template` with two values.
    mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64)
    /// A feature already hashed.
    mutating func add(hashed feature: UInt64)
}

extension Array: FeatureSink where Element == UInt64 {
    @inline(__always)
    mutating func add(_ template: FeatureTemplate, _ value: UInt64) { append(FeatureHash.feature(template, value)) }

    @inline(__always)
    mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64) { append(FeatureHash.feature(template, a, b)) }

    @inline(__always)
    mutating func add(hashed feature: UInt64) { append(feature) }
}
