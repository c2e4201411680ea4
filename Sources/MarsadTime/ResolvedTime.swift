public import MarsadCore
public import MarsadText

/// A time of day: 15:20, 03:18:00.
public struct ClockTime: Sendable, Hashable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(hour: Int, minute: Int = 0, second: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public var description: String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(pad(hour)):\(pad(minute)):\(pad(second))"
    }
}

/// A contradiction found while resolving an expression.
public enum TimeProblem: Sendable, Hashable {
    /// The expression names a weekday (ISO number) that the day it denotes is not.
    case weekdayMismatch(named: Int)
    /// The Hijri and Gregorian dates of one expression are more than a day apart.
    case calendarsDisagree(hijri: CivilDate, gregorian: CivilDate)
}

/// One time expression found by ``TimeRecognizer``, resolved: more than the contract's
/// ``TimeExpression`` (which ``expression`` gives), because the recognizer also reads times of
/// day and "now", and keeps the day a coarser value was computed from.
///
/// A plain value without references (about 150 bytes), so that the grammar can return and compare
/// candidates without reference counting; the duration and the warning are rendered on demand.
public struct ResolvedTime: Sendable, Hashable {
    /// The expression in the original text (proclitics and era signs outside).
    public var span: Span
    /// The tokens it covers.
    public var tokens: Range<Int>
    public var kind: TimeExpression.Kind
    public var anchor: TimeExpression.Anchor
    /// The day it denotes or starts at: the day itself, any day of a week, the first (or
    /// pointed-at) day of a month or year. `nil` for durations, vague spans, and relative
    /// expressions without a dateline.
    public var date: CivilDate?
    /// The last day of a range ("من 1 إلى 5 أغسطس").
    public var endDate: CivilDate?
    /// The length of a duration, in ``durationUnit``s (0: none).
    public var durationAmount = 0
    public var durationUnit: TimeUnit?
    /// The time of day, when one is stated ("الساعة 3 و15 دقيقة عصرا").
    public var clock: ClockTime?
    /// A part of a month or year ("منتصف مارس", "أواخر 2017"): `date` is indicative, the
    /// value keeps the month's or year's grain.
    public var monthPart: MonthPart?
    /// Whether the expression belongs in a document's `times` layer. A time of day without a
    /// day, "now", and a feast named without a year or a day of it are recognized (the Duckling
    /// runner scores them against its reference time) but not reported.
    public var isReported: Bool
    /// A contradiction found while resolving (a weekday that does not match the date).
    public var problem: TimeProblem?
    /// The calendar a written date was given in.
    public var calendar: CalendarSystem = .gregorian

    public init(span: Span, tokens: Range<Int>, kind: TimeExpression.Kind, anchor: TimeExpression.Anchor, date: CivilDate? = nil,
                endDate: CivilDate? = nil, clock: ClockTime? = nil, monthPart: MonthPart? = nil, isReported: Bool = true) {
        self.span = span
        self.tokens = tokens
        self.kind = kind
        self.anchor = anchor
        self.date = date
        self.endDate = endDate
        self.clock = clock
        self.monthPart = monthPart
        self.isReported = isReported
    }

    /// An ISO 8601 duration: `P5D`, `PT72H`.
    public var duration: String? {
        guard durationAmount > 0, let unit = durationUnit else { return nil }
        switch unit {
        case .second: return "PT\(durationAmount)S"
        case .minute: return "PT\(durationAmount)M"
        case .hour: return "PT\(durationAmount)H"
        case .day: return "P\(durationAmount)D"
        case .week: return "P\(durationAmount)W"
        case .month: return "P\(durationAmount)M"
        case .year: return "P\(durationAmount)Y"
        case .decade: return "P\(durationAmount * 10)Y"
        case .century: return "P\(durationAmount * 100)Y"
        }
    }

    /// The ISO value of `date` at this expression's grain.
    public var value: String? { kind == .duration ? duration : Self.format(date, kind) }

    /// The ISO value of `endDate`.
    public var endValue: String? { Self.format(endDate, kind) }

    static func format(_ date: CivilDate?, _ kind: TimeExpression.Kind) -> String? {
        guard let date else { return nil }
        switch kind {
        case .date: return date.iso
        case .week: return date.isoWeekString
        case .month: return String(date.iso.prefix(7))
        case .year: return String(date.iso.prefix(4))
        case .duration, .vague: return nil
        }
    }

    /// The contract's view of this expression.
    public var expression: TimeExpression {
        TimeExpression(span: span, value: value, endValue: endValue, kind: kind, anchor: anchor)
    }

    /// The warning for ``problem``, quoting the expression from the text it was found in.
    public func warning(in scalars: [Unicode.Scalar]) -> String? {
        guard let problem else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.range])
        let text = String(view)
        switch problem {
        case .weekdayMismatch(let named):
            let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            guard let date, (1 ... 7).contains(named) else { return nil }
            return "The time «\(text)» at \(span.start)–\(span.end) names \(names[named - 1]), but \(date.iso) is a \(names[date.isoWeekday - 1]); the date is kept."
        case .calendarsDisagree(let hijri, let gregorian):
            return "The two calendars of «\(text)» at \(span.start)–\(span.end) give \(hijri.iso) and \(gregorian.iso); the Gregorian date is kept."
        }
    }
}
