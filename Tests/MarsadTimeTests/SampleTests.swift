import Foundation
import MarsadCore
import MarsadText
import Testing

/// The sample report against its gold (../shared/gold/seed.gold.json): every day-level time, with
/// its span, and nothing else at day level.
@Suite struct SampleTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    @Test func sampleTimesMatchTheGold() throws {
        let text = try String(contentsOf: Self.shared.appendingPathComponent("seeds/karabakh-lavrov-2021-05-11.ar.txt"), encoding: .utf8)
        let goldData = try Data(contentsOf: Self.shared.appendingPathComponent("gold/seed.gold.json"))
        let gold = try #require(try JSONSerialization.jsonObject(with: goldData) as? [String: Any])
        let goldTimes = try #require(gold["times"] as? [[String: Any]])
        let doc = TimeFixtures.document(text, published: gold["published"] as? String)
        let times = TimeFixtures.extractor.extract(from: doc, given: Annotations()).times
        let days = times.filter { $0.kind == .date }
        #expect(days.count == goldTimes.count)
        for g in goldTimes {
            let start = try #require(g["start"] as? Int), end = try #require(g["end"] as? Int)
            let match = days.first { $0.span.start < end && start < $0.span.end }
            #expect(match?.value == g["value"] as? String, "\(g["text"] ?? "")")
        }
        // Spans: the gold's, except that an attached proclitic (وبالأمس) stays outside.
        #expect(days.map { doc.text(in: $0.span) } == ["11 مايو 2021", "اليوم الثلاثاء", "الأمس", "اليوم", "يوم أمس الاثنين",
                                                       "الـ10 من تشرين الثاني /نوفمبر 2020"])
        #expect(times.filter { $0.kind == .vague }.map { doc.text(in: $0.span) } == ["سنوات عديدة", "في وقت سابق"])
    }
}
