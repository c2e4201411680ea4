/// A speech cue of `speech-cues.tsv`.
struct SpeechCue: Sendable, Hashable {
    enum Kind: String, Sendable {
        /// A finite speech verb: a quotation in marks or an أن/إن clause follows.
        case verb
        /// A verb like `verb` whose أن clause may or may not be a quotation (`quotes`).
        case announce
        /// موضحا، مضيفا: continues the current speaker.
        case participle
        /// وفقا لـ، بحسب: names the source of a quotation in marks.
        case attribution
        /// جاء في بيان X: X speaks.
        case statement
        /// نقل عن X: X speaks.
        case relay
        /// دعا، طالب: only a quotation in marks after it.
        case call
    }

    /// Which quotations the cue introduces.
    enum Scope: String, Sendable {
        case yes, direct, no
    }

    let lemma: String
    let kind: Kind
    let scope: Scope
    /// Whether the cue is an imperfect (present-tense) verb form.
    let isPresent: Bool
    /// Which opinion verb the cue is, if any (رأى أن، أقر بأن: docs/EVENTS.md, Quotations 14), read
    /// from the lemma once when the table is loaded.
    var opinion: Opinion? = nil
    /// Whether the cue is a speech noun with its agent's pronoun (تأكيده، تأكيدها: branch
    /// quotes11), read as a participle only with أن/إن right after it (or after على).
    var isNoun = false
    /// Whether the cue is بالقول, "by saying": the manner of the verb before it («كما علق روحاني
    /// على … بالقول إن»، «واكتفت بالقول إنها»), read as a participle of that verb's subject, and
    /// not a cue of its own right after a speech cue that already reaches its أن/إن («وتابع
    /// بالقول إن»: branch quotes13).
    var isManner = false
    /// Which subject the form agrees with (قالت، تقول، مضيفة: a feminine one; قال، يقول، مضيفا: a
    /// masculine one; قالوا، قالا: several), read from the form and its lemma once when the table is
    /// loaded (``SpeechCue/agreement(of:lemma:kind:)``): a pronoun subject does not carry a speaker of
    /// the other gender (branch quotes12).
    var agreement: Agreement = .unmarked

    /// The subject a verb form or participle agrees with.
    enum Agreement: Sendable, Hashable {
        case masculine, feminine, plural
        /// A noun, an attribution or a relay: the form says nothing of its subject.
        case unmarked
    }

    /// The agreement of a cue form (`cue` and `lemma` as matching keys, without و/ف): a participle
    /// by its ending (ة, ا, ين); a verb by its prefix (ي, ت not in the lemma, تت) or suffix (ت not in
    /// the lemma; وا، ون، ا، تا for several). Forms with an object pronoun (وصفته، اتهمها) are unmarked.
    static func agreement(of cue: String, lemma: String, kind: Kind) -> Agreement {
        switch kind {
        case .participle:
            if lemma.hasPrefix("تاكيد") { return .unmarked }
            if cue.hasSuffix("ين") { return .plural }
            if cue.hasSuffix("ة") { return .feminine }
            return cue.hasSuffix("ا") ? .masculine : .unmarked
        case .verb, .announce, .call:
            if cue == lemma { return .masculine }
            if cue.hasSuffix("وا") || cue.hasSuffix("ون") || cue.hasSuffix("تا") || cue == lemma + "ا" { return .plural }
            if cue.hasPrefix("ي") { return .masculine }
            if cue.hasPrefix("تت") || (cue.hasPrefix("ت") && !lemma.hasPrefix("ت")) { return .feminine }
            if cue.hasSuffix("ت") { return .feminine }
            return .unmarked
        case .attribution, .statement, .relay:
            return .unmarked
        }
    }

    /// The opinion verbs: speech by docs/ANNOTATION.md, with rules of their own.
    enum Opinion: Sendable, Hashable {
        /// رأى (رأت، رأوا): "held that".
        case view
        /// أقر: "admitted" with بأن, but also "passed" (a law).
        case admission
    }
}

