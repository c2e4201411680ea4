import MarsadCore
import MarsadText

extension DocumentView {
    /// Whether entity index `e` is an agent: a side the text names only by a description.
    @inline(__always)
    func isAgent(_ e: Int) -> Bool { e >= namedEntityCount }

    /// Whether entity `e` is a news outlet or state medium (CAMEO …MED: Reuters, CNN, SANA).
    func isOutlet(_ e: Int) -> Bool { !isAgent(e) && entities[e].cameo?.hasSuffix("MED") == true }

    /// The agent of entity index `e` as the contract writes it, read at `tokens` (its first
    /// mention when `tokens` is empty or names something else).
    func agent(_ e: Int, at tokens: Range<Int>) -> Agent {
        let entity = entities[e]
        var span = entity.mentions.first ?? Span(start: 0, end: 0)
        if !tokens.isEmpty, let m = mention(at: tokens.lowerBound), m.entity == e { span = m.span }
        return Agent(cameo: entity.cameo ?? "", label: entity.name, span: span)
    }

    /// The group a named person or member organization acts for (`affiliations.tsv`: Riek Machar
    /// → SPLM-IO, Islamic Jihad → Palestinian factions), as an agent read at its mention.
    func affiliation(of e: Int, at tokens: Range<Int>) -> Agent? {
        guard !isAgent(e), entities[e].type == .person || entities[e].type == .organization,
              let group = titleGroups[e] ?? lexicon.agents.affiliations[entities[e].name] else { return nil }
        var span = entities[e].mentions.first ?? Span(start: 0, end: 0)
        if !tokens.isEmpty, let m = mention(at: tokens.lowerBound), m.entity == e { span = m.span }
        return Agent(cameo: group.cameo, label: group.label, span: span)
    }

    /// Reads the descriptions of unnamed sides (agent-descriptions.tsv) on tokens no mention
    /// covers, and adds one pseudo-entity per group (an organization whose `name` is the label,
    /// `cameo` the agent code), with a mention for each description. A description followed by
    /// a name is the head of that name (ميليشيات الحوثي), not an agent.
    /// - Complexity: O(n) in the tokens, plus O(s) per description for the places of its sentence.
    func addAgents() {
        let table = lexicon.agents.descriptions
        var main: String?? = nil  // the report's country, read at the first description
        var groups: [String: Int] = [:]
        var added: [MentionRef] = []
        var t = bodyStart
        for start in tableStarts.agents where Int(start) >= t {
            t = Int(start)
            guard mentionAt[t] < 0,
                  let m = table.match(at: t, in: self, first: .proclitic),
                  !m.tokens.contains(where: { mentionAt[$0] >= 0 })
            else { t += 1; continue }
            let description = table.entries[m.entry].payload
            var end = m.tokens.upperBound
            if namesFollow(end) {
                // «المبعوث الأممي مارتن غريفيث»: the person acts for the body the title names.
                if let group = lexicon.agents.international(description), let m = mention(at: end), entities[m.entity].type == .person {
                    titleGroups[m.entity] = group
                }
                t = end
                continue
            }
            var country: String? = nil
            if end < tokenCount, let a = nationality(at: end, first: .whole) {
                country = lexicon.nationalities.entries[a.entry].payload.alpha3
                end = a.tokens.upperBound
            } else if end < tokenCount, let g = mention(at: end), g.tokens.lowerBound == end, entities[g.entity].type == .gpe {
                country = entities[g.entity].country
                end = g.tokens.upperBound
            }
            if main == nil { main = .some(mainCountry()) }
            guard let place = country ?? placeCountry(near: t) ?? main!, let name = lexicon.agents.name(of: description, in: place) else { t = end; continue }
            // An international body's agent has no country of its own (the UN envoy in Sanaa is no Yemeni).
            let home: String? = lexicon.agents.international(description) == nil ? place : nil
            let key = name.cameo + "|" + name.label
            let index: Int
            if let known = groups[key] {
                index = known
            } else {
                index = entities.count
                groups[key] = index
                entities.append(Entity(id: "agent\(index - namedEntityCount + 1)", type: .organization, name: name.label,
                                       nameAr: document.text(in: span(of: m.tokens.lowerBound ..< end)), country: home,
                                       cameo: name.cameo, mentions: []))
            }
            let tokens = m.tokens.lowerBound ..< end
            let first = document.tokens[t]
            let span = Span(start: first.start + procliticLength(t, m.firstForm), end: document.tokens[end - 1].end)
            entities[index].mentions.append(span)
            added.append(MentionRef(entity: index, span: span, tokens: tokens))
            t = end
        }
        guard !added.isEmpty else { return }
        // Merge the two lists, both in document order, and point `mentionAt` at the result.
        var merged: [MentionRef] = []
        merged.reserveCapacity(mentions.count + added.count)
        var i = 0, j = 0
        while i < mentions.count || j < added.count {
            if j == added.count || (i < mentions.count && mentions[i].span < added[j].span) {
                merged.append(mentions[i]); i += 1
            } else {
                merged.append(added[j]); j += 1
            }
        }
        mentions = merged
        for k in mentionAt.indices { mentionAt[k] = -1 }
        for (n, m) in mentions.enumerated() {
            for k in m.tokens where mentionAt[k] < 0 { mentionAt[k] = Int32(n) }
        }
    }

