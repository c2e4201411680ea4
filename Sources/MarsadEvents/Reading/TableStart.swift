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

/// What the view reads of each token's forms in one pass: for each of the four tables, the tokens
/// of the body where one of its phrases may start (in order), and for every token the closed word
/// classes its whole form and its form without و/ف start.
struct TokenStarts {
    /// Tokens where a speech cue, an event trigger, an agreement noun or a description of an
    /// unnamed side may start: a hint (a form passed the table's filter), not a match.
    var cues: [Int32] = [], triggers: [Int32] = [], agreements: [Int32] = [], agents: [Int32] = []
    /// For every token, the ``StartFilter`` bits of its forms together (a hint, as above).
    var bits: [UInt8]
    var wholeRoles: [UInt32]
    var conjunctionRoles: [UInt32]
}

extension DocumentView {
    /// One pass over the forms of the words: the tokens from `start` on (the body) where each
    /// table's phrases may start, and the word classes every token starts.
    ///
    /// One load of the lexicon's ``StartFilter`` per form; a role is looked up only when the filter
    /// lets the form through. Before, four filters and the role index's own were probed apart, in
    /// two loops, and each of the four readings walked every token to test its bit (together
    /// about 12 % of the three layers' instructions, docs/PERFORMANCE.md); the readings now visit
    /// only their lists.
    /// - Complexity: O(f) for f forms.
    static func tokenStarts(forms: TokenForms, from start: Int, lexicon: EventsLexicon) -> TokenStarts {
        let count = forms.formStart.count - 1
        var starts = TokenStarts(bits: [UInt8](repeating: 0, count: count),
                                 wholeRoles: [UInt32](repeating: 0, count: count),
                                 conjunctionRoles: [UInt32](repeating: 0, count: count))
        // Room for every token of the body: no list grows while it is filled.
        let body = Swift.max(0, count - start)
        starts.cues.reserveCapacity(body)
        starts.triggers.reserveCapacity(body)
        starts.agreements.reserveCapacity(body)
        starts.agents.reserveCapacity(body)
        let filter = lexicon.startFilter, roleBits = lexicon.roleBits
        forms.formStart.withUnsafeBufferPointer { formStart in
            forms.hashes.withUnsafeBufferPointer { hashes in
                forms.kinds.withUnsafeBufferPointer { kinds in
                    for t in 0 ..< count {
                        var bits: UInt8 = 0
                        for f in Int(formStart[t]) ..< Int(formStart[t + 1]) {
                            let h = hashes[f]
                            let b = filter.bits(h)
                            guard b != 0 else { continue }
                            bits |= b
                            // Roles are read from the whole form and the form without و/ف only.
                            let kind = kinds[f]
                            guard b & StartFilter.role != 0, kind == .whole || kind == .conjunction,
                                  let value = roleBits[h] else { continue }
                            if kind == .whole {
                                starts.wholeRoles[t] |= UInt32(bitPattern: value)
                            } else {
                                starts.conjunctionRoles[t] |= UInt32(bitPattern: value)
                            }
                        }
                        guard bits != 0 else { continue }
                        starts.bits[t] = bits
                        guard t >= start else { continue }
                        if bits & TableStart.cue.rawValue != 0 { starts.cues.append(Int32(t)) }
                        if bits & TableStart.trigger.rawValue != 0 { starts.triggers.append(Int32(t)) }
                        if bits & TableStart.agreement.rawValue != 0 { starts.agreements.append(Int32(t)) }
                        if bits & TableStart.agent.rawValue != 0 { starts.agents.append(Int32(t)) }
                    }
                }
            }
        }
        return starts
    }
}
