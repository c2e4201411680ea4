/// Turns a `String` into the array of its Unicode scalars, the indexable form every offset in
/// Marsad refers to.
///
/// `Array(text.unicodeScalars)` walks the string through its generic index machinery; this
/// decodes the native UTF-8 storage directly, several times faster on Arabic text.
public enum ScalarDecoder {
    /// The scalars of `text`, in order.
    /// - Complexity: O(n) in the UTF-8 length.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { decodeValid($0) }
    }

    /// Decodes UTF-8 bytes into scalars; ill-formed sequences become U+FFFD, as
    /// `String(decoding:as:)` makes them.
    ///
    /// Valid input (checked first) takes the fast path; this used to read past the end of the
    /// buffer on a truncated sequence and make invalid scalars from surrogates.
    /// - Complexity: O(n).
    public static func decode(_ b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        if TextDecoder.firstInvalidUTF8(b) == nil { return decodeValid(b) }
        return Array(String(decoding: b, as: UTF8.self).unicodeScalars)
    }

    /// Decodes valid UTF-8 (a Swift string's storage) into scalars, without checks.
    static func decodeValid(_ b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let n = b.count
        return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            var i = 0, k = 0
            while i < n {
                let c = UInt32(b[i])
                var v: UInt32
                if c < 0x80 {
                    v = c
                    i += 1
                } else if c < 0xE0 {
                    v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    i += 2
                } else if c < 0xF0 {
                    v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                    i += 4
                }
                out[k] = Unicode.Scalar(_unchecked: v)
                k += 1
            }
            count = k
        }
    }
}

extension Unicode.Scalar {
    /// A scalar from a value known to be valid (decoded from valid UTF-8).
    @inline(__always)
    init(_unchecked value: UInt32) {
        self = unsafeBitCast(value, to: Unicode.Scalar.self)
    }
}
