/// Classification of Unicode scalars as the Arabic text layer sees them.
///
/// Every test is a range check on the scalar value, so the functions are cheap enough for the
/// per-scalar loops of normalization and tokenization.
public enum ArabicScalar {
    /// Harakat (U+064B–U+065F: short-vowel marks, tanween, shadda, sukun, combining hamza),
    /// the dagger alef (U+0670), Quranic marks (U+0610–U+061A, U+06D6–U+06ED) and the extended
    /// Arabic marks (U+08D3–U+08FF, except U+08E2).
    @inlinable
    public static func isDiacritic(_ v: UInt32) -> Bool {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06DC, 0x06DF...0x06E4,
             0x06E7, 0x06E8, 0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF:
            return true
        default:
            return false
        }
    }

    /// Tatweel (ـ U+0640, the elongation stroke).
    @inlinable
    public static func isTatweel(_ v: UInt32) -> Bool { v == 0x0640 }

    /// Invisible formatting: zero-width and bidi controls, the Arabic letter mark, the soft hyphen
    /// and the byte-order mark.
    @inlinable
    public static func isInvisibleFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x00AD:
            return true
        default:
            return false
        }
    }

    /// A letter of the Arabic script (Arabic, Persian, Urdu and the supplements), not a mark, digit
    /// or punctuation sign.
    @inlinable
    public static func isArabicLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5,
             0x06EE, 0x06EF, 0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9:
            return true
        default:
            return false
        }
    }

    /// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC), which NFKC maps to base letters.
    @inlinable
    public static func isPresentationForm(_ v: UInt32) -> Bool {
        (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
    }

    /// A letter among the Arabic presentation forms (ﺑ ﻻ ﷲ ﷺ …, general category Lo), as text
    /// extracted from PDFs writes words; NFKC maps each to one or more letters.
    @inlinable
    public static func isPresentationFormLetter(_ v: UInt32) -> Bool {
        isPresentationForm(v) && Unicode.Scalar(v)?.properties.generalCategory == .otherLetter
    }

    /// The decimal value of a digit in Western (0–9), Arabic-Indic (٠–٩) or Eastern Arabic-Indic
    /// (۰–۹, Persian and Urdu) form, or `nil`.
    @inlinable
    public static func digitValue(_ v: UInt32) -> Int? {
        switch v {
        case 0x30...0x39: return Int(v - 0x30)
        case 0x0660...0x0669: return Int(v - 0x0660)
        case 0x06F0...0x06F9: return Int(v - 0x06F0)
        default: return nil
        }
    }

    /// An ASCII or Latin-1/Latin Extended letter.
    @inlinable
    public static func isLatinLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F:
            return true
        default:
            return false
        }
    }

    /// White space, including the no-break and typographic spaces and line separators.
    @inlinable
    public static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// A line break (LF, CR, NEL, LS, PS, VT, FF).
    @inlinable
    public static func isLineBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
