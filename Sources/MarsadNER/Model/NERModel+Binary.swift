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
/// | 5 × 4 | lexicon: longest phrase, gazetteer names, trigger words, cluster words, names of `names.tsv` |
/// | 2 × (4 + m × 12) | the lexicon's two maps (word entries, phrases): m, then m pairs (UInt64 key, UInt32 value), keys ascending |
extension NERModel {
    static let magic: [UInt8] = Array("MNER".utf8)
    static let formatVersion: UInt32 = 2

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
        for n in [lexicon.longestPhrase, lexicon.nameCount, lexicon.triggerCount, lexicon.clusterCount, lexicon.nameListCount] { put(UInt32(n)) }
        for map in [lexicon.words, lexicon.phrases] {
            let pairs = map.pairs()
            put(UInt32(pairs.count))
            for (key, value) in pairs { put(key); put(value) }
        }
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
        let lexicon = try data.withUnsafeBytes { raw in
            try Self.readLexicon(raw, at: header.keysOffset + header.count * (8 + 2 * NERTag.count), fingerprint: header.fingerprint, file: file)
        }
        self.init(features: header.features, decoding: header.decoding, scale: header.scale,
                  info: header.info, keys: keys, weights: weights, transitions: header.transitions, lexicon: lexicon)
    }

    /// The lexicon section: the counts, then two maps; it must end the file.
    static func readLexicon(_ bytes: UnsafeRawBufferPointer, at start: Int, fingerprint: UInt64, file: String) throws -> NERLexicon {
        var cursor = ByteCursor(bytes: bytes, offset: start, file: file)
        var counts: [Int] = []
        for _ in 0 ..< 5 { counts.append(Int(try cursor.take(UInt32.self))) }
        var maps: [HashMap64] = []
        for _ in 0 ..< 2 {
            let m = Int(try cursor.take(UInt32.self))
            guard cursor.offset + m * 12 <= bytes.count else { throw NERError.badModel(file: file, reason: "it is truncated") }
            var map = HashMap64(capacity: m)
            for _ in 0 ..< m {
                let key = try cursor.take(UInt64.self), value = try cursor.take(UInt32.self)
                map.merge(key, value) { $1 }
            }
            maps.append(map)
        }
        guard cursor.offset == bytes.count else {
            throw NERError.badModel(file: file, reason: "it has \(bytes.count - cursor.offset) bytes after its lexicon")
        }
        return NERLexicon(words: maps[0], phrases: maps[1], longestPhrase: max(1, counts[0]), fingerprint: fingerprint,
                          nameCount: counts[1], triggerCount: counts[2], clusterCount: counts[3], nameListCount: counts[4])
    }

    /// What precedes the feature hashes.
    struct Header {
        var features: FeatureSet, decoding: NERDecoding, fingerprint: UInt64, scale: Float, info: String
        var transitions: [Int32], count: Int, keysOffset: Int
    }

    static func readHeader(_ bytes: UnsafeRawBufferPointer, file: String) throws -> Header {
        var cursor = ByteCursor(bytes: bytes, offset: 0, file: file)
        guard bytes.count >= 4, Array(bytes[0 ..< 4]) == magic else {
            throw NERError.badModel(file: file, reason: "it does not start with MNER")
        }
        cursor.offset = 4
        let version = try cursor.take(UInt32.self)
        guard version == formatVersion else {
            throw NERError.badModel(file: file, reason: "format version \(version), this build reads \(formatVersion)")
        }
        let features = FeatureSet(rawValue: try cursor.take(UInt32.self))
        guard let decoding = NERDecoding(rawValue: try cursor.take(UInt32.self)) else {
            throw NERError.badModel(file: file, reason: "unknown decoding")
        }
        let fingerprint = try cursor.take(UInt64.self)
        let scale = Float(bitPattern: try cursor.take(UInt32.self))
        let count = Int(try cursor.take(UInt32.self))
        let infoLength = Int(try cursor.take(UInt32.self))
        let tagCount = NERTag.count
        let needed = infoLength + (tagCount + 1) * tagCount * 4 + count * (8 + 2 * tagCount) + 5 * 4 + 2 * 4
        guard bytes.count - cursor.offset >= needed else {
            throw NERError.badModel(file: file, reason: "it has \(bytes.count - cursor.offset) bytes of data where \(needed) at least are expected")
        }
        let info = String(decoding: bytes[cursor.offset ..< cursor.offset + infoLength], as: UTF8.self)
        cursor.offset += infoLength
        var transitions = [Int32](repeating: 0, count: (tagCount + 1) * tagCount)
        for i in transitions.indices { transitions[i] = try cursor.take(Int32.self) }
        return Header(features: features, decoding: decoding, fingerprint: fingerprint, scale: scale, info: info,
                      transitions: transitions, count: count, keysOffset: cursor.offset)
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
