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
