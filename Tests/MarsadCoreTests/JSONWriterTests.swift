import Foundation
import Testing
import MarsadCore

@Suite struct JSONWriterTests {
    func written(pretty: Bool = false, _ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(pretty: pretty)
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControls() {
        let json = written { w in
            w.object { w in
                w.key("text"); w.string("قال \"نحن\"\n\t\\ \u{1}")
                w.key("n"); w.int(-3)
                w.key("x"); w.null()
            }
        }
        #expect(json == #"{"text":"قال \"نحن\"\n\t\\ \u0001","n":-3,"x":null}"#)
    }

    @Test func scalarSlicesAreWrittenLikeStrings() {
        let scalars = Array("«باكو»\"".unicodeScalars)
        #expect(written { $0.string(scalars: scalars[...]) } == #""«باكو»\"""#)
    }

    @Test func arraysAndFractions() {
        #expect(written { w in w.array([0.0, 0.5, 0.857, 1.0]) { w, v in w.fraction(v) } } == "[0.00,0.50,0.86,1.0]")
        #expect(written { w in w.array([String]()) { w, v in w.string(v) } } == "[]")
        #expect(written(pretty: true) { w in w.object { w in w.key("a"); w.array([1]) { w, v in w.int(v) } } } == "{\n  \"a\": [\n    1\n  ]\n}")
    }
}

/// Regression: a raw U+FEFF at the start of a string was dropped by Foundation's JSONSerialization
/// on Linux, so a span's `text` no longer equalled its slice; the writer now escapes it.
@Suite struct JSONWriterByteOrderMarkTests {
    @Test func theByteOrderMarkIsEscaped() throws {
        var w = JSONWriter(pretty: false)
        w.array(["\u{FEFF}ab", "a\u{FEFF}", "\u{FEFF}"]) { w, s in w.string(s) }
        w.string(scalars: Array("\u{FEFF}باكو".unicodeScalars)[...])
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"["\ufeffab","a\ufeff","\ufeff"],"\ufeffباكو""#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data("[\"\\ufeffab\"]".utf8)) as? [String])
        #expect(parsed.first?.unicodeScalars.first == "\u{FEFF}")
    }
}
