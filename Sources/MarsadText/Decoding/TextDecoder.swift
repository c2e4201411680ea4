/// Turns the bytes of an input into text, refusing what is not UTF-8 text.
///
/// A UTF-8 byte-order mark is dropped (it is not part of the text); line endings are kept as
/// they are, so offsets count the carriage returns of a CRLF file.
public enum TextDecoder {
    /// Decodes UTF-8 bytes.
    /// - Throws: ``TextError/empty`` for no bytes (or only a BOM or white space),
    ///   ``TextError/binary(byteOffset:)`` at the first NUL byte, and
    ///   ``TextError/invalidUTF8(byteOffset:)`` at the first byte that breaks UTF-8.
    /// - Complexity: O(n).
    public static func decode(_ bytes: some Collection<UInt8>) throws -> String {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer in
            var body = buffer[...]
            if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF { body = body.dropFirst(3) }
            if let nul = body.firstIndex(of: 0) { throw TextError.binary(byteOffset: nul) }
            if let bad = firstInvalidUTF8(UnsafeBufferPointer(rebasing: body)) {
                throw TextError.invalidUTF8(byteOffset: bad + body.startIndex)
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: body), as: UTF8.self)
            if text.unicodeScalars.allSatisfy({ ArabicScalar.isWhitespace($0.value) || ArabicScalar.isInvisibleFormat($0.value) }) {
                throw TextError.empty
            }
            return text
        }
    }

    /// The offset of the first byte that is not valid UTF-8, or `nil`.
    public static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            let minimum: UInt32
            var value: UInt32
            switch c {
            case 0xC2...0xDF: need = 1; value = UInt32(c & 0x1F); minimum = 0x80
            case 0xE0...0xEF: need = 2; value = UInt32(c & 0x0F); minimum = 0x800
            case 0xF0...0xF4: need = 3; value = UInt32(c & 0x07); minimum = 0x10000
            default: return i
            }
            if i + need >= n { return i }
            for k in 1 ... need {
                let cont = b[i + k]
                if cont & 0xC0 != 0x80 { return i }
                value = (value << 6) | UInt32(cont & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += need + 1
        }
        return nil
    }
}
