import MarsadText

/// The tense an expression without a year or week is read in.
public enum Tense: String, Sendable, Hashable {
    /// Before the reference: news reports mostly tell what happened.
    case past
    /// After the reference: Duckling's convention for incomplete dates.
    case future
}

/// Places expressions that do not name their year or week ("الخميس", "11 يوليو", "مايو الماضي")
/// on the calendar, from the report's date and the tense around them.
///
/// Rules, with `ref` the dateline:
/// - a weekday: with الماضي, the nearest such day strictly before `ref`; with المقبل/القادم,
///   strictly after; otherwise, in the past tense the nearest on or before `ref` (the dateline's
///   own weekday is the dateline); near a future marker the nearest on or after `ref`; with the
///   future as default tense (Duckling), the nearest strictly after;
/// - a day and month: with الماضي the latest before `ref`, with المقبل the earliest after;
///   in the future tense the earliest not in a month before `ref`'s; otherwise the nearest
///   occurrence, a day ahead of `ref` counting double (so a date five days ahead stays in the
///   dateline's year, one ten months ahead goes to the previous year; a tie stays in the
///   dateline's year). A weekday given with the date is checked against it, never used to move it.
/// - a month: the same, by months.
struct Resolver: Sendable {
    let reference: CivilDate?
    let defaultTense: Tense
    let hijri: HijriTable

    /// The tense to use: `future` when a future marker is near, else the default.
    func tense(futureContext: Bool) -> Tense { futureContext ? .future : defaultTense }

    func weekday(_ w: Int, direction: Direction?, futureContext: Bool) -> CivilDate? {
        guard let ref = reference else { return nil }
        let back = (ref.isoWeekday - w + 7) % 7  // days back to the nearest on or before
        let ahead = (w - ref.isoWeekday + 7) % 7
        switch direction {
        case .past?: return ref.adding(days: -(back == 0 ? 7 : back))
        case .next?: return ref.adding(days: ahead == 0 ? 7 : ahead)
        default:
            // A future marker near a weekday: the nearest on or after (in news, "من المقرر … الخميس"
            // written on a Thursday is today); the future by default (Duckling): strictly after.
            if futureContext { return ref.adding(days: ahead) }
            switch defaultTense {
            case .past: return ref.adding(days: -back)
            case .future: return ref.adding(days: ahead == 0 ? 7 : ahead)
            }
        }
    }

    /// The weekday `w` of the ISO week `weeks` weeks from the reference's.
    func weekday(_ w: Int, weeksFromReference weeks: Int) -> CivilDate? {
        reference.map { $0.weekStart.adding(days: 7 * weeks + w - 1) }
    }

    /// A day of a month without a year.
    func dayMonth(day: Int, month: MonthNames.Month, direction: Direction?, futureContext: Bool) -> CivilDate? {
        guard let ref = reference else { return nil }
        var candidates: [CivilDate] = []
        switch month.calendar {
        case .gregorian:
            for y in ref.year - 1 ... ref.year + 1 {
                if let d = CivilDate(year: y, month: month.number, day: day) { candidates.append(d) }
            }
        case .hijri:
            guard let h = hijri.components(of: ref) else { return nil }
            for y in h.year - 1 ... h.year + 1 {
                if let d = hijri.date(year: y, month: month.number, day: day) { candidates.append(d) }
            }
        }
        return choose(candidates, ref: ref, byMonth: false, direction: direction, futureContext: futureContext)
    }

    /// The first day of a Gregorian month without a year.
    func month(_ number: Int, direction: Direction?, futureContext: Bool) -> CivilDate? {
        guard let ref = reference else { return nil }
        let candidates = (ref.year - 1 ... ref.year + 1).compactMap { CivilDate(year: $0, month: number, day: 1) }
        return choose(candidates, ref: ref, byMonth: true, direction: direction, futureContext: futureContext)
    }

    /// Picks among candidates. With a direction: the nearest strictly before (after) the reference,
    /// counted in days, or in months when `byMonth`. In the future tense: the earliest not in a month
    /// before the reference's (on 12 February, "1 February" is this year's, as Duckling reads it).
    /// Otherwise the nearest, a day (month) ahead of the reference counting double.
    func choose(_ candidates: [CivilDate], ref: CivilDate, byMonth: Bool, direction: Direction?, futureContext: Bool) -> CivilDate? {
        func months(_ d: CivilDate) -> Int { (d.year * 12 + d.month) - (ref.year * 12 + ref.month) }
        func distance(_ d: CivilDate) -> Int { byMonth ? months(d) : d.daysSinceEpoch - ref.daysSinceEpoch }
        switch direction {
        case .past?: return candidates.filter { distance($0) < 0 }.max()
        case .next?: return candidates.filter { distance($0) > 0 }.min()
        default:
            if futureContext || defaultTense == .future { return candidates.filter { months($0) >= 0 }.min() }
            func cost(_ d: CivilDate) -> (Int, Int) {
                let x = distance(d)
                return (x > 0 ? 2 * x : -x, d.year == ref.year ? 0 : 1)  // a tie stays in the dateline's year
            }
            return candidates.min { cost($0) < cost($1) }
        }
    }
}
