/// 64-bit hashing of feature names, stable across runs and platforms (Swift's `Hasher` is
/// seeded per process, so it cannot name the weights of a saved model).
///
/// A feature is a template number combined with one or two values (word hashes, tag numbers,
/// flags). Words are hashed from their normalized scalar values. The final mix is MurmurHash3's
/// 64-bit finalizer; 0 never comes out, so tables can use it for an empty slot.
@usableFromInline
enum FeatureHash {
    static let seed: UInt64 = 0x243F_6A88_85A3_08D3

    /// Hashes a run of scalar values.
    @inline(__always)
    static func word(_ values: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = seed ^ UInt64(values.count)
        for v in values { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return mix(h)
    }

    /// Hashes a run of scalar values of an array.
    static func word(_ values: [UInt32]) -> UInt64 {
        values.withUnsafeBufferPointer { word($0) }
    }

    /// Hashes a string's scalars.
    static func word(_ text: some StringProtocol) -> UInt64 {
        word(text.unicodeScalars.map(\.value))
    }

    /// The feature `template` with one value.
    @inline(__always) @usableFromInline
    static func feature(_ template: FeatureTemplate, _ a: UInt64) -> UInt64 {
        nonZero(mix(a &+ (UInt64(template.rawValue) &+ 1) &* 0x9E37_79B9_7F4A_7C15))
    }

    /// The feature `template` with two values.
    @inline(__always) @usableFromInline
    static func feature(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero(mix(mix(a &+ (UInt64(template.rawValue) &+ 1) &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F)))
    }

    @inline(__always) @usableFromInline
    static func mix(_ x: UInt64) -> UInt64 {
        var k = x
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }

    @inline(__always) @usableFromInline
    static func nonZero(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }
}
