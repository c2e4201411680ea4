public import MarsadCore
public import MarsadText

/// Reads the header of a report: the title line and the dateline with its outlets and date.
///
/// Shapes understood (see docs/FORMAT.md):
/// - `(پاکستان پوائنٹ نیوز / سبوتنيك - 11 مايو 2021ء)`: outlets separated by `/`, the first the
///   publisher and the others its sources, then the date;
/// - `موسكو - سبوتنيك:`, `القاهرة (رويترز) -`, `واشنطن - أ ف ب`: a place and an agency;
/// - `الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`: a place, the Hijri and Gregorian
///   dates, the agency.
public struct HeaderParser: Sendable {
    public let outlets: OutletLexicon
    public let dates: ExplicitDateReader

    public init(outlets: OutletLexicon, toolkit: TextToolkit) {
        self.outlets = outlets
        self.dates = ExplicitDateReader(monthNames: toolkit.monthNames, normalizer: toolkit.normalizer)
    }

    /// What the header says.
    public struct Header: Sendable, Equatable {
        public var title: String?
        public var titleSpan: Span?
        public var dateline: Span?
        public var outlets: [Outlet] = []
        public var published: CivilDate?
        public var warnings: [String] = []
    }

    /// The most tokens a dateline without brackets may span.
    static let maxDatelineTokens = 16

