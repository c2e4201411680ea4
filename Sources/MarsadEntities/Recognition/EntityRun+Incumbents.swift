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

    /// «نظام الأسد»، «لنظام الأسد»: the surname after نظام (regime).
    mutating func readRegimeSurnames() {
        guard document.metadata.published != nil else { return }
        for t in tokens.indices.dropLast() where readings.first(t, with: .regimeNoun) != nil && mentionAt[t] < 0 {
            _ = incumbent(at: t + 1, title: nil)
        }
    }
}