    /// Whether a name stands right after a description, or after من (ميليشيات الحوثي، متشددون من
    /// تنظيم داعش، مسلحي ميليشيات الحوثيين): the description is its head.
    private func namesFollow(_ end: Int) -> Bool {
        var k = end
        if k < tokenCount, forms.whole(k) == Words.min { k += 1 }
        if k < tokenCount, word(.actorHead, at: k) != nil { k += 1 }
        guard k < tokenCount, let m = mention(at: k) else { return false }
        let type = entities[m.entity].type
        return type == .organization || type == .person
    }

    /// The country of the place named nearest to token `t` in its sentence: a place (city,
    /// region), or a country named as a place (after في or ب: «في اليمن», «بسوريا»). A country
    /// named otherwise is more often a side (مفاوضات قادتها روسيا مع الفصائل).
    private func placeCountry(near t: Int) -> String? {
        let sentence = sentenceTokens(of: t)
        var best: (distance: Int, country: String)? = nil
        for m in mentions where m.tokens.lowerBound >= sentence.lowerBound && m.tokens.lowerBound < sentence.upperBound {
            let e = entities[m.entity]
            guard e.type == .location || (e.type == .gpe && namedAsPlace(m)), let c = e.country else { continue }
            let d = abs(m.tokens.lowerBound - t)
            if best == nil || d < best!.distance { best = (d, c) }
        }
        return best?.country
    }

    /// Whether a mention follows في, or carries ب: the name of a place, not of a side.
    private func namedAsPlace(_ m: MentionRef) -> Bool {
        let k = m.tokens.lowerBound
        if k > 0, forms.whole(k - 1) == Words.fi { return true }
        let token = document.tokens[k]
        var i = token.start
        while i < m.span.start {
            if document.scalars[i] == "ب" { return true }
            i += 1
        }
        return false
    }

    /// The country the report is about: the mentions of its places count twice, those of its
    /// GPE once (a country named is often a side, a city or region named is where things happen).
    private func mainCountry() -> String? {
        var count: [String: Int] = [:]
        var first: [String: Int] = [:]
        for (i, e) in entities.enumerated() where e.type == .gpe || e.type == .location {
            guard let c = e.country else { continue }
            count[c, default: 0] += e.mentions.count * (e.type == .location ? 2 : 1)
            if first[c] == nil { first[c] = i }
        }
        return count.max { a, b in a.value != b.value ? a.value < b.value : first[a.key]! > first[b.key]! }?.key
    }

    /// The number of scalars of the proclitics before the word read in `form` (و ف ب ل ك; for لل
    /// one ل), diacritics on them included.
    func procliticLength(_ t: Int, _ form: FormKind) -> Int {
        var letters = (form.contains(.conjunction) ? 1 : 0) + (form.contains(.preposition) ? 1 : 0)
        let token = document.tokens[t]
        var i = token.start
        while i < token.end, letters > 0 || ArabicScalar.isDiacritic(document.scalars[i].value) {
            if !ArabicScalar.isDiacritic(document.scalars[i].value) { letters -= 1 }
            i += 1
        }
        return i - token.start
    }
}

extension DocumentView {
    /// The sides of an event or agreement as the contract writes them: entity ids, and agents for
    /// the descriptions and for the groups of named leaders (`affiliations.tsv`), each once.
    /// - Parameter read: where each side was read, for the agents' spans.
    func sides(_ list: [Int], read: [Int: Range<Int>]) -> (ids: [String], agents: [Agent]) {
        var ids: [String] = []
        var agents: [Agent] = []
        func add(_ a: Agent) {
            if !agents.contains(where: { $0.cameo == a.cameo && $0.label == a.label }) { agents.append(a) }
        }
        for e in list {
            let tokens = read[e] ?? 0 ..< 0
            if isAgent(e) {
                add(agent(e, at: tokens))
                continue
            }
            if !ids.contains(entities[e].id) { ids.append(entities[e].id) }
            if let group = affiliation(of: e, at: tokens) { add(group) }
        }
        return (ids, agents)
    }
}
