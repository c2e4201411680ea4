import MarsadCore
import MarsadText

extension EntityRun {
    /// Follows merges of people to the draft that stays.
    func resolved(_ target: MentionTarget) -> MentionTarget {
        guard case .person(var p) = target else { return target }
        var seen: Set<Int> = []
        while let next = personAlias[p], !seen.contains(next) {
            seen.insert(p)
            p = next
        }
        return .person(p)
    }

    /// Entities in order of first mention (e1, e2, …), with references and metonyms.
    func assemble() -> EntityAnalysis {
        let sorted = mentions.filter { !$0.tokens.isEmpty }.sorted { $0.span < $1.span }
        var order: [MentionTarget] = []
        var spans: [MentionTarget: [Span]] = [:]
        for m in sorted where !m.tokens.isEmpty {
            let key = resolved(m.target)
            if spans[key] == nil { order.append(key) }
            spans[key, default: []].append(m.span)
        }
        var ids: [MentionTarget: String] = [:]
        var entities: [Entity] = []
        for (index, key) in order.enumerated() {
            let id = "e\(index + 1)"
            ids[key] = id
            entities.append(entity(key, id: id, mentions: spans[key]!))
        }
        var analysis = EntityAnalysis(entities: entities, nationalityAdjectives: adjectives)
        analysis.references = references(sorted: sorted, ids: ids)
        analysis.metonyms = metonyms(ids: ids)
        return analysis
    }

    func entity(_ key: MentionTarget, id: String, mentions: [Span]) -> Entity {
        switch key {
        case .record(let r):
            let record = lexicons.records[Int(r)]
            return Entity(id: id, type: record.type, name: record.nameEn, nameAr: record.nameAr, country: record.country,
                          cameo: record.cameo, mentions: mentions)
        case .person(let p):
            let person = persons[p]
            let record = person.record.map { lexicons.records[Int($0)] }
            let cameo = record?.cameo ?? person.cameo
            // An official of an international body acts for it, not for a country (docs/ANNOTATION.md:
            // Guterres, Ghassan Salamé have no country).
            let country = cameo?.hasPrefix("IGO") == true ? nil : record?.country ?? person.country
            // An office written without a country is held for the person's own.
            let roles = person.roles.map { role in
                role.of != nil || country == nil ? role : Role(title: role.title, titleEn: role.titleEn, of: country)
            }
            return Entity(id: id, type: .person, name: record?.nameEn ?? person.nameAr, nameAr: record?.nameAr ?? person.nameAr,
                          country: country, cameo: cameo, roles: roles.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                          mentions: mentions)
        case .phrase(let k):
            let phrase = phrases[k]
            return Entity(id: id, type: phrase.type, name: phrase.nameEn ?? phrase.nameAr, nameAr: phrase.nameAr, country: phrase.country,
                          cameo: phrase.cameo, mentions: mentions)
        }
    }

    /// Resolves reference words: the counterpart and its official, the subject of بدوره, the
    /// region of الإقليم, the capital of العاصمة.
    func references(sorted: [MentionDraft], ids: [MentionTarget: String]) -> [EntityReference] {
        func id(_ m: MentionDraft) -> String? { ids[resolved(m.target)] }
        func isActor(_ m: MentionDraft) -> Bool {
            if case .person = m.target { return true }
            return record(of: m.target)?.type == .organization
        }
        var result: [EntityReference] = []
        for word in referenceWords {
            var reference = EntityReference(span: word.span, kind: word.kind, entity: nil)
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid].span.start < word.span.start { lo = mid + 1 } else { hi = mid }
            }
            let before = sorted[..<lo]
            switch word.kind {
            case .counterpart:
                reference.entity = word.person.flatMap { ids[resolved(.person($0))] }
                reference.antecedent = counterpartLinks[word.token].flatMap { ids[resolved(.person($0))] }
            case .selfReference:
                // «بدوره، أكد بيراموف»: the subject named right after; else the last one before.
                let sentence = sentence(of: word.token)
                let after = sorted[lo...].prefix { $0.tokens.lowerBound - word.token <= 6 }.first {
                    $0.span.start >= word.span.end && isActor($0) && self.sentence(of: $0.tokens.lowerBound) == sentence }
                reference.entity = (after ?? before.last(where: isActor)).flatMap(id)
            case .regionAnaphor:
                let region = before.last { record(of: $0.target)?.kind == "region" && record(of: $0.target)?.type == .location }
                    ?? before.last { record(of: $0.target)?.type == .location }
                reference.entity = region.flatMap(id)
            case .capitalAnaphor:
                reference.entity = before.last { record(of: $0.target)?.isCapital == true }.flatMap(id)
            }
            result.append(reference)
        }
        return result
    }

    /// Capitals standing for their governments: «وأعلنت موسكو», «موسكو تتهم».
    func metonyms(ids: [MentionTarget: String]) -> [Metonym] {
        var result: [Metonym] = []
        for m in mentions {
            guard let record = record(of: m.target), record.isCapital, let country = record.country,
                  let id = ids[resolved(m.target)] else { continue }
            let first = m.tokens.lowerBound
            let verbBefore = first > 0 && isSubjectVerb(first - 1)
            let startsSentence = sentence(of: first).map { document.sentences[$0].start >= tokens[max(first - 1, 0)].end || first == 0 } ?? false
            let verbAfter = m.tokens.upperBound < tokens.count && isSubjectVerb(m.tokens.upperBound)
            guard verbBefore || (startsSentence && verbAfter) else { continue }
            let cameo = (lexicons.countries[country]?.cameo ?? country) + "GOV"
            result.append(Metonym(mention: m.span, entity: id, country: country, cameo: cameo))
        }
        return result.sorted { $0.mention < $1.mention }
    }

    /// Whether token `t` is a verb of saying or acting, with or without و/ف.
    func isSubjectVerb(_ t: Int) -> Bool {
        flags(t).contains(.subjectVerb) || withoutConjunction(t).map { flags(of: $0).contains(.subjectVerb) } == true
    }
}
