import MarsadCore
import MarsadText

/// The date grammar over one document: finds every time expression, longest match first, and
/// resolves it against the reference date.
///
/// At each token that the lexicon knows (or a number), every rule that can start there is tried
/// and the longest match wins (ties go to the rule tried first); the scan then continues after it.
/// A date followed by الموافق and another date ("25 شوال 1436 هـ الموافق 10 أغسطس 2015 م") is
/// one expression, and a time of day right after a day is taken into it.
struct TimeGrammar {
    let table: TokenTable
    let resolver: Resolver
    let tense = TenseDetector()
    /// The reference time of day, to read a bare clock hour in the future (the Duckling runner).
    let referenceClock: ClockTime?
    /// Whether to resolve expressions that are not reported (a feast without a year).
    let resolvesUnreported: Bool
    let lexicon: TimeLexicon

    init(table: TokenTable, resolver: Resolver, referenceClock: ClockTime?, resolvesUnreported: Bool) {
        self.table = table
        self.resolver = resolver
        self.referenceClock = referenceClock
        self.resolvesUnreported = resolvesUnreported
        self.lexicon = table.lexicon
    }


    var reference: CivilDate? { resolver.reference }

    func scan() -> [ResolvedTime] {
        var found: [ResolvedTime] = []
        var i = 0
        let n = table.count
        while i < n {
            guard table.isCandidate(i), var m = best(at: i) else {  // isCandidate: a number, or a word with a starter
                i += 1
                continue
            }
            if m.kind == .date, let merged = corresponding(after: m) { m = merged }
            if m.kind == .date, m.clock == nil, m.isReported, let c = clock(at: m.tokens.upperBound) {
                m.tokens = m.tokens.lowerBound ..< c.tokens.upperBound
                m.span = Span(start: m.span.start, end: c.span.end)
                m.clock = c.clock
            }
            if m.kind == .year, let anaphor = sameDay(of: m, after: found.last) { m = anaphor }
            found.append(m)
            i = max(m.tokens.upperBound, i + 1)
        }
        return found
    }

    /// "نفس اليوم من عام 1932", "اليوم ذاته من عام 1932": the day and month of the date told
    /// before, in the year that follows (an almanac's "on the same day in 1932"). `year` is the
    /// year expression; `previous` the last expression found before it, which must be a day.
    func sameDay(of year: ResolvedTime, after previous: ResolvedTime?) -> ResolvedTime? {
        let k = year.tokens.lowerBound
        guard k >= 3, let y = year.date, let previous, previous.kind == .date, previous.endDate == nil,
              previous.tokens.upperBound <= k - 3, let day = previous.date,
              let from = table.word(k - 1), from.function == .from, table.isBare(k - 1) else { return nil }
        let first = table.word(k - 3), second = table.word(k - 2)
        let sameFirst = first?.function == .same && second?.unit == .day && second?.unitDefinite == true   // نفس اليوم
        let sameAfter = first?.unit == .day && first?.unitDefinite == true && second?.function == .same    // اليوم نفسه
        guard sameFirst || sameAfter, let date = CivilDate(year: y.year, month: day.month, day: day.day) else { return nil }
        var r = year
        r.kind = .date
        r.date = date
        r.anchor = .absolute
        r.tokens = k - 3 ..< year.tokens.upperBound
        r.span = Span(start: table.start(k - 3), end: year.span.end)
        return r
    }

    /// The longest expression starting at token `i`.
    func best(at i: Int) -> ResolvedTime? {
        var best: ResolvedTime?
        func consider(_ m: ResolvedTime?) {
            guard let m, m.tokens.upperBound > (best?.tokens.upperBound ?? i) else { return }
            best = m
        }
        let s: Starters
        if table.tokens[i].kind == .number {
            s = numberStarters(i)
            if s.isEmpty { return nil }
        } else {
            guard let w = table.word(i) else { return nil }
            if w.needsNext, i + 1 >= table.count || table.tokens[i + 1].kind != .number && !table.isKnown(i + 1) { return nil }
            s = w.starters
        }
        if s.contains(.range) { consider(range(at: i)) }
        if s.contains(.festival) { consider(festival(at: i)) }
        if s.contains(.dayPart) { consider(dayPartPrefix(at: i)) }
        if s.contains(.nthWeekday) { consider(nthWeekday(at: i)) }
        if s.contains(.weekday) { consider(weekdayLed(at: i)) }
        if s.contains(.relativeDay) { consider(relativeDay(at: i)) }
        if s.contains(.numericDate) { consider(numericDate(at: i, weekday: nil)) }
        if s.contains(.dayLed) { consider(dayLedDate(at: i)) }
        if s.contains(.period) { consider(period(at: i)) }
        if s.contains(.quantity) { consider(quantity(at: i)) }
        if s.contains(.vague) { consider(vague(at: i)) }
        if s.contains(.clock) { consider(clock(at: i)) }
        if s.contains(.now) { consider(now(at: i)) }
        return best
    }

    /// The rules that may start at number token `i`. After a number, every rule needs a known
    /// word, a sign or another number; a bare year ("في 2015") needs nothing after it.
    func numberStarters(_ i: Int) -> Starters {
        let next = i + 1
        let open = next >= table.count || table.tokens[next].kind != .word || table.isKnown(next)
        let digits = table.digitCount(i)
        if !open { return digits == 4 ? .period : [] }
        return digits > 4 ? [.numericDate, .quantity] : .number
    }

    /// A resolved time over tokens `first ..< next`.
    func make(_ first: Int, _ next: Int, start: Int? = nil, end: Int? = nil, kind: TimeExpression.Kind,
              anchor: TimeExpression.Anchor, date: CivilDate? = nil) -> ResolvedTime {
        ResolvedTime(span: Span(start: start ?? table.start(first), end: end ?? table.end(next - 1)), tokens: first ..< next,
                     kind: kind, anchor: anchor, date: date)
    }

    /// Whether the number at token `i` identifies something (قرار رقم 2216، القانون 10): the
    /// word before it is a numbered noun.
    func isIdentifier(_ i: Int) -> Bool {
        table.word(i - 1)?.isNumberedNoun == true
    }

    /// Whether the expression at token `i` follows a noun that makes it part of a name
    /// (ثورة 25 يناير).
    func followsNameHead(_ i: Int) -> Bool {
        table.word(i - 1)?.isNameHead == true
    }

    /// The problem of a weekday that does not match the day it names.
    func weekdayProblem(_ weekday: Int, _ date: CivilDate?) -> TimeProblem? {
        guard let date, date.isoWeekday != weekday else { return nil }
        return .weekdayMismatch(named: weekday)
    }
}
