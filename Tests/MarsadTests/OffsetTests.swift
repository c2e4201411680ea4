import Foundation
import Testing
import MarsadCore
import MarsadTestSupport

/// Every span of every output points at its text: `text[start:end] == span.text` in Python terms.
@Suite struct OffsetTests {
    /// Checks every object with `start`, `end` (and `text`) in a contract JSON object; returns
    /// how many spans were checked.
    func checkSpans(_ json: [UInt8]) throws -> Int {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        var checked = 0
        func walk(_ value: Any, path: String) {
            if let dict = value as? [String: Any] {
                if let start = dict["start"] as? Int, let end = dict["end"] as? Int {
                    #expect(0 <= start && start <= end && end <= scalars.count, "span out of range at \(path)")
                    if let spanText = dict["text"] as? String, start >= 0, end <= scalars.count, start <= end {
                        #expect(String(String.UnicodeScalarView(scalars[start ..< end])) == spanText, "at \(path)")
                    }
                    checked += 1
                }
                for (key, child) in dict where key != "text" { walk(child, path: path + "." + key) }
            } else if let array = value as? [Any] {
                for (i, child) in array.enumerated() { walk(child, path: path + "[\(i)]") }
            }
        }
        walk(object, path: "$")
        return checked
    }

    @Test func theSample() throws {
        let analyzed = try Fixtures.analyzedSample()
        #expect(try checkSpans(analyzed.contractJSON()) >= analyzed.document.sentences.count)
    }

    @Test func everyDevArticle() throws {
        let documents = try Fixtures.analyzedDevCorpus()
        #expect(documents.count == 12)
        for analyzed in documents {
            #expect(try checkSpans(analyzed.contractJSON()) >= analyzed.document.sentences.count)
        }
    }

    @Test func sentencesCoverTheTextInOrder() throws {
        for analyzed in try Fixtures.analyzedDevCorpus() + [try Fixtures.analyzedSample()] {
            let d = analyzed.document
            #expect(!d.sentences.isEmpty)
            for (a, b) in zip(d.sentences, d.sentences.dropFirst()) { #expect(a.end <= b.start) }
            // Every token lies in one sentence.
            for token in d.tokens { #expect(d.sentenceIndex(containing: token.start) != nil) }
        }
    }
}
