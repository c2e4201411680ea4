import MarsadCore
import MarsadText

/// Phrases of the statistical tagger that no lexicon, title pattern or class noun explains.
///
/// The tagger's phrases are trimmed of punctuation, stop words and titles at both ends; a phrase
/// that touches a mention or a lexicon phrase is left to the lexicons. A person needs two words
/// and the shape of a name (``nameReading(_:first:afterParticle:)``); a place or an organization
/// gets the country of the nearest place named in its sentence, else the article's. Attached
/// proclitics are left out of the span as everywhere (و، ف، and ب/ك/ل before the article).
extension EntityRun {
    /// A phrase of the tagger: its type (PERS, LOC, ORG) and tokens.
    struct TaggedPhrase {
        var type: String
        var tokens: Range<Int>
    }

    /// The phrases of BIO labels (an I- after O or another type starts a phrase, as conlleval).
    static func phrases(in labels: [String]) -> [TaggedPhrase] {
        var result: [TaggedPhrase] = []
        var current: TaggedPhrase?
        for (i, label) in labels.enumerated() {
            let type = label.count > 2 ? String(label.dropFirst(2)) : ""
            if label.hasPrefix("I-"), var c = current, c.type == type {
                c.tokens = c.tokens.lowerBound ..< i + 1
                current = c
                continue
            }
            if let c = current { result.append(c) }
            current = label.hasPrefix("B-") || label.hasPrefix("I-") ? TaggedPhrase(type: type, tokens: i ..< i + 1) : nil
        }
        if let c = current { result.append(c) }
        return result
    }

    mutating func addTaggerPhrases(_ tagger: any TokenTagger) {
        let labels = tagger.entityLabels(tokens: tokens, in: scalars)
        guard labels.count == tokens.count else { return }
        for phrase in Self.phrases(in: labels) where ["PERS", "LOC", "ORG"].contains(phrase.type) {
            var range = phrase.tokens
            func isEdgeNoise(_ t: Int) -> Bool {
                tokens[t].kind != .word || otherAt(t) != nil || isStopword(t) || isFunctionWord(t)
            }
            while !range.isEmpty, isEdgeNoise(range.lowerBound) { range = range.dropFirst() }
            while !range.isEmpty, isEdgeNoise(range.upperBound - 1) { range = range.dropLast() }
            guard !range.isEmpty, range.allSatisfy({ mentionAt[$0] < 0 && otherAt($0) == nil && !blocked[$0] }) else { continue }
            let first = range.lowerBound
            let start = taggedStart(first)
            let span = Span(start: start, end: tokens[range.upperBound - 1].end)
            switch phrase.type {
            case "PERS":
                guard range.count >= 2, range.count <= 4 else { continue }
                guard range.enumerated().allSatisfy({ nameReading($1, first: $0 == 0, afterParticle: false) != nil }) else { continue }
                var words = range.map { folded($0) }
                let dropped = readings.of(first).first { Int($0.start) == start }.map { Int($0.dropped) } ?? 0
                words[0] = Array(words[0].dropFirst(dropped))
                let name = ReadName(tokens: range, span: span, words: words, hasNamePart: true)
                // A person of the document met again (عبد الرحمن for رامي عبد الرحمن) is found later.
                guard isPlausible(name), !isKnownName(words) else { continue }
                _ = newPerson(name, origin: .tagger)
            case "LOC", "ORG":
                let type: EntityType = phrase.type == "LOC" ? .location : .organization
                if range.count == 1, folded(first).count < 3 { continue }
                let key = (phrase.type == "LOC" ? "LOC:" : "ORG:") + document.text(in: span)
                let index = phraseIndex[key] ?? {
                    var words: [[UInt32]] = []
                    for t in range where tokens[t].kind == .word { words.append(folded(t)) }
                    phrases.append(PhraseDraft(type: type, nameAr: document.text(in: span),
                                               country: placeCountry(range) ?? dominant, words: words))
                    return phrases.count - 1
                }()
                phraseIndex[key] = index
                addMention(span, tokens: range, target: .phrase(index), origin: .tagger)
            default:
                continue
            }
        }
    }

    /// Whether words are the full name or a surname of a person already in the document.
    func isKnownName(_ words: [[UInt32]]) -> Bool {
        persons.indices.contains { p in
            let known = surnames(of: p)
            return persons[p].spellings.contains(words) || known.contains(words) || known.contains([words[0]])
        }
    }

    /// Where a tagged phrase starts: after a conjunction و/ف, and after ب/ك/ل before the article
    /// (بالعاصمة → العاصمة; للأمم → لأمم).
    func taggedStart(_ t: Int) -> Int {
        let letters = folded(t)
        var p = 0
        if withoutConjunction(t) != nil, !flags(of: readings.whole(t)).contains(.namePart) { p = 1 }
        if letters.count > p + 3, [0x0628, 0x0643, 0x0644].contains(letters[p]) {
            if letters[p] == 0x0644, letters[p + 1] == 0x0644 { p += 1 } else if letters[p + 1] == 0x0627, letters[p + 2] == 0x0644 { p += 1 }
        }
        guard p > 0 else { return tokens[t].start }
        return readings.of(t).first { Int($0.dropped) == p }.map { Int($0.start) } ?? tokens[t].start
    }
}
