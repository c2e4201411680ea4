import Testing
import MarsadText

@Suite struct CliticSegmenterTests {
    // Built once: Swift Testing makes a suite instance for every test case.
    static let segmenter = CliticSegmenter()
    var segmenter: CliticSegmenter { Self.segmenter }

    func segments(_ word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        let token = Tokenizer().tokenize(scalars)[0]
        return segmenter.segment(token, in: scalars).map { "\($0.kind.rawValue):\(String(String.UnicodeScalarView(scalars[$0.span.range])))" }
    }

    @Test(arguments: [
        ("وبالأمس", ["conjunction:و", "preposition:ب", "article:ال", "stem:أمس"]),
        ("للأمم", ["preposition:ل", "article:ل", "stem:أمم"]),
        ("وأذربيجان", ["conjunction:و", "stem:أذربيجان"]),
        ("نظيره", ["stem:نظير", "pronoun:ه"]),
        ("ونظيره", ["conjunction:و", "stem:نظير", "pronoun:ه"]),
        ("بوزير", ["preposition:ب", "stem:وزير"]),
        ("لدينا", ["stem:لدي", "pronoun:نا"]),
        // Names that begin with clitic letters are never split.
        ("باكو", ["stem:باكو"]),
        ("لافروف", ["stem:لافروف"]),
        ("بوتين", ["stem:بوتين"]),
        ("وارسو", ["stem:وارسو"]),
        ("وباكو", ["conjunction:و", "stem:باكو"]),
        // Too short to hold a clitic, unless a closed-class word follows و.
        ("ولد", ["stem:ولد"]),
        ("وما", ["conjunction:و", "stem:ما"]),
        ("كما", ["stem:كما"]),
        ("لكن", ["stem:لكن"]),
        ("كان", ["stem:كان"]),
        // The future prefix before an imperfect verb, but not in سياسة or سألته.
        ("سيكون", ["future:س", "stem:يكون"]),
        ("وستعقد", ["conjunction:و", "future:س", "stem:تعقد"]),
        ("سياسة", ["stem:سياسة"]),
        ("سألتها", ["stem:سألت", "pronoun:ها"]),
    ])
    func segmentation(word: String, expected: [String]) {
        #expect(segments(word) == expected)
    }

    @Test func segmentsKeepMarksInTheirSpans() {
        #expect(segments("وَبِالأَمْسِ") == ["conjunction:وَ", "preposition:بِ", "article:ال", "stem:أَمْسِ"])
        let scalars = Array("وَبِالأَمْسِ".unicodeScalars)
        let token = Tokenizer().tokenize(scalars)[0]
        let spans = segmenter.segment(token, in: scalars).map(\.span)
        #expect(spans.first?.start == 0 && spans.last?.end == scalars.count)
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.end == b.start) }
    }

    /// Regression: a tatweel or joiner between clitic and stem fell in no segment ("وـبالأمس" gave
    /// و [0, 1) then ب [2, 3)), and a leading tatweel was left out of the first proclitic.
    @Test(arguments: [
        ("وـبالأمس", ["conjunction:وـ", "preposition:ب", "article:ال", "stem:أمس"]),
        ("ـوبالأمس", ["conjunction:ـو", "preposition:ب", "article:ال", "stem:أمس"]),
        ("و\u{200C}بالأمس", ["conjunction:و\u{200C}", "preposition:ب", "article:ال", "stem:أمس"]),
        ("بـالـأمس", ["preposition:بـ", "article:الـ", "stem:أمس"]),
        ("نظيرـه", ["stem:نظير", "pronoun:ـه"]),
        ("ونظيرـــهما", ["conjunction:و", "stem:نظير", "pronoun:ـــهما"]),
    ])
    func tatweelAndJoinersGoWithTheClitic(word: String, expected: [String]) {
        #expect(segments(word) == expected)
        let scalars = Array(word.unicodeScalars)
        let token = Tokenizer().tokenize(scalars)[0]
        #expect(token.range == 0 ..< scalars.count)
        #expect(CliticSegmenter.invariantViolations(segmenter.segment(token, in: scalars), of: token) == [])
    }

    @Test func stemCandidatesForLexiconLookups() {
        let scalars = Array("للأمم".unicodeScalars)
        let token = Tokenizer().tokenize(scalars)[0]
        let candidates = segmenter.stemCandidates(token, in: scalars)
        #expect(candidates.map { String(String.UnicodeScalarView(scalars[$0.span.range])) } == ["للأمم", "لأمم"])
        #expect(candidates.last?.restoresArticleAlef == true)
    }
}
