import MarsadText

/// Decides whether the clause around an expression speaks of the future, from the nearest tense
/// marker: future markers are the particles سوف and لن, words such as يعتزم, من المقرر, المرتقب,
/// المقبل (`future-markers.tsv`, `modifiers.tsv`) and verbs with the future prefix سـ (سيزور،
/// ستعقد، سنعمل، سأذهب), told apart from nouns and names that begin the same way
/// (`future-prefix-exceptions.tsv`; a word ending in ة is a noun); past markers are common
/// perfect verbs of news reports (`past-markers.tsv`: قال، أعلنت، اجتمعوا).
///
/// The search goes outward, one token back then one ahead, up to ``lookBehind`` tokens back and
/// ``lookAhead`` ahead, and the first marker found decides, except that a past verb ahead only
/// ends the search ahead ("ويدفن الخميس، حسبما أعلن فريقه"). It stays in the clause: a full stop,
/// question or exclamation mark, colon, semicolon or a complementizer (أن، إن: "قال الأربعاء إن
/// أحد نوابه سيترأس الوفد" reports a future, it is not one) ends it, as does an attribution
/// (حسب، وفقا: «الوفد الذى يزور مصر حالياً، حسب بيان القيادة، الأربعاء» dates the statement)
/// — unless a future marker governs the complementizer ("من المقرر أن يلتقي … يوم الجمعة").
struct TenseDetector: Sendable {
    static let lookBehind = 12
    static let lookAhead = 3

    enum Marker { case past, future }

    /// Whether the nearest tense marker around `range` is a future one.
    func isFuture(around range: Range<Int>, in table: TokenTable) -> Bool {
        var back = range.lowerBound - 1, ahead = range.upperBound
        var backOpen = true, aheadOpen = true
        for step in 1 ... max(Self.lookBehind, Self.lookAhead) {
            if backOpen, step <= Self.lookBehind {
                if back < 0 || endsClause(back, table) {
                    // «من المقرر أن يلتقي … يوم الجمعة»: a future marker governing the
                    // complementizer speaks for its clause.
                    if back > 0, table.word(back)?.function == .complementizer, marker(back - 1, table) == .future { return true }
                    backOpen = false
                } else {
                    if let m = marker(back, table) { return m == .future }
                    back -= 1
                }
            }
            if aheadOpen, step <= Self.lookAhead {
                if ahead >= table.count || endsClause(ahead, table) {
                    aheadOpen = false
                } else {
                    // A past verb after the expression ("… الخميس، حسبما أعلن فريقه") closes the
                    // search ahead without deciding: reporting verbs there belong to another clause.
                    switch marker(ahead, table) {
                    case .future?: return true
                    case .past?: aheadOpen = false
                    case nil: ahead += 1
                    }
                }
            }
            if !backOpen && !aheadOpen { break }
        }
        return false
    }

    func endsClause(_ k: Int, _ table: TokenTable) -> Bool {
        if table.endsSentence(k) { return true }
        let function = table.word(k)?.function
        return function == .complementizer || function == .attribution
    }

    func marker(_ k: Int, _ table: TokenTable) -> Marker? {
        if let w = table.word(k) {
            if w.isFutureMarker || w.modifier == .next { return .future }
            if w.isPastMarker { return .past }
            if w.isNotFutureVerb { return nil }
        }
        return isFutureVerb(k, table) ? .future : nil
    }

    /// سـ + an imperfect prefix (ي ت ن أ, as written) + at least two letters, after an optional و/ف.
    func isFutureVerb(_ k: Int, _ table: TokenTable) -> Bool {
        guard let word = table.key(k) else { return false }
        var w = word, offset = 0
        if w.letter(at: 0) == 0x0648 || w.letter(at: 0) == 0x0641, let rest = w.dropFirst() { w = rest; offset = 1 }
        guard w.count >= 4, w.letter(at: 0) == 0x0633 else { return false }  // س
        // The prefix letter as written: ي ت ن أ (not ئ, folded to ي: "سئلت" is no future).
        let at = table.lexicon.packer.offset(ofLetter: offset + 1, in: table.scalars, table.tokens[k].range)
        guard at < table.tokens[k].end else { return false }
        let prefix = table.scalars[at].value
        guard prefix == 0x064A || prefix == 0x062A || prefix == 0x0646 || prefix == 0x0623 else { return false }
        if table.lexicon.hasNotFuturePrefix(w) { return false }
        if let exact = table.lexicon.words[w], exact.isNotFutureVerb { return false }
        // A word ending in ة (teh marbuta) is a noun.
        if let last = table.tokens[k].range.last(where: { ArabicScalar.isArabicLetter(table.scalars[$0].value) }),
           table.scalars[last].value == 0x0629 { return false }
        return true
    }
}
