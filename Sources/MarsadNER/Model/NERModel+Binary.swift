public import Foundation

/// The model file format (`.mner`), little-endian:
///
/// | bytes | field |
/// |---|---|
/// | 4 | magic `MNER` |
/// | 4 | format version (1) |
/// | 4 | ``FeatureSet`` raw value |
/// | 4 | ``NERDecoding`` raw value |
/// | 8 | lexicon fingerprint |
/// | 4 | scale (Float32) |
/// | 4 | feature count n |
/// | 4 + k | info length k, then UTF-8 info |
/// | 90 × 4 | transitions (Int32) |
/// | n × 8 | feature hashes, ascending |
/// | n × 9 × 2 | weights (Int16), 9 a feature |
extension NERModel {
    static let magic: [UInt8] = Array("MNER".utf8)
    static let formatVersion: UInt32 = 1

    /// The model as bytes.
    public func serialized() -> Data {
        var out = Data()
        out.reserveCapacity(64 + info.utf8.count + keys.count * (8 + 2 * NERTag.count))
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
        }
        out.append(contentsOf: Self.magic)
        put(Self.formatVersion)
        put(features.rawValue)
        put(decoding.rawValue)
        put(lexiconFingerprint)
        put(scale.bitPattern)
        put(UInt32(keys.count))
        let infoBytes = Array(info.utf8)
        put(UInt32(infoBytes.count))
        out.append(contentsOf: infoBytes)
        for t in transitions { put(t) }
        for k in keys { put(k) }
        for w in weights { put(w) }
        return out
    }

    /// Writes the model to `path`.
    public func write(to path: String) throws {
        do {
            try serialized().write(to: URL(fileURLWithPath: path))
        } catch {
            throw NERError.unreadable(file: path, reason: "cannot write it: \(error.localizedDescription)")
        }
    }

    /// Reads a model from bytes; `file` names it in errors. The feature hashes and weights are
    /// copied as they lie (one copy each on little-endian machines, all of today's).
    /// - Throws: ``NERError/badModel(file:reason:)`` for a wrong magic, version or a truncated file.
    public init(data: Data, file: String) throws {
        let header = try data.withUnsafeBytes { raw in try Self.readHeader(raw, file: file) }
        let (keys, weights) = data.withUnsafeBytes { raw in
            (Self.readArray(raw, at: header.keysOffset, count: header.count, of: UInt64.self),
             Self.readArray(raw, at: header.keysOffset + header.count * 8, count: header.count * NERTag.count, of: Int16.self))
        }
        self.init(features: header.features, decoding: header.decoding, lexiconFingerprint: header.fingerprint, scale: header.scale,
                  info: header.info, keys: keys, weights: weights, transitions: header.transitions)
    }

    /// What precedes the feature hashes.
    struct Header {
        var features: FeatureSet, decoding: NERDecoding, fingerprint: UInt64, scale: Float, info: String
        var transitions: [Int32], count: Int, keysOffset: Int
    }

    static func readHeader(_ bytes: UnsafeRawBufferPointer, file: String) throws -> Header {
        var offset = 0
        func take<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= bytes.count else { throw NERError.badModel(file: file, reason: "it is truncated") }
            let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
            offset += size
            return T(littleEndian: value)
        }
        guard bytes.count >= 4, Array(bytes[0 ..< 4]) == magic else {
            throw NERError.badModel(file: file, reason: "it does not start with MNER")
        }
        offset = 4
        let version = try take(UInt32.self)
        guard version == formatVersion else {
            throw NERError.badModel(file: file, reason: "format version \(version), this build reads \(formatVersion)")
        }
        let features = FeatureSet(rawValue: try take(UInt32.self))
        guard let decoding = NERDecoding(rawValue: try take(UInt32.self)) else {
            throw NERError.badModel(file: file, reason: "unknown decoding")
        }
        let fingerprint = try take(UInt64.self)
        let scale = Float(bitPattern: try take(UInt32.self))
        let count = Int(try take(UInt32.self))
        let infoLength = Int(try take(UInt32.self))
        let tagCount = NERTag.count
        let needed = infoLength + (tagCount + 1) * tagCount * 4 + count * (8 + 2 * tagCount)
        guard bytes.count - offset == needed else {
            throw NERError.badModel(file: file, reason: "it has \(bytes.count - offset) bytes of data where \(needed) are expected")
        }
        let info = String(decoding: bytes[offset ..< offset + infoLength], as: UTF8.self)
        offset += infoLength
        var transitions = [Int32](repeating: 0, count: (tagCount + 1) * tagCount)
        for i in transitions.indices { transitions[i] = try take(Int32.self) }
        return Header(features: features, decoding: decoding, fingerprint: fingerprint, scale: scale, info: info,
                      transitions: transitions, count: count, keysOffset: offset)
    }

    /// `count` little-endian integers from `offset`.
    static func readArray<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, at offset: Int, count: Int, of _: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 {
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset ..< offset + count * MemoryLayout<T>.size]))
            }
            if 1.littleEndian != 1 { for i in 0 ..< count { buffer[i] = T(littleEndian: buffer[i]) } }
            initialized = count
        }
    }

    /// Reads the model file at `path`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NERError.unreadable(file: path, reason: "no such file, or no permission to read it")
        }
        try self.init(data: data, file: path)
    }
}
