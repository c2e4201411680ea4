import MarsadCore
import MarsadText

/// What a mention stands for while a document is analysed: a lexicon record, a person of this
/// document, or a phrase of the statistical tagger that no lexicon explains.
enum MentionTarget: Hashable {
    case record(Int32)
    case person(Int)
    case phrase(Int)
}

/// How a mention was found (for docs, tests and tuning).
enum MentionOrigin: Hashable {
    case lexicon, truncated, titlePattern, placePattern, nameRepeat, tagger
}

/// A mention before merging.
struct MentionDraft {
    var span: Span
    var tokens: Range<Int>
    var target: MentionTarget
    var origin: MentionOrigin
}

/// A person of the document: linked to the actor dictionary or known from a title pattern.
struct PersonDraft {
    /// The actor dictionary's record, when linked.
    var record: Int32?
    /// The folded words of the full name, each spelling (to find the name again).
    var spellings: [[[UInt32]]]
    /// The name as first written.
    var nameAr: String
    var roles: [Role] = []
    /// From the roles when the person is not in the actor dictionary.
    var country: String?
    var cameo: String?
    /// Whether the affiliation was stated (a nationality, a country, an organization).
    var affiliated = false
    /// Whether the country is only the one the rest of a speaker's sentence names: a title with a
    /// stated country read later replaces it («وقال تشونغ اوي-يونغ، عقب … زيارة … إلى بيونغ يانغ»
    /// after «مستشار الأمن القومي لرئيس كوريا الجنوبية، تشونغ اوي-يونغ»).
    var countryFromSentence = false
    /// A counterpart (نظيره) whose office is the office of the official named before `token`.
    var counterpartAt: Int?
    /// An official without a stated affiliation right after another official: it takes theirs.
    var inheritsFrom: Int?
}

/// A name no lexicon knows: a place read after a class noun (منطقة جعولة), or a tagger phrase.
struct PhraseDraft {
    var type: EntityType
    var nameAr: String
    var country: String?
    /// Its folded words, to find it again.
    var words: [[UInt32]]
    /// An English name and CAMEO code, when a pattern gives them (a national body named alone).
    var nameEn: String? = nil
    var cameo: String? = nil
}
