/// A speech cue found in a document.
struct CueOccurrence: Sendable {
    let tokens: Range<Int>
    let cue: SpeechCue
}

extension DocumentView {
    /// Every speech cue of the body, in order (و/ف before a cue are allowed).
    func speechCues() -> [CueOccurrence] {
        var found: [CueOccurrence] = []
        var t = bodyStart
        let table = lexicon.speechCues
        for start in tableStarts.cues where Int(start) >= t {
            t = Int(start)
            if let m = table.match(at: t, in: self, first: .proclitic) {
                let cue = table.entries[m.entry].payload
                // بحسب/لحسب read as حسب is fine; other cues do not take ب/ل/ك.
                // «طالبا عدم كشف هويته»: after عدم/رفض the form is a verbal noun, not a verb.
                let verbalNoun = t > 0 && Words.verbalNounGovernors.contains(forms.whole(t - 1))
                    || isOpinionNoun(t, cue: cue)
                // «ونقلت الصحيفة عن الجيش تأكيده أن»: a speech noun after a relay in its sentence is
                // the relayed speaker's saying (like قوله), read through by the relay (branch quotes11).
                let relayed = cue.isNoun && found.last.map { $0.cue.kind == .relay && sentenceOf[$0.tokens.lowerBound] == sentenceOf[t] } ?? false
                // «وتابع غندور بالقول إن»: بالقول after a speech cue of its sentence is that cue's
                // manner; the cue reaches the إن after it (branch quotes13).
                let manner = cue.isManner && found.last.map {
                    ($0.cue.kind == .verb || $0.cue.kind == .participle) && $0.cue.scope == .yes
                        && sentenceOf[$0.tokens.lowerBound] == sentenceOf[t] && t - $0.tokens.upperBound <= 8
                } ?? false
                // «بعدما اكتفت القوى الغربية بالقول إن» inside the Russian ministry's reported clause,
                // «بحجة أنه سبها بالقول بأنها»: a verb of the reported clause has its own subject, which
                // the participle would not read; only «، مكتفية بالقول إنه» (a comma before its verb)
                // opens a turn of the clause's speaker.
                let inClause = cue.isManner && !manner && t > 1 && !isComma(t - 2)
                    && (sentenceTokens(of: t).lowerBound ..< t).contains { word(.complementizer, at: $0, allowConjunction: false) != nil }
                if (!m.firstForm.contains(.preposition) || cue.kind == .attribution) && !verbalNoun && !relayed && !manner && !inClause {
                    found.append(CueOccurrence(tokens: m.tokens, cue: cue))
                    t = m.tokens.upperBound
                    continue
                }
            }
            t += 1
        }
        return found
    }

    /// Whether the token read as رأى is the noun رأي, "an opinion" («مع رأي الشركة في أن»، «وحسب
    /// رأي أوزكان»): both fold to the same key, but the verb ends in ى (رأت and رأوا are verbs).
    private func isOpinionNoun(_ t: Int, cue: SpeechCue) -> Bool {
        guard cue.opinion == .view else { return false }
        let token = document.tokens[t]
        return document.scalars[token.start + token.length - 1].value == 0x064A
    }
}
