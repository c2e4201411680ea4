import MarsadCore
import MarsadText

extension TimeGrammar {
    /// A weekday name at token `i`, with يوم before it: (weekday, next, start). A bare form
    /// (خميس, ثلاثاء) only after يوم or when `allowBare`.
    func weekdayWord(at i: Int, allowBare: Bool) -> (weekday: Int, next: Int, start: Int)? {
        var j = i
        var hasDayWord = false
        if let u = table.word(j), u.unit == .day, u.unitCount == 1, !u.unitDefinite, table.word(j + 1)?.weekday != nil {
            hasDayWord = true
            j += 1
        }
        guard let w = table.word(j), let weekday = w.weekday, w.weekdayDefinite || hasDayWord || allowBare else { return nil }
        if weekday == 1, !hasDayWord, meansTheTwo(j) { return nil }
        return (weekday, j + 1, table.start(i))
    }

    /// Whether "الاثنين" at `j` is "the two" rather than Monday: after إن/أن or بين
    /// ("إن الاثنين في منطقة مجهولة"), or after a definite dual or plural ("اللاعبين الاثنين").
    func meansTheTwo(_ j: Int) -> Bool {
        guard let prev = table.key(j - 1), table.tokens[j - 1].end + 1 >= table.tokens[j].start else { return false }
        if let p = table.word(j - 1), p.function == .complementizer || p.function == .between { return true }
        guard prev.hasArticle, prev.count >= 5 else { return false }
        let last = prev.letter(at: prev.count - 1), before = prev.letter(at: prev.count - 2)
        return last == 0x0646 && (before == 0x064A || before == 0x0627) || last == 0x062A && before == 0x0627  // ين ان ات
    }

    /// A week counted from the reference's at token `i`: "الأسبوع الماضي" (−1), "هذا الأسبوع",
    /// "الأسبوع الحالي" (0), "الأسبوع المقبل" (1), with an optional من before.
    func weekReading(at i: Int) -> (offset: Int, next: Int, end: Int)? {
        var j = i
        if let w = table.word(j), w.function == .from, table.isBare(j) { j += 1 }
        guard let w = table.word(j) else { return nil }
        if w.modifier == .current, w.modifierBefore, let u = table.word(j + 1), u.unit == .week, u.unitDefinite, u.unitCount == 1 {
            return (0, j + 2, table.end(j + 1))
        }
        guard w.unit == .week, w.unitDefinite, w.unitCount == 1, let m = table.word(j + 1), let direction = m.modifier,
              !m.modifierBefore else { return nil }
        return (direction == .past ? -1 : direction == .next ? 1 : 0, j + 2, table.end(j + 1))
    }

