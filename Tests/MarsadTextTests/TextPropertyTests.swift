import Foundation
import Testing
import MarsadText
import MarsadTestSupport

/// Invariants of the text layer over random text from a weighted alphabet (MarsadTestSupport's
/// `RandomText`): Arabic letters and marks, tatweel, joiners, bidi marks, digits of three scripts,
/// Latin, quotes, line breaks of every kind, presentation forms and 4-byte scalars. Seeds are
/// fixed, so every run checks the same cases and a failure names the case to replay.
@Suite struct TextPropertyTests {
    static let tokenizer = Tokenizer()
    static let splitter = SentenceSplitter()
    static let matching = ArabicNormalizer(options: .matching)
    static let aggressive = ArabicNormalizer(options: .aggressive)
    static let segmenter = CliticSegmenter()

    @Test func scalarDecoderMatchesTheStandardLibrary() {
        let failure = Property.firstFailure(cases: 400, seed: 1) { rng in
            RandomText.string(maxLength: 60, using: &rng)
        } check: { text in
            ScalarDecoder.scalars(of: text) == Array(text.unicodeScalars) ? [] : ["the scalars differ"]
        }
        #expect(failure == nil)
    }

    /// Regression: `ScalarDecoder.decode` read past the end of its buffer on a truncated
    /// sequence (`[0xE2]`) and made invalid scalars from encoded surrogates; ill-formed input now
    /// decodes as `String(decoding:as:)` does.
    @Test func scalarDecoderOnAnyBytes() {
        #expect([UInt8]([0xE2]).withUnsafeBufferPointer { ScalarDecoder.decode($0) } == ["\u{FFFD}"])
        let failure = Property.firstFailure(cases: 1000, seed: 8) { rng in
            Self.randomBytes(using: &rng)
        } check: { bytes in
            bytes.withUnsafeBufferPointer { ScalarDecoder.decode($0) } == Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
                ? [] : ["the scalars differ"]
        }
        #expect(failure == nil)
    }

    @Test func tokensSentencesAndParagraphsKeepTheirInvariants() {
        let failure = Property.firstFailure(cases: 600, seed: 2) { rng in
            RandomText.string(maxLength: 80, using: &rng)
        } check: { text in
            let scalars = ScalarDecoder.scalars(of: text)
            let tokens = Self.tokenizer.tokenize(scalars)
            let split = Self.splitter.split(scalars, tokens: tokens)
            return Tokenizer.invariantViolations(tokens, in: scalars) + split.invariantViolations(tokens: tokens)
        }
        #expect(failure == nil)
    }

    /// `key` (UTF-8 written directly, no offset map) and `normalize` (scalars with an offset map)
    /// are two code paths over one table: they must agree on every text and option set.
    static let optionSets: [String: NormalizationOptions] = [
        "matching": .matching, "aggressive": .aggressive, "none": [], "compatibility": .compatibilityForms,
        "marks and forms": [.stripDiacritics, .compatibilityForms], "digits and Latin": [.asciiDigits, .lowercaseLatin, .stripInvisible],
    ]

    @Test(arguments: ["matching", "aggressive", "none", "compatibility", "marks and forms", "digits and Latin"])
    func keyEqualsNormalizedStringAndTheMapHolds(name: String) {
        let normalizer = ArabicNormalizer(options: Self.optionSets[name]!)
        let failure = Property.firstFailure(cases: 300, seed: 3) { rng in
            RandomText.string(maxLength: 40, using: &rng)
        } check: { text in
            let scalars = ScalarDecoder.scalars(of: text)
            let n = normalizer.normalize(scalars)
            var problems = n.invariantViolations()
            if n.originalCount != scalars.count { problems.append("originalCount \(n.originalCount) ≠ \(scalars.count)") }
            if normalizer.key(text) != n.string { problems.append("key(String) \(normalizer.key(text).debugDescription) ≠ \(n.string.debugDescription)") }
            if normalizer.key(scalars[...]) != n.string { problems.append("key(scalars) ≠ normalize") }
            var view = String.UnicodeScalarView()
            normalizer.appendKey(of: scalars, to: &view)
            if String(view) != n.string { problems.append("appendKey ≠ normalize") }
            return problems
        }
        #expect(failure == nil, "\(name)")
    }

    @Test func keysOfSlicesAgreeWithNormalizedSlices() {
        // A key of a token equals the normalized text of the token's span.
        let failure = Property.firstFailure(cases: 300, seed: 4) { rng in
            RandomText.string(maxLength: 40, using: &rng)
        } check: { text in
            let scalars = ScalarDecoder.scalars(of: text)
            let n = Self.aggressive.normalize(scalars)
            var problems: [String] = []
            for token in Self.tokenizer.tokenize(scalars) {
                let key = Self.aggressive.key(scalars[token.range])
                let normalized = n.string(in: n.normalizedRange(ofOriginal: token.range))
                if key != normalized { problems.append("token \(token.range): key \(key.debugDescription) ≠ \(normalized.debugDescription)") }
            }
            return problems
        }
        #expect(failure == nil)
    }

