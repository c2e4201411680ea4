import Foundation
import MarsadTime
import Testing

/// The Duckling runner on Duckling's Arabic time corpus (../shared/peers/duckling-ar): the
/// figure docs/QUALITY.md reports.
@Suite struct DucklingCorpusTests {
    static let path = SampleTests.shared.appendingPathComponent("peers/duckling-ar/duckling_ar_corpus.jsonl").path

    @Test func dayLevelAccuracyOnDucklingsCorpus() throws {
        let cases = try DucklingCorpus.load(path: Self.path)
        let report = DucklingCorpus.evaluate(cases, recognizer: TimeFixtures.extractor.recognizer)
        #expect(report.all.cases == 157)  // grain Day or finer, as scripts/peers/dateparser_duckling.py counts
        #expect(report.negatives == 3)
        #expect(report.negativesRejected == 3)
        #expect(report.accuracyDay >= 0.95, "\(report.all)")
    }

    @Test func missingCorpusIsAnError() {
        #expect(throws: TimeError.self) { try DucklingCorpus.load(path: "/nonexistent/duckling.jsonl") }
    }
}
