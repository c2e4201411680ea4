import Foundation

/// A calendar day in the proleptic Gregorian calendar, without time or zone: what a dateline or a
/// resolved date expression denotes.
///
/// ```swift
/// let d = CivilDate(iso: "2021-05-11")!
/// d.isoWeekday                 // 2 (Tuesday)
/// d.adding(days: -1).iso       // "2021-05-10"
/// CivilDate(hijriYear: 1436, month: 10, day: 25)?.iso  // "2015-08-10"
/// ```
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid Gregorian day, or `nil` (30 February, month 13, day 0…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1 ... 9999).contains(year), (1 ... 12).contains(month),
              (1 ... CivilDate.daysIn(year: year, month: month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The Gregorian day of a Hijri (Umm al-Qura) date, through Foundation's
    /// `Calendar(identifier: .islamicUmmAlQura)`; `nil` for an invalid Hijri date, a year before
    /// 1 AH, or a day after 9999-12-31.
    public init?(hijriYear: Int, month: Int, day: Int) {
        // Foundation reads years ≤ 0 in an earlier era and wraps huge ones: -5000 AH came back as
        // a day of 4231 CE. Hijri year 9999 is past 9999 CE, so the range loses nothing.
        guard (1 ... 9999).contains(hijriYear), (1 ... 12).contains(month), (1 ... 30).contains(day) else { return nil }
        let utc = TimeZone(identifier: "UTC")!
        var hijri = Calendar(identifier: .islamicUmmAlQura)
        hijri.timeZone = utc
        let components = DateComponents(year: hijriYear, month: month, day: day)
        guard let date = hijri.date(from: components),
              hijri.dateComponents([.year, .month, .day], from: date) == DateComponents(year: hijriYear, month: month, day: day)
        else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = utc
        let g = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The first day a `CivilDate` holds, 0001-01-01, in days since 1970-01-01.
    public static let firstDaySinceEpoch = -719_162
    /// The last day a `CivilDate` holds, 9999-12-31, in days since 1970-01-01.
    public static let lastDaySinceEpoch = 2_932_896

    /// The day `daysSinceEpoch` days after 1970-01-01. Days before 0001-01-01 or after
    /// 9999-12-31 give those days: a `CivilDate` holds the years 1–9999 only, as
    /// ``init(year:month:day:)`` does (and `Int.max` days no longer overflow).
    public init(daysSinceEpoch z0: Int) {
        let z = min(max(z0, Self.firstDaySinceEpoch), Self.lastDaySinceEpoch) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The day `days` days later (earlier when negative), held to 0001-01-01 … 9999-12-31.
    public func adding(days: Int) -> CivilDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        return CivilDate(daysSinceEpoch: overflow ? (days < 0 ? Int.min : Int.max) : sum)
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The number of days in a Gregorian month.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
