/// The kinds of features the tagger uses. The raw values name weights in saved models: never
/// renumber a case, only add new ones.
@usableFromInline
enum FeatureTemplate: UInt8, Sendable {
    case bias = 0
    /// The token as written.
    case word = 1
    /// ``MarsadText/NormalizationOptions/matching`` form.
    case normalized = 2
    /// ``MarsadText/NormalizationOptions/aggressive`` form.
    case aggressive = 3
    /// First 1–4 letters of the normalized form (4 … 7).
    case prefix1 = 4, prefix2 = 5, prefix3 = 6, prefix4 = 7
    /// Last 1–4 letters of the normalized form (8 … 11).
    case suffix1 = 8, suffix2 = 9, suffix3 = 10, suffix4 = 11
    /// A clitic-stripped reading (`CliticSegmenter.stemCandidates`), aggressive form.
    case stemCandidate = 12
    /// The stem of `CliticSegmenter.segment`, aggressive form.
    case segmentStem = 13
    /// Which clitics `segment` found: conjunction, preposition, article, pronoun, future bits.
    case cliticPattern = 14
    /// Begins with ال (bit 1) or has an article segment (bit 2).
    case article = 15
    /// Arabic, Latin, digits, mixed, punctuation, symbol.
    case shape = 16
    /// Length of the normalized form, bucketed.
    case length = 17
    /// Neighbouring words, normalized.
    case previous2Word = 18, previousWord = 19, nextWord = 20, next2Word = 21
    /// Word bigrams: previous + current, current + next.
    case previousBigram = 22, nextBigram = 23
    /// Gazetteer membership of the word or one of its stems (value: type).
    case gazetteerWord = 24
    /// Position in the longest gazetteer phrase over this token (value: B/I and type).
    case gazetteerPhrase = 25
    /// Gazetteer membership of the previous / next word.
    case gazetteerPrevious = 26, gazetteerNext = 27
    /// Trigger class of this word, the previous one, the one before, the next one.
    case trigger = 28, triggerPrevious = 29, triggerPrevious2 = 30, triggerNext = 31
    /// Shapes of the previous and next tokens.
    case previousShape = 32, nextShape = 33
    /// Segment stems of the previous and next words.
    case previousStem = 34, nextStem = 35
    /// Suffix (2 letters) of the previous and next words.
    case previousSuffix = 36, nextSuffix = 37
    /// Prefixes (2–4 letters) and suffixes (2–4 letters) of the segment stem (43 … 48).
    case stemPrefix2 = 43, stemPrefix3 = 44, stemPrefix4 = 45, stemSuffix2 = 46, stemSuffix3 = 47, stemSuffix4 = 48
    /// Word clusters (ANT corpus) of this word, coarse and fine; of the neighbours (fine) (49 … 54).
    case coarseCluster = 49, fineCluster = 50, previousCluster = 51, nextCluster = 52, previous2Cluster = 53, next2Cluster = 54
    /// Fine clusters of the previous and current words together.
    case clusterBigram = 55
    /// The entity layer's names (``NameList``): classes of the word or a stem, position in the
    /// longest name over the token, classes of the previous and next words (56 … 59).
    case namesWord = 56, namesPhrase = 57, namesPrevious = 58, namesNext = 59
    /// Document features (``DocumentFeatures``): stage-1 tags of the same form and of the same
    /// key elsewhere in the document, the entity types of the key, the document phrase over the
    /// token (60 … 63).
    case documentForm = 60, documentKey = 61, documentEntity = 62, documentPhrase = 63
    /// A document feature with the confidence of the token's first-stage tag (its margin,
    /// bucketed).
    case documentConfidence = 64
    /// Wider context (``FeatureSet/wideContext``): gazetteer and name-list bits of the words two
    /// before and two after, trigger class of the word two after (65 … 69).
    case gazetteerPrevious2 = 65, gazetteerNext2 = 66, namesPrevious2 = 67, namesNext2 = 68, triggerNext2 = 69
    /// Trigger class of the word three before (a title before a three-word name).
    case triggerPrevious3 = 70
    /// The word's fine cluster with the trigger class of the word before, two before, after.
    case clusterAfterTrigger = 71, clusterAfterTrigger2 = 72, clusterBeforeTrigger = 73
    /// The previous tag (greedy decoding only).
    case previousTag = 40
    /// The two previous tags.
    case previousTags = 41
    /// The previous tag with the current word.
    case previousTagWord = 42
}

/// Which groups of features a model uses; saved in the model file, so tagging extracts what the
/// model was trained on. Used for ablations (`marsad train-ner --without …`).
public struct FeatureSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The word as written and its normalized forms.
    public static let words = FeatureSet(rawValue: 1 << 0)
    /// Prefixes and suffixes of 1–4 letters.
    public static let affixes = FeatureSet(rawValue: 1 << 1)
    /// Clitic-stripped stems, the clitic pattern and the article.
    public static let clitics = FeatureSet(rawValue: 1 << 2)
    /// Shape and length.
    public static let shape = FeatureSet(rawValue: 1 << 3)
    /// Two words either side.
    public static let context = FeatureSet(rawValue: 1 << 4)
    /// Word bigrams with the previous and next word.
    public static let bigrams = FeatureSet(rawValue: 1 << 5)
    /// Stems, suffixes and shapes of the neighbours.
    public static let neighbourDetail = FeatureSet(rawValue: 1 << 6)
    /// ANERGazet membership of words, stems and phrases.
    public static let gazetteer = FeatureSet(rawValue: 1 << 7)
    /// Titles and cue words around the token.
    public static let triggers = FeatureSet(rawValue: 1 << 8)
    /// Previous-tag features (greedy decoding).
    public static let history = FeatureSet(rawValue: 1 << 9)
    /// Word clusters learnt from unlabelled news, for the token and its neighbours.
    public static let clusters = FeatureSet(rawValue: 1 << 10)
    /// The entity layer's names: countries, nisbas, places, organizations, actors.
    public static let nameList = FeatureSet(rawValue: 1 << 11)
    /// A second stage with what the first said about the same words elsewhere in the document
    /// (``DocumentFeatures``).
    public static let document = FeatureSet(rawValue: 1 << 12)
    /// Wider context: lists at ±2, a title three words before, the word's cluster with the
    /// neighbours' trigger classes.
    public static let wideContext = FeatureSet(rawValue: 1 << 13)

    /// Every group of the shipped one-stage model (``document`` and ``wideContext`` are asked
    /// for on their own).
    public static let all: FeatureSet = [.words, .affixes, .clitics, .shape, .context, .bigrams, .neighbourDetail, .gazetteer, .triggers, .history, .clusters, .nameList]

    /// The names used on the command line, in bit order.
    public static let names: [(name: String, set: FeatureSet)] = [
        ("words", .words), ("affixes", .affixes), ("clitics", .clitics), ("shape", .shape),
        ("context", .context), ("bigrams", .bigrams), ("neighbours", .neighbourDetail),
        ("gazetteer", .gazetteer), ("triggers", .triggers), ("history", .history), ("clusters", .clusters), ("names", .nameList),
        ("document", .document), ("wide", .wideContext),
    ]

    /// The group named `name` (`affixes`, `gazetteer`, …), or `nil`.
    public init?(name: String) {
        guard let match = Self.names.first(where: { $0.name == name }) else { return nil }
        self = match.set
    }

    /// The names of the groups in this set, comma-separated.
    public var names: String {
        Self.names.filter { contains($0.set) }.map(\.name).joined(separator: ",")
    }
}
