/// A small, fast JSON writer producing UTF-8 bytes. Keys are written in the order the caller
/// gives them; the contract writer gives them sorted, so output is byte-stable.
///
/// ```swift
/// var w = JSONWriter(pretty: false)
/// w.object { w in
///     w.key("a"); w.int(1)
///     w.key("b"); w.string("ب")
/// }
/// String(decoding: w.bytes, as: UTF8.self)  // {"a":1,"b":"ب"}
/// ```
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    public let pretty: Bool
    private var depth = 0
    private var needsComma = false

    public init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0 ..< depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func beforeValue() {
        if needsComma { bytes.append(0x2C) }
    }

    /// Writes `{ … }`; `body` writes key–value pairs.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beforeValue()
        bytes.append(0x7B)
        depth += 1
        needsComma = false
        let start = bytes.count
        body(&self)
        depth -= 1
        if bytes.count != start { newline() }
        bytes.append(0x7D)
        needsComma = true
    }

    /// Writes `[ … ]`, calling `element` for each item.
    public mutating func array<C: Collection>(_ items: C, _ element: (inout JSONWriter, C.Element) -> Void) {
        beforeValue()
        bytes.append(0x5B)
        depth += 1
        needsComma = false
        for item in items {
            if needsComma { bytes.append(0x2C); needsComma = false }
            newline()
            element(&self, item)
            needsComma = true
        }
        depth -= 1
        if !items.isEmpty { newline() }
        bytes.append(0x5D)
        needsComma = true
    }

    /// Writes a key; the next call writes its value.
    public mutating func key(_ key: StaticString) {
        if needsComma { bytes.append(0x2C) }
        newline()
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        needsComma = false
    }

    public mutating func string(_ value: String) {
        beforeValue()
        var value = value
        value.withUTF8 { appendEscaped($0) }
        needsComma = true
    }

    /// Writes a string from scalars without building a `String`.
    public mutating func string(scalars: ArraySlice<Unicode.Scalar>) {
        beforeValue()
        bytes.append(0x22)
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                appendEscapedASCII(UInt8(v))
            } else if v == 0xFEFF {
                appendEscapedBOM()
            } else if v < 0x800 {
                // UTF-8 written here, not through UTF8.encode's closure: most report text is
                // Arabic, two bytes a scalar.
                bytes.append(UInt8(truncatingIfNeeded: 0xC0 | v >> 6))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
            } else if v < 0x10000 {
                bytes.append(UInt8(truncatingIfNeeded: 0xE0 | v >> 12))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(truncatingIfNeeded: 0xF0 | v >> 18))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
            }
        }
        bytes.append(0x22)
        needsComma = true
    }

    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        beforeValue()
        // Digits written in place: `String(value)` allocated a string per number (every span's
        // start and end).
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = digits.count
            repeat {
                i -= 1
                digits[i] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i...]))
        }
        needsComma = true
    }

    /// Writes a number in [0, 1] with two decimals; values outside are clamped, NaN is 0.
    public mutating func fraction(_ value: Double) {
        beforeValue()
        let hundredths = value.isNaN ? 0 : Int((min(max(value, 0), 1) * 100).rounded())
        let text = hundredths == 100 ? "1.0" : "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// Appends raw, already serialized JSON (one value).
    public mutating func raw(_ json: [UInt8]) {
        beforeValue()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    /// The bytes ``appendEscaped(_:)`` stops at: control characters, the quotation mark, the
    /// backslash, and 0xEF (the first byte of U+FEFF). One table load a byte instead of four
    /// comparisons: the report's text is the longest string written.
    private static let stops: [Bool] = (0 ... 255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xEF }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        var i = 0
        let stops = Self.stops
        while i < utf8.count {
            let b = utf8[i]
            if !stops[Int(b)] {
                i += 1
                continue
            }
            if b < 0x20 || b == 0x22 || b == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart ..< i]))
                appendEscapedASCII(b)
                runStart = i + 1
            } else if b == 0xEF, i + 2 < utf8.count, utf8[i + 1] == 0xBB, utf8[i + 2] == 0xBF {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart ..< i]))
                appendEscapedBOM()
                i += 2
                runStart = i + 1
            }
            i += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(0x22)
    }

    /// U+FEFF (zero-width no-break space, the byte-order mark) is written `\ufeff`: Foundation's
    /// JSONSerialization on Linux drops it raw at the start of a string, so a span's `text` would
    /// no longer equal its slice for a Swift reader.
    private mutating func appendEscapedBOM() {
        bytes.append(contentsOf: [0x5C, 0x75, 0x66, 0x65, 0x66, 0x66])
    }

    private mutating func appendEscapedASCII(_ b: UInt8) {
        switch b {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
        case 0x0D: bytes.append(0x5C); bytes.append(0x72)
        case 0x09: bytes.append(0x5C); bytes.append(0x74)
        case 0x00 ..< 0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        default: bytes.append(b)
        }
    }
}
