import MarsadCore
import MarsadText

extension TimeGrammar {
    /// Feasts and fixed days (`festivals.tsv`): "عيد الأضحى", "عيد الفطر 2013", "خامس أيام عيد
    /// الفطر", "رأس السنة الهجرية 2019", "عيد الفصح". Reported in documents only with a year or a
    /// day of the feast ("بمناسبة عيد الفطر" names the feast more than a day).
    func festival(at i: Int) -> ResolvedTime? {
        guard let w = table.word(i) else { return nil }
        var j = i
        var dayOfFeast: Int?
        if w.number != nil, let n = lexicon.numbers.read(at: i, in: table.scalars, tokens: table.tokens), n.isOrdinal, (1 ... 10).contains(n.value),
           let u = table.word(n.tokens.upperBound), u.unit == .day, u.unitCount == 0 {
            dayOfFeast = n.value  // خامس أيام عيد الفطر
            j = n.tokens.upperBound + 1
        } else if w.unit == .day, w.unitDefinite, w.unitCount == 1, let n = lexicon.numbers.read(at: i + 1, in: table.scalars, tokens: table.tokens),
                  n.isOrdinal, (1 ... 10).contains(n.value), table.word(n.tokens.upperBound)?.function == .from {
            dayOfFeast = n.value  // اليوم الأول من عيد الأضحى
            j = n.tokens.upperBound + 1
        }
        guard let (meaning, next) = phrase(at: j, .festival), case .festival(let feast) = meaning else { return nil }
        var end = table.end(next - 1)
        var k = next
        let year = yearReading(at: next, requireWord: false)
        if let y = year {
            k = y.next
            end = y.end
        }
        var r = make(i, k, end: end, kind: .date, anchor: year == nil ? .dateline : .absolute)
        r.isReported = year != nil || dayOfFeast != nil
        if r.isReported || resolvesUnreported {
            r.date = feastDay(feast, year: year, tokens: i ..< k).map { $0.adding(days: (dayOfFeast ?? 1) - 1) }
        }
        return r
    }

    /// The day of a feast in a year, or the one the tense points at.
    func feastDay(_ feast: Festival, year: YearReading?, tokens: Range<Int>) -> CivilDate? {
        let future = tense.isFuture(around: tokens, in: table)
        switch feast.rule {
        case .gregorian:
            if let y = year { return CivilDate(year: y.year, month: feast.month, day: feast.day) }
            return resolver.dayMonth(day: feast.day, month: MonthNames.Month(number: feast.month, calendar: .gregorian), direction: nil,
                                     futureContext: future)
        case .easter:
            if let y = year { return CivilDate.easter(year: y.year) }
            guard let ref = reference else { return nil }
            let candidates = (ref.year - 1 ... ref.year + 1).compactMap { CivilDate.easter(year: $0) }
            return resolver.choose(candidates, ref: ref, byMonth: false, direction: nil, futureContext: future)
        case .hijri:
            if let y = year {
                if y.calendar == .hijri || y.year < 1600 { return lexicon.hijri.date(year: y.year, month: feast.month, day: feast.day) }
                guard let jan1 = CivilDate(year: y.year, month: 1, day: 1), let h = lexicon.hijri.components(of: jan1) else { return nil }
                for hy in h.year ... h.year + 1 {
                    if let d = lexicon.hijri.date(year: hy, month: feast.month, day: feast.day), d.year == y.year { return d }
                }
                return nil
            }
            return resolver.dayMonth(day: feast.day, month: MonthNames.Month(number: feast.month, calendar: .hijri), direction: nil,
                                     futureContext: future)
        }
    }
}
