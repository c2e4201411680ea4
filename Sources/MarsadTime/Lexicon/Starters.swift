/// The grammar rules of ``TimeRecognizer``, as a set: which rules may start at a word. Computed
/// once per word when the lexicon is built, so that the scan tries at each token only the rules
/// its roles allow.
public struct Starters: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let range = Starters(rawValue: 1 << 0)
    public static let festival = Starters(rawValue: 1 << 1)
    public static let dayPart = Starters(rawValue: 1 << 2)
    public static let nthWeekday = Starters(rawValue: 1 << 3)
    public static let weekday = Starters(rawValue: 1 << 4)
    public static let relativeDay = Starters(rawValue: 1 << 5)
    public static let dayLed = Starters(rawValue: 1 << 6)
    public static let numericDate = Starters(rawValue: 1 << 7)
    public static let period = Starters(rawValue: 1 << 8)
    public static let quantity = Starters(rawValue: 1 << 9)
    public static let vague = Starters(rawValue: 1 << 10)
    public static let clock = Starters(rawValue: 1 << 11)
    public static let now = Starters(rawValue: 1 << 12)

    /// The rules that may start at a number written in digits.
    public static let number: Starters = [.range, .numericDate, .dayLed, .period, .quantity, .clock]

    /// The rules a word with these roles may start.
    public init(_ w: TimeWord) {
        var s: Starters = []
        let f = w.function
        if f == .from || f == .between { s.formUnion([.range, .clock]) }
        if f == .in { s.formUnion([.quantity, .vague, .now]) }
        if f == .approximately || f == .clock { s.insert(.clock) }
        if f == .now { s.insert(.now) }
        if f == .last { s.insert(.nthWeekday) }
        if w.number != nil { s.formUnion([.range, .festival, .nthWeekday, .dayLed, .quantity, .clock]) }
        if let unit = w.unit {
            if unit == .day && w.unitCount == 1 {
                s.formUnion([.weekday, .relativeDay])
                if w.unitDefinite { s.formUnion([.range, .festival, .nthWeekday, .dayLed]) }
            }
            if [.week, .month, .year].contains(unit) { s.insert(.period) }
            if unit == .year && w.unitCount == 2 { s.insert(.range) }
            s.insert(w.unitCount == 0 ? .vague : .quantity)
        }
        if w.month != nil || w.startsMonthPair { s.formUnion([.range, .period]) }
        if w.weekday != nil { s.insert(.weekday) }
        if w.relativeDay != nil { s.insert(.relativeDay) }
        if w.phraseKinds.contains(.relativeDay) { s.insert(.relativeDay) }
        if w.phraseKinds.contains(.vague) { s.insert(.vague) }
        if w.phraseKinds.contains(.festival) { s.insert(.festival) }
        if let p = w.dayPart, p.isPrefix { s.insert(.dayPart) }
        if let r = w.relation {
            s.formUnion([.quantity, .vague])
            if r == .ago || r == .later { s.formUnion([.relativeDay, .dayPart]) }
        }
        if w.monthPart != nil { s.insert(.period) }
        if w.modifier == .current && w.modifierBefore { s.formUnion([.weekday, .period, .now]) }
        if w.quantifierBefore == true { s.insert(.vague) }
        self = s
    }
}
