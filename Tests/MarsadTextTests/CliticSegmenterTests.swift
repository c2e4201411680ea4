import Testing
import MarsadText

@Suite struct CliticSegmenterTests {
    let segmenter = CliticSegmenter()

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
        // Too short to hold a clitic.
        ("ولد", ["stem:ولد"]),
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

    @Test func stemCandidatesForLexiconLookups() {
        let scalars = Array("للأمم".unicodeScalars)
        let token = Tokenizer().tokenize(scalars)[0]
        let candidates = segmenter.stemCandidates(token, in: scalars)
        #expect(candidates.map { String(String.UnicodeScalarView(scalars[$0.span.range])) } == ["للأمم", "لأمم"])
        #expect(candidates.last?.restoresArticleAlef == true)
    }
}
