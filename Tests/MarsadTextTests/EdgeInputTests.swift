import Testing
import MarsadText
import MarsadTestSupport

/// The text layer on the inputs at its edges: empty text, a lone mark or tatweel, a lone bracket,
/// a number or year sign at the very end, expansions and removed marks in the offset map, joiners
/// in tokens, 4-byte scalars in keys, and calendar and digit values out of range.
@Suite struct EdgeInputTests {
    // Built once: Swift Testing makes a suite instance for every test case.
    static let splitter = SentenceSplitter()
    static let normalizer = ArabicNormalizer(options: .matching)
    let tokenizer = Tokenizer()
    var splitter: SentenceSplitter { Self.splitter }
    var normalizer: ArabicNormalizer { Self.normalizer }

    func tokens(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokenizer.tokenize(scalars).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    @Test(arguments: [
        ("", [String]()),
        ("\u{064E}", ["\u{064E}"]),  // a lone fatha
        ("قالَ", ["قالَ"]),  // a text ending in a mark
        ("ـ", ["ـ"]),  // a lone tatweel
        ("(", ["("]),
        ("قال 10", ["قال", "10"]),  // a number at the end
        ("في الـ10", ["في", "الـ10"]),
        ("ـ10", ["ـ10"]),
        ("عام 1436هـ", ["عام", "1436هـ"]),  // a year sign at the end
        ("عام 1436هـــ", ["عام", "1436هـــ"]),
        ("عام 2021ء.", ["عام", "2021ء", "."]),
        ("19,", ["19", ","]),  // a separator at the end is not part of the number
        ("می\u{200C}خواهد", ["می\u{200C}خواهد"]),  // a ZWNJ inside a Persian word
        ("ب\u{200C} قال\u{200D}", ["ب", "قال"]),  // joiners at a word's end are not part of it
        ("😀🇷🇺", ["😀", "🇷", "🇺"]),
        ("ﻻ ﷺ", ["ﻻ", "ﷺ"]),
    ])
    func tokensAtTheEdges(text: String, expected: [String]) {
        #expect(tokens(text) == expected)
        let scalars = Array(text.unicodeScalars)
        let t = tokenizer.tokenize(scalars)
        #expect(Tokenizer.invariantViolations(t, in: scalars) == [])
        #expect(splitter.split(scalars, tokens: t).invariantViolations(tokens: t) == [])
    }

    /// Regression: presentation forms (text extracted from PDFs) were symbols, one token per
    /// distinct letter: "ﻻ ﺗﻮﺟﺪ" gave five tokens, none of them a word.
    @Test func presentationFormsMakeWords() {
        let scalars = Array("ﻻ ﺗﻮﺟﺪ ﷲ، 10".unicodeScalars)
        let t = tokenizer.tokenize(scalars)
        #expect(t.map { String(String.UnicodeScalarView(scalars[$0.range])) } == ["ﻻ", "ﺗﻮﺟﺪ", "ﷲ", "،", "10"])
        #expect(t.map(\.kind) == [.word, .word, .word, .punctuation, .number])
        #expect(ArabicScalar.isPresentationFormLetter(0xFEFB))
        #expect(!ArabicScalar.isPresentationFormLetter(0xFD3E))  // ﴾ is punctuation
        #expect(!ArabicScalar.isPresentationFormLetter(0x0628))
    }

    /// Regression: ﴿ (U+FD3F) opens a Quranic quotation and ﴾ (U+FD3E) closes it; the splitter had
    /// them the other way round, so an opening ﴿ joined the sentence before it.
    @Test func ornateParenthesesOpenAndClose() {
        let text = "قال تعالى. ﴿إنا فتحنا لك فتحا مبينا.﴾ ثم قال."
        let scalars = Array(text.unicodeScalars)
        let split = splitter.split(scalars, tokens: tokenizer.tokenize(scalars))
        #expect(split.sentences.map { String(String.UnicodeScalarView(scalars[$0.range])) }
            == ["قال تعالى.", "﴿إنا فتحنا لك فتحا مبينا.﴾", "ثم قال."])
    }

    @Test(arguments: ["(", ".", "...", "\"", "»", "أ.", "قال:\n\n", "\n\n\n(", "قال.\r\n\r\n«نعم».", "U.S. a"])
    func sentencesAtTheEdges(text: String) {
        let scalars = Array(text.unicodeScalars)
        let t = tokenizer.tokenize(scalars)
        let split = splitter.split(scalars, tokens: t)
        #expect(split.invariantViolations(tokens: t) == [])
        #expect(split.sentences.count >= 1)
    }

    @Test func expansionsMapEveryScalarToTheOneOriginal() {
        // ﻻ (U+FEFB) → لا: both normalized letters come from original scalar 1.
        let n = normalizer.normalize("بﻻد")
        #expect(n.string == "بلاد")
        #expect(n.originalRange(of: 1 ..< 2) == 1 ..< 2)
        #expect(n.originalRange(of: 2 ..< 3) == 1 ..< 2)
        #expect(n.normalizedRange(ofOriginal: 1 ..< 2) == 1 ..< 3)
        // ﷺ expands to four words; every scalar maps to the one original.
        let salla = normalizer.normalize("محمد ﷺ")
        #expect(salla.string.hasSuffix("صلي الله عليه وسلم"))
        #expect(salla.originalRange(of: 5 ..< salla.count) == 5 ..< 6)
        #expect(salla.invariantViolations() == [])
    }

