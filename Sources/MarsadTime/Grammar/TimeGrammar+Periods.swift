import MarsadCore
import MarsadText

extension TimeGrammar {
    /// Weeks, months and years: "الأسبوع الماضي", "هذا الشهر", "العام المقبل", "عام 2020",
    /// "في مايو 2021", "مايو الماضي", "في فبراير (شباط)", "شهر 3", and the parts of them
    /// ("مطلع 2018", "منتصف اذار", "أواخر الشهر الجاري"). A bare year needs a preposition before
    /// it (في، منذ، حتى، قبل، بعد، خلال، بحلول) or a part word (مطلع، أواخر).
    func period(at i: Int) -> ResolvedTime? {
        guard i < table.count else { return nil }
        var j = i
        var part: MonthPart?
        if let w = table.word(i), let p = w.monthPart {
            part = p
            j = i + 1
        }
        var result: ResolvedTime?
        if let r = relativePeriod(at: j) {
            result = r
        } else if let r = monthPeriod(at: j, licensed: part != nil) {
            result = r
        } else if let y = yearReading(at: j, requireWord: true) ?? bareYear(at: j, licensed: part != nil) {
            var r = make(j, y.next, start: y.start, end: y.end, kind: .year, anchor: .absolute)
            if y.calendar == .hijri {
                r.date = lexicon.hijri.date(year: y.year, month: 1, day: 1)
                r.isReported = false  // a Hijri year has no ISO value
            } else {
                r.date = CivilDate(year: y.year, month: 1, day: 1)
            }
            result = r
        }
        guard var r = result else { return nil }
        if let part {
            r.tokens = i ..< r.tokens.upperBound
            r.span = Span(start: table.start(i), end: r.span.end)
            r.monthPart = part
            r.date = r.date.map { point(part, of: $0, kind: r.kind) }
        }
        return r
    }

    /// The day a part of a month, week or year points at (مطلع: the first, منتصف: the middle …).
    func point(_ part: MonthPart, of first: CivilDate, kind: TimeExpression.Kind) -> CivilDate {
        switch kind {
        case .week:
            switch part {
            case .start, .early: return first.weekStart
            case .middle: return first.weekStart.adding(days: 2)
            case .late, .end: return first.weekStart.adding(days: 4)
            }
        case .year:
            let jan1 = CivilDate(year: first.year, month: 1, day: 1)!
            switch part {
            case .start, .early: return jan1
            case .middle: return CivilDate(year: first.year, month: 7, day: 1)!
            case .late: return CivilDate(year: first.year, month: 10, day: 1)!
            case .end: return CivilDate(year: first.year, month: 12, day: 31)!
            }
        default:
            let m = first.monthStart
            switch part {
            case .start, .early: return m
            case .middle: return m.adding(days: 14)
            case .late: return m.adding(days: 20)
            case .end: return m.monthEnd
            }
        }
    }

    /// "الأسبوع الماضي", "هذا الأسبوع", "الشهر المقبل", "العام الجاري", "هذه السنة".
    func relativePeriod(at i: Int) -> ResolvedTime? {
        guard let w = table.word(i) else { return nil }
        var unitAt = i
        var offset: Int
        var next: Int
        if w.modifier == .current, w.modifierBefore {
            unitAt = i + 1
            offset = 0
            next = i + 2
        } else {
            guard let m = table.word(i + 1), let direction = m.modifier, !m.modifierBefore, table.isBare(i + 1) else { return nil }
            offset = direction == .past ? -1 : direction == .next ? 1 : 0
            next = i + 2
        }
        guard let u = table.word(unitAt), u.unitDefinite, u.unitCount == 1, let unit = u.unit else { return nil }
        var r = make(i, next, kind: .date, anchor: .dateline)
        switch unit {
        case .week:
            r.kind = .week
            r.date = reference?.adding(days: 7 * offset)
        case .month:
            r.kind = .month
            r.date = reference?.monthStart.adding(months: offset)
        case .year:
            r.kind = .year
            r.date = reference.flatMap { CivilDate(year: $0.year + offset, month: 1, day: 1) }
        default:
            return nil
        }
        return r
    }

