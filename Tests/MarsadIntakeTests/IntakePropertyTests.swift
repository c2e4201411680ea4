import Foundation
import Testing
import MarsadCore
import MarsadIntake
import MarsadText
import MarsadTestSupport

/// Random inputs through the whole intake — plain-text files, JSON Lines files (plain and gzip),
/// `Intake.document` and the contract writer: every input is read or refused with an error
/// naming it, never a crash, and every document keeps its invariants.
@Suite struct IntakePropertyTests {
    static let toolkit = TextToolkit()
    static let intake: Intake = {
        do { return Intake(toolkit: toolkit, outlets: try .bundled(toolkit: toolkit)) } catch { fatalError("\(error)") }
    }()

    /// Random bytes, random text (often with a header: title, blank line, dateline), or text with
    /// one byte corrupted.
    static func input(using rng: inout SeededGenerator) -> [UInt8] {
        switch Int.random(in: 0 ..< 4, using: &rng) {
        case 0: return rng.bytes(Int.random(in: 0 ... 64, using: &rng))
        case 1:
            let headers = ["", "عنوان الخبر\n\n", "(سبوتنيك - 11 مايو 2021ء) ", "موسكو - سبوتنيك: ", "القاهرة (رويترز) -",
                           "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس ", "(", "(سبوتنيك", "\u{FEFF}"]
            return Array((headers.randomElement(using: &rng)! + RandomText.string(maxLength: 60, using: &rng)).utf8)
        default:
            var bytes = Array(RandomText.string(maxLength: 60, using: &rng).utf8)
            if !bytes.isEmpty { bytes[Int.random(in: 0 ..< bytes.count, using: &rng)] = UInt8.random(in: 0 ... 255, using: &rng) }
            return bytes
        }
    }

    /// The problems of a document and its contract: invariants, a contract that does not parse,
    /// a span whose `text` is not its slice.
    static func problems(of document: Document) -> [String] {
        var problems = document.invariantViolations()
        let json = AnalyzedDocument(document: document, annotations: Annotations()).contractJSON()
        guard let object = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any] else {
            return problems + ["the contract does not parse"]
        }
        if let dateline = (object["metadata"] as? [String: Any])?["dateline"] as? [String: Any],
           let start = dateline["start"] as? Int, let end = dateline["end"] as? Int,
           (dateline["text"] as? String).map({ Array($0.unicodeScalars) }) != Array(document.scalars[start ..< end]) {
            problems.append("the dateline's text is not its slice")
        }
        return problems
    }

    static func readAll(_ path: String) -> (records: [InputRecord], errors: [IntakeError]) {
        var records: [InputRecord] = [], errors: [IntakeError] = []
        InputReader(limit: 1 << 16).read([path]) { result in
            switch result {
            case .success(let r): records.append(r)
            case .failure(let e): errors.append(e)
            }
        }
        return (records, errors)
    }

    @Test func plainTextFilesAreReadOrRefusedAndKeepTheirInvariants() throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("report.txt").path
        let failure = Property.firstFailure(cases: 300, seed: 51) { rng in
            Self.input(using: &rng)
        } check: { bytes in
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let (records, errors) = Self.readAll(path)
            guard records.count + errors.count == 1 else { return ["\(records.count) records and \(errors.count) errors"] }
            if let error = errors.first { return error.input == path ? [] : ["the error names \(error.input)"] }
            let record = records[0]
            var problems = Self.problems(of: Self.intake.document(from: record))
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if String(validating: body, as: UTF8.self).map({ Array($0.unicodeScalars) }) != Array(record.text.unicodeScalars) {
                problems.append("the text is not the file's")
            }
            return problems
        }
        #expect(failure == nil)
    }

    /// A JSON line for random input: a valid object with that text (and random metadata), or
    /// the input itself as a line.
    static func line(using rng: inout SeededGenerator) -> [UInt8] {
        let text = String(decoding: input(using: &rng), as: UTF8.self)
        var w = JSONWriter(pretty: false)
        switch Int.random(in: 0 ..< 5, using: &rng) {
        case 0: return input(using: &rng).filter { $0 != 0x0A }
        case 1: return Array("{}".utf8)
        default:
            w.object { w in
                if Bool.random(using: &rng) { w.key("id"); w.string(RandomText.string(maxLength: 3, using: &rng)) }
                if Bool.random(using: &rng) { w.key("outlet"); w.string(["سبوتنيك", "Reuters", "", "أ ف ب"].randomElement(using: &rng)!) }
                if Bool.random(using: &rng) { w.key("published"); w.string(["2021-05-11", "2021-02-30", "", "x"].randomElement(using: &rng)!) }
                w.key("text"); w.string(text)
                if Bool.random(using: &rng) { w.key("title"); w.string(RandomText.string(maxLength: 5, using: &rng)) }
            }
            return w.bytes
        }
    }

    @Test(arguments: [false, true])
    func jsonLinesAreReadOrRefusedAndKeepTheirInvariants(gzip: Bool) throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent(gzip ? "corpus.jsonl.gz" : "corpus.jsonl").path
        let failure = Property.firstFailure(cases: 60, seed: gzip ? 52 : 53) { rng -> [[UInt8]] in
            (0 ..< Int.random(in: 0 ... 8, using: &rng)).map { _ in Self.line(using: &rng) }
        } check: { lines in
            var bytes: [UInt8] = []
            for line in lines { bytes += line + (line.count % 3 == 0 ? [0x0D, 0x0A] : [0x0A]) }
            _ = FileManager.default.createFile(atPath: path, contents: Data(gzip ? StoredGzip.member(bytes) : bytes))
            let (records, errors) = Self.readAll(path)
            var problems: [String] = []
            // One record or error a non-blank line; one error for a file without any.
            if records.count + errors.count != max(1, lines.filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }.count) {
                problems.append("\(records.count) records and \(errors.count) errors for \(lines.count) lines")
            }
            for error in errors where !error.input.hasPrefix(path) { problems.append("an error names \(error.input)") }
            for record in records { problems += Self.problems(of: Self.intake.document(from: record)) }
            return problems
        }
        #expect(failure == nil)
    }

    /// Regression: a report written in Arabic presentation forms (text from a PDF) was refused
    /// as "no Arabic text found".
    @Test func presentationFormsAreArabic() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("pdf.txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﺇﻥ ﺍﻟﻤﺤﺎﺩﺛﺎﺕ ﻣﺴﺘﻤﺮﺓ.".utf8))
        let (records, errors) = Self.readAll(path)
        #expect(errors.isEmpty)
        let document = Self.intake.document(from: try #require(records.first))
        #expect(document.tokens.map(\.kind) == [.word, .word, .word, .word, .word, .punctuation])
        #expect(document.normalizedText(in: document.tokens[1].span) == "الوزير")
    }
}
