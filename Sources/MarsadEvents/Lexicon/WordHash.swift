/// 64-bit FNV-1a hashes of normalized words, taken from the last letter to the first: how
/// phrase tables and token forms meet without building a `String` per token.
///
/// Hashing from the end means the hash of a word without its first letters (وقال → قال, بالاتفاق →
/// الاتفاق) is a step of the same pass, so every proclitic reading of a token costs nothing more.
/// ```swift
/// WordHash.of("اتفاق") == WordHash.of(Array("اتفاق".unicodeScalars)[...])
/// ```
/// Collisions are not checked: with 64 bits and a few thousand entries, the chance that two
/// different words share a hash is about 10⁻¹².
enum WordHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* prime
    }

    /// The hash of a normalized word.
    static func of(_ word: some StringProtocol) -> UInt64 {
        var h = basis
        for s in word.unicodeScalars.reversed() { h = step(h, s.value) }
        return h
    }

    /// The hash of normalized scalars.
    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h = basis
        for s in scalars.reversed() { h = step(h, s.value) }
        return h
    }
}

/// Hashes of the few words the readers test for by themselves.
enum Words {
    static let between = WordHash.of("بين")
    static let fi = WordHash.of("في")
    static let ala = WordHash.of("علي")
    static let didd = WordHash.of("ضد")
    static let min = WordHash.of("من")
    static let passives: Set<UInt64> = [WordHash.of("تم"), WordHash.of("وتم"), WordHash.of("جري"), WordHash.of("وجري")]
    static let firstPerson: Set<UInt64> = [WordHash.of("نحن"), WordHash.of("انا"), WordHash.of("اننا"), WordHash.of("انني")]
    static let about: [UInt64] = [WordHash.of("حول"), WordHash.of("بشان"), WordHash.of("بخصوص")]
    static let asOf = WordHash.of("اعتبارا")
    static let lam: Set<UInt64> = [WordHash.of("لم"), WordHash.of("ولم")]
    /// An unnamed spokesperson or correspondent: the body named after it speaks (ANNOTATION.md,
    /// dev-extra: «مراسل وكالة الأنباء الفرنسية» → AFP).
    static let voices: Set<UInt64> = [
        WordHash.of("متحدث"), WordHash.of("متحدثه"), WordHash.of("ناطق"), WordHash.of("مراسل"), WordHash.of("مراسله"),
    ]
    static let inTheNameOf = WordHash.of("باسم")
    static let with = WordHash.of("مع")
    /// A definite document that speaks for its issuer (وقال التقرير، وأضاف البيان، وجاء في التقرير).
    static let documents: Set<UInt64> = Set(["التقرير", "البيان", "الرساله", "الوثيقه"].map { WordHash.of($0) })
    /// Heads of a person's title (الوزير الفرنسي، الرئيس الأمريكي، السفير الروسي): one person holds it.
    static let personTitles: Set<UInt64> = Set(["الوزير", "وزير", "الوزيره", "الرئيس", "رئيس", "المبعوث", "الموفد", "السفير",
                                                "سفير", "السفيره", "الزعيم", "الناطق", "المتحدث", "المتحدثه", "النائب", "المستشار"].map { WordHash.of($0) })
}
