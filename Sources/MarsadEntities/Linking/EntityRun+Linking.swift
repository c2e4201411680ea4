import MarsadCore
import MarsadText

extension EntityRun {
    /// Links people known only from the text to the actor dictionary by surname — with the same
    /// country, or, without a country, with a first name of the same first letters — and gives
    /// people still without an affiliation the country the article is mostly about.
    mutating func linkUnknownPeople() {
        for p in persons.indices where persons[p].record == nil {
            guard let words = persons[p].spellings.first, let surname = lexicons.nameParts.surname(of: words),
                  let candidates = lexicons.actorsBySurname[EntityLexicons.surnameKey(surname)] else { continue }
            let country = persons[p].country
            let matching = candidates.filter { r in
                let record = lexicons.records[Int(r)]
                if let country { return record.country == country }
                return similarFirstName(words, record.nameAr)
            }
            guard matching.count == 1, let r = matching.first else { continue }
            if let existing = personOfRecord[r], existing != p {
                personAlias[p] = existing
                persons[existing].roles += persons[p].roles.filter { !persons[existing].roles.contains($0) }
            } else {
                let record = lexicons.records[Int(r)]
                persons[p].record = r
                persons[p].country = record.country
                persons[p].cameo = record.cameo ?? persons[p].cameo
                persons[p].affiliated = true
                personOfRecord[r] = p
            }
        }
    }

    /// People known only from the text and still without an affiliation (no nationality, no
    /// country, no body, no official to inherit from) take the country the article is mostly
    /// about: delegation heads, local commanders, spokesmen (docs/ENTITIES.md).
    mutating func affiliateUnknownPeople() {
        guard let country = dominantCountry() else { return }
        let base = lexicons.countries[country]?.cameo ?? country
        for p in persons.indices where persons[p].record == nil && !persons[p].affiliated && personAlias[p] == nil {
            persons[p].country = country
            persons[p].cameo = base
        }
    }

    /// Whether the first word of a name read from the text and of an actor's Arabic name share
    /// their first three folded letters (سالفا / سلفا share س and ل… after folding vowels out).
    func similarFirstName(_ words: [[UInt32]], _ nameAr: String) -> Bool {
        let other = lexicons.folder.fold(nameAr.split(separator: " ").first.map(String.init) ?? "")
        func consonants(_ w: [UInt32]) -> [UInt32] { w.filter { $0 != 0x0627 && $0 != 0x0648 && $0 != 0x064A } }
        let a = consonants(words[0]), b = consonants(other)
        return a.count >= 2 && b.count >= 2 && a.prefix(3) == b.prefix(3)
    }

    /// The country the article names most (countries twice, nationality adjectives once).
    func dominantCountry() -> String? {
        let evidence = countryEvidence()
        guard let best = evidence.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
        let second = evidence.filter { $0.key != best.key }.map(\.value).max() ?? 0
        return best.value > second ? best.key : nil
    }
}
