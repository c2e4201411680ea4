import Foundation
import MarsadCore
@testable import MarsadEval
import MarsadText
import Testing

/// Decoding FORMAT.md's gold: the seed (one object, `file`, optional mentions), the dev gold
/// (JSON Lines), `surface` and `text` fields, and errors that name the file and line.
struct GoldDecodingTests {
    @Test func seedGold() throws {
        let file = try GoldFile.load(path: EvalTest.seedGoldPath)
        #expect(file.articles.count == 1)
        let seed = try #require(file.articles.first)
        #expect(seed.id == "karabakh-lavrov-2021-05-11")
        #expect(seed.published == CivilDate(iso: "2021-05-11"))
        #expect(seed.complete == GoldCompleteness(entities: true, times: true, quotes: true, events: false, agreements: true))
        #expect(seed.entities.count == 14)
        #expect(seed.times.count == 6)
        #expect(seed.quotes.count == 4)
        #expect(seed.events.count == 5)
        #expect(seed.agreements.first?.parties == ["ARM", "AZE", "RUS"])
        let azerbaijan = try #require(seed.entities(named: "azerbaijan").first)
        #expect(azerbaijan.optionalMentions == [Span(start: 334, end: 342), Span(start: 484, end: 492), Span(start: 1687, end: 1695)])
        #expect(seed.entities(named: "UNHCR").first?.country == nil)
        #expect(seed.quotes.last?.kind == .indirect)
        #expect(seed.events.first?.cameoRoot == "04")

        // `file` is relative to the gold file, and the gold fits the text it names.
        let url = try #require(file.textURL(of: seed))
        #expect(url.path == EvalTest.shared.appendingPathComponent("seeds/karabakh-lavrov-2021-05-11.ar.txt").standardizedFileURL.path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(seed.misfit(Array(text.unicodeScalars)) == nil)
        #expect(EvalTest.document(text).text(in: try #require(seed.times.first?.span)) == "11 مايو 2021")
        #expect(seed.misfit(Array(text.dropFirst().unicodeScalars)) != nil)
    }

    @Test(arguments: [(EvalTest.devDevelopGoldPath, ["hn01", "hn05", "hn07", "hn13", "hn24", "hn33"]),
                      (EvalTest.devHeldGoldPath, ["hn03", "hn10", "hn16", "hn20", "hn28", "hn36"])])
    func jsonLinesGold(path: String, ids: [String]) throws {
        let file = try GoldFile.load(path: path)
        #expect(file.articles.map(\.id) == ids)
        #expect(file.articles.allSatisfy { $0.complete.entities && $0.complete.times && $0.complete.quotes && !$0.complete.events })
        #expect(file.articles.allSatisfy { $0.file == nil && $0.text == nil })
    }

    @Test func surfaceAndTextFields() throws {
        // A key-fact gold line carrying its own text (hn16, Al Arabiya, 2018-05-31).
        let line = #"{"id": 16, "published": "2018-05-31", "text": "لافروف يلتقي نظيره الكوري الشمالي", "entities": [{"type": "PERSON", "name": "Sergey Lavrov", "country": "RUS", "surface": "لافروف"}, {"type": "GPE", "name": "North Korea", "country": "PRK", "surface": ["الكوري الشمالي"]}], "events": [{"cameo": "042", "source": "RUS", "target": "PRK", "date": null, "what": "visit"}]}"#
        let articles = try GoldFile.decode(Data((line + "\n").utf8), path: "key-facts.jsonl")
        let article = try #require(articles.first)
        #expect(article.id == "16")
        #expect(article.text == "لافروف يلتقي نظيره الكوري الشمالي")
        #expect(article.complete == GoldCompleteness())
        #expect(article.entities.map(\.surface) == [["لافروف"], ["الكوري الشمالي"]])
        #expect(article.events.first?.cameoRoot == "04")
    }

    @Test func jsonLinesInAJSONFile() throws {
        let lines = #"{"id": "a", "published": "2018-09-05"}"# + "\n\n" + #"{"id": "b", "published": "2018-06-27"}"# + "\n"
        #expect(try GoldFile.decode(Data(lines.utf8), path: "two.json").map(\.id) == ["a", "b"])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var content: String
        var path: String
        var error: GoldError
        var testDescription: String { error.description }
    }

    @Test(arguments: [
        Bad(content: #"{"id": "a"}"# + "\n" + #"{"id": "b", "published": "5 May"}"#, path: "g.jsonl",
            error: .malformed("g.jsonl", line: 2, reason: "`published` is `5 May`, not YYYY-MM-DD at `published`")),
        Bad(content: #"{"id": "a", "entities": [{"type": "PERSON", "name": "X", "country": null, "mentions": [[5, 2]]}]}"#, path: "g.json",
            error: .malformed("g.json", line: nil, reason: "a span must be [start, end] with 0 <= start <= end, not [5, 2] at `entities.0`")),
        Bad(content: #"{"id": "a", "entities": [{"type": "PERSON", "name": "X", "country": null}]}"#, path: "g.json",
            error: .malformed("g.json", line: nil, reason: "the entity `X` has neither `mentions` nor `surface` at `entities.0.mentions`")),
        Bad(content: #"{"id": "a", "quotes": [{"contains": "x", "speaker": null, "kind": "reported"}]}"#, path: "g.json",
            error: .malformed("g.json", line: nil, reason: "`reported` is not `direct` or `indirect` at `quotes.0.kind`")),
    ])
    func malformedGold(bad: Bad) {
        #expect(throws: bad.error) { try GoldFile.decode(Data(bad.content.utf8), path: bad.path) }
    }
}
