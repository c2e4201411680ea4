import MarsadCore
import MarsadText

/// Names no lexicon knows, read after a class noun, and short forms of organizations.
///
/// - An administrative class noun without the article, then a word that is not a stop word:
///   «منطقة جعولة», «قرية "مارابة"», «بمديرية مكيراس» → a LOCATION, the class noun outside the
///   span (docs/ANNOTATION.md).
/// - A site's class noun, then a word or a number: «معبر نصيب», «بوابة 200» → a LOCATION whose
///   span includes the class noun; a known place after it is taken in (ميناء البريقة).
/// Both take the country the article is mostly about, and are found again elsewhere in the text.
extension EntityRun {
    mutating func readPlaces() {
        let country = dominant
        var t = 0
        while t + 1 < tokens.count {
            defer { t += 1 }
            guard tokens[t].kind == .word, mentionAt[t] < 0, otherAt(t) == nil,
                  let reading = readings.first(t, with: [.adminNoun, .siteNoun]) else { continue }
            let isSite = reading.has(.siteNoun)
            var k = t + 1
            if isQuote(k) { k += 1 }
            guard k < tokens.count else { continue }
            var end = k + 1
            if isSite, let m = mention(startingAt: k), record(of: m.target)?.type == .location, !isQuote(t + 1) {
                // ميناء البريقة: the port, not the town.
                end = m.tokens.upperBound
                removeMention(Int(mentionAt[k]))
            } else {
                guard mentionAt[k] < 0, otherAt(k) == nil, isPlaceWord(k, allowNumber: isSite) else { continue }
            }
            let first = isSite ? t : k
            let start = isSite ? Int(reading.start) : tokens[k].start
            let span = Span(start: start, end: tokens[end - 1].end)
            var words: [[UInt32]] = []
            for i in first ..< end where tokens[i].kind != .punctuation { words.append(folded(i)) }
            if isSite, reading.dropped > 0 { words[0] = Array(words[0].dropFirst(Int(reading.dropped))) }
            let key = "LOC:" + document.text(in: span)
            let index = phraseIndex[key] ?? {
                phrases.append(PhraseDraft(type: .location, nameAr: document.text(in: span),
                                           country: placeCountry(first ..< end) ?? country, words: words))
                return phrases.count - 1
            }()
            phraseIndex[key] = index
            addMention(span, tokens: first ..< end, target: .phrase(index), origin: .placePattern)
            t = end - 1
        }
    }

    /// The country of an unknown place: a nationality adjective right after it (معبر صوفا
    /// الإسرائيلي), else the nearest place or country named in the same sentence.
    func placeCountry(_ range: Range<Int>) -> String? {
        if range.upperBound < tokens.count, let adj = adjective(at: range.upperBound) { return adj.country }
        guard let sentence = sentence(of: range.lowerBound) else { return nil }
        var best: (distance: Int, country: String)? = nil
        for m in mentions where !m.tokens.isEmpty && self.sentence(of: m.tokens.lowerBound) == sentence {
            guard let r = record(of: m.target), r.type == .location || r.type == .gpe, let c = r.country else { continue }
            let d = m.tokens.lowerBound >= range.upperBound ? m.tokens.lowerBound - range.upperBound : range.lowerBound - m.tokens.upperBound
            if best.map({ d < $0.distance }) ?? true { best = (d, c) }
        }
        return best?.country
    }

    /// Whether token `k` can be an unknown place's name: an Arabic word that is not a stop word,
    /// nor a nationality adjective (or, after a site noun, a number).
    func isPlaceWord(_ k: Int, allowNumber: Bool) -> Bool {
        if tokens[k].kind == .number { return allowNumber }
        guard tokens[k].kind == .word, !isStopword(k) else { return false }
        return tokens[k].end - tokens[k].start >= 3
    }

    /// Whether token `t` is a quotation mark.
    func isQuote(_ t: Int) -> Bool {
        guard t >= 0, t < tokens.count, tokens[t].kind == .punctuation else { return false }
        return "\"«»“”".unicodeScalars.contains(scalars[tokens[t].start])
    }

    /// Short forms of the organizations named in the article: the name without its class noun
    /// (كتائب القسام → القسام) and a distinctive head noun (المرصد السوري لحقوق الإنسان → المرصد),
    /// never a generic one (الحكومة، الجيش: `class-nouns.tsv`, kind generic), and never for
    /// governments and international bodies.
    func organizationShortForms() -> [NamePattern] {
        var patterns: [NamePattern] = []
        var seen: Set<Int32> = []
        for m in mentions where !m.tokens.isEmpty {
            guard case .record(let r) = m.target, !seen.contains(r) else { continue }
            seen.insert(r)
            for short in lexicons.shortForms[r] ?? [] {
                patterns.append(NamePattern(words: short, target: m.target, isShort: true))
            }
            // A truncated name is looked for again as written (#حركة_الجهاد → الجهاد).
            if m.origin == .truncated {
                let words = m.tokens.filter { tokens[$0].kind == .word }.map { folded($0) }
                patterns.append(NamePattern(words: words.map { WordFolder.hash($0[...]) }, target: m.target, isShort: true))
            }
        }
        return patterns
    }
}