/// A role of a closed-class word of `function-words.tsv`.
enum FunctionRole: String, Sendable, CaseIterable {
    case complementizer
    case genericSource = "generic_source"
    case handover
    case demonstrative
    case relative
    case journalistVoice = "journalist_voice"
    case anaphor
    case reciprocal
    case actorHead = "actor_head"
    case clauseBreak = "clause_break"
    case preposition
    /// A media class noun (قناة، صحيفة): the outlet after it is not a party to the event.
    case media
    /// A word of a role title (`title-words.tsv`): وزير، الخارجية، المتحدث، باسم.
    case title
    /// A support verb or its verbal noun (شن، نفذ، أطلق، إطلاق): the subject of "شنت القوات
    /// هجوما" is the source of the attack noun it governs.
    case supportVerb = "support_verb"
    /// A verb with an object pronoun after an attack noun (نفذه، شنها، تبناه): its subject is the
    /// attack's source («بتفجير انتحاري نفذه مقاتلو تنظيم الدولة»).
    case agentVerb = "agent_verb"
    /// A thing that "indicates" without speaking (التقويم، الأرقام، المؤشرات): a speech verb with
    /// it as subject is not a quotation («التقويم في أفغانستان يشير إلى أن»).
    case nonSpeaker = "non_speaker"
    /// A relative or counsel (عائلة، والد، محامي) opening a speech verb's subject: the person
    /// named after it does not speak («وقالت عائلة أبوالفتوح إنها»).
    case kin
    /// The noun of «حمّل X المسؤولية» (مسؤولية، المسؤولية، مسؤوليته): a blame trigger is an
    /// accusation only with it after its object.
    case responsibility
    /// The noun of «تبادل X الاتهامات» (الاتهامات، اتهامات): an `exchange` trigger is an
    /// accusation only with it after its subject.
    case accusation
    /// An adjective after an attack noun that makes it verbal («شن هجوما شديدا على رئيس الوزراء
    /// الكندي»، «هجوما لاذعا»): criticism (111), not force.
    case verbalAttack = "verbal_attack"

    /// The role's position in `allCases`.
    var index: Int {
        switch self {
        case .complementizer: return 0
        case .genericSource: return 1
        case .handover: return 2
        case .demonstrative: return 3
        case .relative: return 4
        case .journalistVoice: return 5
        case .anaphor: return 6
        case .reciprocal: return 7
        case .actorHead: return 8
        case .clauseBreak: return 9
        case .preposition: return 10
        case .media: return 11
        case .title: return 12
        case .supportVerb: return 13
        case .agentVerb: return 14
        case .nonSpeaker: return 15
        case .kin: return 16
        case .responsibility: return 17
        case .accusation: return 18
        case .verbalAttack: return 19
        }
    }

    /// The role's bit in a token's role mask.
    @inline(__always)
    var bit: UInt32 { 1 << UInt32(index) }
}

/// An event trigger of `event-triggers.tsv`.
struct EventTrigger: Sendable, Hashable {
    enum Form: String, Sendable {
        /// `participle`: a circumstantial participle (متهما إياه) whose subject is the subject of
        /// its sentence's main verb.
        case past, present, noun, participle
    }

    /// What an attached pronoun of the trigger stands for (`@source`, `@target` in the data file):
    /// the one who visits or meets (زيارته، جمعه بـ), or the one accused or arrested (اتهمه، اعتقاله).
    enum Pronoun: Sendable, Hashable {
        case source, target
    }