    /// Parses the header of a text. `findTitle` is false for JSON Lines records, whose title is a field.
    public func parse(_ scalars: [Unicode.Scalar], tokens: [Token], findTitle: Bool) -> Header {
        var header = Header()
        guard !tokens.isEmpty else { return header }
        var body = 0
        if findTitle {
            var k = 1
            while k < tokens.count, SentenceSplitter.lineBreaks(scalars, from: tokens[k - 1].end, to: tokens[k].start) == 0 { k += 1 }
            if k < tokens.count, SentenceSplitter.lineBreaks(scalars, from: tokens[k - 1].end, to: tokens[k].start) >= 2 {
                let span = Span(start: tokens[0].start, end: tokens[k - 1].end)
                header.titleSpan = span
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[span.range])
                header.title = String(view)
                body = k
            }
        }
        let lineEnd = endOfLine(scalars, tokens: tokens, from: body)
        if scalars[tokens[body].start].value == 0x28,
           let close = (body + 1 ..< min(lineEnd, body + 40)).first(where: { scalars[tokens[$0].start].value == 0x29 }) {
            readComponents(scalars, tokens: tokens, body + 1 ..< close, into: &header, chained: true)
            if !header.outlets.isEmpty || header.published != nil {
                header.dateline = Span(start: tokens[body].start, end: tokens[close].end)
            }
            return header
        }
        let limit = min(lineEnd, body + Self.maxDatelineTokens)
        // The region ends at the first colon or at a dash that follows an agency.
        var end = limit
        for k in body ..< limit where tokens[k].kind == .punctuation && scalars[tokens[k].start].value == 0x3A {
            end = k
            break
        }
        var probe = Header()
        readComponents(scalars, tokens: tokens, body ..< end, into: &probe, chained: false)
        // Without brackets, only an agency set off by a dash, a bracket, a colon, the end of the
        // line or a preceding date is a dateline: "العربية" or "الرياض" inside a sentence is not.
        let delimiters: Set<UInt32> = [0x28, 0x29, 0x2D, 0x3A, 0x2013, 0x2014]
        func isDelimiter(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && delimiters.contains(scalars[tokens[k].start].value)
        }
        let agency = probe.outlets.first { outlet in
            guard let span = outlet.span, outlets.lookup(name: outlet.name)?.isAgency == true,
                  let first = tokens.firstIndex(where: { $0.start == span.start }),
                  let last = tokens.firstIndex(where: { $0.end == span.end }) else { return false }
            let endsLine = last + 1 == lineEnd
            return isDelimiter(first - 1) || isDelimiter(last + 1) || endsLine || probe.published != nil
        }
        guard let agency, let agencySpan = agency.span else { return header }
        var last = tokens.firstIndex { $0.end == agencySpan.end } ?? body
        // Take in a closing bracket and the dash or colon that ends the dateline.
        while last + 1 < lineEnd, isDelimiter(last + 1), scalars[tokens[last + 1].start].value != 0x28 { last += 1 }
        header.dateline = Span(start: tokens[body].start, end: tokens[last].end)
        header.outlets = [agency]
        header.published = probe.published
        header.warnings = probe.warnings
        return header
    }

    /// The index of the first token on a later line than `start`.
    func endOfLine(_ scalars: [Unicode.Scalar], tokens: [Token], from start: Int) -> Int {
        var k = start + 1
        while k < tokens.count, SentenceSplitter.lineBreaks(scalars, from: tokens[k - 1].end, to: tokens[k].start) == 0 { k += 1 }
        return k
    }

    /// Reads outlets and dates in `range`. In a chained dateline (in brackets, names separated by
    /// `/`), the first outlet is the publisher and the others are sources; otherwise every outlet
    /// is a source.
    func readComponents(_ scalars: [Unicode.Scalar], tokens: [Token], _ range: Range<Int>, into header: inout Header, chained: Bool) {
        var k = range.lowerBound
        // The normalized key of every word of the range, computed once ("" for punctuation).
        let keys: [String] = range.map { i in
            tokens[i].kind == .punctuation ? "" : dates.normalizer.key(String(String.UnicodeScalarView(scalars[tokens[i].range])))
        }
        var gregorian: CivilDate?, hijri: CivilDate?
        var found: [(span: Span, name: String, entry: OutletLexicon.Entry?)] = []
        var chunkStart = k
        func closeChunk(at end: Int) {
            // In a chain, an unknown name between slashes is still an outlet.
            guard chained, chunkStart < end, !found.contains(where: { $0.span.start >= tokens[chunkStart].start && $0.span.end <= tokens[end - 1].end }),
                  tokens[chunkStart ..< end].allSatisfy({ $0.kind == .word || $0.kind == .latin }) else { return }
            let span = Span(start: tokens[chunkStart].start, end: tokens[end - 1].end)
            found.append((span, text(scalars, span), nil))
        }
        while k < range.upperBound {
            if let match = dates.read(at: k, in: scalars, tokens: tokens), match.tokens.upperBound <= range.upperBound {
                if match.calendar == .hijri { hijri = hijri ?? match.date } else { gregorian = gregorian ?? match.date }
                k = match.tokens.upperBound
                chunkStart = k
                continue
            }
            let token = tokens[k]
            if token.kind == .punctuation {
                let sign = scalars[token.start].value
                if sign == 0x2F || sign == 0x2D || sign == 0x2013 { closeChunk(at: k); chunkStart = k + 1 }
                k += 1
                continue
            }
            var matched = false
            if outlets.firstWords.contains(keys[k - range.lowerBound]) {
                for length in stride(from: min(outlets.maxTokens + 2, range.upperBound - k), through: 1, by: -1) {
                    guard tokens[k + length - 1].kind != .punctuation,
                          let entry = outlets.lookup(keys: keys[(k - range.lowerBound) ..< (k - range.lowerBound + length)]) else { continue }
                    let span = Span(start: tokens[k].start, end: tokens[k + length - 1].end)
                    found.append((span, text(scalars, span), entry))
                    k += length
                    matched = true
                    break
                }
            }
            if !matched { k += 1 }
        }
        closeChunk(at: range.upperBound)
        found.sort { $0.span < $1.span }
        for (i, item) in found.enumerated() {
            let role: Outlet.Role = chained && found.count > 1 && i == 0 ? .publisher : .source
            header.outlets.append(Outlet(name: item.name, nameEn: item.entry?.nameEn, role: role, span: item.span))
        }
        if let gregorian, let hijri, gregorian != hijri {
            header.warnings.append("The dateline's Hijri date (\(hijri.iso)) and Gregorian date (\(gregorian.iso)) differ; the Gregorian one is used.")
        }
        header.published = gregorian ?? hijri
    }

    func text(_ scalars: [Unicode.Scalar], _ span: Span) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.range])
        return String(view)
    }
}
