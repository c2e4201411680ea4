import Foundation
public import MarsadText

extension CivilDate {
    /// The ISO 8601 week: its year (which may differ from the calendar year at the turn of the
    /// year) and number, 1–53.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year of its Thursday.
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1)
    }

    /// `2021-W19`.
    public var isoWeekString: String {
        let (y, w) = isoWeek
        return "\(y)-W\(w < 10 ? "0" : "")\(w)"
    }

    /// The Monday of this day's ISO week.
    public var weekStart: CivilDate { adding(days: 1 - isoWeekday) }

    /// The same day `months` months later (earlier when negative), the day clamped to the
    /// month's length.
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        return CivilDate(year: y, month: m, day: Swift.min(day, CivilDate.daysIn(year: y, month: m)))!
    }

    /// The first day of this day's month.
    public var monthStart: CivilDate { CivilDate(year: year, month: month, day: 1)! }

    /// The last day of this day's month.
    public var monthEnd: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysIn(year: year, month: month))! }

    /// The Hijri (Umm al-Qura) year, month and day of this day, through Foundation.
    public var hijri: (year: Int, month: Int, day: Int)? {
        HijriCalendar.shared.components(of: self)
    }

    /// Western Easter Sunday of a year (the anonymous Gregorian computus).
    public static func easter(year: Int) -> CivilDate? {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }
}

/// Gregorian → Hijri conversion with Foundation's Umm al-Qura calendar. Immutable; the calendars
/// are built once.
struct HijriCalendar: Sendable {
    static let shared = HijriCalendar()
    let hijri: Calendar
    let gregorian: Calendar

    init() {
        let utc = TimeZone(identifier: "UTC")!
        var hijri = Calendar(identifier: .islamicUmmAlQura)
        hijri.timeZone = utc
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = utc
        self.hijri = hijri
        self.gregorian = gregorian
    }

    func components(of date: CivilDate) -> (year: Int, month: Int, day: Int)? {
        guard let instant = gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else { return nil }
        let c = hijri.dateComponents([.year, .month, .day], from: instant)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return (y, m, d)
    }
}
