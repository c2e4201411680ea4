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
    case approximately, timezone, now, last, same, that, complementizer, only
}

/// A part of the day (مساء، فجر …).
public struct DayPart: Sendable, Hashable {
    public let part: String
    public let meridiem: Meridiem
    /// Whether it may stand before a day: مساء اليوم, فجر الجمعة.
    public let isPrefix: Bool
}

/// Everything the time lexicon knows about one normalized word. A word may play several roles
/// ("اليوم" is a relative day and the unit day with the article; "الثانية" is an ordinal and a
/// unit), and the grammar asks for the role it needs where it needs it.
public struct TimeWord: Sendable {
    /// Days from the dateline: اليوم 0, أمس −1, غدا 1.
    public var relativeDay: Int?
    /// The relative day word stands alone (أمس); false for غد, which needs يوم or بعد.
    public var relativeDayAlone = true
    /// ISO weekday, Monday 1 … Sunday 7.
    public var weekday: Int?
    /// The weekday carries the article (الخميس); a bare form (خميس) needs a construct around it.
    public var weekdayDefinite = false
    /// A one-word month name.
    public var month: MonthNames.Month?
    /// The first word of a two-word month name (كانون، تشرين، ربيع، جمادى، ذو …).
    public var startsMonthPair = false
    public var unit: TimeUnit?
    /// 1, 2 (dual), or 0 for a plural.
    public var unitCount = 0
    public var unitDefinite = false
    public var modifier: Direction?
    /// The modifier stands before its noun (هذا الأسبوع).
    public var modifierBefore = false
    public var dayPart: DayPart?
    public var relation: Relation?
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
    public var number: NumberWord?
    /// Some multi-word phrase of the lexicon starts with this word.
    public var startsPhrase = false

    public init() {}
}
