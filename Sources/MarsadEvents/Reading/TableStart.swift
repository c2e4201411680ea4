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
        var bits = [UInt8](repeating: 0, count: count)
        var wholeRoles = [UInt32](repeating: 0, count: count)
        var conjunctionRoles = [UInt32](repeating: 0, count: count)
        // The four lists, filled through raw pointers (room for every token of the body): appends
        // to arrays checked uniqueness and capacity each time.
        let lists = UnsafeMutablePointer<Int32>.allocate(capacity: 4 * Swift.max(1, count))
        defer { lists.deallocate() }
        var listCount = (0, 0, 0, 0)
        let filter = lexicon.startFilter, roleBits = lexicon.roleBits
        forms.formStart.withUnsafeBufferPointer { formStart in
            forms.hashes.withUnsafeBufferPointer { hashes in
                forms.kinds.withUnsafeBufferPointer { kinds in
                    bits.withUnsafeMutableBufferPointer { bits in
                        wholeRoles.withUnsafeMutableBufferPointer { wholeRoles in
                            conjunctionRoles.withUnsafeMutableBufferPointer { conjunctionRoles in
                                let cues = lists, triggers = lists + count, agreements = lists + 2 * count
                                let agents = lists + 3 * count
                                for t in 0 ..< count {
                                    var union: UInt8 = 0
                                    for f in Int(formStart[t]) ..< Int(formStart[t + 1]) {
                                        let h = hashes[f]
                                        let b = filter.bits(h)
                                        guard b != 0 else { continue }
                                        union |= b
                                        // Roles are read from the whole form and the form without و/ف only.
                                        let kind = kinds[f]
                                        guard b & StartFilter.role != 0, kind == .whole || kind == .conjunction,
                                              let value = roleBits[h] else { continue }
                                        if kind == .whole {
                                            wholeRoles[t] |= UInt32(bitPattern: value)
                                        } else {
                                            conjunctionRoles[t] |= UInt32(bitPattern: value)
                                        }
                                    }
                                    guard union != 0 else { continue }
                                    bits[t] = union
                                    guard t >= start else { continue }
                                    if union & TableStart.cue.rawValue != 0 { cues[listCount.0] = Int32(t); listCount.0 += 1 }
                                    if union & TableStart.trigger.rawValue != 0 { triggers[listCount.1] = Int32(t); listCount.1 += 1 }
                                    if union & TableStart.agreement.rawValue != 0 {
                                        agreements[listCount.2] = Int32(t)
                                        listCount.2 += 1
                                    }
                                    if union & TableStart.agent.rawValue != 0 { agents[listCount.3] = Int32(t); listCount.3 += 1 }
                                }
                            }
                        }
                    }
                }
            }
        }
        return TokenStarts(cues: Array(UnsafeBufferPointer(start: lists, count: listCount.0)),
                           triggers: Array(UnsafeBufferPointer(start: lists + count, count: listCount.1)),
                           agreements: Array(UnsafeBufferPointer(start: lists + 2 * count, count: listCount.2)),
                           agents: Array(UnsafeBufferPointer(start: lists + 3 * count, count: listCount.3)),
                           bits: bits, wholeRoles: wholeRoles, conjunctionRoles: conjunctionRoles)
    }
}
