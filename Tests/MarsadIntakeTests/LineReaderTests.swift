import Foundation
import Testing
@testable import MarsadIntake
import MarsadTestSupport

/// A byte source that hands out given chunks, to put chunk boundaries anywhere.
struct ChunkedSource: ByteSource {
    var chunks: [[UInt8]]
    mutating func next() throws(IntakeError) -> [UInt8] { chunks.isEmpty ? [] : chunks.removeFirst() }
}

/// Gzip members built by hand with stored deflate blocks, so that sizes and member boundaries
/// fall exactly where a test wants them (RFC 1952, RFC 1951 §3.2.4).
enum StoredGzip {
    static let crcTable: [UInt32] = (0 ..< 256).map { n in
        var c = UInt32(n)
        for _ in 0 ..< 8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func littleEndian(_ v: UInt32) -> [UInt8] { (0 ..< 4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }

    /// One gzip member holding `data` uncompressed.
    static func member(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]
        var offset = 0
        repeat {
            let n = min(65535, data.count - offset)
            let final: UInt8 = offset + n == data.count ? 1 : 0
            out += [final, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out += data[offset ..< offset + n]
            offset += n
        } while offset < data.count
        return out + littleEndian(crc32(data)) + littleEndian(UInt32(truncatingIfNeeded: data.count))
    }
}

@Suite struct LineReaderTests {
    /// The lines a reader gives, as strings (or `tooLong:N`).
    static func lines(_ source: some ByteSource, limit: Int = 1 << 20) throws -> [String] {
        var reader = LineReader(source, limit: limit)
        var out: [String] = []
        while let line = try reader.next() {
            switch line {
            case .text(let bytes): out.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong(let n): out.append("tooLong:\(n)")
            }
        }
        return out
    }

    /// What the lines of `bytes` are: split on LF, a CR before it dropped, no empty last line.
    static func expectedLines(_ bytes: [UInt8]) -> [String] {
        var parts = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { part in
            part.last == 0x0D ? part.dropLast() : part[...]
        }
        if bytes.last == 0x0A || bytes.isEmpty { parts.removeLast() }
        return parts.map { String(decoding: $0, as: UTF8.self) }
    }

    /// `bytes` cut into chunks of random sizes (0 to 7 bytes): CRLF pairs and UTF-8 sequences
    /// split across chunks.
    static func chunks(_ bytes: [UInt8], using rng: inout SeededGenerator) -> [[UInt8]] {
        var chunks: [[UInt8]] = [], i = 0
        while i < bytes.count {
            let n = Int.random(in: 1 ... 7, using: &rng)
            chunks.append(Array(bytes[i ..< min(bytes.count, i + n)]))
            i += n
        }
        return chunks
    }

    @Test func linesDoNotDependOnWhereChunksEnd() {
        let failure = Property.firstFailure(cases: 500, seed: 41) { rng -> ([UInt8], [[UInt8]]) in
            let bytes = Array(RandomText.string(maxLength: 40, using: &rng).utf8)
            return (bytes, Self.chunks(bytes, using: &rng))
        } check: { (bytes, chunks) in
            let got = (try? Self.lines(ChunkedSource(chunks: chunks))) ?? ["error"]
            return got == Self.expectedLines(bytes) ? [] : ["\(got) ≠ \(Self.expectedLines(bytes))"]
        }
        #expect(failure == nil)
    }

    @Test func crlfAndUTF8SplitAcrossChunks() throws {
        let text = Array("قال\r\nباكو\r\n".utf8)
        // Cut between CR and LF, and inside the two-byte ق and ب.
        let chunks = [Array(text[0 ..< 1]), Array(text[1 ..< 7]), Array(text[7 ..< 8]), Array(text[8 ..< 9]), Array(text[9...])]
        #expect(try Self.lines(ChunkedSource(chunks: chunks)) == ["قال", "باكو"])
        // The last line of a CRLF file that lost its final LF.
        #expect(try Self.lines(ChunkedSource(chunks: [Array("قال\r\nباكو\r".utf8)])) == ["قال", "باكو"])
    }

    @Test func linesOverTheLimitAreSkippedAndCounted() throws {
        let long = [UInt8](repeating: 0x61, count: 25)
        let bytes = Array("ab\n".utf8) + long + [0x0A] + Array("cd\r\n".utf8) + long
        var rng = SeededGenerator(seed: 42)
        for _ in 0 ..< 50 {
            let got = try Self.lines(ChunkedSource(chunks: Self.chunks(bytes, using: &rng)), limit: 10)
            #expect(got == ["ab", "tooLong:25", "cd", "tooLong:25"])
        }
        // A line of exactly the limit is read.
        #expect(try Self.lines(ChunkedSource(chunks: [Array("0123456789\n".utf8)]), limit: 10) == ["0123456789"])
    }

    /// Regression: each new chunk made the reader search the whole partial line again for LF,
    /// quadratic in a long line (a 7.9 MB line in 256 KiB gzip chunks scanned ~135 MB).
    @Test func aLongLineIsSearchedOnce() throws {
        let chunk = [UInt8](repeating: 0x61, count: 1 << 14)
        let chunks = Array(repeating: chunk, count: 64) + [[0x0A, 0x62, 0x0A]]
        var reader = LineReader(ChunkedSource(chunks: chunks), limit: 8 << 20)
        guard case .text(let line)? = try reader.next() else { Issue.record("no line"); return }
        #expect(line.count == 64 << 14)
        guard case .text(let next)? = try reader.next() else { Issue.record("no second line"); return }
        #expect(next.elementsEqual([0x62]))
        #expect(try reader.next() == nil)
        // Every byte searched once (the old reader went through 64 × 65 / 2 chunks' worth).
        #expect(reader.searchedBytes == (64 << 14) + 3)
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func gzipMembersAreReadOneAfterAnother() throws {
        // Three members; the second ends and the third starts in the middle of a line.
        let data = Array("{\"text\": \"قال\"}\n{\"text\": \"باكو\"}\n".utf8)
        let gz = StoredGzip.member(Array(data[0 ..< 5])) + StoredGzip.member(Array(data[5 ..< 20])) + StoredGzip.member(Array(data[20...]))
        var source = try GzipByteSource(path: try write(gz, "members.jsonl.gz"))
        var out: [UInt8] = []
        while true {
            let chunk = try source.next()
            if chunk.isEmpty { break }
            out += chunk
        }
        #expect(out == data)
    }

    /// Members whose boundary falls right at, just before and just after the 1 MiB read chunk.
    @Test(arguments: [-1, 0, 1])
    func aMemberBoundaryAtTheReadChunkBoundary(shift: Int) throws {
        let header = 10 + 8  // gzip header and trailer
        let blocks = 17 * 5  // 17 stored blocks of at most 65535 bytes, 5 bytes each
        let firstSize = FileByteSource.chunkSize - header - blocks + shift
        var first = [UInt8](repeating: UInt8(ascii: "a"), count: firstSize)
        first[first.count - 1] = 0x0A
        let second = Array("{\"text\": \"قال\"}\n".utf8)
        let gz = StoredGzip.member(first) + StoredGzip.member(second)
        var source = try GzipByteSource(path: try write(gz, "big.jsonl.gz"))
        var out: [UInt8] = []
        while true {
            let chunk = try source.next()
            if chunk.isEmpty { break }
            out += chunk
        }
        #expect(out.count == first.count + second.count)
        #expect(out.suffix(second.count).elementsEqual(second))
    }

    @Test func brokenGzipIsAnErrorNamingTheFile() throws {
        let member = StoredGzip.member(Array("{\"text\": \"قال\"}\n".utf8))
        for (name, bytes) in [("empty", [UInt8]()), ("truncated", Array(member.dropLast(3))), ("garbage", member + [0x00, 0x01])] {
            let path = try write(bytes, "\(name).jsonl.gz")
            var errors: [IntakeError] = []
            InputReader().read([path]) { if case .failure(let e) = $0 { errors.append(e) } }
            #expect(errors.count == 1, "\(name)")
            if case .gzip(let p, _)? = errors.first { #expect(p == path) } else { Issue.record("\(name): \(errors)") }
        }
    }

    /// Regression: a JSON Lines file saved with a UTF-8 byte-order mark had its first line
    /// refused ("expected a JSON object `{` at byte 1").
    @Test func aByteOrderMarkBeforeTheFirstLineIsSkipped() throws {
        let path = try write([0xEF, 0xBB, 0xBF] + Array("{\"text\": \"قال الوزير\"}\n{\"text\": \"باكو\"}\n".utf8), "bom.jsonl")
        var texts: [String] = [], errors: [IntakeError] = []
        InputReader().read([path]) { result in
            switch result {
            case .success(let r): texts.append(r.text)
            case .failure(let e): errors.append(e)
            }
        }
        #expect(texts == ["قال الوزير", "باكو"])
        #expect(errors.isEmpty)
    }
}
