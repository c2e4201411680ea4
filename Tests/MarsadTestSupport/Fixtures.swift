public import Foundation
public import Marsad
public import MarsadCore
import MarsadIntake
import MarsadText

/// Paths and loaded data shared by the test suites.
public enum Fixtures {
    /// The repository's root folder.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository: the project's shared data.
    public static let shared: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The sample report's path in ../shared/seeds.
    public static let samplePath = shared.appendingPathComponent("seeds/karabakh-lavrov-2021-05-11.ar.txt").path
    /// The dev corpus (12 real reports).
    public static let devCorpusPath = shared.appendingPathComponent("corpus/dev-news.jsonl").path
    /// The sample's gold.
    public static let sampleGoldPath = shared.appendingPathComponent("gold/seed.gold.json").path

    /// The analyzer, loaded once for all tests.
    public static let marsad: Marsad = {
        do { return try Marsad() } catch { fatalError("Marsad failed to load: \(error)") }
    }()

    /// The analyzed sample report.
    public static func analyzedSample() throws -> AnalyzedDocument {
        marsad.analyze(marsad.intake.document(from: try Marsad.builtInExample()))
    }

    /// The analyzed reports of the dev corpus.
    public static func analyzedDevCorpus() throws -> [AnalyzedDocument] {
        var result: [AnalyzedDocument] = []
        var failure: IntakeError?
        InputReader().read([devCorpusPath]) { record in
            switch record {
            case .success(let r): result.append(marsad.analyze(marsad.intake.document(from: r)))
            case .failure(let e): failure = e
            }
        }
        if let failure { throw failure }
        return result
    }

    /// A document built from a text with the standard toolkit.
    public static func document(_ text: String, published: String? = nil) -> Document {
        let record = InputRecord(origin: "test", text: text, isPlainText: true)
        return marsad.intake.document(from: record, published: published.flatMap { CivilDate(iso: $0) })
    }

    /// A fresh temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Document {
    /// The texts of the tokens, for assertions.
    public var tokenTexts: [String] { tokens.map { text(in: $0.span) } }
}
