import Foundation
import MarsadCore
@testable import MarsadEval
import MarsadText

/// Builders for hand-made gold + output pairs over real Arabic sentences.
enum EvalTest {
    static let toolkit = TextToolkit()

    /// The repository's root folder, and `../shared` beside it.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seedGoldPath = shared.appendingPathComponent("gold/seed.gold.json").path
    static let devCorpusPath = shared.appendingPathComponent("corpus/dev-news.jsonl").path
    static let devDevelopGoldPath = repositoryRoot.appendingPathComponent("Tests/Fixtures/gold/dev-develop.gold.jsonl").path
    static let devHeldGoldPath = repositoryRoot.appendingPathComponent("Tests/Fixtures/gold/dev-held.gold.jsonl").path

    /// A document of `text`.
    static func document(_ text: String) -> Document {
        Document(id: "test", text: text, metadata: Metadata(), toolkit: toolkit)
    }

    /// The span of the `occurrence`-th (0-based) occurrence of `piece` in `text`, in code points.
    /// Traps when absent: the tables must name pieces of their sentences.
    static func span(_ piece: String, in text: String, occurrence: Int = 0) -> Span {
        let hay = Array(text.unicodeScalars), needle = Array(piece.unicodeScalars)
        var seen = 0
        for start in 0 ... (hay.count - needle.count) where Array(hay[start ..< start + needle.count]) == needle {
            if seen == occurrence { return Span(start: start, end: start + needle.count) }
            seen += 1
        }
        fatalError("`\(piece)` (occurrence \(occurrence)) is not in the sentence")
    }

    /// The output of `text` with the given layers.
    static func output(_ text: String, _ annotations: Annotations) -> AnalyzedDocument {
        AnalyzedDocument(document: document(text), annotations: annotations)
    }

    static func entity(_ id: String, _ type: EntityType, _ name: String, _ country: String?, cameo: String? = nil,
                       mentions: [Span]) -> Entity {
        Entity(id: id, type: type, name: name, nameAr: "", country: country, cameo: cameo, mentions: mentions)
    }

    static func event(_ cameo: String, source: [String], target: [String], date: String?,
                      modality: Modality = .asserted, sourceAgents: [Agent] = [], targetAgents: [Agent] = []) -> Event {
        Event(id: "v\(cameo)", cameo: cameo, plover: Plover(type: "CONSULT", mode: nil), modality: modality,
              source: source, target: target, date: date, location: nil, sentence: Span(start: 0, end: 1),
              trigger: Span(start: 0, end: 1), evidence: [], confidence: 1, sourceAgents: sourceAgents, targetAgents: targetAgents)
    }

    static func agreement(date: String?, parties: [String], provisions: [String], partyAgents: [Agent] = []) -> Agreement {
        Agreement(id: "a1", name: "ceasefire agreement", nameAr: nil, date: date, dateRole: .signed, parties: parties,
                  mediators: [], provisions: provisions.map { Provision(kind: $0, span: Span(start: 0, end: 1)) },
                  mentions: [], partyAgents: partyAgents)
    }

    static func agent(_ cameo: String, _ label: String) -> Agent {
        Agent(cameo: cameo, label: label, span: Span(start: 0, end: 1))
    }
}
