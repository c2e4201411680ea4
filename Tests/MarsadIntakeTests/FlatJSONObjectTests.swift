import Testing
@testable import MarsadIntake

@Suite struct FlatJSONObjectTests {
    func parse(_ json: String, keys: Set<String> = ["id", "text", "n"]) throws -> FlatJSONObject {
        var json = json
        return try json.withUTF8 { try FlatJSONObject($0, keys: keys) }
    }

    @Test func escapesAndSurrogatePairs() throws {
        let o = try parse(#"{"text": "قال \"نحن\"\n\t\\ \/ \u0628\u0627\u0643\u0648 \ud83c\uddf7", "id": "x"}"#)
        #expect(o.strings["text"] == "قال \"نحن\"\n\t\\ / باكو 🇷")
        #expect(o.strings["id"] == "x")
    }

    @Test func numbersAreKeptAsTextAndNestedValuesSkipped() throws {
        let o = try parse(#"{"n": -12.5e3, "meta": {"a": [1, {"b": null}], "c": "}"}, "id": 7, "text": "ب", "ok": true}"#)
        #expect(o.strings == ["n": "-12.5e3", "id": "7", "text": "ب"])
    }

    @Test func nonStringValuesOfWantedKeysAreReported() throws {
        #expect(try parse(#"{"text": ["a"]}"#).otherKeys == ["text"])
        #expect(try parse(#"{"text": null}"#).otherKeys == ["text"])
    }

    @Test(arguments: [
        (#"{"text": "a"#, "a string that is not closed at byte 10"),
        (#"{"text" "a"}"#, "expected `:` after a key at byte 9"),
        (#"["a"]"#, "expected a JSON object `{` at byte 1"),
        (#"{"text": "a"} x"#, "unexpected text after the object at byte 15"),
        (#"{"text": tru}"#, "expected true at byte 10"),
        (#"{"text": "\x"}"#, "a bad escape at byte 11"),
    ])
    func malformedLinesSayWhereAndWhat(json: String, message: String) {
        do {
            _ = try parse(json)
            Issue.record("no error for \(json)")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
