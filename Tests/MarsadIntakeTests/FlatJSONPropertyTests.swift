import Foundation
import Testing
@testable import MarsadIntake
import MarsadTestSupport

/// The JSON Lines reader against Foundation's JSONSerialization on random flat objects (escapes,
/// surrogate pairs, numbers, literals, nested values it skips), and on their truncations.
@Suite struct FlatJSONPropertyTests {
    /// A value of a random object: its JSON text and what a reader should give back.
    enum Value {
        case string(String)  // the decoded string
        case number(String)  // the literal, kept as text
        case other  // true, false, null, an array or an object
    }

    /// JSON text for `s`, escaping at random (\n, \u escapes, surrogate pairs, \/).
    static func encode(_ s: String, using rng: inout SeededGenerator) -> String {
        var out = "\""
        for (k, scalar) in s.unicodeScalars.enumerated() {
            let v = scalar.value
            let escapeAnyway = Int.random(in: 0 ..< 8, using: &rng) == 0
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "/" where escapeAnyway: out += "\\/"
            // Escaped, because JSONSerialization on Linux drops a raw U+FEFF at a string's start.
            case _ where v < 0x20 || escapeAnyway || (k == 0 && v == 0xFEFF):
                if v >= 0x10000 {
                    let u = v - 0x10000
                    out += String(format: "\\u%04x\\u%04X", 0xD800 + (u >> 10), 0xDC00 + (u & 0x3FF))
                } else {
                    out += String(format: "\\u%04x", v)
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static let keys = ["id", "url", "title", "published", "outlet", "text", "meta", "نص", "a\"b", ""]
    /// The keys whose values are kept (the others are skipped).
    static let wanted: Set<String> = ["id", "url", "title", "published", "outlet", "text", "a\"b", ""]

    /// A random flat object: its JSON line and the values of its keys.
    static func object(using rng: inout SeededGenerator) -> (json: String, values: [String: Value]) {
        var values: [String: Value] = [:]
        var members: [String] = []
        func space() -> String { ["", " ", "\t", "  ", "\r\n "].randomElement(using: &rng)! }
        for key in keys.shuffled(using: &rng).prefix(Int.random(in: 0 ... 5, using: &rng)) {
            let json: String, value: Value
            switch Int.random(in: 0 ..< 10, using: &rng) {
            case 0 ..< 6:
                let s = RandomText.string(maxLength: 12, using: &rng)
                (json, value) = (encode(s, using: &rng), .string(s))
            case 6:
                let n = ["0", "-12.5e3", "7", "1E+2", "-0", "3.25", "12345678901234567890"].randomElement(using: &rng)!
                (json, value) = (n, .number(n))
            case 7:
                (json, value) = (["true", "false", "null"].randomElement(using: &rng)!, .other)
            default:
                (json, value) = (["[]", "{}", "[1, \"]\", {\"a\": [null]}]", "{\"x\": {\"y\": \"}\"}, \"z\": -1}"].randomElement(using: &rng)!, .other)
            }
            values[key] = value
            members.append(space() + encode(key, using: &rng) + space() + ":" + space() + json + space())
        }
        return (space() + "{" + members.joined(separator: ",") + (members.isEmpty ? space() : "") + "}" + space(), values)
    }

    static func parse(_ json: some Collection<UInt8>, keys: Set<String>) throws -> FlatJSONObject {
        try Array(json).withUnsafeBufferPointer { try FlatJSONObject($0, keys: keys) }
    }

    static func same(_ a: String?, _ b: String?) -> Bool {
        a.map { Array($0.unicodeScalars) } == b.map { Array($0.unicodeScalars) }
    }

    @Test func agreesWithJSONSerializationOnRandomFlatObjects() {
        let failure = Property.firstFailure(cases: 600, seed: 31) { rng in
            Self.object(using: &rng)
        } check: { (json, values) in
            var problems: [String] = []
            let bytes = Array(json.utf8)
            guard let reference = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
                return ["the generator made JSON that Foundation refuses"]
            }
            let wanted = Self.wanted
            let parsed: FlatJSONObject
            do { parsed = try Self.parse(bytes, keys: wanted) } catch { return ["refused: \(error)"] }
            for (key, value) in values {
                switch value {
                case .string(let s):
                    if !Self.same(reference[key] as? String, s) { problems.append("Foundation read \(key.debugDescription) otherwise") }
                    if wanted.contains(key), !Self.same(parsed.strings[key], s) {
                        problems.append("\(key.debugDescription): \(String(describing: parsed.strings[key]).debugDescription) ≠ \(s.debugDescription)")
                    }
                case .number(let n):
                    if !(reference[key] is NSNumber) { problems.append("Foundation read \(key) as no number") }
                    if wanted.contains(key), parsed.strings[key] != n { problems.append("number \(key) read as \(String(describing: parsed.strings[key]))") }
                case .other:
                    if wanted.contains(key), !parsed.otherKeys.contains(key) { problems.append("\(key) not reported as a non-string") }
                }
            }
            for key in parsed.strings.keys where values[key] == nil || !wanted.contains(key) { problems.append("an extra key \(key)") }
            return problems
        }
        #expect(failure == nil)
    }

    /// Every proper prefix of a valid object (that is not the object followed by white space
    /// cut short) is refused with an error, never a crash.
    @Test func truncationsOfValidObjectsAreRefused() {
        let failure = Property.firstFailure(cases: 200, seed: 32) { rng in
            Self.object(using: &rng).json
        } check: { json in
            let bytes = Array(json.utf8)
            guard let close = bytes.lastIndex(of: UInt8(ascii: "}")) else { return ["no closing brace"] }
            var problems: [String] = []
            for cut in 0 ... close where (try? Self.parse(bytes[..<cut], keys: ["text", "id"])) != nil {
                problems.append("the prefix of \(cut) bytes was accepted")
            }
            return problems
        }
        #expect(failure == nil)
    }

    /// Regression: nested arrays were skipped by recursion, one stack frame a level, so a line
    /// of a million `[` crashed `marsad analyze` with a stack overflow.
    @Test(arguments: [1_000_000, 513])
    func deeplyNestedValuesAreRefusedWithoutOverflowingTheStack(depth: Int) {
        let json = #"{"text": "قال", "x": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        #expect(throws: FlatJSONObject.Failure.self) { try Self.parse(Array(json.utf8), keys: ["text"]) }
        let objects = #"{"x": "# + String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth) + "}"
        #expect(throws: FlatJSONObject.Failure.self) { try Self.parse(Array(objects.utf8), keys: ["text"]) }
    }

    @Test func nestingWithinTheLimitIsSkipped() throws {
        let depth = FlatJSONObject.Parser.maximumDepth
        let json = #"{"x": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + #", "text": "قال"}"#
        #expect(try Self.parse(Array(json.utf8), keys: ["text"]).strings["text"] == "قال")
    }

    /// `\u0000` decodes to NUL (the reader then refuses the record as binary); a lone surrogate,
    /// which no string can hold, becomes U+FFFD.
    @Test func nulAndLoneSurrogates() throws {
        #expect(try Self.parse(Array(#"{"text": "a\u0000b"}"#.utf8), keys: ["text"]).strings["text"] == "a\u{0}b")
        #expect(try Self.parse(Array(#"{"text": "a\ud800b"}"#.utf8), keys: ["text"]).strings["text"] == "a\u{FFFD}b")
        #expect(try Self.parse(Array(#"{"text": "\udc00\ud83d"}"#.utf8), keys: ["text"]).strings["text"] == "\u{FFFD}\u{FFFD}")
        #expect(try Self.parse(Array(#"{"text": "\ud83d\u0041"}"#.utf8), keys: ["text"]).strings["text"] == "\u{FFFD}A")
        #expect(try Self.parse(Array(#"{"text": "\ud83d\ude00"}"#.utf8), keys: ["text"]).strings["text"] == "😀")
        #expect(throws: FlatJSONObject.Failure.self) { try Self.parse(Array(#"{"text": "\ud83d\u00"}"#.utf8), keys: ["text"]) }
    }
}