    @Test func removedMarksBelongToTheLetterBefore() {
        let n = normalizer.normalize("\u{064E}بَّ ـَ")  // a leading fatha, ب with fatha and shadda, a tatweel with fatha
        #expect(n.string == "ب ")
        #expect(n.originalRange(of: 0 ..< 1) == 1 ..< 4)  // the leading mark belongs to nothing
        #expect(n.originalRange(of: 0 ..< 2) == 1 ..< 5)
        #expect(n.originalRange(of: 2 ..< 2) == 7 ..< 7)  // the empty range at the end
        #expect(n.normalizedRange(ofOriginal: 0 ..< 1) == 0 ..< 0)
        #expect(n.invariantViolations() == [])
    }

    /// `key(_:)` writes UTF-8 into a buffer of 3 bytes a scalar (+ 8) and falls back to the slow
    /// path when a 4-byte scalar would not fit: runs of emoji of every length, at the end too.
    @Test func keysWithFourByteScalarsAtTheEndOfTheBuffer() {
        for count in 0 ... 24 {
            for prefix in ["", "ب", "أَ", "ﻻ"] {
                let text = prefix + String(repeating: "😀", count: count)
                #expect(normalizer.key(text) == normalizer.normalize(text).string, "\(text)")
                #expect(normalizer.key(Array(text.unicodeScalars)[...]) == normalizer.normalize(text).string)
            }
        }
    }

    @Test func digitValuesThatOverflowAreNil() {
        let scalars = Array("99999999999999999999 ٩٢٢٣٣٧٢٠٣٦٨٥٤٧٧٥٨٠٧ 9223372036854775808".unicodeScalars)
        let tokens = tokenizer.tokenize(scalars)
        #expect(DigitReader.integer(in: scalars, tokens[0].range) == nil)
        #expect(DigitReader.integer(in: scalars, tokens[1].range) == Int.max)
        #expect(DigitReader.integer(in: scalars, tokens[2].range) == nil)
        #expect(DigitReader.integer(in: scalars, 0 ..< 0) == nil)
    }

    /// Regression: `adding(days:)` trapped on overflow and `init(daysSinceEpoch:)` made years
    /// outside 1–9999 (or trapped near `Int.max`); both now hold to 0001-01-01 … 9999-12-31.
    @Test func civilDatesAtTheEndsOfTheCalendar() throws {
        let first = try #require(CivilDate(year: 1, month: 1, day: 1))
        let last = try #require(CivilDate(year: 9999, month: 12, day: 31))
        #expect(first.daysSinceEpoch == CivilDate.firstDaySinceEpoch)
        #expect(last.daysSinceEpoch == CivilDate.lastDaySinceEpoch)
        let d = try #require(CivilDate(iso: "2021-05-11"))
        #expect(d.adding(days: Int.max) == last)
        #expect(d.adding(days: Int.min) == first)
        #expect(last.adding(days: 1) == last)
        #expect(first.adding(days: -1) == first)
        #expect(CivilDate(daysSinceEpoch: Int.max) == last)
        #expect(CivilDate(daysSinceEpoch: Int.min) == first)
        #expect(d.adding(days: 1_000_000_000_000).iso == "9999-12-31")
        #expect(first.isoWeekday == 1)  // 0001-01-01 was a Monday in the proleptic calendar
    }

    @Test func civilDayArithmeticRoundTrips() {
        let failure = Property.firstFailure(cases: 2000, seed: 11) { rng in
            Int.random(in: CivilDate.firstDaySinceEpoch ... CivilDate.lastDaySinceEpoch, using: &rng)
        } check: { days in
            let d = CivilDate(daysSinceEpoch: days)
            var problems: [String] = []
            if d.daysSinceEpoch != days { problems.append("\(d.iso) is day \(d.daysSinceEpoch)") }
            if CivilDate(iso: d.iso) != d { problems.append("\(d.iso) does not parse back") }
            if days < CivilDate.lastDaySinceEpoch, d.adding(days: 1).isoWeekday % 7 != (d.isoWeekday + 1) % 7 {
                problems.append("weekdays do not follow each other")
            }
            return problems
        }
        #expect(failure == nil)
    }

    /// Regression: Foundation reads Hijri years ≤ 0 in another era and wraps huge ones, so
    /// `CivilDate(hijriYear: -5000, …)` gave 4231-07-21 and year 0 gave 621-07-27.
    @Test(arguments: [Int.min, -5000, -1, 0, 10_000, 1_000_000_000, Int(Int32.max), Int.max])
    func hijriYearsOutOfRangeAreNil(year: Int) {
        #expect(CivilDate(hijriYear: year, month: 1, day: 1) == nil)
    }

    @Test func hijriYearsInRange() {
        #expect(CivilDate(hijriYear: 1, month: 1, day: 1)?.iso == "0622-07-16")
        #expect(CivilDate(hijriYear: 9999, month: 1, day: 1) == nil)  // after 9999 CE
        let reader = ExplicitDateReader(monthNames: MonthNames(normalizer: normalizer), normalizer: normalizer)
        let scalars = Array("1 محرم 0000 هـ".unicodeScalars)
        #expect(reader.read(at: 0, in: scalars, tokens: tokenizer.tokenize(scalars)) == nil)
    }
}
