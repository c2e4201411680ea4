import Testing
import MarsadText

@Suite struct NormalizerTests {
    // Built once: Swift Testing makes a suite instance for every test case.
    static let matching = ArabicNormalizer(options: .matching)
    static let aggressive = ArabicNormalizer(options: .aggressive)
    var matching: ArabicNormalizer { Self.matching }
    var aggressive: ArabicNormalizer { Self.aggressive }

    @Test(arguments: [
        // (input, expected normalized) — phrases from the sample report (Sputnik, 11 May 2021).
        ("اتّفاقاً لوقف إطلاق النار", "اتفاقا لوقف اطلاق النار"),  // shadda, tanween, hamza-under alef
        ("عددًا كبيرًا نسبيًا", "عددا كبيرا نسبيا"),
        ("الـ10 من تشرين الثاني", "ال10 من تشرين الثاني"),  // tatweel
        ("آرا أيفازيان", "ارا ايفازيان"),  // madda, hamza-over alef
        ("إلى قره باغ", "الي قره باغ"),  // alefMaksura
        ("پاکستان پوائنٹ نیوز", "باكستان بوائنت نيوز"),  // Urdu letters
        ("٢٠٢١ و۲۰۲۰", "2021 و2020"),  // Arabic-Indic and Eastern Arabic-Indic digits
        ("\u{200F}روسيا\u{200E}", "روسيا"),  // bidi marks
        ("ﻻ ﺗﻮﺟﺪ", "لا توجد"),  // presentation forms (NFKC)
        ("Sputnik AFP", "sputnik afp"),
    ])
    func matchingForm(input: String, expected: String) {
        #expect(matching.normalize(input).string == expected)
        #expect(matching.key(input) == expected)
    }

    @Test func aggressiveFoldsTehMarbutaAndHamzaCarriers() {
        #expect(aggressive.key("المسؤولية الدولية رئيس") == "المسووليه الدوليه رييس")
        #expect(matching.key("المسؤولية") == "المسؤولية")
    }

    @Test func everyNormalizedPositionMapsBackToTheOriginal() {
        let text = "أكّدَ لافروفُ ﻻ الـ10"
        let original = Array(text.unicodeScalars)
        let n = matching.normalize(text)
        // "اكد" covers the original "أكّدَ" with its shadda and fatha.
        let r = n.originalRange(of: 0 ..< 3)
        #expect(String(String.UnicodeScalarView(original[r])) == "أكّدَ")
        // The lam-alef ligature ﻻ expands to two letters that both map to the one original scalar.
        let ligature = original.firstIndex(of: "\u{FEFB}")!
        let expanded = (0 ..< n.count).filter { n.originStarts[$0] == ligature }
        #expect(expanded.count == 2)
        #expect(n.string(in: expanded.first! ..< expanded.last! + 1) == "لا")
        #expect(n.originalRange(of: expanded.first! ..< expanded.last! + 1) == ligature ..< ligature + 1)
        for i in 0 ..< n.count {
            let span = n.originalRange(of: i ..< i + 1)
            #expect(span.lowerBound >= 0 && span.upperBound <= original.count && !span.isEmpty)
        }
        // Mapping back from an original range.
        let back = n.normalizedRange(ofOriginal: r)
        #expect(n.string(in: back) == "اكد")
    }

    @Test func emptyAndMarksOnly() {
        #expect(matching.normalize("").count == 0)
        #expect(matching.normalize("ًٌٍ").count == 0)
        #expect(matching.normalize("").originalRange(of: 0 ..< 0) == 0 ..< 0)
    }
}
