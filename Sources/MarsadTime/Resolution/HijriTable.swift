import Foundation
public import MarsadText

/// The Umm al-Qura calendar as a table: the Gregorian day on which each Hijri month of 1318–1500
/// AH (1900–2077) begins, computed once through Foundation's `Calendar(identifier:
/// .islamicUmmAlQura)`. Conversions both ways are then arithmetic and a binary search, instead
/// of a Foundation calendar call (tens of microseconds) per date. Outside the table,
/// ``CivilDate/init(hijriYear:month:day:)`` is used.
public struct HijriTable: Sendable {
    public static let years = 1318 ... 1500
    /// Days since 1970-01-01 of day 1 of each month, in order, and of 1 Muharram after the last year.
    let starts: [Int32]

    public init() {
        let utc = TimeZone(identifier: "UTC")!
        var hijri = Calendar(identifier: .islamicUmmAlQura)
        hijri.timeZone = utc
        var starts: [Int32] = []
        starts.reserveCapacity(Self.years.count * 12 + 1)
        let day = 86_400.0
        for year in Self.years.lowerBound ... Self.years.upperBound + 1 {
            for month in 1 ... 12 {
                guard let date = hijri.date(from: DateComponents(year: year, month: month, day: 1)) else { continue }
                starts.append(Int32((date.timeIntervalSince1970 / day).rounded(.down)))
                if year > Self.years.upperBound { break }
            }
        }
        self.starts = starts
    }

    /// The Gregorian day of a Hijri date; `nil` for an invalid one (the 30th of a 29-day month).
    public func date(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1 ... 12).contains(month), day >= 1 else { return nil }
        guard Self.years.contains(year) else { return CivilDate(hijriYear: year, month: month, day: day) }
        let i = (year - Self.years.lowerBound) * 12 + month - 1
        guard i + 1 < starts.count, day <= Int(starts[i + 1] - starts[i]) else { return nil }
        return CivilDate(daysSinceEpoch: Int(starts[i]) + day - 1)
    }

    /// The Hijri year, month and day of a Gregorian day.
    public func components(of date: CivilDate) -> (year: Int, month: Int, day: Int)? {
        let d = date.daysSinceEpoch
        guard let first = starts.first, let last = starts.last, d >= Int(first), d < Int(last) else { return date.hijri }
        var lo = 0, hi = starts.count - 1  // the last month starting on or before d
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) <= d { lo = mid } else { hi = mid }
        }
        return (Self.years.lowerBound + lo / 12, lo % 12 + 1, d - Int(starts[lo]) + 1)
    }
}
