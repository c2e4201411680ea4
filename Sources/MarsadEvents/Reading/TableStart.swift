import MarsadText

/// The tables whose phrases may start at a token: speech cues, event triggers, agreement nouns,
/// descriptions of unnamed sides. A set bit is a hint (a form passed the table's first-word
/// filter), not a match: the table's `match` decides.
struct TableStart: OptionSet, Sendable {
    let rawValue: UInt8
    static let cue = TableStart(rawValue: 1)
    static let trigger = TableStart(rawValue: 2)
    static let agreement = TableStart(rawValue: 4)
    static let agent = TableStart(rawValue: 8)
}

extension DocumentView {
    /// One pass over the forms of the words from `start` on: for each token, the tables whose
    /// first-word filter one of its forms passes.
    /// - Complexity: O(f) for f forms, four bit tests each.
    static func tableStarts(forms: TokenForms, tokens: [Token], from start: Int, lexicon: EventsLexicon) -> [TableStart] {
        var starts = [TableStart](repeating: [], count: tokens.count)
        for t in start ..< tokens.count where tokens[t].kind == .word {
            var bits: UInt8 = 0
            for f in forms.forms(of: t) {
                let h = forms.hashes[f]
                if lexicon.speechCues.mayStartWith(h) { bits |= TableStart.cue.rawValue }
                if lexicon.triggers.mayStartWith(h) { bits |= TableStart.trigger.rawValue }
                if lexicon.agreementNouns.mayStartWith(h) { bits |= TableStart.agreement.rawValue }
                if lexicon.agents.descriptions.mayStartWith(h) { bits |= TableStart.agent.rawValue }
            }
            starts[t] = TableStart(rawValue: bits)
        }
        return starts
    }
}
