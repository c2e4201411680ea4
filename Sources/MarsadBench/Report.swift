import Foundation

/// The figures of one benchmark run.
struct Report {
    struct Corpus {
        let path: String
        let articles: Int
        let utf8Bytes: Int
        let characters: Int
        let failures: Int
    }

    struct Stage {
        let name: String
        let seconds: Double
        let bytes: Int
        let articles: Int
        var mbPerSecond: Double { Double(bytes) / 1e6 / seconds }
        var articlesPerSecond: Double { Double(articles) / seconds }
    }

    var corpus: Corpus?
    var stages: [Stage] = []
    var outputBytes = 0
    var peakMemoryMB = 0.0
    var peers: [String: Any] = [:]

    mutating func add(_ name: String, seconds: Double, bytes: Int, articles: Int) {
        stages.append(Stage(name: name, seconds: max(seconds, 1e-9), bytes: bytes, articles: articles))
    }

    func stage(_ prefix: String) -> Stage? { stages.first { $0.name.hasPrefix(prefix) } }

    func table() -> String {
        var out = ""
        if let c = corpus {
            out += "corpus: \(c.path)\n"
            out += "  \(c.articles) articles, \(c.characters) characters, \(String(format: "%.1f", Double(c.utf8Bytes) / 1e6)) MB UTF-8"
            out += c.failures > 0 ? ", \(c.failures) unreadable\n" : "\n"
        }
        out += "\n" + "stage".padding(toLength: 46, withPad: " ", startingAt: 0) + "seconds      MB/s   articles/s\n"
        for s in stages {
            out += s.name.padding(toLength: 44, withPad: " ", startingAt: 0)
            out += String(format: "%9.3f %9.1f %12.0f\n", s.seconds, s.mbPerSecond, s.articlesPerSecond)
        }
        out += String(format: "\npeak memory: %.0f MB; JSON written: %.1f MB\n", peakMemoryMB, Double(outputBytes) / 1e6)
        if !peers.isEmpty {
            out += "\npeers (same machine, same run)\n"
            for (name, value) in peers.sorted(by: { $0.key < $1.key }) {
                if let d = value as? [String: Any] {
                    let items = d.sorted { $0.key < $1.key }.map { "\($0.key)=\(format($0.value))" }.joined(separator: "  ")
                    out += "  \(name): \(items)\n"
                } else {
                    out += "  \(name): \(value)\n"
                }
            }
        }
        return out
    }

    func format(_ value: Any) -> String {
        if let d = value as? Double { return d >= 100 ? String(format: "%.0f", d) : String(format: "%.2f", d) }
        return "\(value)"
    }

    func json() -> String {
        var object: [String: Any] = [
            "stages": stages.map { ["name": $0.name, "seconds": $0.seconds, "mb_per_s": $0.mbPerSecond, "articles_per_s": $0.articlesPerSecond] },
            "peak_memory_mb": peakMemoryMB,
            "output_bytes": outputBytes,
        ]
        if let c = corpus {
            object["corpus"] = ["path": c.path, "articles": c.articles, "utf8_bytes": c.utf8Bytes, "characters": c.characters]
        }
        if !peers.isEmpty { object["peers"] = peers }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
