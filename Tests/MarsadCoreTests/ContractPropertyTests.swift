import Foundation
import Testing
import MarsadCore
import MarsadText
import MarsadTestSupport

/// The JSON writer and the contract over random text: the output always parses, strings come back
/// scalar for scalar, and every span's `text` is the slice of the document it points at.
@Suite struct ContractPropertyTests {
    static let toolkit = TextToolkit()

    /// Scalar-exact equality (Swift's `==` on strings is canonical equivalence: "é" == "e\u{301}").
    static func same(_ a: String?, _ b: String?) -> Bool {
        a.map { Array($0.unicodeScalars) } == b.map { Array($0.unicodeScalars) }
    }

    static func parse(_ bytes: [UInt8]) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// Random text with the ASCII controls JSON must escape.
    static func text(using rng: inout SeededGenerator) -> String {
        var text = RandomText.string(maxLength: 30, using: &rng)
        for _ in 0 ..< Int.random(in: 0 ... 2, using: &rng) {
            let control = Unicode.Scalar(UInt8.random(in: 0 ... 0x1F, using: &rng))
            text.unicodeScalars.insert(control, at: text.unicodeScalars.index(text.unicodeScalars.startIndex,
                offsetBy: Int.random(in: 0 ... text.unicodeScalars.count, using: &rng)))
        }
        return text
    }

    @Test(arguments: [false, true])
    func writtenStringsParseBackExactly(pretty: Bool) {
        let failure = Property.firstFailure(cases: 400, seed: pretty ? 21 : 22) { rng in
            (Self.text(using: &rng), Self.text(using: &rng), [Int.min, Int.max, 0, -1, Int.random(in: -1000 ... 1000, using: &rng)]
                .randomElement(using: &rng)!)
        } check: { (a, b, n) in
            var w = JSONWriter(pretty: pretty)
            w.object { w in
                w.key("a"); w.string(a)
                w.key("b"); w.string(scalars: Array(b.unicodeScalars)[...])
                w.key("list"); w.array([a, b]) { w, s in w.string(s) }
                w.key("n"); w.int(n)
                w.key("nested"); w.object { w in w.key("empty"); w.array([Int]()) { w, v in w.int(v) } }
                w.key("none"); w.string(nil as String?)
            }
            guard let object = Self.parse(w.bytes) as? [String: Any] else {
                return ["does not parse: \(String(decoding: w.bytes, as: UTF8.self).debugDescription)"]
            }
            var problems: [String] = []
            if !Self.same(object["a"] as? String, a) { problems.append("string a differs") }
            if !Self.same(object["b"] as? String, b) { problems.append("scalar string b differs") }
            let list = object["list"] as? [String] ?? []
            if list.count != 2 || !Self.same(list[0], a) || !Self.same(list[1], b) { problems.append("list differs") }
            if (object["n"] as? NSNumber)?.int64Value != Int64(n) { problems.append("int differs") }
            if !(object["none"] is NSNull) { problems.append("null differs") }
            return problems
        }
        #expect(failure == nil)
    }

    /// Regression: `fraction(.nan)` trapped converting NaN to `Int`; NaN is written as 0.
    @Test func fractionsOfAnyDouble() {
        for (value, expected) in [(Double.nan, "0.00"), (.infinity, "1.0"), (-.infinity, "0.00"), (0.004, "0.00"),
                                  (0.999, "1.0"), (-0.0, "0.00"), (.greatestFiniteMagnitude, "1.0")] {
            var w = JSONWriter(pretty: false)
            w.fraction(value)
            #expect(String(decoding: w.bytes, as: UTF8.self) == expected, "\(value)")
        }
    }

    /// A random span of `count` scalars.
    static func span(_ count: Int, using rng: inout SeededGenerator) -> Span {
        let start = Int.random(in: 0 ... count, using: &rng)
        return Span(start: start, end: Int.random(in: start ... count, using: &rng))
    }

