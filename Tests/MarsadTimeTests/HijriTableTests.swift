import MarsadText
import MarsadTime
import Testing

/// The Umm al-Qura table agrees with Foundation's calendar.
@Suite struct HijriTableTests {
    static let table = HijriTable()

    @Test(arguments: [
        (1436, 10, 10, "2015-07-26"),  // dev hn24: "يوم الأحد (10 شوال 1436ه ) الموافق (26 يوليو 2015م)"
        (1436, 10, 25, "2015-08-10"),  // SPA dateline: "25 شوال 1436 هـ الموافق 10 أغسطس 2015 م"
        (1439, 6, 6, "2018-02-22"),    // ant CN-middleEast-69-20180223: "6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018 م"
        (1439, 9, 1, "2018-05-16"),
    ])
    func knownDates(year: Int, month: Int, day: Int, iso: String) {
        #expect(Self.table.date(year: year, month: month, day: day)?.iso == iso)
        let back = Self.table.components(of: CivilDate(iso: iso)!)
        #expect(back?.year == year && back?.month == month && back?.day == day)
    }

    @Test func agreesWithFoundationAcrossTheTable() {
        for year in stride(from: 1320, through: 1500, by: 7) {
            for month in 1 ... 12 {
                for day in [1, 15, 29, 30] {
                    #expect(Self.table.date(year: year, month: month, day: day) == CivilDate(hijriYear: year, month: month, day: day),
                            "\(year)-\(month)-\(day)")
                }
            }
        }
    }
}
