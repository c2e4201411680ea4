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

    var lexicon: TimeLexicon { table.lexicon }
    var numbers: ArabicNumberReader { table.lexicon.numbers }
    var reference: CivilDate? { resolver.reference }

    func scan() -> [ResolvedTime] {
        var found: [ResolvedTime] = []
        var i = 0
        let n = table.count
        while i < n {
            guard table.isCandidate(i), var m = best(at: i) else {
                i += 1
                continue
            }
            if m.kind == .date, let merged = corresponding(after: m) { m = merged }
            if m.kind == .date, m.clock == nil, m.isReported, let c = clock(at: m.tokens.upperBound) {
                m.tokens = m.tokens.lowerBound ..< c.tokens.upperBound
                m.span = Span(start: m.span.start, end: c.span.end)
                m.clock = c.clock
            }
            found.append(m)
            i = max(m.tokens.upperBound, i + 1)
        }
        return found
    }

    /// The longest expression starting at token `i`.
    func best(at i: Int) -> ResolvedTime? {
        var best: ResolvedTime?
        func consider(_ m: ResolvedTime?) {
            guard let m, m.tokens.upperBound > (best?.tokens.upperBound ?? i) else { return }
            best = m
        }
        consider(range(at: i))
        consider(festival(at: i))
        consider(dayPartPrefix(at: i))
        consider(nthWeekday(at: i))
        consider(weekdayLed(at: i))
        consider(relativeDay(at: i))
        consider(numericDate(at: i, weekday: nil))
        consider(dayLedDate(at: i))
        consider(period(at: i))
        consider(quantity(at: i))
        consider(vague(at: i))
        consider(clock(at: i))
        consider(now(at: i))
        return best
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

    /// A warning for a weekday that does not match the day it names.
    func weekdayWarning(_ weekday: Int, _ date: CivilDate?, _ span: Span) -> String? {
        guard let date, date.isoWeekday != weekday else { return nil }
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: table.scalars[span.range])
        return "The time «\(String(view))» at \(span.start)–\(span.end) names \(names[weekday - 1]), but \(date.iso) is a \(names[date.isoWeekday - 1]); the date is kept."
    }
}
