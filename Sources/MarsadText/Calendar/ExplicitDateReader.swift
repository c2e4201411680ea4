/// Reads explicit dates written as day, month name and year in tokens: "11 مايو 2021ء",
/// "الـ10 من تشرين الثاني /نوفمبر 2020", "25 شوال 1436 هـ", "١٠ أغسطس ٢٠١٥ م".
///
/// The month may be given in two traditions joined by `/` (تشرين الثاني /نوفمبر); `من` may stand
/// between day and month. A Hijri month or the sign هـ makes the date Hijri, converted to the
/// Gregorian day with Foundation's Umm al-Qura calendar.
public struct ExplicitDateReader: Sendable {
    public let monthNames: MonthNames
    public let normalizer: ArabicNormalizer

    public init(monthNames: MonthNames, normalizer: ArabicNormalizer) {
        self.monthNames = monthNames
        self.normalizer = normalizer
    }

    /// A date read from tokens.
    public struct Match: Sendable, Hashable {
        /// The token range the date covers.
        public let tokens: Range<Int>
        /// The Gregorian day.
        public let date: CivilDate
        /// The calendar it was written in.
        public let calendar: CalendarSystem
    }

    /// The normalized text of a token.
    func key(_ scalars: [Unicode.Scalar], _ token: Token) -> String {
        normalizer.key(scalars[token.range])
    }

    /// The month named at token `i` (one or two words; a second tradition after `/` is taken in),
    /// with the index after it.
    public func month(at i: Int, in scalars: [Unicode.Scalar], tokens: [Token]) -> (month: MonthNames.Month, next: Int)? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        let first = key(scalars, tokens[i])
        let second = i + 1 < tokens.count && tokens[i + 1].kind == .word ? key(scalars, tokens[i + 1]) : nil
        guard let (month, words) = monthNames.month(first, second) else { return nil }
        var next = i + words
        // "تشرين الثاني /نوفمبر", "آب (أغسطس)": the same month in another tradition.
        if next + 1 < tokens.count, tokens[next].kind == .punctuation {
            let sign = scalars[tokens[next].start].value
            if sign == 0x2F || sign == 0x28 || sign == 0x2D {
                let k = next + 1
                let a = key(scalars, tokens[k])
                let b = k + 1 < tokens.count && tokens[k + 1].kind == .word ? key(scalars, tokens[k + 1]) : nil
                if tokens[k].kind == .word, let (other, otherWords) = monthNames.month(a, b), other.number == month.number,
                   other.calendar == month.calendar {
                    next = k + otherWords
                    if sign == 0x28, next < tokens.count, scalars[tokens[next].start].value == 0x29 { next += 1 }
                }
            }
        }
        return (month, next)
    }

    /// Reads a `day [من] month year [م|هـ|ء]` date starting at token `i`.
    public func read(at i: Int, in scalars: [Unicode.Scalar], tokens: [Token]) -> Match? {
        guard i < tokens.count, tokens[i].kind == .number,
              let day = DigitReader.integer(in: scalars, tokens[i].range), (1 ... 31).contains(day),
              DigitReader.digitCount(in: scalars, tokens[i].range) <= 2 else { return nil }
        var j = i + 1
        if j < tokens.count, tokens[j].kind == .word, key(scalars, tokens[j]) == "من" { j += 1 }
        guard let (month, afterMonth) = month(at: j, in: scalars, tokens: tokens) else { return nil }
        j = afterMonth
        guard j < tokens.count, tokens[j].kind == .number,
              let year = DigitReader.integer(in: scalars, tokens[j].range),
              DigitReader.digitCount(in: scalars, tokens[j].range) == 4 else { return nil }
        var calendar = month.calendar
        let yearToken = tokens[j]
        j += 1
        // The sign may be attached (2021ء, 1436هـ) or a separate word (هـ، م).
        let attached = scalars[yearToken.range].last.map { normalizer.key(String($0)) }
        if attached == "ه" { calendar = .hijri }
        if j < tokens.count, tokens[j].kind == .word, tokens[j].start <= yearToken.end + 1 {
            let sign = key(scalars, tokens[j])
            if sign == "ه" || sign == "هجري" || sign == "هجريه" { calendar = .hijri; j += 1 }
            else if sign == "م" || sign == "ء" || sign == "ميلادي" { j += 1 }
        }
        if calendar == .hijri && month.calendar == .gregorian { return nil }
        let date: CivilDate?
        switch calendar {
        case .gregorian: date = CivilDate(year: year, month: month.number, day: day)
        case .hijri: date = CivilDate(hijriYear: year, month: month.number, day: day)
        }
        guard let date else { return nil }
        return Match(tokens: i ..< j, date: date, calendar: calendar)
    }
}
