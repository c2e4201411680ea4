/// A mention of an agreement: its noun, and a ceasefire compound when one follows
/// ("اتفاقا لوقف إطلاق النار", "إعلانا مشتركا حول وقف شامل لإطلاق النار").
struct AgreementMention: Sendable {
    let tokens: Range<Int>
    let noun: AgreementNoun
    /// Whether the mention names a ceasefire or truce (by its noun or its compound).
    let isCeasefire: Bool
    /// Whether the noun is followed by a ceasefire compound.
    let isCompound: Bool
    /// الاتفاق، هذا الاتفاق: refers back to an agreement already named.
    let isDefinite: Bool

    /// The English name: the noun's, with "ceasefire" before it for a compound.
    var name: String { isCompound && !noun.isCeasefire ? "ceasefire \(noun.name)" : noun.name }
}

extension DocumentView {
    /// The agreement mentions of the body, in order.
    func agreementMentions() -> [AgreementMention] {
        let table = lexicon.agreementNouns
        let readings = FormMask.noun
        var found: [AgreementMention] = []
        var t = bodyStart
        for start in tableStarts.agreements where Int(start) >= t {
            t = Int(start)
            guard let m = table.match(at: t, in: self, first: readings) else { t += 1; continue }
            let noun = table.entries[m.entry].payload
            var end = m.tokens.upperBound
            var compound = false
            if !noun.isCeasefire {
                var k = end
                if k < tokenCount, Words.about.contains(forms.whole(k)) { k += 1 }
                if k < tokenCount, let c = table.match(at: k, in: self, first: readings), table.entries[c.entry].payload.isCeasefire {
                    end = c.tokens.upperBound
                    compound = true
                }
            }
            // «هذه الاتفاقات» refers back; «مثل هذه الاتفاقات» (such agreements) does not.
            guard noun.standalone || compound,
                  !noun.afterDemonstrativeOnly || (t > 0 && word(.demonstrative, at: t - 1) != nil
                      && !(t > 1 && forms.whole(t - 2) == Words.such)) else { t += 1; continue }
            let first = lexicon.normalizer.key(document.text(in: document.tokens[t].span))
            let definite = m.firstForm.contains(.articleRestored) || Self.hasPrefix(first, "ال") || Self.hasPrefix(first, "وال")
                || Self.hasPrefix(first, "بال") || Self.hasPrefix(first, "فال") || (t > 0 && word(.demonstrative, at: t - 1) != nil)
            found.append(AgreementMention(tokens: t ..< end, noun: noun, isCeasefire: noun.isCeasefire || compound,
                                          isCompound: compound, isDefinite: definite))
            t = end
        }
        return found
    }

    /// `string.hasPrefix(prefix)`, for a prefix of letters without combining marks: the scalars
    /// are compared first, and `hasPrefix` (about 1,600 instructions on Arabic, comparing grapheme
    /// clusters under canonical equivalence) runs only when they agree. It is true only when the
    /// scalars start with the prefix's, so the answer is the same.
    static func hasPrefix(_ string: String, _ prefix: String) -> Bool {
        string.unicodeScalars.starts(with: prefix.unicodeScalars) && string.hasPrefix(prefix)
    }

    /// Whether token `t` is one of the normalized `words`.
    func isWordOf(_ t: Int, _ words: [String]) -> Bool {
        let h = forms.whole(t)
        return words.contains { WordHash.of($0) == h }
    }
}
