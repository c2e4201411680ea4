/// Splits text into ``Token``s with code-point offsets.
///
/// ```swift
/// let scalars = Array("دخل حيز التنفيذ في الـ10 من نوفمبر 2020ء.".unicodeScalars)
/// Tokenizer().tokenize(scalars).map(\.kind)
/// // [.word, .word, .word, .word, .number, .word, .word, .number, .punctuation]
/// ```
///
/// Rules: a word is a run of Arabic letters (presentation forms such as ﻻ ﺗ included) with their
/// marks, tatweel and joiners; a number is a
/// run of digits of any script with `.` `,` `٫` `٬` between digits, and it takes in a directly
/// attached article prefix (`الـ10`, `بالـ5`) and year sign (`ء`, `م`, `هـ`). Latin letters and
/// digits form one token. Every other visible scalar is punctuation or a symbol; a run of the
/// same sign (`...`, `!!`) is one token.
/// - Complexity: O(n) in the number of scalars.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenizes a whole text.
    public func tokenize(_ text: String) -> [Token] { tokenize(ScalarDecoder.scalars(of: text)) }

    /// Tokenizes scalars; offsets are indices into `scalars`.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { tokenize($0) }
    }

    /// Scalar classes for the Basic Multilingual Plane, computed once: one load a scalar.
    static let classes: [UInt8] = (0 ..< 0x10000).map { v in Self.computeClass(UInt32(v)) }
    static let space: UInt8 = 1, wordScalar: UInt8 = 2, digit: UInt8 = 3, latin: UInt8 = 4, other: UInt8 = 0

    static func computeClass(_ v: UInt32) -> UInt8 {
        if ArabicScalar.isWhitespace(v) || ArabicScalar.isInvisibleFormat(v) { return space }
        if isWordScalar(v) { return wordScalar }
        if ArabicScalar.digitValue(v) != nil { return digit }
        if ArabicScalar.isLatinLetter(v) { return latin }
        return other
    }

    /// Tokenizes a buffer of scalars; offsets are indices into the buffer.
    public func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        let n = s.count
        var i = 0
        return Self.classes.withUnsafeBufferPointer { classes in
            @inline(__always) func cls(_ v: UInt32) -> UInt8 { v < 0x10000 ? classes[Int(v)] : Self.computeClass(v) }
            while i < n {
                let v = s[i].value
                let c = cls(v)
                if c == Self.space {
                    i += 1
                    continue
                }
                let start = i
                if c == Self.wordScalar {
                    i += 1
                    while i < n {
                        let w = s[i].value
                        if cls(w) == Self.wordScalar { i += 1; continue }
                        if (w == 0x200C || w == 0x200D), i + 1 < n, cls(s[i + 1].value) == Self.wordScalar { i += 1; continue }
                        break
                    }
                    if i < n, ArabicScalar.digitValue(s[i].value) != nil, Self.isNumberPrefix(s, start ..< i) {
                        i = Self.endOfNumber(s, from: i)
                        tokens.append(Token(start: start, end: i, kind: .number))
                    } else {
                        tokens.append(Token(start: start, end: i, kind: .word))
                    }
                } else if c == Self.digit {
                    i = Self.endOfNumber(s, from: i)
                    tokens.append(Token(start: start, end: i, kind: .number))
                } else if c == Self.latin {
                    i += 1
                    while i < n {
                        let w = s[i].value
                        if ArabicScalar.isLatinLetter(w) || (0x30...0x39).contains(w) {
                            i += 1
                        } else if (w == 0x27 || w == 0x2D || w == 0x2019), i + 1 < n, ArabicScalar.isLatinLetter(s[i + 1].value) {
                            i += 2
                        } else {
                            break
                        }
                    }
                    tokens.append(Token(start: start, end: i, kind: .latin))
                } else {
                    i += 1
                    while i < n, s[i].value == v { i += 1 }
                    tokens.append(Token(start: start, end: i, kind: Self.isPunctuation(s[start]) ? .punctuation : .symbol))
                }
            }
            return tokens
        }
    }

    /// An Arabic letter (presentation forms included), a mark or tatweel.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        ArabicScalar.isArabicLetter(v) || ArabicScalar.isDiacritic(v) || v == 0x0640 || ArabicScalar.isPresentationFormLetter(v)
    }

    /// Whether the letters before a digit are an attached prefix of a number: optional و/ف, an
    /// optional ب/ل/ك, then ال, ending with or without tatweel (`الـ10`, `وبالـ5`), or a bare
    /// tatweel run.
    static func isNumberPrefix(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var letters: [UInt32] = []
        for i in range {
            let v = s[i].value
            if v == 0x0640 { continue }
            if ArabicScalar.isDiacritic(v) || v == 0x200C || v == 0x200D { continue }
            letters.append(v)
        }
        if letters.isEmpty { return true }
        var k = 0
        if k < letters.count, letters[k] == 0x0648 || letters[k] == 0x0641 { k += 1 }  // و ف
        if k < letters.count, letters[k] == 0x0628 || letters[k] == 0x0644 || letters[k] == 0x0643 { k += 1 }  // ب ل ك
        if k + 1 < letters.count, letters[k] == 0x0627, letters[k + 1] == 0x0644 { k += 2 }  // ال
        else if k > 0, letters[k - 1] == 0x0644, k < letters.count, letters[k] == 0x0644 { k += 1 }  // لل
        return k == letters.count && letters.count >= 2
    }

    /// The end of a number starting at `i`: digits with single separators between digits, then an
    /// attached year sign ء, م or هـ not followed by another letter.
    static func endOfNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let n = s.count
        var i = start
        while i < n {
            let v = s[i].value
            if ArabicScalar.digitValue(v) != nil {
                i += 1
            } else if (v == 0x2E || v == 0x2C || v == 0x066B || v == 0x066C), i + 1 < n,
                      ArabicScalar.digitValue(s[i + 1].value) != nil, i > start {
                i += 1
            } else {
                break
            }
        }
        // Year signs: ء (U+0621), م (U+0645), or هـ (U+0647 with optional tatweel), directly attached.
        if i < n {
            let v = s[i].value
            var j = i
            if v == 0x0621 || v == 0x0645 {
                j = i + 1
            } else if v == 0x0647 {
                j = i + 1
                while j < n, s[j].value == 0x0640 { j += 1 }
            }
            if j > i, j == n || !isWordScalar(s[j].value) || s[j - 1].value == 0x0640 {
                if j == n || !ArabicScalar.isArabicLetter(s[j].value) { return j }
            }
        }
        return i
    }

    /// Whether a scalar is punctuation by its Unicode general category (P*): what makes a
    /// non-word token `.punctuation` rather than `.symbol`.
    public static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
