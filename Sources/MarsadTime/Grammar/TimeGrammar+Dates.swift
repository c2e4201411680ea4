import MarsadCore
import MarsadText

/// A month as the grammar reads it.
enum MonthReference: Equatable {
    /// A month name: مايو، تشرين الثاني، شوال.
    case named(MonthNames.Month)
    /// A Gregorian month by number: شهر 3، شهر عشرة، الشهر الثامن.
    case number(Int)
    /// A month counted from the reference's: الشهر الماضي (−1), هذا الشهر (0), الشهر المقبل (1).
    case relative(Int)
}

/// A month read at some token.
struct MonthReading {
    var month: MonthReference
    var next: Int
    var end: Int
    /// Said with شهر, or in two traditions (تشرين الثاني /نوفمبر): surely a month.
    var isExplicit: Bool
}

/// A year read at some token.
struct YearReading {
    var year: Int
    var calendar: CalendarSystem?
    var next: Int
    var end: Int
    var start: Int
    /// Said with عام or سنة.
    var hasWord: Bool
}

extension TimeGrammar {
    /// A day of the month at token `i`: "10", "الـ10", "١٠", "العاشر", "الحادي والعشرين",
    /// "اليوم الثالث", "ثالث يوم".
    func dayNumber(at i: Int) -> (day: Int, next: Int, start: Int)? {
        guard i < table.count else { return nil }
        if table.tokens[i].kind == .number {
            guard let v = table.integer(i), table.digitCount(i) <= 2, (1 ... 31).contains(v) else { return nil }
            return (v, i + 1, table.tokens[i].start)
        }
        guard let w = table.word(i) else { return nil }
        if w.unit == .day, w.unitDefinite, w.unitCount == 1,
           let n = lexicon.numbers.read(at: i + 1, in: table.scalars, tokens: table.tokens), n.isOrdinal, (1 ... 31).contains(n.value) {
            return (n.value, n.tokens.upperBound, table.start(i))
        }
        guard w.number != nil, let n = lexicon.numbers.read(at: i, in: table.scalars, tokens: table.tokens),
              n.isOrdinal || n.isDefinite, (1 ... 31).contains(n.value) else { return nil }
        var next = n.tokens.upperBound
        if let u = table.word(next), u.unit == .day, u.unitCount == 1, !u.unitDefinite, table.isBare(next) { next += 1 }
        return (n.value, next, n.span.start)
    }

    /// A month name at token `i`, with a second tradition after `/` or in brackets.
    func namedMonth(at i: Int) -> (month: MonthNames.Month, next: Int, isExplicit: Bool)? {
        guard let w = table.word(i), w.month != nil || w.startsMonthPair else { return nil }
        if table.isBare(i), let m = table.monthName(at: i) { return (m.month, m.next, m.twoTraditions) }
        if w.startsMonthPair && w.month == nil { return nil }
        if let m = w.month { return (m, i + 1, false) }
        return nil
    }

