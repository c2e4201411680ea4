/// One byte per slot over 64-bit word hashes (``WordHash``): for a hash, the bits of the tables
/// one of whose entries may start with that word (``TableStart``, and ``StartFilter/role``,
/// ``StartFilter/nationality``, ``StartFilter/modality``).
///
/// ```swift
/// let filter = StartFilter([(WordHash.of("قال"), TableStart.cue.rawValue)])
/// filter.bits(WordHash.of("قال")) & TableStart.cue.rawValue != 0   // true
/// ```
/// The view marks, for every form of every word, the tables a phrase may start at it. Four
/// ``HashFilter``s and the role index's filter took five probes per form in five arrays (about
/// 9 % of the three event-side layers' instructions, docs/PERFORMANCE.md); this is one load. A set
/// bit is a hint (other words share the slot), never a match: the table's own lookup decides.
/// - Complexity: O(1) per test.
struct StartFilter: Sendable {
    /// The bit of the closed word classes (``EventsLexicon/roleBits``).
    static let role: UInt8 = 16
    /// The bits of the nationality adjectives and the modality markers, tables that the readers
    /// look up at many tokens of their own choosing (every token an actor may stand at).
    static let nationality: UInt8 = 32
    static let modality: UInt8 = 64

    private let slots: [UInt8]
    private let shift: UInt64

    /// A filter of `keys`: each hash with the bits it sets. Sized to the keys (4 slots a key,
    /// 512 to 65,536 slots), so that the table stays a few kilobytes.
    init(_ keys: [(UInt64, UInt8)]) {
        var size = 512, log2 = 9
        while size < keys.count * 4 && size < 65_536 {
            size <<= 1
            log2 += 1
        }
        shift = UInt64(64 - log2)
        var slots = [UInt8](repeating: 0, count: size)
        for (hash, bits) in keys { slots[Int(hash >> shift)] |= bits }
        self.slots = slots
    }

    /// The bits of every table that may have an entry starting with `hash` (no false negatives).
    @inline(__always)
    func bits(_ hash: UInt64) -> UInt8 { slots.withUnsafeBufferPointer { $0[Int(hash >> shift)] } }
}
