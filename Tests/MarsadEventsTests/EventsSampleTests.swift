import Foundation
import MarsadCore
import MarsadTestSupport
import Testing

/// The sample report (Sputnik, 11 May 2021) with oracle entities and times from
/// `shared/gold/seed.gold.json`: its quotations, key events and agreement must come out right.
@Suite struct EventsSampleTests {
    let document: Document
    let annotations: Annotations
    let gold: [String: Any]

    init() throws {
        let article = try GoldOracle.sample()
        (document, annotations) = OracleRun.analyze(article)
        gold = article.gold
    }

    func name(_ id: String?) -> String? { annotations.entities.first { $0.id == id }?.name }
    func countries(_ ids: [String]) -> Set<String> { Set(ids.compactMap { id in annotations.entities.first { $0.id == id }?.country }) }

    @Test func quotationsAreTheFourOfTheGold() throws {
        let quotes = annotations.quotes
        let expected = try #require(gold["quotes"] as? [[String: Any]])
        #expect(quotes.count == expected.count)
        for g in expected {
            let contains = g["contains"] as! String
            let q = quotes.first { document.text(in: $0.span).contains(contains) }
            #expect(q != nil, "«\(contains)»")
            #expect(q.flatMap { name($0.speaker) } == g["speaker"] as? String)
            #expect(q?.kind.rawValue == g["kind"] as? String)
        }
    }

    @Test func keyEventsAreFound() throws {
        let asserted = annotations.events.filter { $0.modality == .asserted }
        for g in try #require(gold["events"] as? [[String: Any]]) {
            let root = g["cameo_root"] as! String, source = g["source"] as! String, target = g["target"] as! String
            let date = g["date"] as? String
            let hit = asserted.contains { e in
                let s = countries(e.source), t = countries(e.target)
                let sides = (s.contains(source) && t.contains(target)) || (root == "04" && s.contains(target) && t.contains(source))
                return e.cameo.hasPrefix(root) && sides && (date == nil || e.date == date)
            }
            #expect(hit, "\(g["what"] ?? "")")
        }
        // The signing is one event, with its ceasefire, though the report tells it twice.
        #expect(annotations.events.filter { $0.cameo == "057" }.count == 1)
        #expect(annotations.events.first { $0.cameo == "057" }?.evidence.count == 2)
        #expect(annotations.events.contains { $0.cameo == "0871" })
    }

    @Test func theAgreementOf10November2020() throws {
        let agreements = annotations.agreements
        #expect(agreements.count == 1)
        let a = try #require(agreements.first)
        #expect(a.date == "2020-11-10")
        #expect(a.dateRole == .effective)
        #expect(countries(a.parties) == ["ARM", "AZE", "RUS"])
        #expect(a.mediators.map { name($0) } == ["Russia"])
        #expect(Set(a.provisions.map(\.kind)) == ["ceasefire", "peacekeeping", "transit", "prisoner_exchange", "displaced_return"])
        #expect(a.mentions.map { document.text(in: $0) } == ["اتّفاقاً لوقف إطلاق النار", "إعلانا مشتركا حول وقف شامل لإطلاق النار", "الاتفاق"])
    }
}
