import Foundation
import Testing
import Marsad
import MarsadCore
import MarsadTestSupport

/// The built-in example: its metadata and its contract.
@Suite struct SampleTests {
    @Test func metadataOfTheBuiltInExample() throws {
        let d = try Fixtures.analyzedSample().document
        #expect(d.metadata.title == "لافروف: روسيا تركز على التنفيذ الكامل لجميع الاتفاقات الخاصة بالتسوية في قره باغ")
        #expect(d.metadata.published?.iso == "2021-05-11")
        #expect(d.metadata.outlets.map(\.nameEn) == ["Pakistan Point News", "Sputnik"])
        #expect(d.metadata.outlets.map(\.role) == [.publisher, .source])
        #expect(d.metadata.outlets.map(\.name) == ["پاکستان پوائنٹ نیوز", "سبوتنيك"])
        #expect(d.metadata.dateline.map { d.text(in: $0) } == "(پاکستان پوائنٹ نیوز / سبوتنيك - 11 مايو 2021ء)")
    }

    @Test func theBuiltInExampleIsTheSharedSample() throws {
        let shipped = try Marsad.builtInExample().text
        let shared = try String(contentsOfFile: Fixtures.samplePath, encoding: .utf8)
        #expect(shipped == shared)
    }

    @Test func contractHasEveryLayerAndSortedKeys() throws {
        let json = try Fixtures.analyzedSample().contractJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect(object["schema"] as? String == "marsad.document/1")
        #expect(object["language"] as? String == "ar")
        for layer in ["sentences", "entities", "times", "quotes", "events", "agreements", "warnings"] {
            #expect(object[layer] is [Any], "\(layer) is missing or not a list")
        }
        // Top-level keys in sorted order, so the output is byte-stable.
        let keys = topLevelKeys(json)
        #expect(keys == ["agreements", "entities", "events", "id", "language", "metadata", "quotes", "schema", "sentences", "text", "times", "warnings"])
        // Byte-stable: the same input gives the same bytes.
        #expect(try Fixtures.analyzedSample().contractJSON() == json)
    }

    /// The keys of the outermost object, in the order written.
    func topLevelKeys(_ json: [UInt8]) -> [String] {
        var keys: [String] = [], depth = 0, i = 0, inString = false, stringStart = 0
        while i < json.count {
            let b = json[i]
            if inString {
                if b == UInt8(ascii: "\\") { i += 1 } else if b == UInt8(ascii: "\"") {
                    inString = false
                    var j = i + 1
                    while j < json.count, json[j] == 0x20 || json[j] == 0x0A { j += 1 }
                    if depth == 1, j < json.count, json[j] == UInt8(ascii: ":") {
                        keys.append(String(decoding: json[stringStart ..< i], as: UTF8.self))
                    }
                }
            } else if b == UInt8(ascii: "\"") {
                inString = true
                stringStart = i + 1
            } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                depth -= 1
            }
            i += 1
        }
        return keys
    }

    @Test func textSummaryNamesTheOutletChain() throws {
        let summary = TextSummary(try Fixtures.analyzedSample()).render()
        #expect(summary.contains("Pakistan Point News (publisher) ← Sputnik (source)"))
        #expect(summary.contains("published: 2021-05-11"))
    }
}