    @Test func cliticSegmentsPartitionTheirToken() {
        let failure = Property.firstFailure(cases: 600, seed: 5) { rng in
            RandomText.string(maxLength: 40, using: &rng)
        } check: { text in
            let scalars = ScalarDecoder.scalars(of: text)
            var problems: [String] = []
            for token in Self.tokenizer.tokenize(scalars) {
                problems += CliticSegmenter.invariantViolations(Self.segmenter.segment(token, in: scalars), of: token)
                for candidate in Self.segmenter.stemCandidates(token, in: scalars)
                where !token.span.contains(candidate.span) || candidate.span.isEmpty || candidate.span.end != token.end {
                    problems.append("stem candidate \(candidate.span) is not a non-empty suffix of token \(token.range)")
                }
            }
            return problems
        }
        #expect(failure == nil)
    }

    /// Random bytes, UTF-8 of random text, and UTF-8 with one corruption: the decoder accepts
    /// exactly what the standard library's validating initializer accepts.
    @Test func textDecoderAgreesWithTheStandardLibrary() {
        let failure = Property.firstFailure(cases: 1500, seed: 6) { rng in
            Self.randomBytes(using: &rng)
        } check: { bytes in
            var problems: [String] = []
            let reference = String(validating: bytes, as: UTF8.self)
            let firstInvalid = bytes.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8($0) }
            if (firstInvalid == nil) != (reference != nil) { problems.append("firstInvalidUTF8 \(String(describing: firstInvalid)) but the standard library says \(reference != nil)") }
            if let at = firstInvalid, String(validating: bytes[..<at], as: UTF8.self) == nil {
                problems.append("the bytes before the first invalid one (\(at)) are not valid")
            }
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = bom ? Array(bytes.dropFirst(3)) : bytes
            do {
                let text = try TextDecoder.decode(bytes)
                if text != String(validating: body, as: UTF8.self) { problems.append("decoded text differs") }
                if body.contains(0) { problems.append("a NUL byte was accepted") }
            } catch TextError.invalidUTF8(let offset) {
                if String(validating: body, as: UTF8.self) != nil { problems.append("valid UTF-8 refused at \(offset)") }
                if offset != (firstInvalid ?? -1) { problems.append("offset \(offset) ≠ \(String(describing: firstInvalid))") }
            } catch TextError.binary(let offset) {
                if body.firstIndex(of: 0).map({ $0 + (bom ? 3 : 0) }) == nil { problems.append("binary at \(offset) without a NUL") }
            } catch TextError.empty {
                if let text = String(validating: body, as: UTF8.self),
                   text.unicodeScalars.contains(where: { !ArabicScalar.isWhitespace($0.value) && !ArabicScalar.isInvisibleFormat($0.value) }) {
                    problems.append("a text with visible scalars called empty")
                }
            } catch {
                problems.append("unexpected error \(error)")
            }
            return problems
        }
        #expect(failure == nil)
    }

    /// Random bytes (a third), UTF-8 of random text (a third), or UTF-8 with one corruption.
    static func randomBytes(using rng: inout SeededGenerator) -> [UInt8] {
        switch Int.random(in: 0 ..< 3, using: &rng) {
        case 0:
            return rng.bytes(Int.random(in: 0 ... 24, using: &rng))
        case 1:
            return Array(RandomText.string(maxLength: 20, using: &rng).utf8)
        default:
            var bytes = Array(RandomText.string(maxLength: 20, using: &rng).utf8)
            let corruptions: [[UInt8]] = [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
                                          [0xF0, 0x9F, 0x98], [0xC3], [0xFF], [0x00], [0xEF, 0xBB, 0xBF]]
            let at = Int.random(in: 0 ... bytes.count, using: &rng)
            if Bool.random(using: &rng), !bytes.isEmpty {
                bytes.removeSubrange(at ..< bytes.count)  // a cut, maybe inside a sequence
                if Bool.random(using: &rng) { bytes.removeLast(min(bytes.count, Int.random(in: 0 ... 2, using: &rng))) }
                bytes.append(contentsOf: rng.bytes(Int.random(in: 0 ... 1, using: &rng)))
            } else {
                bytes.insert(contentsOf: corruptions.randomElement(using: &rng)!, at: at)
            }
            return bytes
        }
    }

    @Test func digitReaderReadsWhatFitsAndRefusesOverflow() {
        let digitSets: [[Character]] = [Array("0123456789"), Array("٠١٢٣٤٥٦٧٨٩"), Array("۰۱۲۳۴۵۶۷۸۹")]
        let failure = Property.firstFailure(cases: 500, seed: 7) { rng -> (String, String) in
            let length = Int.random(in: 1 ... 24, using: &rng)
            let digits = (0 ..< length).map { _ in Int.random(in: 0 ... 9, using: &rng) }
            let set = digitSets.randomElement(using: &rng)!
            let prefix = ["", "الـ", "بالـ"].randomElement(using: &rng)!
            let suffix = ["", "ء", "هـ", "م"].randomElement(using: &rng)!
            return (prefix + String(digits.map { set[$0] }) + suffix, digits.map(String.init).joined())
        } check: { (text, ascii) in
            let scalars = Array(text.unicodeScalars)
            let value = DigitReader.integer(in: scalars, 0 ..< scalars.count)
            let count = DigitReader.digitCount(in: scalars, 0 ..< scalars.count)
            var problems: [String] = []
            if value != Int(ascii) { problems.append("read \(String(describing: value)), expected \(String(describing: Int(ascii)))") }
            if count != ascii.count { problems.append("\(count) digits, expected \(ascii.count)") }
            return problems
        }
        #expect(failure == nil)
    }
}
