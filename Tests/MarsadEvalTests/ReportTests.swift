import Foundation
import MarsadCore
@testable import MarsadEval
import MarsadText
import Testing

/// Layer figures, micro-averaging, thresholds (`--min`), and the text and JSON reports.
struct ReportTests {
    @Test func ratiosAndMicroAveraging() {
        let a = LayerScore(gold: 6, found: 3, predicted: 4, correct: 3, articles: 1, completeArticles: 1)
        let b = LayerScore(gold: 4, found: 4, predicted: 0, correct: 0, articles: 1, completeArticles: 0)
        #expect(a.recall == 0.5)
        #expect(a.precision == 0.75)
        #expect(a.f1 == 0.6)
        #expect(b.precision == nil && b.f1 == nil && b.score == 1)
        let sum = a + b
        #expect(sum.recall == 0.7)
        #expect(sum.precision == 0.75)   // from the complete article only
        #expect(LayerScore(articles: 1, completeArticles: 1).f1 == 1)   // nothing to find, nothing claimed
    }

    @Test(arguments: ["entities=0.9", "TIMES=1", "provisions=0"])
    func thresholdParses(argument: String) {
        #expect(Threshold(argument: argument) != nil)
    }

    @Test(arguments: ["entities", "entities=", "people=0.5", "times=1.5", "times=-0.1", "times=0.5=1"])
    func thresholdRejects(argument: String) {
        #expect(Threshold(argument: argument) == nil)
    }

    @Test func thresholdFailureNamesTheLayerAndFigures() throws {
        let times = LayerScore(gold: 6, found: 3, predicted: 4, correct: 3, articles: 1, completeArticles: 1)
        let events = LayerScore(gold: 5, found: 1, articles: 1)
        let report = EvalReport(groups: [EvalReport.Group(name: "g", articles: [
            ArticleScore(id: "a", layers: [.times: times, .events: events]),
        ])])
        let failures = report.failures(of: [
            try #require(Threshold(argument: "times=0.6")),   // F1 is 0.6: passes
            try #require(Threshold(argument: "times=0.7")),
            try #require(Threshold(argument: "events=0.25")),
        ])
        #expect(failures == [
            "times: F1 0.600 is below the minimum 0.700 (found 3/6, precision 0.750 (3/4), recall 0.500).",
            "events: recall (precision is not defined: no gold article lists this layer completely) 0.200 is below the minimum 0.250 (found 1/5, recall 0.200).",
        ])
    }

    @Test func textAndJSON() throws {
        let times = LayerScore(gold: 6, found: 3, predicted: 4, correct: 3, articles: 1, completeArticles: 1)
        let miss = Finding(layer: .times, kind: .miss, text: "اليوم", spans: [Span(start: 553, end: 558)], detail: "value 2021-05-11")
        let eventMisses = [Finding.Cause.noEventOfRoot, .noEventOfRoot, .date].map {
            Finding(layer: .events, kind: .miss, text: "", spans: [], detail: "", cause: $0)
        }
        let report = EvalReport(groups: [EvalReport.Group(name: "seed.gold.json", articles: [
            ArticleScore(id: "a", layers: [.times: times, .events: LayerScore(gold: 5, found: 1, articles: 1)], findings: [miss] + eventMisses),
        ])])
        let text = report.text(misses: true)
        #expect(text.contains("times       3/6         0.750 (3/4)  0.500   0.600"))
        #expect(text.contains("events      1/5         —            0.200   —"))
        #expect(text.contains("  times       miss            [553, 558) «اليوم» value 2021-05-11"))
        #expect(!report.text().contains("«اليوم»"))
        #expect(report.text().contains("events misses by cause: no_event_of_root 2, date 1\n"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(misses: true).utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "marsad.eval/1")
        let overall = try #require(json["overall"] as? [String: Any])
        let overallTimes = try #require(overall["times"] as? [String: Any])
        #expect(overallTimes["f1"] as? Double == 0.6)
        #expect((overall["events"] as? [String: Any])?["precision"] is NSNull)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect((files.first?["miss_causes"] as? [String: [String: Int]]) == ["events": ["no_event_of_root": 2, "date": 1]])
        let article = try #require((files.first?["articles"] as? [[String: Any]])?.first)
        let finding = try #require((article["findings"] as? [[String: Any]])?.first)
        #expect(finding["text"] as? String == "اليوم")
        #expect(finding["spans"] as? [[Int]] == [[553, 558]])
    }
}