    /// A month with its year or a sign that it is a month: "مايو 2021", "في مايو", "مايو الماضي",
    /// "فبراير (شباط)", "شهر رمضان", "شهر 3".
    func monthPeriod(at i: Int, licensed: Bool) -> ResolvedTime? {
        guard let m = monthReading(at: i) else { return nil }
        if case .relative(let offset) = m.month {
            var r = make(i, m.next, end: m.end, kind: .month, anchor: .dateline)
            r.date = reference?.monthStart.adding(months: offset)
            return r
        }
        var next = m.next, end = m.end
        var year: YearReading?
        if table.isSign(next, 0x2F) || table.isDash(next) || table.isSign(next, 0x2C, 0x060C) {
            year = yearReading(at: next + 1, requireWord: false)
        }
        if year == nil { year = yearReading(at: next, requireWord: false) ?? yearReading(at: next, requireWord: true) }
        var direction: Direction?
        if let y = year {
            next = y.next
            end = y.end
        } else if let d = modifierAfter(next) {
            direction = d
            end = table.end(next)
            next += 1
        }
        let hijri: Bool
        let number: Int
        switch m.month {
        case .named(let month):
            hijri = month.calendar == .hijri
            number = month.number
        case .number(let n):
            hijri = false
            number = n
        case .relative:
            return nil
        }
        let previous = table.word(i - 1)
        let afterPreposition = previous.map { p in
            (p.function == .in || p.function == .from || p.function == .to || p.relation != nil) && table.isBare(i - 1)
        } ?? false
        let isLicensed = year != nil || direction != nil || m.isExplicit || licensed || (afterPreposition && !hijri)
        guard isLicensed, !(hijri && year == nil && !m.isExplicit) else { return nil }
        var r = make(i, next, end: end, kind: .month, anchor: year == nil ? .dateline : .absolute)
        if hijri {
            r.isReported = false  // a Hijri month spans two Gregorian months: no ISO month
            r.calendar = .hijri
            if !resolvesUnreported {
                r.date = nil
            } else if let y = year {
                r.date = y.calendar == .gregorian || (y.calendar == nil && y.year > 1600)
                    ? hijriMonthStart(number, inGregorianYear: y.year) : lexicon.hijri.date(year: y.year, month: number, day: 1)
            } else {
                r.date = resolver.dayMonth(day: 1, month: MonthNames.Month(number: number, calendar: .hijri), direction: direction,
                                           futureContext: tense.isFuture(around: i ..< next, in: table))
            }
        } else if let y = year {
            r.date = CivilDate(year: y.year, month: number, day: 1)
        } else {
            r.date = resolver.month(number, direction: direction, futureContext: tense.isFuture(around: i ..< next, in: table))
        }
        return r
    }

    /// The first day of Hijri month `month` that falls in Gregorian year `year` ("رمضان 2019").
    func hijriMonthStart(_ month: Int, inGregorianYear year: Int) -> CivilDate? {
        guard let jan1 = CivilDate(year: year, month: 1, day: 1), let h = lexicon.hijri.components(of: jan1) else { return nil }
        for y in h.year ... h.year + 1 {
            if let d = lexicon.hijri.date(year: y, month: month, day: 1), d.year == year { return d }
        }
        return nil
    }

    /// A year in digits alone, after a preposition (في 2018، منذ 2014، حتى 2025، بحلول 2030) or
    /// a part word (مطلع 2018).
    func bareYear(at i: Int, licensed: Bool) -> YearReading? {
        guard i < table.count, table.tokens[i].kind == .number, !isIdentifier(i),
              let y = yearReading(at: i, requireWord: false), y.calendar != nil || (1900 ... 2100).contains(y.year) else { return nil }
        if !licensed {
            guard let p = table.word(i - 1), p.function == .in || p.function == .to || p.relation != nil else { return nil }
        }
        // "في 2000 منزل": a count before a noun, not a year.
        if let n = table.word(y.next), n.unit != nil || n.number != nil { return nil }
        if table.isSign(y.next, 0x25, 0x066A) { return nil }
        return y
    }
}
