/// A fast reader for the one-level JSON objects of a JSON Lines corpus: string, number, boolean
/// and null values are read, nested objects and arrays are skipped.
///
/// Reading a 27 M-character corpus is on the hot path of `marsad analyze`; this reader works on
/// the UTF-8 bytes of a line, makes a `String` only for the values asked for, and reports where a
/// line is malformed.
/// - Complexity: O(n) in the bytes of the line.
struct FlatJSONObject {
    /// A malformed line: what was expected and at which byte.
    struct Failure: Error, CustomStringConvertible {
        let reason: String
        let offset: Int
        var description: String { "\(reason) at byte \(offset + 1)" }
    }

    /// Top-level values that are strings, or numbers kept as their text.
    private(set) var strings: [String: String] = [:]
    /// Keys whose value is not a string or number (objects, arrays, booleans, null).
    private(set) var otherKeys: Set<String> = []

    /// Parses `bytes` (valid UTF-8), keeping the values of `keys` only.
    init(_ bytes: UnsafeBufferPointer<UInt8>, keys: Set<String>) throws(Failure) {
        var p = Parser(bytes: bytes)
        p.skipSpace()
        try p.expect(UInt8(ascii: "{"), "expected a JSON object `{`")
        p.skipSpace()
        if p.peek == UInt8(ascii: "}") { p.i += 1 } else {
            while true {
                p.skipSpace()
                let key = try p.string(keep: true) ?? ""
                p.skipSpace()
                try p.expect(UInt8(ascii: ":"), "expected `:` after a key")
                p.skipSpace()
                let wanted = keys.contains(key)
                switch p.peek ?? 0 {
                case UInt8(ascii: "\""):
                    let value = try p.string(keep: wanted)
                    if wanted, let value { strings[key] = value }
                case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"):
                    let start = p.i
                    try p.skipValue()
                    if wanted { strings[key] = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< p.i]), as: UTF8.self) }
                default:
                    try p.skipValue()
                    if wanted { otherKeys.insert(key) }
                }
                p.skipSpace()
                if p.peek == UInt8(ascii: ",") { p.i += 1; continue }
                try p.expect(UInt8(ascii: "}"), "expected `,` or `}`")
                break
            }
        }
        p.skipSpace()
        if p.i < bytes.count { throw Failure(reason: "unexpected text after the object", offset: p.i) }
    }

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func expect(_ byte: UInt8, _ reason: String) throws(Failure) {
            guard i < bytes.count, bytes[i] == byte else { throw Failure(reason: reason, offset: i) }
            i += 1
        }

        /// Reads a string at `i`; returns it when `keep` is true.
        mutating func string(keep: Bool) throws(Failure) -> String? {
            try expect(UInt8(ascii: "\""), "expected a string")
            let start = i
            var hasEscape = false
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { break }
                if b == UInt8(ascii: "\\") { hasEscape = true; i += 2; continue }
                if b < 0x20 { throw Failure(reason: "a control character inside a string", offset: i) }
                i += 1
            }
            guard i < bytes.count else { throw Failure(reason: "a string that is not closed", offset: start - 1) }
            let end = i
            i += 1
            guard keep else { return nil }
            let raw = UnsafeBufferPointer(rebasing: bytes[start ..< end])
            return hasEscape ? try Self.unescape(raw, at: start) : String(decoding: raw, as: UTF8.self)
        }

        static func unescape(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) throws(Failure) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var k = 0
            func hex4(_ at: Int) throws(Failure) -> UInt32 {
                guard at + 4 <= raw.count else { throw Failure(reason: "a short \\u escape", offset: offset + at) }
                var v: UInt32 = 0
                for j in at ..< at + 4 {
                    let c = raw[j]
                    let d: UInt8
                    switch c {
                    case UInt8(ascii: "0") ... UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
                    case UInt8(ascii: "a") ... UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A") ... UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
                    default: throw Failure(reason: "a bad \\u escape", offset: offset + j)
                    }
                    v = v << 4 | UInt32(d)
                }
                return v
            }
            while k < raw.count {
                let b = raw[k]
                guard b == UInt8(ascii: "\\") else { out.append(b); k += 1; continue }
                guard k + 1 < raw.count else { throw Failure(reason: "a bad escape", offset: offset + k) }
                let e = raw[k + 1]
                k += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var v = try hex4(k)
                    k += 4
                    if (0xD800 ... 0xDBFF).contains(v), k + 6 <= raw.count, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u") {
                        let low = try hex4(k + 2)
                        if (0xDC00 ... 0xDFFF).contains(low) {
                            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                            k += 6
                        }
                    }
                    let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                    UTF8.encode(scalar) { out.append($0) }
                default:
                    throw Failure(reason: "a bad escape", offset: offset + k - 2)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// The deepest nesting of arrays and objects accepted, as Foundation's JSONSerialization
        /// allows: the skipper recurses once a level, so a line of a million `[` would otherwise
        /// overflow the stack.
        static let maximumDepth = 512

        /// Skips any JSON value at `i`, nested at most ``maximumDepth`` levels below `depth`.
        mutating func skipValue(depth: Int = 0) throws(Failure) {
            guard let b = peek else { throw Failure(reason: "expected a value", offset: i) }
            switch b {
            case UInt8(ascii: "\""):
                _ = try string(keep: false)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard depth < Self.maximumDepth else {
                    throw Failure(reason: "arrays or objects nested deeper than \(Self.maximumDepth) levels", offset: i)
                }
                let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                i += 1
                skipSpace()
                if peek == close { i += 1; return }
                while true {
                    skipSpace()
                    if close == UInt8(ascii: "}") {
                        _ = try string(keep: false)
                        skipSpace()
                        try expect(UInt8(ascii: ":"), "expected `:` after a key")
                        skipSpace()
                    }
                    try skipValue(depth: depth + 1)
                    skipSpace()
                    if peek == UInt8(ascii: ",") { i += 1; continue }
                    try expect(close, "expected `,` or a closing bracket")
                    return
                }
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"):
                let start = i
                i += 1
                while let c = peek, (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: ".")
                        || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                    i += 1
                }
                if i - start == 1 && b == UInt8(ascii: "-") { throw Failure(reason: "a bad number", offset: start) }
            default:
                throw Failure(reason: "expected a value", offset: i)
            }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { throw Failure(reason: "expected \(word)", offset: i) }
            for j in 0 ..< n where bytes[i + j] != word.utf8Start[j] {
                throw Failure(reason: "expected \(word)", offset: i)
            }
            i += n
        }
    }
}