    /// A month at token `i`: a name, "شهر" + name or number, "الشهر الثامن", "الشهر الماضي",
    /// "هذا الشهر".
    func monthReading(at i: Int) -> MonthReading? {
        guard let w = table.word(i) else { return nil }
        if w.modifier == .current, w.modifierBefore, let u = table.word(i + 1), u.unit == .month, u.unitDefinite, u.unitCount == 1 {
            return MonthReading(month: .relative(0), next: i + 2, end: table.end(i + 1), isExplicit: true)
        }
        if w.unit == .month, w.unitCount == 1 {
            if w.unitDefinite {
                if let m = table.word(i + 1), let direction = m.modifier, !m.modifierBefore {
                    let offset = direction == .past ? -1 : direction == .next ? 1 : 0
                    return MonthReading(month: .relative(offset), next: i + 2, end: table.end(i + 1), isExplicit: true)
                }
                if let n = lexicon.numbers.read(at: i + 1, in: table.scalars, tokens: table.tokens), n.isOrdinal, (1 ... 12).contains(n.value) {
                    return MonthReading(month: .number(n.value), next: n.tokens.upperBound, end: n.span.end, isExplicit: true)
                }
                return nil
            }
            let j = i + 1
            if let named = namedMonth(at: j) {
                return MonthReading(month: .named(named.month), next: named.next, end: table.end(named.next - 1), isExplicit: true)
            }
            if let v = table.integer(j), table.digitCount(j) <= 2, (1 ... 12).contains(v) {
                return MonthReading(month: .number(v), next: j + 1, end: table.end(j), isExplicit: true)
            }
            if let n = lexicon.numbers.read(at: j, in: table.scalars, tokens: table.tokens), !n.isOrdinal, n.isSpelledOut, (1 ... 12).contains(n.value) {
                return MonthReading(month: .number(n.value), next: n.tokens.upperBound, end: n.span.end, isExplicit: true)
            }
            return nil
        }
        if let named = namedMonth(at: i) {
            var reading = MonthReading(month: .named(named.month), next: named.next, end: table.end(named.next - 1),
                                       isExplicit: named.isExplicit)
            // "كانون الأول/دسيمبر 2013": a second name the lexicon does not know, before a year.
            let k = named.next
            if !named.isExplicit, table.isSign(k, 0x2F), k + 2 < table.count, table.tokens[k + 1].kind == .word, table.word(k + 1) == nil,
               yearReading(at: k + 2, requireWord: false) != nil {
                reading.next = k + 2
                reading.end = table.end(k + 1)
                reading.isExplicit = true
            }
            return reading
        }
        return nil
    }

    /// A year at token `i`: "2021", "٢٠٢١م", "1436 هـ", "عام 2020", "من عام 2014", "لعام 2014".
    func yearReading(at i: Int, requireWord: Bool) -> YearReading? {
        var j = i
        if let w = table.word(j), w.function == .from || w.function == .in, table.isBare(j),
           let u = table.word(j + 1), u.unit == .year, u.unitCount == 1 {
            j += 1
        }
        var hasWord = false
        if let u = table.word(j), u.unit == .year, u.unitCount == 1, j + 1 < table.count, table.tokens[j + 1].kind == .number {
            hasWord = true
            j += 1
        }
        if requireWord && !hasWord { return nil }
        guard j < table.count, table.isPlainNumber(j), table.digitCount(j) == 4, let year = table.integer(j),
              (1000 ... 2999).contains(year) else { return nil }
        var calendar = table.attachedEra(j)
        var next = j + 1
        if calendar == nil, let era = table.word(next)?.era, table.isBare(next), table.tokens[next].start <= table.tokens[j].end + 1 {
            calendar = era
            next += 1
        }
        return YearReading(year: year, calendar: calendar, next: next, end: table.end(j), start: table.start(i), hasWord: hasWord)
    }

    /// A year counted from the reference's after a date: "السنة القادمة", "العام الماضي".
    func relativeYear(at i: Int) -> (offset: Int, next: Int, end: Int)? {
        guard let u = table.word(i), u.unit == .year, u.unitDefinite, u.unitCount == 1,
              let m = table.word(i + 1), let direction = m.modifier, !m.modifierBefore else { return nil }
        return (direction == .past ? -1 : direction == .next ? 1 : 0, i + 2, table.end(i + 1))
    }

    /// A date led by its day: "11 مايو 2021ء", "الـ10 من تشرين الثاني /نوفمبر 2020",
    /// "10/شوال / 1436ه", "العاشر من رمضان", "31 أغسطس/آب", "14 شهر شباط", "التاسع عشر من هذا الشهر".
    func dayLedDate(at i: Int) -> ResolvedTime? {
        guard let d = dayNumber(at: i), !isIdentifier(i), !countsLongerUnit(before: i) else { return nil }
        var j = d.next
        if let w = table.word(j), w.function == .from, table.isBare(j) {
            j += 1
        } else if table.isSign(j, 0x2F) || table.isDash(j) {
            j += 1
        }
        // The month carries no proclitic: "الضحية الرابعة لرمضان" is not a date.
        guard table.isBare(j), let m = monthReading(at: j) else { return nil }
        j = m.next
        var end = m.end
        var year: YearReading?
        if table.isSign(j, 0x2F) || table.isDash(j) { year = yearReading(at: j + 1, requireWord: false) }
        if year == nil { year = yearReading(at: j, requireWord: false) }
        var yearOffset: Int?
        if let y = year {
            j = y.next
            end = y.end
        } else if let r = relativeYear(at: j) {
            yearOffset = r.offset
            j = r.next
            end = r.end
        }
        if year == nil, yearOffset == nil, followsNameHead(i) { return nil }
        var result = make(i, j, start: d.start, end: end, kind: .date, anchor: year == nil ? .dateline : .absolute)
        result.date = resolveDay(d.day, m.month, year: year, yearOffset: yearOffset, tokens: i ..< j)
        if case .named(let month) = m.month, month.calendar == .hijri { result.calendar = .hijri }
        if year?.calendar == .hijri { result.calendar = .hijri }
        if result.date == nil, year != nil { return nil }  // an impossible date: 31 نوفمبر
        return result
    }