    /// A day led by a weekday: "الخميس", "يوم الأحد", "الثلاثاء الماضي", "الأحد من الأسبوع
    /// الماضي", "الثلاثاء 12 حزيران/يونيو", "يوم الاثنين في 18 شباط", "الخميس الموافق 14 شهر
    /// شباط", "السبت السادس عشر", "هذا الاثنين". A date given with the weekday is checked
    /// against it (a mismatch is a warning); a date in brackets right after it gives its value.
    func weekdayLed(at i: Int) -> ResolvedTime? {
        var first = i
        var direction: Direction?
        if let w = table.word(i), w.modifier == .current, w.modifierBefore, table.word(i + 1)?.weekday != nil {
            first = i + 1
            direction = .current
        }
        let bareAllowed = table.word(first)?.weekday != nil && weekReading(at: first + 1) != nil
        guard let wd = weekdayWord(at: first, allowBare: bareAllowed) else { return nil }
        let weekday = wd.weekday
        let j = wd.next
        func finish(_ next: Int, _ date: CivilDate?, end: Int? = nil, anchor: TimeExpression.Anchor = .dateline) -> ResolvedTime {
            var r = make(i, next, end: end, kind: .date, anchor: anchor, date: date)
            r.problem = weekdayProblem(weekday, date)
            return r
        }
        if let week = weekReading(at: j) {
            return finish(week.next, resolver.weekday(weekday, weeksFromReference: week.offset), end: week.end)
        }
        if direction == nil, let d = modifierAfter(j) {
            return finish(j + 1, resolver.weekday(weekday, direction: d, futureContext: false))
        }
        // An explicit date after the weekday.
        var k = j
        if table.isSign(k, 0x2C, 0x060C) {
            k += 1
        } else if let w = table.word(k), w.function == .corresponding || w.function == .in, table.isBare(k) {
            k += 1
        }
        if let date = numericDate(at: k, weekday: weekday) ?? dayLedDate(at: k) {
            if let d = date.date, d.isoWeekday != weekday, let nth = nthWeekdayReading(weekday, at: k) {
                return finish(nth.next, nth.date, anchor: nth.anchor)
            }
            var r = finish(date.tokens.upperBound, date.date, end: date.span.end, anchor: date.anchor)
            r.calendar = date.calendar
            return r
        }
        if let nth = nthWeekdayReading(weekday, at: j) { return finish(nth.next, nth.date, anchor: nth.anchor) }
        // "(10 شوال 1436ه)" after the weekday: a time of its own, which dates the weekday.
        if table.isSign(j, 0x28), let date = numericDate(at: j + 1, weekday: nil) ?? dayLedDate(at: j + 1) {
            return finish(j, date.date, anchor: date.anchor)
        }
        // An ordinal day without a month: "السبت السادس عشر". The ordinal is masculine, agreeing
        // with يوم; a feminine one counts occurrences: "للجمعة الثالثة على التوالي".
        if let d = dayNumber(at: j), table.tokens[j].kind == .word, !endsInTehMarbuta(j), monthReading(at: d.next) == nil,
           table.word(d.next)?.function != .from, let date = dayOfNearMonth(d.day, weekday: weekday) {
            return finish(d.next, date)
        }
        let date = resolver.weekday(weekday, direction: nil, futureContext: tense.isFuture(around: i ..< j, in: table))
        return finish(j, date)
    }

    /// Whether word token `k` ends in ة (teh marbuta): a feminine form.
    func endsInTehMarbuta(_ k: Int) -> Bool {
        guard let last = table.tokens[k].range.last(where: { ArabicScalar.isArabicLetter(table.scalars[$0].value) }) else { return false }
        return table.scalars[last].value == 0x0629
    }

    /// The day `day` of the month (this one, the previous or the next) nearest the reference
    /// that falls on `weekday`.
    func dayOfNearMonth(_ day: Int, weekday: Int) -> CivilDate? {
        guard let ref = reference else { return nil }
        let candidates = (-1 ... 1).compactMap { offset -> CivilDate? in
            let m = ref.monthStart.adding(months: offset)
            return CivilDate(year: m.year, month: m.month, day: day)
        }.filter { $0.isoWeekday == weekday }
        return candidates.min { abs($0.daysSinceEpoch - ref.daysSinceEpoch) < abs($1.daysSinceEpoch - ref.daysSinceEpoch) }
    }

    /// After a weekday: an ordinal (or الأخير) and a month: "الثلاثاء الثالث من شهر ايلول من عام
    /// 2014" (the third Tuesday), "الاثنين الاخير من شهر ثلاثة" (the last Monday).
    func nthWeekdayReading(_ weekday: Int, at j: Int) -> (date: CivilDate?, next: Int, anchor: TimeExpression.Anchor)? {
        var n: Int
        var k: Int
        if let w = table.word(j), w.function == .last, table.isBare(j) {
            n = -1
            k = j + 1
        } else if let number = lexicon.numbers.read(at: j, in: table.scalars, tokens: table.tokens), number.isOrdinal, (1 ... 5).contains(number.value) {
            n = number.value
            k = number.tokens.upperBound
        } else {
            return nil
        }
        guard let month = monthAfterConnector(at: k) else { return nil }
        return (weekdayOfMonth(weekday, n, month.first), month.next, month.anchor)
    }

