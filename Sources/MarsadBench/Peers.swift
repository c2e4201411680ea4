import Foundation

extension Bench {
    /// Runs a peer script (scripts/peers) and returns its JSON object, or `nil` with a note.
    static func runScript(_ script: String, _ arguments: [String]) -> [String: Any]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/peers/\(script)"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.standardError
        do { try process.run() } catch {
            FileHandle.standardError.write(Data("marsad-bench: cannot run \(script): \(error)\n".utf8))
            return nil
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            FileHandle.standardError.write(Data("marsad-bench: \(script) failed; run scripts/peers/setup.sh first\n".utf8))
            return nil
        }
        return object
    }

    /// The peers on the same corpus: pyarabic and CAMeL Tools (normalization + tokenization) and
    /// dateparser's search_dates; ratios against Marsad's stages measured in this run.
    static func runPeers(options: Options, report: Report) -> [String: Any] {
        var peers: [String: Any] = [:]
        let limit = min(options.peerLimit, report.corpus?.articles ?? options.peerLimit)
        let ours = report.stage("text: normalize + tokenize")
        if let text = runScript("text_peers.py", ["--corpus", options.corpus, "--limit", String(limit)]),
           let tools = text["peers"] as? [String: Any] {
            for (name, value) in tools {
                guard let figures = value as? [String: Any], let mbs = figures["mb_per_s"] as? Double else { continue }
                var entry: [String: Any] = ["mb_per_s": mbs, "articles": limit]
                if let ours { entry["marsad_text_layer_ratio"] = ours.mbPerSecond / mbs }
                peers[name] = entry
            }
        }
        if let dates = runScript("dateparser_speed.py", ["--corpus", options.corpus, "--sample", String(options.dateparserSample)]),
           let charsPerSecond = dates["chars_per_s"] as? Double {
            var entry: [String: Any] = ["chars_per_s": charsPerSecond, "mb_per_s": dates["mb_per_s"] ?? 0,
                                        "sample_articles": dates["sample_articles"] ?? 0]
            if let layer = report.stage("layer: times"), let c = report.corpus {
                let oursCharsPerSecond = Double(c.characters) / layer.seconds
                entry["marsad_times_chars_per_s"] = oursCharsPerSecond
                entry["marsad_times_ratio"] = oursCharsPerSecond / charsPerSecond
            }
            peers["dateparser_search_dates"] = entry
        }
        return peers
    }
}
