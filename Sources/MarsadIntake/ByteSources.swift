import CZlib
import Foundation

/// A source of bytes read in chunks: a file, or a gzip stream over a file.
protocol ByteSource {
    /// The next chunk, or an empty array at the end.
    mutating func next() throws(IntakeError) -> [UInt8]
}

/// Reads a file in 1 MiB chunks.
struct FileByteSource: ByteSource {
    let handle: FileHandle
    let path: String
    static let chunkSize = 1 << 20

    init(path: String) throws(IntakeError) {
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw IntakeError.unreadable(path, reason: Self.reason(error))
        }
        self.path = path
    }

    mutating func next() throws(IntakeError) -> [UInt8] {
        do {
            return [UInt8](try handle.read(upToCount: Self.chunkSize) ?? Data())
        } catch {
            throw IntakeError.unreadable(path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}

/// Decompresses a gzip file as it is read, in bounded memory.
struct GzipByteSource: ByteSource {
    private var file: FileByteSource
    private let stream: InflateStream
    private var finished = false
    let path: String

    init(path: String) throws(IntakeError) {
        file = try FileByteSource(path: path)
        guard let stream = InflateStream() else { throw IntakeError.gzip(path, reason: "zlib could not start") }
        self.stream = stream
        self.path = path
    }

    mutating func next() throws(IntakeError) -> [UInt8] {
        while !finished {
            if stream.needsInput {
                let chunk = try file.next()
                if chunk.isEmpty {
                    if stream.atStreamEnd { finished = true; return [] }
                    throw IntakeError.gzip(path, reason: "the file ends in the middle of the compressed stream")
                }
                stream.feed(chunk)
            }
            switch stream.inflate() {
            case .output(let bytes):
                if !bytes.isEmpty { return bytes }
            case .failure(let reason):
                throw IntakeError.gzip(path, reason: reason)
            }
        }
        return []
    }
}

/// A zlib inflate stream for gzip data, with its own buffers. Concatenated gzip members are read
/// one after another, as `gzip -d` does.
final class InflateStream {
    enum Step { case output([UInt8]), failure(String) }

    private var z = z_stream()
    private var input: [UInt8] = []
    private var inputOffset = 0
    private var output = [UInt8](repeating: 0, count: 1 << 18)
    private(set) var atStreamEnd = false

    init?() {
        let status = inflateInit2_(&z, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK { return nil }
    }

    deinit { inflateEnd(&z) }

    var needsInput: Bool { inputOffset >= input.count }

    func feed(_ bytes: [UInt8]) {
        input = bytes
        inputOffset = 0
    }

    func inflate() -> Step {
        if atStreamEnd && inputOffset < input.count {
            // Another gzip member follows.
            inflateReset(&z)
            atStreamEnd = false
        }
        let available = input.count - inputOffset
        var produced = 0
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                z.next_in = inBuffer.baseAddress.map { $0 + inputOffset }
                z.avail_in = UInt32(available)
                z.next_out = outBuffer.baseAddress
                z.avail_out = UInt32(outBuffer.count)
                status = CZlib.inflate(&z, Z_NO_FLUSH)
                produced = outBuffer.count - Int(z.avail_out)
            }
        }
        inputOffset += available - Int(z.avail_in)
        switch status {
        case Z_OK, Z_BUF_ERROR:
            return .output(Array(output[0 ..< produced]))
        case Z_STREAM_END:
            atStreamEnd = true
            return .output(Array(output[0 ..< produced]))
        default:
            let message = z.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            return .failure(message)
        }
    }
}

/// Splits a byte source into lines (without their LF or CRLF), each at most `limit` bytes;
/// a longer line is skipped and reported by its number.
struct LineReader<Source: ByteSource> {
    private var source: Source
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private(set) var lineNumber = 0
    /// How many bytes the search for LF has gone through, for the tests of its linearity.
    private(set) var searchedBytes = 0
    let limit: Int

    init(_ source: Source, limit: Int) {
        self.source = source
        self.limit = limit
    }

    enum Line { case text(ArraySlice<UInt8>), tooLong(Int) }

    /// The next line, or `nil` at the end of the input.
    /// - Complexity: O(n) in the bytes of the line: each byte is searched for LF once.
    mutating func next() throws(IntakeError) -> Line? {
        var skipping = false
        var skippedBytes = 0
        var searchFrom = position  // the bytes before it hold no LF
        while true {
            let newline = buffer[searchFrom...].firstIndex(of: 0x0A)
            searchedBytes += (newline.map { $0 + 1 } ?? buffer.count) - searchFrom
            if let newline {
                let start = position
                position = newline + 1
                lineNumber += 1
                if skipping { return .tooLong(skippedBytes + newline - start) }
                if newline - start > limit { return .tooLong(newline - start) }
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                return .text(buffer[start ..< end])
            }
            if atEnd {
                guard position < buffer.count || skipping else { return nil }
                let start = position
                position = buffer.count
                lineNumber += 1
                if skipping { return .tooLong(skippedBytes + buffer.count - start) }
                if buffer.count - start > limit { return .tooLong(buffer.count - start) }
                // The last line of a CRLF file may have lost its LF.
                return .text(buffer[start ..< (buffer.last == 0x0D ? buffer.count - 1 : buffer.count)])
            }
            searchFrom = buffer.count
            if buffer.count - position > limit {
                // A line over the limit: drop what we have and read on to its end.
                skipping = true
                skippedBytes += buffer.count - position
                buffer.removeAll(keepingCapacity: true)
                position = 0
                searchFrom = 0
            } else if position > 0 {
                buffer.removeSubrange(0 ..< position)
                searchFrom -= position
                position = 0
            }
            let chunk = try source.next()
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
