import Foundation
import MarsadCore
@testable import MarsadEval
import MarsadIntake
import MarsadText
import Testing

/// The gold itself, turned into output, must score 1 on every layer: this checks decoding,
/// matching and counting end to end on the real gold files, whatever the pipeline does.
struct OracleTests {
    /// Builds the output an ideal pipeline would give for `gold` over `text`. Actors that no
    /// gold entity stands for (IGO, group names) become entities without mentions.
    static func oracle(_ gold: GoldArticle, text: String) -> (AnalyzedDocument, extraActors: Int) {
        let document = EvalTest.document(text)
        var entities = gold.entities.enumerated().map { i, g in
            Entity(id: "e\(i + 1)", type: g.type, name: g.name, nameAr: "", country: g.country, cameo: nil,
                   mentions: g.mentions.isEmpty
                       ? g.surface.compactMap { ScalarSearch.firstRange(of: $0, in: document.scalars[...]) } : g.mentions)
        }
        var extra = 0
        func actor(_ code: String?) -> [String] {
            guard let code else { return [] }
            if let e = entities.first(where: { ActorResolver.resolves($0, to: code) }) { return [e.id] }
            extra += 1
            entities.append(Entity(id: "x\(extra)", type: .organization, name: code, nameAr: "", country: nil,
                                   cameo: code == "IGO" ? "IGO" : nil, mentions: []))
            return ["x\(extra)"]
        }
        let times = gold.times.map { TimeExpression(span: $0.span!, value: $0.value, kind: .date, anchor: .absolute) }
        let quotes = gold.quotes.map { q in
            Quote(span: ScalarSearch.firstRange(of: q.contains, in: document.scalars[...])!, kind: q.kind,
                  speaker: q.speaker.flatMap { name in entities.first { $0.name == name }?.id }, cue: nil)
        }
        let events = gold.events.map { g in
            EvalTest.event(g.cameo ?? g.cameoRoot + "0", source: actor(g.source), target: actor(g.target), date: g.date)
        }
        let agreements = gold.agreements.map { g in
            EvalTest.agreement(date: g.date, parties: g.parties.flatMap(actor), provisions: g.provisions)
        }
        let annotations = Annotations(entities: entities, times: times, quotes: quotes, events: events, agreements: agreements)
        return (AnalyzedDocument(document: document, annotations: annotations), extra)
    }

    @Test func theSeedGoldScoresOne() throws {
        let file = try GoldFile.load(path: EvalTest.seedGoldPath)
        let article = try #require(file.articles.first)
        let text = try String(contentsOf: try #require(file.textURL(of: article)), encoding: .utf8)
        let (output, extra) = Self.oracle(article, text: text)
        #expect(extra == 0)   // every actor of the sample is a gold entity
        let score = Scorer().score(output, against: article)
        for layer in EvalLayer.allCases {
            #expect(score[layer].score == 1, "\(layer)")
            #expect(score[layer].found == score[layer].gold, "\(layer)")
        }
        #expect(score.findings.isEmpty)
    }

    @Test(arguments: [EvalTest.devDevelopGoldPath, EvalTest.devHeldGoldPath])
    func theDevGoldScoresOne(path: String) throws {
        var texts: [String: String] = [:]
        InputReader().read([EvalTest.devCorpusPath]) { if let r = try? $0.get(), let id = r.id { texts[id] = r.text } }
        var total = LayerScore()
        for article in try GoldFile.load(path: path).articles {
            let (output, extra) = Self.oracle(article, text: try #require(texts[article.id]))
            let score = Scorer().score(output, against: article)
            for layer in EvalLayer.allCases { #expect(score[layer].recall == 1, "\(article.id) \(layer)") }
            for layer in [EvalLayer.mentions, .times, .quotes] { #expect(score[layer].precision == 1, "\(article.id) \(layer)") }
            // The only false positives are the actors added for IGO and group names.
            #expect(score[.entities].falsePositives == extra, "\(article.id)")
            total = total + score[.times]
        }
        #expect(total.f1 == 1)
    }
}
