import MarsadText
import Testing

/// Numbers in words, digits or both, read from real news sentences.
@Suite struct ArabicNumberReaderTests {
    static let reader: ArabicNumberReader = {
        do { return try ArabicNumberReader() } catch { fatalError("number-words.tsv: \(error)") }
    }()

    /// (sentence, source, the number as written, value, ordinal)
    static let cases: [(String, String, String, Int, Bool)] = [
        ("تخوضها قوات الجيش مع ميليشيات الحوثي الانقلابية، منذ ثلاثة أيام", "ant AL-internationalNews-1715-20180621", "ثلاثة", 3, false),
        ("فقد تقرر الإعلان عن هدنة إنسانية لمدة خمسة أيام", "dev hn24", "خمسة", 5, false),
        ("قتلت قوات الاحتلال العشرات وأصابت ألفين آخرين", "ant AL-internationalNews-1162-20180514", "ألفين", 2000, false),
        ("هاجر أو هُجّر منهم نحو مليون ومئة وخمسة وعشرين ألفاً", "ant AL-internationalNews-91-20131228", "مليون ومئة وخمسة وعشرين ألفاً", 1_125_000, false),
        ("في نبأ مقتضب الثامن والعشرين والتاسع والعشرين من حزيران/يونيو", "ant AL-internationalNews-1581-20180612", "الثامن والعشرين", 28, true),
        ("دخل حيز التنفيذ في الـ10 من تشرين الثاني /نوفمبر 2020", "seed karabakh-lavrov-2021-05-11", "الـ10", 10, false),
        ("واستولى المسلحون على المدينة في الثالث والعشرين من مايو/أيار", "ant AL-internationalNews-1006-20180505", "الثالث والعشرين", 23, true),
        ("الساعة الحادية عشرة وتسع وخمسين دقيقة مساءً", "dev hn24", "الحادية عشرة", 11, true),
        ("بعد حصوله على 143 ألف صوت", "ant BB-middleEast-1065-20181006", "143 ألف", 143_000, false),
        ("يدخل حيز التنفيذ في غضون ٧٢ ساعة", "ant AL-internationalNews-1775-20180627 (Arabic-Indic digits)", "٧٢", 72, false),
    ]

    @Test(arguments: cases)
    func reads(_ sentence: String, _ source: String, _ surface: String, _ value: Int, _ ordinal: Bool) throws {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        let numbers = tokens.indices.compactMap { Self.reader.read(at: $0, in: scalars, tokens: tokens) }
        var view = String.UnicodeScalarView()
        let found = try #require(numbers.first { n in
            view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[n.span.range])
            return String(view) == surface
        }, "\(source)")
        #expect(found.value == value)
        #expect(found.isOrdinal == ordinal)
    }

    @Test func teenUnitAloneIsNoNumber() {
        // "أحد" (one of, Sunday) alone is not 1; "أحد عشر" is 11.
        let scalars = Array("قتل أحد الجنود".unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        #expect(Self.reader.read(at: 1, in: scalars, tokens: tokens) == nil)
        let eleven = Array("أحد عشر جنديا".unicodeScalars)
        #expect(Self.reader.read(at: 0, in: eleven, tokens: Tokenizer().tokenize(eleven))?.value == 11)
    }
}
