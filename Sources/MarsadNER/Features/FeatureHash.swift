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
        for v in values { h = (h ^ UInt64(v)) &* prime }
        return mix(h)
    }

    /// Hashes a run of scalar values of an array.
    static func word(_ values: [UInt32]) -> UInt64 {
        values.withUnsafeBufferPointer { word($0) }
    }

    /// Hashes a string's scalars.
    static func word(_ text: some StringProtocol) -> UInt64 {
        word(scalars: text.unicodeScalars)
    }

    /// Hashes a collection of scalars (the same value as for an array of their values).
    static func word(scalars: some Collection<Unicode.Scalar>) -> UInt64 {
        var h = seed ^ UInt64(scalars.count)
        for s in scalars { h = (h ^ UInt64(s.value)) &* prime }
        return mix(h)
    }

    /// Hashes a file's bytes, eight at a time (the lists' fingerprint: it only has to change
    /// when a file does).
    static func bytes(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var h = seed ^ UInt64(raw.count)
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                i += 8
            }
            while i < raw.count { h = (h ^ UInt64(raw[i])) &* prime; i += 1 }
            return mix(h)
        }
    }

    /// The FNV-1a prime, 64 bits.
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01B3

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
