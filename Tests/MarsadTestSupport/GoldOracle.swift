public import Foundation
public import MarsadCore
public import MarsadIntake
import MarsadText

/// Oracle upstream layers: a gold file's entities and times turned into ``Annotations``, so a
/// downstream component (quotes, events, agreements) can be run and measured on its own.
///
/// ```swift
/// let intake = try Intake(toolkit: TextToolkit(), outlets: .bundled(toolkit: TextToolkit()))
/// for article in try GoldOracle.develop() {
///     let document = intake.document(from: article.record)
///     let upstream = article.annotations
/// }
/// ```
/// Entities get ids `e1`, `e2`, … in gold order, the gold name and country, the text of their
/// first mention as Arabic name, and a CAMEO code where the entity lexicon knows one of their
/// surfaces (`organizations.tsv`: IGOUNO for the United Nations). Times are day-level dates with
/// the gold value. Only the develop half of the dev gold and the sample are read: the held half
/// measures generalization and is never opened here.
public enum GoldOracle {
    /// One gold article: its input record, the oracle layers and the raw gold object.
    public struct Article: @unchecked Sendable {
        public let id: String
        public let record: InputRecord
        public let annotations: Annotations
        public let gold: [String: Any]
    }

    /// The repository root (two levels above this file's folder).
    public static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared` beside the repository.
    public static var shared: URL { root.deletingLastPathComponent().appendingPathComponent("shared") }

    /// The sample report with its complete gold (`shared/gold/seed.gold.json`).
    public static func sample() throws -> Article {
        let goldURL = shared.appendingPathComponent("gold/seed.gold.json")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as! [String: Any]
        let textURL = shared.appendingPathComponent("seeds/karabakh-lavrov-2021-05-11.ar.txt")
        let text = try TextDecoder.decode([UInt8](Data(contentsOf: textURL)))
        let record = InputRecord(origin: textURL.path, id: gold["id"] as? String, text: text, isPlainText: true)
        return Article(id: gold["id"] as! String, record: record, annotations: annotations(gold, text: text), gold: gold)
    }

    /// The develop half of the dev gold (`Tests/Fixtures/gold/dev-develop.gold.jsonl`), with the
    /// texts of `shared/corpus/dev-news.jsonl`.
    public static func develop() throws -> [Article] {
        var texts: [String: [String: Any]] = [:]
        let corpus = try String(contentsOf: shared.appendingPathComponent("corpus/dev-news.jsonl"), encoding: .utf8)
        for line in corpus.split(separator: "\n") where !line.isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            texts[object["id"] as! String] = object
        }
        let goldText = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/gold/dev-develop.gold.jsonl"), encoding: .utf8)
        var articles: [Article] = []
        for line in goldText.split(separator: "\n") where !line.isEmpty {
            let gold = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let id = gold["id"] as! String
            guard let source = texts[id], let text = source["text"] as? String else { continue }
            let record = InputRecord(origin: "dev-news.jsonl:\(id)", id: id, url: source["url"] as? String,
                                     title: source["title"] as? String,
                                     published: (source["published"] as? String).flatMap { CivilDate(iso: $0) },
                                     outlet: source["outlet"] as? String, text: text, isPlainText: false)
            articles.append(Article(id: id, record: record, annotations: annotations(gold, text: text), gold: gold))
        }
        return articles
    }

    /// The oracle entity and time layers of a gold object.
    public static func annotations(_ gold: [String: Any], text: String) -> Annotations {
        let scalars = Array(text.unicodeScalars)
        let codes = organizationCodes()
        let normalizer = ArabicNormalizer(options: .matching)
        var entities: [Entity] = []
        for (i, e) in (gold["entities"] as? [[String: Any]] ?? []).enumerated() {
            let spans = (e["mentions"] as? [[Int]] ?? []).map { Span(start: $0[0], end: $0[1]) }.sorted()
            guard let type = EntityType(rawValue: e["type"] as? String ?? ""), let first = spans.first else { continue }
            let surfaces = spans.map { normalizer.key(String(String.UnicodeScalarView(scalars[$0.range]))) }
            let country = e["country"] as? String
            var cameo = surfaces.lazy.compactMap { codes[$0] }.first
            if cameo == nil, type == .gpe { cameo = country }
            entities.append(Entity(id: "e\(i + 1)", type: type, name: e["name"] as? String ?? "",
                                   nameAr: String(String.UnicodeScalarView(scalars[first.range])), country: country,
                                   cameo: cameo, mentions: spans))
        }
        var times: [TimeExpression] = []
        for t in gold["times"] as? [[String: Any]] ?? [] {
            guard let start = t["start"] as? Int, let end = t["end"] as? Int else { continue }
            let value = t["value"] as? String
            times.append(TimeExpression(span: Span(start: start, end: end), value: value, kind: .date, anchor: .absolute))
        }
        times.sort { $0.span < $1.span }
        return Annotations(entities: entities, times: times)
    }

    /// Normalized organization surfaces → CAMEO code, from the entity lexicon.
    static func organizationCodes() -> [String: String] {
        let url = root.appendingPathComponent("Sources/MarsadEntities/Resources/organizations.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let reader = try? TSVReader(text: text, file: "organizations.tsv", requiredColumns: ["surface", "cameo"]) else { return [:] }
        let normalizer = ArabicNormalizer(options: .matching)
        var codes: [String: String] = [:]
        for row in reader.rows where row["cameo"] != "-" && !row["cameo"].isEmpty {
            codes[normalizer.key(row["surface"])] = row["cameo"]
        }
        return codes
    }
}
