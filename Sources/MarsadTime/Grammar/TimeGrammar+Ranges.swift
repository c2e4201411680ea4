import MarsadCore
import MarsadText

extension TimeGrammar {
    /// A range connector at `k`: إلى، الى، حتى، لغاية (و attached or not), a dash, or و after بين.
    /// Returns the index after it.
    func rangeConnector(at k: Int, between: Bool) -> Int? {
        if table.isDash(k) { return k + 1 }
        if let w = table.word(k), w.function == .to {
            return table.isBare(k) || table.hasConjunctionOnly(k) ? k + 1 : nil
        }
        if between, let key = table.key(k), key == lexicon.conjunction { return k + 1 }
        return nil
    }

    /// One expression for a range of days or years: "من 1 إلى 5 أغسطس", "بين 1 و5 أغسطس",
    /// "13 الى 15 تموز", "من 13 تموز الى 15 تموز", "يوليو 13-15", "من الثالث والعشرين وحتى السادس
    /// والعشرين من شهر اكتوبر", "من عام 2015 إلى عام 2018", "بين عامي 2015 و2018".
    func range(at i: Int) -> ResolvedTime? {
        guard i < table.count else { return nil }
        var j = i
        var between = false
        var marked = false
        if let w = table.word(i), table.isBare(i) || table.hasConjunctionOnly(i) {
            if w.function == .from { j = i + 1; marked = true }
            if w.function == .between { j = i + 1; between = true; marked = true }
        }
        if let r = yearRange(at: i, from: j, marked: marked, between: between) { return r }
        // Month first: يوليو 13-15، تموز 13 الى 15
        if let m = monthReading(at: j), let d1 = dayNumber(at: m.next), table.tokens[m.next].kind == .number,
           let k = rangeConnector(at: d1.next, between: between), let d2 = dayNumber(at: k), table.tokens[k].kind == .number {
            var next = d2.next, end = table.end(d2.next - 1)
            let year = yearReading(at: next, requireWord: false)
            if let y = year { next = y.next; end = y.end }
            return dayRange(i, next, end: end, d1.day, m.month, d2.day, m.month, y1: year, y2: year)
        }
        guard let d1 = dayNumber(at: j) else { return nil }
        var k = d1.next
        var m1: MonthReading?, y1: YearReading?
        var kk = k
        if let w = table.word(kk), w.function == .from, table.isBare(kk) { kk += 1 }
        if let m = monthReading(at: kk) {
            m1 = m
            k = m.next
            if let y = yearReading(at: k, requireWord: false) { y1 = y; k = y.next }
        }
        // "5 و6 دجنبر", "الثامن والعشرين والتاسع والعشرين من حزيران": و joins two days before one month.
        guard let afterConnector = rangeConnector(at: k, between: between || m1 == nil) ?? conjunctionDay(at: k, m1: m1),
              let d2 = dayNumber(at: afterConnector) else { return nil }
        k = d2.next
        var m2: MonthReading?, y2: YearReading?
        kk = k
        if let w = table.word(kk), w.function == .from, table.isBare(kk) { kk += 1 }
        var end = table.end(d2.next - 1)
        if let m = monthReading(at: kk) {
            m2 = m
            k = m.next
            end = m.end
            if let y = yearReading(at: k, requireWord: false) ?? yearReading(at: k, requireWord: true) { y2 = y; k = y.next; end = y.end }
        }
        guard let first = m1 ?? m2, let last = m2 ?? m1 else { return nil }
        if m1 == nil, d1.day >= d2.day { return nil }
        return dayRange(i, k, end: end, d1.day, first.month, d2.day, last.month, y1: y1 ?? y2, y2: y2 ?? y1)
    }

    /// A day written with و attached ("والتاسع والعشرين") after a day without a month: the index
    /// of that day token.
    func conjunctionDay(at k: Int, m1: MonthReading?) -> Int? {
        guard m1 == nil, k < table.count, table.hasConjunctionOnly(k), table.word(k)?.number != nil else { return nil }
        return k
    }

    func dayRange(_ i: Int, _ next: Int, end: Int, _ d1: Int, _ m1: MonthReference, _ d2: Int, _ m2: MonthReference,
                  y1: YearReading?, y2: YearReading?) -> ResolvedTime? {
        var r = make(i, next, end: end, kind: .date, anchor: y1 == nil ? .dateline : .absolute)
        if y1 == nil, y2 == nil, modifierAfter(next) != nil {
            // "بين 14 يونيو و15 يوليو المقبل": the modifier places the end; the start is the
            // last such day before it.
            let last = resolveDay(d2, m2, year: nil, yearOffset: nil, tokens: i ..< next)
            var first = last.flatMap { e in resolveDay(d1, m1, year: YearReading(year: e.year, calendar: nil, next: 0, end: 0, start: 0, hasWord: false),
                                                       yearOffset: nil, tokens: i ..< next) }
            if let f = first, let e = last, f > e { first = CivilDate(year: f.year - 1, month: f.month, day: f.day) }
            r.date = first
            r.endDate = last
        } else {
            r.date = resolveDay(d1, m1, year: y1, yearOffset: nil, tokens: i ..< next)
            var last = resolveDay(d2, m2, year: y2, yearOffset: nil, tokens: i ..< next)
            if let s = r.date, let e = last, e < s {
                // "من 3 نوفمبر 2019 إلى 24 يونيو 2018" moves a date; it is no range.
                guard y2 == nil else { return nil }
                last = CivilDate(year: e.year + 1, month: e.month, day: e.day)
            }
            r.endDate = last
        }
        if reference != nil || y1 != nil, r.date == nil || r.endDate == nil { return nil }
        if case .named(let m) = m1, m.calendar == .hijri { r.calendar = .hijri }
        return r
    }

    /// "من عام 2015 إلى عام 2018", "بين عامي 2015 و2018", "من 2015 حتى 2018".
    func yearRange(at i: Int, from j: Int, marked: Bool, between: Bool) -> ResolvedTime? {
        var k = j
        var hasWord = false
        if let u = table.word(k), u.unit == .year, u.unitCount == 2, !u.unitDefinite {  // عامي
            hasWord = true
            k += 1
        }
        guard let y1 = yearReading(at: k, requireWord: false), (1000 ... 2999).contains(y1.year),
              let c = rangeConnector(at: y1.next, between: between || hasWord), let y2 = yearReading(at: c, requireWord: false),
              y2.year > y1.year, y2.year <= y1.year + 200, marked || hasWord || y1.hasWord,
              y1.calendar != .hijri, y2.calendar != .hijri else { return nil }
        var r = make(i, y2.next, end: y2.end, kind: .year, anchor: .absolute)
        r.date = CivilDate(year: y1.year, month: 1, day: 1)
        r.endDate = CivilDate(year: y2.year, month: 1, day: 1)
        return r
    }
}