    /// How the trigger's arguments are read.
    enum Frame: String, Sendable {
        case actor, meet, visit, host, mediate, agreement, declare, onset, request, release, aid, withdraw, attack, clash
        /// An attack noun that is an event only as the object of a support verb (شن عملية عسكرية،
        /// أطلق صواريخ، نفذ ضربات); read as `attack`.
        case operation
        /// A denial (نفى): a rejection whose target is the actor denied, or the other parties of the
        /// agreement it denies.
        case deny
        /// A killing told with the verb قتل: an event only when it is active, its subject named
        /// and a count of victims after it (وقتلت القوات الإسرائيلية 61 فلسطينيا); read as `attack`.
        case kill
        /// حمّل X المسؤولية (hold X responsible): an accusation (112) only with a `responsibility`
        /// word after it; the target is the actor between the subject and that word.
        case blame
        /// تبادل X الاتهامات (trade accusations): an accusation (112) both ways between its sides,
        /// only with an `accusation` word after the verb; sides are coordinated subjects, a
        /// reciprocal noun (الحركتان), «بين X و Y» or the subject and the side after مع.
        case exchange
        /// يقف وراء / تقف خلف (is behind): an accusation (112) told inside a quotation, from its
        /// speaker to the actors right before the verb, after أن/إن («قالت الحكومة البريطانية إن
        /// روسيا تقف وراء الهجوم» → GBR → RUS).
        case behind
        /// استدعت سفيرها لدى/في/من X (recalled its ambassador): 161 from the subject to X, a place
        /// standing for its country (سفيرها في أوتاوا → Canada).
        case recall
        /// قطعت X علاقاتها مع Y (broke its relations with Y): 161 only with a relations noun
        /// (علاقاتها، العلاقات، روابط) after the subject; the target follows مع. One event per side.
        case sever
        /// يجب/يتعين/ينبغي على X، إن على X (X must …): a demand (100) told inside a quotation, from
        /// its speaker to the actors right after على («وقالت روسيا إن على تركيا أن تفصل الجماعات
        /// المتشددة» → RUS → TUR); not the speaker's own side, not a past or future obligation.
        case obliged

        /// Whether the frame reads an attack: places may be targets.
        var isAttack: Bool { self == .attack || self == .operation || self == .kill }
    }

    let cameo: String
    let form: Form
    let frame: Frame
    /// Normalized prepositions that introduce the target.
    let targetPrepositions: [String]
    /// Whether the target may be a direct object (a verb's object, after no preposition).
    let allowsDirectObject: Bool
    /// A plural or dual verb (وقعوا، وقعتا، التقيا): its subject stands before it, or is a pronoun.
    var isPlural: Bool = false
    /// What the trigger's attached pronoun stands for, if it names an actor.
    var pronoun: Pronoun? = nil
    /// Whether من before an actor closes the object (`!من` in the data file): «حذر X من Y» warns X
    /// of Y, so an actor after من is no target; elsewhere a partitive من is read through.
    var minClosesObject = false
    /// ``WordHash``es of `targetPrepositions`, taken at load: the target reader compares them with
    /// the forms of up to five tokens per actor.
    var targetPrepositionHashes: [UInt64] = []
}

/// A CAMEO code of `cameo-plover.tsv` with its PLOVER type and mode.
public struct CameoCode: Sendable, Hashable {
    public let code: String
    public let name: String
    public let ploverType: String
    public let ploverMode: String?
}

/// An agreement noun of `agreement-nouns.tsv`.
struct AgreementNoun: Sendable, Hashable {
    /// agreement, peace, declaration, truce, ceasefire, memorandum, treaty, roadmap, understanding, document.
    let kind: String
    /// The English name of an agreement first named so.
    let name: String
    /// Whether the noun names an agreement by itself (not only as the head of a ceasefire compound).
    let standalone: Bool
    /// Whether the noun names an agreement only after a demonstrative («هذه الاتفاقات»): alone, a
    /// plural such as «جميع الاتفاقات» names no one agreement.
    var afterDemonstrativeOnly = false

    var isCeasefire: Bool { kind == "ceasefire" || kind == "truce" }
}

/// The modality a marker of `modality-markers.tsv` gives, and where it stands.
struct ModalityMarker: Sendable, Hashable {
    enum Position: String, Sendable {
        /// Up to two words before the trigger.
        case before
        /// Up to six words before the trigger, in its clause.
        case clause
        /// Right after a noun trigger.
        case after
        /// Before an imperfect verb only (قد يزور).
        case beforePresent = "before_present"
        /// Like `clause`, but not for meetings and negotiations: failed talks took place (فشل
        /// المفاوضات), a failed signing did not (فشل التوصل إلى اتفاق).
        case outcome
    }

    let modality: String
    let position: Position
}

/// A nationality adjective of `nationality-adjectives.tsv`.
struct Nationality: Sendable, Hashable {
    let alpha3: String
    /// A plural (الروس، الفلسطينيين): it names people by itself.
    let isPlural: Bool
}
