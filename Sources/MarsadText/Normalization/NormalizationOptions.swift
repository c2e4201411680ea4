/// What ``ArabicNormalizer`` changes. Normalization serves matching only: output always quotes the
/// original text.
///
/// ``matching`` is the default used for lexicon lookups; ``aggressive`` adds the lossy folds
/// (tehMarbuta ة U+0629 → heh ه, hamza carriers ؤ ئ → و ي) that help fuzzy matching of names.
public struct NormalizationOptions: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Remove harakat, tanween, shadda, sukun and the dagger alef (U+064B–U+065F, U+0670, …).
    public static let stripDiacritics = NormalizationOptions(rawValue: 1 << 0)
    /// Remove tatweel (ـ U+0640).
    public static let stripTatweel = NormalizationOptions(rawValue: 1 << 1)
    /// Remove zero-width, bidi and other invisible format characters.
    public static let stripInvisible = NormalizationOptions(rawValue: 1 << 2)
    /// أ إ آ ٱ → ا (alef with hamza, madda or wasla to bare alef).
    public static let unifyAlef = NormalizationOptions(rawValue: 1 << 3)
    /// alefMaksura ى (U+0649) → yeh ي.
    public static let alefMaksuraToYeh = NormalizationOptions(rawValue: 1 << 4)
    /// tehMarbuta ة (U+0629) → heh ه.
    public static let tehMarbutaToHeh = NormalizationOptions(rawValue: 1 << 5)
    /// Hamza carriers ؤ → و and ئ → ي.
    public static let foldHamzaCarriers = NormalizationOptions(rawValue: 1 << 6)
    /// Persian and Urdu letters to their Arabic counterparts (ی → ي, ک → ك, ہ → ه, پ → ب, …),
    /// from `Resources/letter-map.tsv`.
    public static let mapPersianLetters = NormalizationOptions(rawValue: 1 << 7)
    /// Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits → ASCII.
    public static let asciiDigits = NormalizationOptions(rawValue: 1 << 8)
    /// NFKC for compatibility characters: Arabic presentation forms and ligatures (ﻻ → لا).
    public static let compatibilityForms = NormalizationOptions(rawValue: 1 << 9)
    /// A–Z → a–z.
    public static let lowercaseLatin = NormalizationOptions(rawValue: 1 << 10)

    /// Everything lossless for matching: all but the tehMarbuta and hamza-carrier folds.
    public static let matching: NormalizationOptions = [
        .stripDiacritics, .stripTatweel, .stripInvisible, .unifyAlef, .alefMaksuraToYeh,
        .mapPersianLetters, .asciiDigits, .compatibilityForms, .lowercaseLatin,
    ]
    /// ``matching`` plus the tehMarbuta and hamza-carrier folds.
    public static let aggressive: NormalizationOptions = matching.union([.tehMarbutaToHeh, .foldHamzaCarriers])
}
