import MarsadText

/// An event trigger found in a document.
struct TriggerHit: Sendable {
    let tokens: Range<Int>
    let trigger: EventTrigger
    /// How the first token was read (a future سـ, a proclitic ل …).
    let form: FormKind
    /// The trigger's first token carries the preposition ل ("للتوصل": purpose).
    let purpose: Bool
}

extension DocumentView {
    /// The event triggers of the body, in order, longest first. Verbs are read whole, after و/ف and
    /// after the future سـ; nouns whole, after و/ف and after ب/ل/ك.
    func triggerHits() -> [TriggerHit] {
        var hits: [TriggerHit] = []
        let table = lexicon.triggers
        var t = bodyStart
        for start in tableStarts.triggers where Int(start) >= t {
            t = Int(start)
            if let m = table.match(at: t, in: self, first: Self.anyForm) {
                let trigger = table.entries[m.entry].payload
                let allowed: FormMask = trigger.form == .noun ? .noun : .verb
                if allowed.contains(m.firstForm) {
                    hits.append(TriggerHit(tokens: m.tokens, trigger: trigger, form: m.firstForm,
                                           purpose: m.firstForm.contains(.preposition) && startsWithLam(t)))
                    t = m.tokens.upperBound
                    continue
                }
            }
            t += 1
        }
        return hits
    }

    static var anyForm: FormMask { FormMask.noun.union(.verb) }

    /// Whether the word at `t` starts with ل after an optional و/ف.
    func startsWithLam(_ t: Int) -> Bool {
        let token = document.tokens[t]
        var i = token.start
        var seen = 0
        while i < token.end, seen < 2 {
            let v = document.scalars[i].value
            if ArabicScalar.isDiacritic(v) { i += 1; continue }
            if v == 0x0644 { return true }
            if seen == 0 && (v == 0x0648 || v == 0x0641) { seen += 1; i += 1; continue }
            return false
        }
        return false
    }
}
