import Testing
import MarsadText

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [(String, Token.Kind)] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer().tokenize(scalars).map { (String(String.UnicodeScalarView(scalars[$0.range])), $0.kind) }
    }

    @Test(arguments: [
        // The sample report (Sputnik, 11 May 2021).
        ("دخل حيز التنفيذ في الـ10 من تشرين الثاني /نوفمبر 2020،",
         ["دخل", "حيز", "التنفيذ", "في", "الـ10", "من", "تشرين", "الثاني", "/", "نوفمبر", "2020", "،"]),
        ("(پاکستان پوائنٹ نیوز / سبوتنيك - 11 مايو 2021ء)",
         ["(", "پاکستان", "پوائنٹ", "نیوز", "/", "سبوتنيك", "-", "11", "مايو", "2021ء", ")"]),
        ("عددًا كبيرًا نسبيًا من القضايا.", ["عددًا", "كبيرًا", "نسبيًا", "من", "القضايا", "."]),
        // Numbers with separators and in Arabic-Indic digits; a Hijri year sign.
        ("بنسبة 19,5 بالمئة في ٢٠٢١ و1436هـ", ["بنسبة", "19,5", "بالمئة", "في", "٢٠٢١", "و", "1436هـ"]),
        // Quotation marks of every kind; an ellipsis run; Latin words.
        ("قال «نحن» و“هم” و\"أنتم\"... Sputnik", ["قال", "«", "نحن", "»", "و", "“", "هم", "”", "و", "\"", "أنتم", "\"", "...", "Sputnik"]),
        ("#قطاع_غزة", ["#", "قطاع", "_", "غزة"]),
    ])
    func surfaces(text: String, expected: [String]) {
        #expect(tokens(text).map(\.0) == expected)
    }

    @Test func kinds() {
        let kinds = tokens("في الـ10 من مايو 2021ء، قال Lavrov: 5%").map(\.1)
        #expect(kinds == [.word, .number, .word, .word, .number, .punctuation, .word, .latin, .punctuation, .number, .punctuation])
    }

    @Test func wordsKeepTheirMarksAndTatweel() {
        #expect(tokens("اتّفاقاً مـــع").map(\.0) == ["اتّفاقاً", "مـــع"])
    }

    @Test func emptyAndWhitespace() {
        #expect(tokens("").isEmpty)
        #expect(tokens(" \n\t\u{200F} ").isEmpty)
    }

    @Test func theLastCharacterIsATokenToo() {
        #expect(tokens("باكو").map(\.0) == ["باكو"])
        #expect(tokens("باكو.").map(\.0) == ["باكو", "."])
    }
}
