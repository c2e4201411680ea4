public import MarsadText

/// A unit of time (يوم، أسبوع، عام …).
public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case second, minute, hour, day, week, month, year, decade, century
}

/// Which way a modifier points from the report's date: الماضي, المقبل, الحالي.
public enum Direction: String, Sendable, Hashable {
    case past, next, current
}

/// How a number of units relates to the report's date: منذ/قبل (ago), بعد (later), لمدة/خلال
/// (a duration).
public enum Relation: String, Sendable, Hashable {
    case ago, later, within, duration
}

/// How a clock hour after a part of the day is read.
public enum Meridiem: String, Sendable, Hashable {
    case am, pm, noon, night
}

/// A part of a month or a year: مطلع, أوائل, منتصف, أواخر, نهاية.
public enum MonthPart: String, Sendable, Hashable {
    case start, early, middle, late, end
}

/// The grammatical words of `function-words.tsv`.
public enum FunctionRole: String, Sendable, Hashable {
    case from, to, between, corresponding, `in`, which, dateWord, clock, quarter, third, half, minus
    case approximately, timezone, now, last, same, that, complementizer, only, attribution
}

/// A part of the day (مساء، فجر …).
public struct DayPart: Sendable, Hashable {
    /// The parts of the day of `parts-of-day.tsv`.
    public enum Name: String, Sendable, Hashable {
        case dawn, morning, noon, afternoon, evening, night
    }

    public let part: Name
    public let meridiem: Meridiem
    /// Whether it may stand before a day: مساء اليوم, فجر الجمعة.
    public let isPrefix: Bool
}

/// Everything the time lexicon knows about one normalized word. A word may play several roles
/// ("اليوم" is a relative day and the unit day with the article; "الثانية" is an ordinal and a
/// unit), and the grammar asks for the role it needs where it needs it.
///
/// The value is kept small (about 32 bytes, no reference) because the scan reads it at every
/// candidate token: the roles with a number are stored compactly and read through properties.
public struct TimeWord: Sendable {
    private var storedRelativeDay: Int8 = .min
    private var storedWeekday: UInt8 = 0
    private var storedMonth: UInt8 = 0
    private var storedUnitCount: UInt8 = 0
    private var storedNumberValue: Int32 = 0
    private var storedNumberKind: NumberWord.Kind?
    private var storedNumberDefinite = false

    /// Days from the dateline: اليوم 0, أمس −1, غدا 1.
    public var relativeDay: Int? {
        get { storedRelativeDay == .min ? nil : Int(storedRelativeDay) }
        set { storedRelativeDay = newValue.map { Int8($0) } ?? .min }
    }
    /// The relative day word stands alone (أمس); false for غد, which needs يوم or بعد.
    public var relativeDayAlone = true
    /// ISO weekday, Monday 1 … Sunday 7.
    public var weekday: Int? {
        get { storedWeekday == 0 ? nil : Int(storedWeekday) }
        set { storedWeekday = UInt8(newValue ?? 0) }
    }
    /// The weekday carries the article (الخميس); a bare form (خميس) needs a construct around it.
    public var weekdayDefinite = false
    /// A one-word month name.
    public var month: MonthNames.Month? {
        get {
            storedMonth == 0 ? nil : MonthNames.Month(number: Int(storedMonth & 0x7F), calendar: storedMonth & 0x80 == 0 ? .gregorian : .hijri)
        }
        set { storedMonth = newValue.map { UInt8($0.number) | ($0.calendar == .hijri ? 0x80 : 0) } ?? 0 }
    }
    /// The first word of a two-word month name (كانون، تشرين، ربيع، جمادى، ذو …).
    public var startsMonthPair = false
    /// A month name or the first word of one.
    public var isMonthName: Bool { storedMonth != 0 || startsMonthPair }
    public var unit: TimeUnit?
    /// 1, 2 (dual), or 0 for a plural.
    public var unitCount: Int {
        get { Int(storedUnitCount) }
        set { storedUnitCount = UInt8(newValue) }
    }
    public var unitDefinite = false
    public var modifier: Direction?
    /// The modifier stands before its noun (هذا الأسبوع).
    public var modifierBefore = false
    public var dayPart: DayPart?
    public var relation: Relation?
    /// The relation word moves a relative day after it by one (قبل أمس, بعد غد); منذ does not
    /// (منذ أمس is yesterday, and the expression is أمس).
    public var relationShiftsDay = false
    public var monthPart: MonthPart?
    /// An era sign after a year: م, هـ, ميلادي …
    public var era: CalendarSystem?
    public var function: FunctionRole?
    /// A vague quantifier: true when it stands before the unit (عدة أيام), false after (أيام قليلة).
    public var quantifierBefore: Bool?
    /// A noun whose following number is an identifier (قرار، رقم، القانون).
    public var isNumberedNoun = false
    /// A noun heading a name built on a date (ثورة 25 يناير).
    public var isNameHead = false
    public var isFutureMarker = false
    /// A verb in the past tense (قال، أعلنت، اجتمعوا).
    public var isPastMarker = false
    /// Looks like a future verb (سـ + imperfect) but is not.
    public var isNotFutureVerb = false
    /// A number word.
    public var number: NumberWord? {
        get { storedNumberKind.map { NumberWord(value: Int(storedNumberValue), kind: $0, definite: storedNumberDefinite) } }
        set {
            storedNumberKind = newValue?.kind
            storedNumberValue = Int32(clamping: newValue?.value ?? 0)
            storedNumberDefinite = newValue?.definite ?? false
        }
    }
    /// The kinds of the multi-word phrases of the lexicon that start with this word.
    public var phraseKinds: PhraseKinds = []
    /// The word is a phrase by itself (مؤخرا، كريسماس).
    public var isWholePhrase = false
    /// The grammar rules that may start at this word, derived from its roles once loaded.
    public var starters: Starters = []
    /// The word only starts an expression with a known word or a number after it (في، من،
    /// قبل، هذا، مساء، and number words: الأول، ثلاثة): the scan skips it otherwise.
    public var needsNext: Bool {
        storedWeekday == 0 && storedRelativeDay == .min && storedMonth == 0 && !startsMonthPair && unit == nil
            && function != .now && !isWholePhrase
    }

    public init() {}
}
