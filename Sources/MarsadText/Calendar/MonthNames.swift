import Foundation

/// Arabic month and weekday names, from CLDR through Foundation, keyed by their normalized form.
///
/// Gregorian months come in the Egyptian/Gulf (يناير…), Levantine/Iraqi (كانون الثاني…), Algerian
/// and Tunisian (جانفي…), Moroccan (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) and Mauritanian forms:
/// the `monthSymbols` of the CLDR locales `ar`, `ar_SY`, `ar_DZ`, `ar_MA`, `ar_MR` with a
/// Gregorian calendar. Hijri months are the `monthSymbols` of `ar` with the Umm al-Qura calendar.
/// `Resources/month-variants.tsv` adds spellings CLDR lacks (ربيع الثاني، ذي القعدة، …).
///
/// Names of two words (كانون الثاني، ربيع الأول) are matched as a word pair.
public struct MonthNames: Sendable {
    /// A month name's meaning.
    public struct Month: Hashable, Sendable {
        public let number: Int
        public let calendar: CalendarSystem

        public init(number: Int, calendar: CalendarSystem) {
            self.number = number
            self.calendar = calendar
        }
    }

    /// Normalized one-word names → month.
    public let single: [String: Month]
    /// Normalized first word → (normalized second word → month), for two-word names.
    public let pairs: [String: [String: Month]]
    /// Normalized weekday names (الأحد … السبت, with and without the article) → ISO weekday
    /// number (Monday 1 … Sunday 7).
    public let weekdays: [String: Int]

    /// Builds the tables from Foundation's CLDR data and the bundled variants.
    public init(normalizer: ArabicNormalizer = ArabicNormalizer()) {
        var single: [String: Month] = [:]
        var pairs: [String: [String: Month]] = [:]
        func add(_ name: String, _ month: Month) {
            let words = normalizer.key(name).split(separator: " ").map(String.init)
            if words.count == 1 {
                single[words[0]] = single[words[0]] ?? month
            } else if words.count == 2 {
                pairs[words[0], default: [:]][words[1]] = month
            }
        }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        for identifier in ["ar", "ar_EG", "ar_SY", "ar_IQ", "ar_LB", "ar_JO", "ar_DZ", "ar_TN", "ar_MA", "ar_MR", "ar_LY"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: identifier)
            formatter.calendar = gregorian
            for symbols in [formatter.monthSymbols as [String]?, formatter.standaloneMonthSymbols as [String]?] {
                for (i, name) in (symbols ?? []).enumerated() { add(name, Month(number: i + 1, calendar: .gregorian)) }
            }
        }
        let hijri = DateFormatter()
        hijri.locale = Locale(identifier: "ar")
        hijri.calendar = Calendar(identifier: .islamicUmmAlQura)
        for (i, name) in hijri.monthSymbols.enumerated() { add(name, Month(number: i + 1, calendar: .hijri)) }

        if let text = try? TextResources.string(named: "month-variants.tsv"),
           let rows = try? TSVReader(text: text, file: "month-variants.tsv", requiredColumns: ["name", "month", "calendar", "source"]).rows {
            for row in rows {
                guard let number = Int(row["month"]), let calendar = CalendarSystem(rawValue: row["calendar"]) else { continue }
                add(row["name"], Month(number: number, calendar: calendar))
            }
        }

        var weekdays: [String: Int] = [:]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ar")
        formatter.calendar = gregorian
        for (i, name) in formatter.weekdaySymbols.enumerated() {
            // Foundation lists Sunday first; ISO numbers Monday 1 … Sunday 7.
            let iso = i == 0 ? 7 : i
            let key = normalizer.key(name)
            weekdays[key] = iso
            if key.hasPrefix("ال") { weekdays[String(key.dropFirst(2))] = iso }
        }
        self.single = single
        self.pairs = pairs
        self.weekdays = weekdays
    }

    /// The month named by the normalized word `first`, or by `first` and `second` together.
    /// Returns the month and how many words it took.
    public func month(_ first: String, _ second: String?) -> (month: Month, words: Int)? {
        if let second, let month = pairs[first]?[second] { return (month, 2) }
        if let month = single[first] { return (month, 1) }
        return nil
    }
}
