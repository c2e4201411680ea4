import MarsadCore
import MarsadText

/// Actors named by their surname alone where the full name is not written: «الرئيس الأسد»،
/// «قوات نظام الأسد». The surname follows a title or «نظام» (regime) and belongs to exactly one
/// actor of the dictionary holding, on the report's date, the office the title names (its
/// dated terms in `actors.tsv`: Bashar, not Hafez al-Assad, in 2018; the President, not the
/// First Lady) — after نظام, a head of state or government. A word that begins some actor's name
/// (كيم، صالح) is no surname alone. A surname anywhere else is found again only after the full
/// name (docs/ENTITIES.md).
extension EntityRun {
    /// The person of the actor in office whose surname alone stands at token `t`, with its
    /// mention; `title` is the English title before it, if any.
    mutating func incumbent(at t: Int, title: String?) -> Int? {
        guard t < tokens.count, tokens[t].kind == .word, mentionAt[t] < 0, otherAt(t) == nil,
              let date = document.metadata.published else { return nil }
        // A surname alone: the next word continues no name («الرئيس الأسد إن», not «الأسد محمد»).
        if t + 1 < tokens.count, flags(t + 1).contains(.namePart), nameReading(t + 1, first: false, afterParticle: false) != nil {
            return nil
        }
        let day = Int32(date.year * 10_000 + date.month * 100 + date.day)
        let wanted = title.map { [$0.lowercased()] } ?? Self.headTitles
        for reading in readings.of(t) {
            let f = flags(of: reading)
            guard f.contains(.surname), f.isDisjoint(with: [.givenName, .actorFirstWord]) else { continue }
            // The bearers in office that day, in the office the title names (or, after نظام, as
            // head of state or government).
            let candidates = (lexicons.actorsBySurname[reading.hash] ?? []).filter { r in
                lexicons.records[Int(r)].terms.contains { term in
                    term.days.contains(day) && wanted.contains { term.title.hasPrefix($0) }
                }
            }
            guard candidates.count == 1 else { continue }
            let p = person(forRecord: candidates[0])
            addMention(Span(start: Int(reading.start), end: tokens[t].end), tokens: t ..< t + 1, target: .person(p), origin: .lexicon)
            return p
        }
        return nil
    }

    /// Offices of heads of state and government (lowercased prefixes of `actors.tsv` titles).
    static let headTitles = ["president", "prime minister", "king", "emir", "supreme leader", "chancellor", "crown prince"]

    /// The surname alone of an actor in office on the report's date, where neither a title nor
    /// the full name is written: «ولماذا يريد ترامب الخروج منه؟» in a report of June 2018 is
    /// Donald Trump. The word must be the surname of exactly one actor holding a dated office that
    /// day (of one head of state or government, when several hold one), and nothing else: no given
    /// name, no first word of an actor's name, no common word of the corpus, no stop word, no fewer
    /// than four characters; and the actor's country must be named in the report. It must stand alone: no name word or rare word before it (إيفانكا ترامب، لي
    /// هسيين لونغ) or after it, and no other person of the document bears that surname. A surname
    /// with the article is no adjective after a definite word (الخريف العربي) and no ordinal
    /// before من (السادس من).
    mutating func readIncumbentSurnamesAlone() {
        guard let date = document.metadata.published else { return }
        let day = Int32(date.year * 10_000 + date.month * 100 + date.day)
        let excluded: WordFlags = [.givenName, .actorFirstWord, .commonWord, .stopword]
        for t in tokens.indices where tokens[t].kind == .word && mentionAt[t] < 0 && !blocked[t] {
            // Most words are no surname: test that first (a surname ends an actor's name in the
            // trie, so it has a word id: no flag lookup for the rest), the context only then.
            guard readings.of(t).contains(where: { $0.wordID >= 0 && flags(of: $0).contains(.surname) }) else { continue }
            if t + 1 < tokens.count, flags(t + 1).contains(.namePart), nameReading(t + 1, first: false, afterParticle: false) != nil {
                continue
            }
            // A name word before it, or a rare word that may be one («لي هسيين لونغ»).
            if t > 0, tokens[t - 1].kind == .word, mentionAt[t - 1] < 0, nameReading(t - 1, first: true, afterParticle: false) != nil,
               !flags(t - 1).isDisjoint(with: [.givenName, .namePart]) || flags(t - 1).isDisjoint(with: [.commonWord, .corpusWord]) {
                continue
            }
            // A surname with the article may be an adjective or an ordinal: after a definite word
            // («الخريف العربي»), before من («السادس من»; «السادس والعشرين» still passes).
            if hasArticle(t) {
                if t > 0, tokens[t - 1].kind == .word, hasArticle(t - 1) { continue }
                if t + 1 < tokens.count, tokens[t + 1].kind == .word, folded(t + 1) == NameParts.min { continue }
            }
            for reading in readings.of(t) {
                let f = flags(of: reading)
                guard f.contains(.surname), f.isDisjoint(with: excluded), tokens[t].end - Int(reading.start) >= 4 else { continue }
                var candidates = (lexicons.actorsBySurname[reading.hash] ?? []).filter { r in
                    lexicons.records[Int(r)].terms.contains { $0.days.contains(day) }
                }
                // ترامب: the president, not the First Lady in office beside him.
                if candidates.count > 1 {
                    candidates = candidates.filter { r in
                        lexicons.records[Int(r)].terms.contains { term in
                            term.days.contains(day) && Self.headTitles.contains { term.title.hasPrefix($0) }
                        }
                    }
                }
                // The actor's country must be named in the report (ماكي سال is no «سأل» in a report
                // that never names Senegal).
                candidates = candidates.filter { r in
                    let c = lexicons.recordCountry[Int(r)]
                    return c >= 0 && evidence[Int(c)] > 0
                }
                guard candidates.count == 1, !otherPersonBears(surnameOf: reading, besides: candidates[0]) else { continue }
                let p = person(forRecord: candidates[0])
                addMention(Span(start: Int(reading.start), end: tokens[t].end), tokens: t ..< t + 1, target: .person(p), origin: .lexicon)
                break
            }
        }
    }

    /// Whether a person of the document other than the actor `record` ends their name with the
    /// surname read at `reading` (إيفانكا ترامب beside the president).
    func otherPersonBears(surnameOf reading: TokenReading, besides record: Int32) -> Bool {
        persons.contains { person in
            guard person.record != record else { return false }
            if person.spellings.contains(where: { $0.last.map { WordFolder.hash($0[...]) } == reading.hash }) { return true }
            guard let last = person.nameAr.split(separator: " ").last else { return false }
            return WordFolder.hash(lexicons.folder.fold(last)[...]) == reading.hash
        }
    }

    /// «نظام الأسد»، «لنظام الأسد»: the surname after نظام (regime).
    mutating func readRegimeSurnames() {
        guard document.metadata.published != nil else { return }
        for t in tokens.indices.dropLast() where readings.first(t, with: .regimeNoun) != nil && mentionAt[t] < 0 {
            _ = incumbent(at: t + 1, title: nil)
        }
    }
}
