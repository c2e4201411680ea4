/// Random text for property tests, drawn from a weighted alphabet of what Arabic news text holds
/// and what breaks naive code: Arabic and Persian letters, harakat, tatweel, joiners, bidi marks,
/// digits of three scripts, Latin, quotes and brackets, spaces and line breaks of every kind,
/// presentation forms that expand under NFKC (ﻻ, ﷲ, ﷺ), emoji and other 4-byte scalars, and
/// fragments of real Arabic news words (clitics, `الـ10`, `2021ء`, `أ. ف. ب`).
///
/// ```swift
/// var rng = SeededGenerator(seed: 7)
/// let text = RandomText.string(maxLength: 80, using: &rng)
/// ```
public enum RandomText {
    /// A class of pieces and its weight.
    struct Group {
        let weight: Int
        let pieces: [String]
    }

    static func scalars(_ values: ClosedRange<UInt32>) -> [String] {
        values.compactMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    static let groups: [Group] = [
        // Arabic letters (hamza … yeh, without tatweel) and Persian/Urdu letters.
        Group(weight: 30, pieces: scalars(0x0621 ... 0x063A) + scalars(0x0641 ... 0x064A)
            + ["پ", "چ", "ژ", "گ", "ک", "ی", "ۀ", "ے", "ٹ", "ں", "ٱ", "ى", "ة"]),
        // Harakat, dagger alef, Quranic marks.
        Group(weight: 6, pieces: scalars(0x064B ... 0x0652) + ["\u{0670}", "\u{0610}", "\u{06D6}", "\u{08F0}"]),
        Group(weight: 3, pieces: ["\u{0640}"]),  // tatweel
        Group(weight: 2, pieces: ["\u{200C}", "\u{200D}"]),  // ZWNJ, ZWJ
        // Bidi and other invisible marks.
        Group(weight: 2, pieces: ["\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202E}",
                                  "\u{2066}", "\u{2067}", "\u{2069}", "\u{FEFF}", "\u{00AD}", "\u{200B}"]),
        // Digits: Western, Arabic-Indic, Eastern Arabic-Indic; Arabic decimal and thousands signs.
        Group(weight: 7, pieces: scalars(0x30 ... 0x39) + scalars(0x0660 ... 0x0669) + scalars(0x06F0 ... 0x06F9)
            + ["\u{066B}", "\u{066C}"]),
        Group(weight: 5, pieces: scalars(0x41 ... 0x5A) + scalars(0x61 ... 0x7A) + ["é", "Ö", "ß", "e\u{0301}"]),
        // Punctuation and quotes.
        Group(weight: 9, pieces: [".", "،", "؛", "؟", "«", "»", "\"", "“", "”", "(", ")", "/", "-", ":", "!", "?",
                                  "…", ",", "'", "’", "[", "]", "–", "—", "۔", "﴾", "﴿", "\\"]),
        Group(weight: 2, pieces: ["%", "$", "+", "#", "_", "@", "&", "*", "٪", "<", ">", "=", "{", "}", "|", "~"]),
        // Spaces and line breaks.
        Group(weight: 12, pieces: [" "]),
        Group(weight: 2, pieces: ["\u{00A0}", "\t", "\u{2009}", "\u{202F}", "\u{3000}"]),
        Group(weight: 4, pieces: ["\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r"]),
        Group(weight: 1, pieces: ["\u{0085}", "\u{2028}", "\u{2029}", "\u{000B}", "\u{000C}"]),
        // Presentation forms and compatibility characters (ﷺ and ﷽ expand to several words).
        Group(weight: 2, pieces: ["ﻻ", "ﻷ", "ﷲ", "ﷺ", "ﷻ", "ﺑ", "ﻼ", "\u{FC5E}", "\u{FE70}", "Ａ", "５", "﷽", "ﭐ"]),
        // Scalars outside the Basic Multilingual Plane.
        Group(weight: 2, pieces: ["😀", "🇷🇺", "👍🏽", "𝐀", "𐤀", "𞸀", "\u{10FFFF}", "\u{E0001}"]),
        // Other scripts and controls.
        Group(weight: 1, pieces: ["Ж", "ש", "中", "ก", "\u{0007}", "\u{001B}", "\u{007F}", "\u{FFFD}"]
            + scalars(0xFDD0 ... 0xFDD0)),  // a noncharacter (Swift literals refuse it)
        // Fragments of real news text.
        Group(weight: 6, pieces: ["وبالأمس", "للأمم", "الـ10", "2021ء", "1436هـ", "قال", "أ. ف. ب", "مايو", "سيكون",
                                  "نظيره", "وزير الخارجية", "(سبوتنيك - 11 مايو 2021ء)", "موسكو - سبوتنيك:",
                                  "كـــتابـه", "وـبالأمس", "لافروف", "U.S.", "25 شوال 1436 هـ", "١٠ أغسطس ٢٠١٥ م"]),
    ]

    static let totalWeight = groups.reduce(0) { $0 + $1.weight }

    /// One random piece (a scalar, a short sequence, or a word).
    public static func piece(using rng: inout some RandomNumberGenerator) -> String {
        var r = Int.random(in: 0 ..< totalWeight, using: &rng)
        for group in groups {
            if r < group.weight { return group.pieces.randomElement(using: &rng)! }
            r -= group.weight
        }
        return " "
    }

    /// A random text of up to `maxLength` pieces (sometimes empty).
    public static func string(maxLength: Int, using rng: inout some RandomNumberGenerator) -> String {
        let n = Int.random(in: 0 ... maxLength, using: &rng)
        var text = ""
        for _ in 0 ..< n { text += piece(using: &rng) }
        return text
    }
}
