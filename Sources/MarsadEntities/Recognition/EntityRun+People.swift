import MarsadCore
import MarsadText

/// People found again: every full name and surname of a person of the document, anywhere in the
/// text (the title line too, before the full name), then counterparts and inherited affiliations.
extension EntityRun {
    /// A name to look for again: hashes of its folded words, and what it names.
    struct NamePattern {
        var words: [UInt64]
        var target: MentionTarget
        /// A surname or a short form: shared by two targets, it goes to the nearest.
        var isShort: Bool
    }

    /// The surnames of a person: the actor dictionary's, or derived from the name read.
    func surnames(of p: Int) -> [[[UInt32]]] {
        if let r = persons[p].record { return lexicons.surnames[r] ?? [] }
        // «بدر بن عبدالله»: a patronymic (بن + the father's name) read from the text is no surname
        // («ماجد بن عبدالله القصبي» is another man).
        return persons[p].spellings.compactMap { lexicons.nameParts.surname(of: $0) }
            .filter { !lexicons.nameParts.nasab.contains($0[0]) }
    }

    /// The names of this document to look for everywhere: people's full names and surnames,
    /// places read after a class noun, and short forms of organizations.
    func documentNames() -> [NamePattern] {
        func hashes(_ words: [[UInt32]]) -> [UInt64] { words.map { WordFolder.hash($0[...]) } }
        var patterns: [NamePattern] = []
        for p in persons.indices {
            let target = resolved(.person(p))
            // «أحمد أبوزيد … وأردف أبو زيد»: a name with أبو is found again joined or spaced.
            for spelling in persons[p].spellings {
                patterns.append(NamePattern(words: hashes(spelling), target: target, isShort: false))
                if let other = lexicons.nameParts.abuVariant(of: spelling) {
                    patterns.append(NamePattern(words: hashes(other), target: target, isShort: false))
                }
            }
            for surname in surnames(of: p) {
                patterns.append(NamePattern(words: hashes(surname), target: target, isShort: true))
                if let other = lexicons.nameParts.abuVariant(of: surname) {
                    patterns.append(NamePattern(words: hashes(other), target: target, isShort: true))
                }
            }
        }
        for (index, phrase) in phrases.enumerated() where !phrase.words.isEmpty {
            patterns.append(NamePattern(words: hashes(phrase.words), target: .phrase(index), isShort: false))
        }
        patterns += organizationShortForms()
        return patterns
    }

    /// A person read from the text whose whole name is the surname of one other person of the
    /// report, also with أبو joined or spaced, is that person: «وأردف أبو زيد أن» after «المستشار
    /// أحمد أبوزيد» (a speaker's name is read before the titles, so both were people).
    mutating func mergePeopleNamedBySurname() {
        for p in persons.indices where persons[p].record == nil && personAlias[p] == nil {
            let own = Set(persons[p].spellings.flatMap { [$0] + (lexicons.nameParts.abuVariant(of: $0).map { [$0] } ?? []) })
            var bearer: Int? = nil, count = 0
            for q in persons.indices where q != p && personAlias[q] == nil && !persons[q].spellings.contains(where: own.contains) {
                if surnames(of: q).contains(where: own.contains) {
                    bearer = q
                    count += 1
                }
            }
            guard count == 1, let q = bearer else { continue }
            personAlias[p] = q
            persons[q].roles += persons[p].roles.filter { !persons[q].roles.contains($0) }
        }
    }

    /// Finds the document's names again, on tokens no mention covers yet (a surname may also
    /// take a one-word place: ليون is León when برناردينو ليون is in the article).
    mutating func findNamesAgain() {
        let found = documentNames()
        guard !found.isEmpty else { return }
        // Longest first (ties in order); a 1,024-bit filter on first words rejects most tokens at once.
        let patterns = found.indices.sorted { (found[$0].words.count, $1) > (found[$1].words.count, $0) }.map { found[$0] }
        var filter = [UInt64](repeating: 0, count: 16)
        for pattern in patterns { filter[Int(pattern.words[0] >> 60)] |= 1 << ((pattern.words[0] >> 54) & 63) }
        // Short forms shared by several targets go to the nearest one named in full.
        var sharing: [[Int]] = Array(repeating: [], count: patterns.count)
        for i in patterns.indices where patterns[i].isShort {
            for j in patterns.indices where j != i && patterns[j].isShort && patterns[j].words == patterns[i].words
                && patterns[j].target != patterns[i].target {
                sharing[i].append(j)
            }
        }
        var t = 0
        while t < tokens.count {
            guard tokens[t].kind == .word || tokens[t].kind == .number else { t += 1; continue }
            var advanced = false
            readingLoop: for r in readings.indices(of: t) {
                let reading = readings.readings[r]
                let h = reading.hash
                guard filter[Int(h >> 60)] & (1 << ((h >> 54) & 63)) != 0 else { continue }
                for (index, pattern) in patterns.enumerated() where pattern.words[0] == h {
                    let end = t + pattern.words.count
                    guard end <= tokens.count else { continue }
                    var ok = true
                    for k in 0 ..< pattern.words.count {
                        // Blocked tokens (the dateline, a common noun: القاعدة العسكرية) are no mention.
                        if (k > 0 && hash(t + k) != pattern.words[k]) || blocked[t + k] { ok = false; break }
                        if mentionAt[t + k] >= 0, !(pattern.words.count == 1 && isReplaceablePlace(t + k) && isActor(pattern.target)) {
                            ok = false
                            break
                        }
                    }
                    guard ok else { continue }
                    var target = pattern.target
                    if !sharing[index].isEmpty {
                        target = nearest(of: [pattern.target] + sharing[index].map { patterns[$0].target }, to: t)
                    }
                    if mentionAt[t] >= 0 { removeMention(Int(mentionAt[t])) }
                    let span = Span(start: Int(reading.start), end: tokens[end - 1].end)
                    if addMention(span, tokens: t ..< end, target: target, origin: .nameRepeat) {
                        t = end
                        advanced = true
                        break readingLoop
                    }
                }
            }
            if !advanced { t += 1 }
        }
    }

