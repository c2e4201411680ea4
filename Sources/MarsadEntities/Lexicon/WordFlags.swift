/// What a lexicon word is, besides a part of phrases: one bit set per word, read per token in
/// O(1) once the token's reading is known (``PhraseTrie/flags(ofWord:)``).
public struct WordFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The first word of some phrase: a walk in the trie may start here.
    public static let startsPhrase = WordFlags(rawValue: 1 << 0)
    /// A later word of some phrase.
    public static let continuesPhrase = WordFlags(rawValue: 1 << 1)
    /// Never part of a person's name (`name-stopwords.tsv`, months, weekdays).
    public static let stopword = WordFlags(rawValue: 1 << 2)
    /// Class nouns (`class-nouns.tsv`) by kind.
    public static let adminNoun = WordFlags(rawValue: 1 << 3)
    public static let siteNoun = WordFlags(rawValue: 1 << 4)
    public static let groupNoun = WordFlags(rawValue: 1 << 5)
    public static let mediaNoun = WordFlags(rawValue: 1 << 6)
    public static let genericNoun = WordFlags(rawValue: 1 << 7)
    /// A verb of saying or acting (`subject-verbs.tsv`).
    public static let subjectVerb = WordFlags(rawValue: 1 << 8)
    /// Words of `title-modifiers.tsv`.
    public static let titleModifier = WordFlags(rawValue: 1 << 9)
    public static let personCue = WordFlags(rawValue: 1 << 10)
    public static let inPreposition = WordFlags(rawValue: 1 << 11)
    public static let atPreposition = WordFlags(rawValue: 1 << 12)
    /// A word of people's names (`name-parts.tsv`, the actor dictionary's names).
    public static let namePart = WordFlags(rawValue: 1 << 13)
    /// The surname of a person of the actor dictionary (ترمب، لافروف): a name read from the text
    /// ends there.
    public static let surname = WordFlags(rawValue: 1 << 14)
    /// A dual administrative noun before two names (محافظتي عمران والجوف).
    public static let adminDualNoun = WordFlags(rawValue: 1 << 15)
    /// A military unit before its number (الكتيبة 21 حرس حدود، لواء 35 مدرعا).
    public static let unitNoun = WordFlags(rawValue: 1 << 16)
    /// Folds like a function word of `function-words.tsv` (على; also the name علي): compare the
    /// letters as written to know.
    public static let functionWordFold = WordFlags(rawValue: 1 << 17)
    /// The first word of two-word place names (بيت الفقيه، كفر لوسين).
    public static let placeHead = WordFlags(rawValue: 1 << 18)
    /// A compass word (الشرق): a place's name only with the word after it (الشرق الأوسط).
    public static let direction = WordFlags(rawValue: 1 << 19)
    /// The first word of a national body's head named alone (وزارة، مجلس، البنك; `institutions.tsv`
    /// rows marked `bare`): only these tokens are looked up in ``EntityLexicons/bareInstitutionsByFirstWord``.
    public static let bareInstitutionHead = WordFlags(rawValue: 1 << 20)
    /// The first word of an actor's name of two words or more, or a given name of
    /// `given-names.tsv` (شريف إسماعيل): a name read from the text may go on after it even when it
    /// is also some actor's surname (نواز شريف).
    public static let givenName = WordFlags(rawValue: 1 << 21)
    /// A weekday's name (الأحد، الاثنين): a name read from the text may end before it with a word
    /// that is not a known name part («المتحدث … سيد إحسان طاهري الأحد»).
    public static let weekday = WordFlags(rawValue: 1 << 22)
    /// A plural administrative noun before a list of names (بلدات الطيبة والنعيمة وصيدا).
    public static let adminPluralNoun = WordFlags(rawValue: 1 << 23)
    /// The first word of some actor's name, family names of East Asian names included (كيم، صالح):
    /// such a word alone is no actor's surname («الرئيس كيم» is not Jim Yong Kim).
    public static let actorFirstWord = WordFlags(rawValue: 1 << 24)
    /// A verb of saying whose subject's name may follow it (`title-modifiers.tsv`, kind `speech`).
    public static let speechVerb = WordFlags(rawValue: 1 << 25)
    /// نظام (regime) before a surname: «نظام الأسد» names the head of state in office
    /// (`class-nouns.tsv`, kind `regime`).
    public static let regimeNoun = WordFlags(rawValue: 1 << 26)
    /// A common word of the benchmark corpus (`common-words.tsv`, kind `common`: written with the
    /// article or a plural pronoun, as nouns and adjectives are): no part of a name read from the
    /// text unless it is also a known name part.
    public static let commonWord = WordFlags(rawValue: 1 << 27)
    /// A word of the benchmark corpus that a preposition may be glued to (`common-words.tsv`, either
    /// kind): «بوجوب» is ب + وجوب, while the rest of «بولس» is no word.
    public static let corpusWord = WordFlags(rawValue: 1 << 28)

    /// The flag of a class-noun kind of `class-nouns.tsv`.
    static func classNoun(_ kind: String) -> WordFlags {
        switch kind {
        case "admin": .adminNoun
        case "site": .siteNoun
        case "group": .groupNoun
        case "media": .mediaNoun
        case "generic": .genericNoun
        case "admin_dual": .adminDualNoun
        case "admin_plural": .adminPluralNoun
        case "regime": .regimeNoun
        case "unit": .unitNoun
        case "place_head": .placeHead
        case "direction": .direction
        default: []
        }
    }
}