    /// Whether the ordinal at token `i` counts a unit longer than a day written before it: «الأسبوع
    /// الأول من أبريل», «النصف الثاني من يونيو» are no first or second day of the month. A half,
    /// third or quarter is looked up without its article here only, so clock times keep reading
    /// «والنصف» as they did.
    func countsLongerUnit(before i: Int) -> Bool {
        guard i > 0, table.tokens[i].kind != .number else { return false }
        if let w = table.word(i - 1) {
            if let unit = w.unit { return unit != .day }
            if isFraction(w) { return true }
        }
        guard let key = table.key(i - 1), key.letter(at: 0) == 0x0627, key.letter(at: 1) == 0x0644,
              let bare = key.dropFirst(2), let w = lexicon.words[bare] else { return false }
        return isFraction(w)
    }

    private func isFraction(_ w: TimeWord) -> Bool {
        w.function == .half || w.function == .third || w.function == .quarter
    }

    /// The day of a day + month [+ year].
    func resolveDay(_ day: Int, _ month: MonthReference, year: YearReading?, yearOffset: Int?, tokens: Range<Int>) -> CivilDate? {
        switch month {
        case .named(let m):
            if let y = year {
                if y.calendar == .hijri && m.calendar == .gregorian { return nil }
                return m.calendar == .hijri || y.calendar == .hijri
                    ? lexicon.hijri.date(year: y.year, month: m.number, day: day)
                    : CivilDate(year: y.year, month: m.number, day: day)
            }
            if let yearOffset, m.calendar == .gregorian, let ref = reference {
                return CivilDate(year: ref.year + yearOffset, month: m.number, day: day)
            }
            return resolver.dayMonth(day: day, month: m, direction: modifierAfter(tokens.upperBound),
                                     futureContext: tense.isFuture(around: tokens, in: table))
        case .number(let n):
            if let y = year {
                return y.calendar == .hijri ? lexicon.hijri.date(year: y.year, month: n, day: day) : CivilDate(year: y.year, month: n, day: day)
            }
            if let yearOffset, let ref = reference { return CivilDate(year: ref.year + yearOffset, month: n, day: day) }
            return resolver.dayMonth(day: day, month: MonthNames.Month(number: n, calendar: .gregorian),
                                     direction: modifierAfter(tokens.upperBound),
                                     futureContext: tense.isFuture(around: tokens, in: table))
        case .relative(let offset):
            guard let ref = reference else { return nil }
            let first = ref.monthStart.adding(months: offset)
            return CivilDate(year: first.year, month: first.month, day: day)
        }
    }

    /// The direction of a modifier standing at token `i` after its noun (الماضي، المقبل).
    func modifierAfter(_ i: Int) -> Direction? {
        guard let m = table.word(i), let direction = m.modifier, !m.modifierBefore, table.isBare(i) else { return nil }
        return direction == .current ? nil : direction
    }