    /// Whether a target is a person of the actor dictionary.
    func isActor(_ target: MentionTarget) -> Bool {
        if case .person(let p) = target { return persons[p].record != nil }
        return false
    }

    /// Whether token `t` is exactly a one-word place mention (ليون), which a person's surname
    /// may take over.
    func isReplaceablePlace(_ t: Int) -> Bool {
        guard mentionAt[t] >= 0 else { return false }
        let m = mentions[Int(mentionAt[t])]
        return m.tokens == t ..< t + 1 && record(of: m.target)?.type == .location
    }

    /// Drops a mention (its draft stays, emptied).
    mutating func removeMention(_ index: Int) {
        for t in mentions[index].tokens { mentionAt[t] = -1 }
        mentions[index].tokens = 0 ..< 0
    }

    /// Of targets sharing a surname, the one named in full most often before token `t`, then the
    /// one named first («الرئيس بشار الأسد الذي خلف والده حافظ الأسد … وتعهد الأسد»: Bashar).
    func nearest(of targets: [MentionTarget], to t: Int) -> MentionTarget {
        var count: [MentionTarget: Int] = [:], first: [MentionTarget: Int] = [:]
        for m in mentions where !m.tokens.isEmpty && m.origin != .nameRepeat {
            let target = resolved(m.target)
            guard targets.contains(target) else { continue }
            if m.tokens.lowerBound < t { count[target, default: 0] += 1 }
            first[target] = min(first[target] ?? Int.max, m.tokens.lowerBound)
        }
        return targets.min { a, b in
            (-(count[a] ?? 0), first[a] ?? Int.max) < (-(count[b] ?? 0), first[b] ?? Int.max)
        } ?? targets[0]
    }

    /// Counterparts take the office of the official named before them; officials without an
    /// affiliation take that of the official named right before them.
    mutating func resolveCounterparts() {
        for p in persons.indices {
            guard let at = persons[p].counterpartAt else { continue }
            var antecedent: Int?
            for m in mentions.sorted(by: { $0.span.start > $1.span.start }) where m.tokens.upperBound <= at {
                if case .person(let other) = m.target, other != p { antecedent = other; break }
            }
            guard let a = antecedent else { continue }
            if let index = referenceWords.firstIndex(where: { $0.token == at }) { referenceWords[index].person = p }
            counterpartLinks[at] = a
            if let office = persons[a].roles.first {
                let role = Role(title: office.title, titleEn: office.titleEn, of: persons[p].country)
                if !persons[p].roles.contains(role) { persons[p].roles.append(role) }
                if persons[p].record == nil, let country = persons[p].country, persons[p].cameo == nil {
                    let base = lexicons.countries[country]?.cameo ?? country
                    let agent = persons[a].cameo.map { String($0.dropFirst(min(3, $0.count))) } ?? "GOV"
                    persons[p].cameo = base + agent
                }
            }
        }
        for p in persons.indices {
            var seen: Set<Int> = [p]
            var source = persons[p].inheritsFrom
            while let s = source, !seen.contains(s), !persons[p].affiliated {
                seen.insert(s)
                if persons[s].affiliated || persons[s].record != nil {
                    persons[p].country = persons[s].country
                    persons[p].affiliated = true
                    if let country = persons[s].country {
                        let base = lexicons.countries[country]?.cameo ?? country
                        persons[p].cameo = base + "GOV"
                        for index in persons[p].roles.indices where persons[p].roles[index].of == nil {
                            persons[p].roles[index].of = country
                        }
                    }
                }
                source = persons[s].inheritsFrom
            }
        }
    }
}
