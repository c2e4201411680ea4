import Testing
import MarsadText

@Suite struct DecoderTests {
    @Test func dropsTheByteOrderMarkAndKeepsLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("باكو\r\nيريفان".utf8)
        #expect(try TextDecoder.decode(bytes) == "باكو\r\nيريفان")
    }

    @Test func refusesEmptyBinaryAndInvalidUTF8() {
        #expect(throws: TextError.empty) { try TextDecoder.decode([UInt8]()) }
        #expect(throws: TextError.empty) { try TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x20, 0x0A]) }
        #expect(throws: TextError.binary(byteOffset: 4)) { try TextDecoder.decode(Array("باك".utf8.prefix(4)) + [0, 0x41]) }
        // Windows-1256 "روسيا" is not UTF-8.
        #expect(throws: TextError.invalidUTF8(byteOffset: 0)) { try TextDecoder.decode([0xD1, 0xE6, 0xD3, 0xED, 0xC7]) }
        // A truncated sequence at the end; an overlong encoding; a surrogate.
        #expect(throws: TextError.invalidUTF8(byteOffset: 2)) { try TextDecoder.decode([0x41, 0x42, 0xD8]) }
        #expect(throws: TextError.invalidUTF8(byteOffset: 0)) { try TextDecoder.decode([0xC0, 0xAF]) }
        #expect(throws: TextError.invalidUTF8(byteOffset: 0)) { try TextDecoder.decode([0xED, 0xA0, 0x80]) }
    }

    @Test func acceptsFourByteSequences() throws {
        #expect(try TextDecoder.decode(Array("روسيا 🇷🇺".utf8)) == "روسيا 🇷🇺")
    }
}

@Suite struct ScalarDecoderTests {
    @Test(arguments: ["", "باكو", "a\u{0}b", "روسيا 🇷🇺 ١٢ \r\n ﻻ", String(repeating: "عددًا ", count: 100)])
    func matchesTheStandardLibrary(text: String) {
        #expect(ScalarDecoder.scalars(of: text) == Array(text.unicodeScalars))
    }
}

@Suite struct TSVReaderTests {
    @Test func headerCommentsBlankLinesAndCRLF() throws {
        let text = "# a comment\r\nword\tkind\tsource\r\n\r\nباكو\tboth\tcurated\r\nوزير\tproclitic\r\n"
        let tsv = try TSVReader(text: text, file: "t.tsv", requiredColumns: ["word"])
        #expect(tsv.header == ["word", "kind", "source"])
        #expect(tsv.rows.map { $0["word"] } == ["باكو", "وزير"])
        #expect(tsv.rows.map(\.line) == [4, 5])
        #expect(tsv.rows[1]["source"] == "")
    }

    @Test func errorsNameFileAndLine() {
        #expect(throws: TextError.malformedResource(file: "t.tsv", line: 1, reason: "the header lacks the column `source`")) {
            try TSVReader(text: "word\n", file: "t.tsv", requiredColumns: ["source"])
        }
        #expect(throws: TextError.malformedResource(file: "t.tsv", line: 3, reason: "3 fields where the header has 2")) {
            try TSVReader(text: "a\tb\nx\ty\nx\ty\tz\n", file: "t.tsv")
        }
    }
}
