import Foundation
import MarsadCore
import MarsadTestSupport
import Testing

/// Writes the contract JSON Lines of the sample and the develop articles, analyzed with oracle
/// entities and times, to the path in `MARSAD_EVENTS_DUMP`, for `scripts/eval_events.py`.
/// Without the variable the test only checks that every article is analyzed.
@Suite struct OracleDump {
    @Test func dumpOracleRun() throws {
        let articles = try [GoldOracle.sample()] + GoldOracle.develop()
        #expect(articles.count == 7)
        var lines: [UInt8] = []
        for article in articles {
            let (document, annotations) = OracleRun.analyze(article)
            lines += AnalyzedDocument(document: document, annotations: annotations).contractJSON(pretty: false)
            lines.append(0x0A)
        }
        if let path = ProcessInfo.processInfo.environment["MARSAD_EVENTS_DUMP"] {
            try Data(lines).write(to: URL(fileURLWithPath: path))
        }
    }
}
