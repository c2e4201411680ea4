import Testing
import MarsadText

@Suite struct CalendarTests {
    // Built once: Swift Testing makes a suite instance for every test case.
    static let months = MonthNames()
    static let normalizer = ArabicNormalizer()
    var months: MonthNames { Self.months }
    var normalizer: ArabicNormalizer { Self.normalizer }

    @Test(arguments: [
        ("مايو", 5), ("أيار", 5), ("ماي", 5),  // Egyptian/Gulf, Levantine, Maghrebi
        ("غشت", 8), ("آب", 8), ("أغسطس", 8), ("أوت", 8),
        ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12), ("يوليوز", 7), ("جانفي", 1),
        ("إبريل", 4), ("يونيه", 6),
    ])
    func gregorianMonths(name: String, number: Int) {
        let found = months.month(normalizer.key(name), nil)
        #expect(found?.month == MonthNames.Month(number: number, calendar: .gregorian))
    }

    @Test(arguments: [("كانون الثاني", 1, CalendarSystem.gregorian), ("تشرين الأول", 10, .gregorian),
                      ("ربيع الأول", 3, .hijri), ("ذو القعدة", 11, .hijri), ("ذي الحجة", 12, .hijri)])
    func twoWordMonths(name: String, number: Int, calendar: CalendarSystem) {
        let words = name.split(separator: " ").map { normalizer.key($0) }
        let found = months.month(words[0], words[1])
        #expect(found?.month == MonthNames.Month(number: number, calendar: calendar))
        #expect(found?.words == 2)
    }

    @Test func weekdays() {
        #expect(months.weekdays[normalizer.key("الثلاثاء")] == 2)
        #expect(months.weekdays[normalizer.key("الاثنين")] == 1)
        #expect(months.weekdays[normalizer.key("جمعة")] == 5)
        #expect(months.weekdays[normalizer.key("الأحد")] == 7)
    }

    @Test func civilDates() throws {
        let d = try #require(CivilDate(iso: "2021-05-11"))
        #expect(d.isoWeekday == 2)
        #expect(d.adding(days: -1).iso == "2021-05-10")
        #expect(d.adding(days: -132).iso == "2020-12-30")
        #expect(CivilDate(iso: "2021-02-29") == nil)
        #expect(CivilDate(iso: "2020-02-29")?.isoWeekday == 6)
        #expect(CivilDate(iso: "21-05-11") == nil)
        #expect(CivilDate(daysSinceEpoch: 0).iso == "1970-01-01")
    }

    @Test func hijriThroughUmmAlQura() {
        // "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م" (SPA dateline).
        #expect(CivilDate(hijriYear: 1436, month: 10, day: 25)?.iso == "2015-08-10")
        #expect(CivilDate(hijriYear: 1439, month: 9, day: 1)?.iso == "2018-05-16")
        #expect(CivilDate(hijriYear: 1436, month: 13, day: 1) == nil)
    }

    func read(_ text: String) -> ExplicitDateReader.Match? {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        return ExplicitDateReader(monthNames: months, normalizer: normalizer).read(at: 0, in: scalars, tokens: tokens)
    }

    @Test(arguments: [
        ("الـ10 من تشرين الثاني /نوفمبر 2020، وأعلن", "2020-11-10", 7),
        ("11 مايو 2021ء)", "2021-05-11", 3),
        ("25 شوال 1436 هـ الموافق", "2015-08-10", 4),
        ("١٠ أغسطس ٢٠١٥ م واس", "2015-08-10", 4),
        ("31 آب (أغسطس) 2018", "2018-08-31", 6),
        ("3 غشت 2015", "2015-08-03", 3),
    ])
    func explicitDates(text: String, iso: String, tokenCount: Int) {
        let match = read(text)
        #expect(match?.date.iso == iso)
        #expect(match?.tokens.count == tokenCount)
    }

    @Test func notDates() {
        #expect(read("30 فبراير 2021") == nil)
        #expect(read("2216 مايو 2021") == nil)
        #expect(read("10 أشخاص 2021") == nil)
    }
}