    /// A document of random text with annotations on random spans, in every layer.
    static func analyzed(using rng: inout SeededGenerator) -> AnalyzedDocument {
        let text = RandomText.string(maxLength: 60, using: &rng)
        let n = text.unicodeScalars.count
        var r = rng
        func s() -> Span { span(n, using: &r) }
        let metadata = Metadata(title: Bool.random(using: &r) ? text : nil, published: CivilDate(daysSinceEpoch: Int.random(in: -1_000_000 ... 1_000_000, using: &r)),
                                outlets: [Outlet(name: "سبوتنيك\"\u{0}", nameEn: nil, role: .source, span: s())], dateline: s())
        let document = Document(id: Bool.random(using: &r) ? nil : "id\n\"x\"", text: text, metadata: metadata,
                                warnings: ["\u{1}warn\\"], toolkit: toolkit)
        let annotations = Annotations(
            entities: [Entity(id: "e1", type: .person, name: "Lavrov", nameAr: "لافروف", country: nil, cameo: "RUSGOV",
                              roles: [.init(title: "وزير", titleEn: nil, of: "RUS")], mentions: [s(), s()])],
            times: [TimeExpression(span: s(), value: "2021-05-11", kind: .date, anchor: .dateline)],
            quotes: [Quote(span: s(), kind: .direct, speaker: "e1", cue: s()), Quote(span: s(), kind: .indirect, speaker: nil, cue: nil)],
            events: [Event(id: "v1", cameo: "036", plover: .init(type: "CONSULT", mode: nil), modality: .asserted, source: ["e1"],
                           target: [], date: nil, location: nil, sentence: s(), trigger: s(), evidence: [s()],
                           confidence: Double.random(in: -1 ... 2, using: &r))],
            agreements: [Agreement(id: "a1", name: "ceasefire", nameAr: nil, date: nil, dateRole: .signed, parties: ["e1"],
                                   mediators: [], provisions: [.init(kind: "ceasefire", span: s())], mentions: [s()])])
        rng = r
        return AnalyzedDocument(document: document, annotations: annotations)
    }

    /// Every `{start, end, text}` in a contract object, checked against the document's text.
    static func spanProblems(_ value: Any, scalars: [Unicode.Scalar], path: String = "$") -> (checked: Int, problems: [String]) {
        var checked = 0, problems: [String] = []
        if let dict = value as? [String: Any] {
            if let start = dict["start"] as? Int, let end = dict["end"] as? Int {
                checked += 1
                if !(0 <= start && start <= end && end <= scalars.count) {
                    problems.append("span \(start) ..< \(end) out of range at \(path)")
                } else if let text = dict["text"] as? String, !same(text, String(String.UnicodeScalarView(scalars[start ..< end]))) {
                    problems.append("text of \(start) ..< \(end) differs at \(path)")
                }
            }
            for (key, child) in dict where key != "text" {
                let inner = spanProblems(child, scalars: scalars, path: path + "." + key)
                checked += inner.checked
                problems += inner.problems
            }
        } else if let array = value as? [Any] {
            for (i, child) in array.enumerated() {
                let inner = spanProblems(child, scalars: scalars, path: path + "[\(i)]")
                checked += inner.checked
                problems += inner.problems
            }
        }
        return (checked, problems)
    }

    @Test(arguments: [false, true])
    func contractOfRandomDocumentsParsesAndEverySpanQuotesItsText(pretty: Bool) {
        let failure = Property.firstFailure(cases: 200, seed: pretty ? 23 : 24) { rng in
            Self.analyzed(using: &rng)
        } check: { analyzed in
            let d = analyzed.document
            var problems = d.invariantViolations()
            guard let object = Self.parse(analyzed.contractJSON(pretty: pretty)) as? [String: Any] else {
                return problems + ["the contract does not parse"]
            }
            if !Self.same(object["text"] as? String, d.text) { problems.append("`text` differs from the document's") }
            if (object["sentences"] as? [Any])?.count != d.sentences.count { problems.append("sentence count differs") }
            let spans = Self.spanProblems(object, scalars: d.scalars)
            // 2 entity mentions, a time, 2 quotes and a cue, the event's sentence, trigger and
            // evidence, a provision, an agreement mention, the dateline, an outlet, the sentences.
            if spans.checked != 13 + d.sentences.count { problems.append("\(spans.checked) spans found") }
            return problems + spans.problems
        }
        #expect(failure == nil)
    }
}