    /// A date written in digits: "24/7/2015", "26.7.2015", "2018-07-06", "2/2013" (a month), and
    /// "21/09" after a weekday (`weekday` given).
    func numericDate(at i: Int, weekday: Int?) -> ResolvedTime? {
        guard i < table.count, table.tokens[i].kind == .number, !isIdentifier(i) else { return nil }
        var parts: [(value: Int, digits: Int)] = []
        var next = i + 1
        var separator: UInt32?
        if table.isPlainNumber(i) {
            parts.append((table.integer(i) ?? -1, table.digitCount(i)))
            var k = i + 1
            while parts.count < 3, let s = table.sign(k), s == 0x2F || s == 0x2D, separator == nil || separator == s,
                  table.isPlainNumber(k + 1), let v = table.integer(k + 1) {
                separator = s
                parts.append((v, table.digitCount(k + 1)))
                k += 2
            }
            next = k
            // "12/3/2015/7", "5-10-2015-3": an identifier, not a date.
            if table.isSign(next, 0x2F, 0x2D), table.tokens.indices.contains(next + 1), table.tokens[next + 1].kind == .number { return nil }
        } else {
            let text = table.tokens[i].range.map { table.scalars[$0].value }
            guard !text.contains(0x2C), !text.contains(0x066C) else { return nil }
            parts = table.digitGroups(i)
            guard parts.count == 3 else { return nil }
        }
        let era = table.attachedEra(next - 1) ?? (table.word(next)?.era).flatMap { e in
            table.tokens[next].start <= table.tokens[next - 1].end + 1 ? e : nil
        }
        let hijri = era == .hijri
        func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate? {
            hijri ? lexicon.hijri.date(year: y, month: m, day: d) : CivilDate(year: y, month: m, day: d)
        }
        var result = make(i, next, kind: .date, anchor: .absolute)
        result.calendar = hijri ? .hijri : .gregorian
        switch parts.count {
        case 3:
            let (a, b, c) = (parts[0], parts[1], parts[2])
            if c.digits == 4, a.digits <= 2, b.digits <= 2 {
                result.date = day(c.value, b.value, a.value)
            } else if a.digits == 4, b.digits <= 2, c.digits <= 2 {
                result.date = day(a.value, b.value, c.value)
            }
        case 2 where separator == 0x2F:
            let (a, b) = (parts[0], parts[1])
            if b.digits == 4, a.digits <= 2, (1 ... 12).contains(a.value), (1900 ... 2100).contains(b.value), !hijri {
                result.kind = .month
                result.date = CivilDate(year: b.value, month: a.value, day: 1)
            } else if weekday != nil, a.digits <= 2, b.digits <= 2, (1 ... 12).contains(b.value) {
                result.anchor = .dateline
                result.date = resolver.dayMonth(day: a.value, month: MonthNames.Month(number: b.value, calendar: .gregorian),
                                                direction: nil, futureContext: tense.isFuture(around: i ..< next, in: table))
                if result.date == nil, reference != nil { return nil }
                return result
            }
        default:
            return nil
        }
        guard result.date != nil else { return nil }
        if era != nil, next < table.count, table.word(next)?.era != nil, table.tokens[next].start <= table.tokens[next - 1].end + 1 {
            result.tokens = i ..< next + 1
        }
        return result
    }

    /// "… الموافق <date>" after a date: both are one expression; the Gregorian value is kept.
    func corresponding(after m: ResolvedTime) -> ResolvedTime? {
        let j = m.tokens.upperBound
        guard let w = table.word(j), w.function == .corresponding, table.isBare(j),
              let other = numericDate(at: j + 1, weekday: nil) ?? dayLedDate(at: j + 1) else { return nil }
        var merged = m
        merged.tokens = m.tokens.lowerBound ..< other.tokens.upperBound
        merged.span = Span(start: m.span.start, end: other.span.end)
        let gregorian = other.calendar == .gregorian ? other : m
        let hijri = other.calendar == .gregorian ? m : other
        merged.date = gregorian.date ?? hijri.date
        merged.calendar = .gregorian
        merged.anchor = gregorian.anchor == .absolute || hijri.anchor == .absolute ? .absolute : .dateline
        if let g = gregorian.date, let h = hijri.date, g != h, abs(g.daysSinceEpoch - h.daysSinceEpoch) > 1 {
            merged.problem = .calendarsDisagree(hijri: h, gregorian: g)
        }
        return merged
    }
}