    /// "اخر اثنين من شهر اذار", "ثالث ثلاثاء في ايلول في سنة 2014", "ثاني اربعاء من شهر اكتوبر",
    /// "ثالث يوم ثلاثاء بايلول بعام 2014", "اخر يوم بشهر عشرة سنة 2015", "اليوم الاخير من شهر عشرة".
    func nthWeekday(at i: Int) -> ResolvedTime? {
        var n: Int
        var j: Int
        guard let w = table.word(i) else { return nil }
        if w.function == .last {
            n = -1
            j = i + 1
        } else if w.unit == .day, w.unitDefinite, w.unitCount == 1, let l = table.word(i + 1), l.function == .last {
            // اليوم الأخير من شهر …
            guard let month = monthAfterConnector(at: i + 2), let first = month.first else { return nil }
            return make(i, month.next, end: month.end, kind: .date, anchor: month.anchor, date: first.monthEnd)
        } else if w.number != nil, let number = lexicon.numbers.read(at: i, in: table.scalars, tokens: table.tokens), number.isOrdinal,
                  (1 ... 5).contains(number.value) {
            n = number.value
            j = number.tokens.upperBound
        } else {
            return nil
        }
        if let u = table.word(j), u.unit == .day, u.unitCount == 1, !u.unitDefinite {
            if n == -1, table.word(j + 1)?.weekday == nil {
                // آخر يوم من الشهر
                guard let month = monthAfterConnector(at: j + 1), let first = month.first else { return nil }
                return make(i, month.next, end: month.end, kind: .date, anchor: month.anchor, date: first.monthEnd)
            }
            j += 1
        }
        guard let wd = table.word(j)?.weekday, let month = monthAfterConnector(at: j + 1) else { return nil }
        return make(i, month.next, end: month.end, kind: .date, anchor: month.anchor, date: weekdayOfMonth(wd, n, month.first))
    }

    /// The `n`-th (−1: last) `weekday` of the month starting on `first`.
    func weekdayOfMonth(_ weekday: Int, _ n: Int, _ first: CivilDate?) -> CivilDate? {
        guard let first else { return nil }
        if n < 0 {
            let end = first.monthEnd
            return end.adding(days: -((end.isoWeekday - weekday + 7) % 7))
        }
        let d = first.adding(days: (weekday - first.isoWeekday + 7) % 7 + 7 * (n - 1))
        return d.month == first.month ? d : nil
    }

    /// A month after من, في or ب, with its year: the month's first day.
    func monthAfterConnector(at j: Int) -> (first: CivilDate?, next: Int, end: Int, anchor: TimeExpression.Anchor)? {
        var k = j
        if let w = table.word(k), w.function == .from || w.function == .in, table.isBare(k) { k += 1 }
        guard let m = monthReading(at: k) else { return nil }
        var next = m.next, end = m.end
        var year: Int?, yearOffset: Int?
        if let y = yearReading(at: next, requireWord: false) ?? yearReading(at: next, requireWord: true) {
            year = y.year
            next = y.next
            end = y.end
        } else if let r = relativeYear(at: next) {
            yearOffset = r.offset
            next = r.next
            end = r.end
        }
        var first: CivilDate?
        switch m.month {
        case .relative(let offset):
            first = reference?.monthStart.adding(months: offset)
        case .named(let month) where month.calendar == .gregorian:
            first = monthStart(month.number, year: year, yearOffset: yearOffset, tokens: j ..< next)
        case .number(let number):
            first = monthStart(number, year: year, yearOffset: yearOffset, tokens: j ..< next)
        default:
            return nil
        }
        return (first, next, end, year == nil ? .dateline : .absolute)
    }

    func monthStart(_ month: Int, year: Int?, yearOffset: Int?, tokens: Range<Int>) -> CivilDate? {
        if let year { return CivilDate(year: year, month: month, day: 1) }
        if let yearOffset, let ref = reference { return CivilDate(year: ref.year + yearOffset, month: month, day: 1) }
        return resolver.month(month, direction: nil, futureContext: tense.isFuture(around: tokens, in: table))
    }
}
