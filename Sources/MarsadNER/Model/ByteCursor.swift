/// Reads a model file's little-endian integers in order, refusing to read past its end.
struct ByteCursor {
    let bytes: UnsafeRawBufferPointer
    var offset: Int
    let file: String

    mutating func take<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw NERError.badModel(file: file, reason: "it is truncated") }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: value)
    }
}
