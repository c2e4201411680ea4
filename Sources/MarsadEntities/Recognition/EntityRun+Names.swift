import MarsadCore
import MarsadText

extension EntityRun {
    /// Turns name matches into mentions: picks the record of an ambiguous surface, drops the
    /// dateline and the document's own outlet, and keeps leading titles and class nouns out of
    /// the span.
    mutating func resolveNames() {
        let evidence = countryEvidence()
        let ownOutlets = Set(document.metadata.outlets.flatMap { [Self.outletKey($0.nameEn ?? ""), Self.outletKey($0.name)] })
        let dateline = document.metadata.dateline
        let dominant = dominantCountry()
        for match in names {
            if let dateline, dateline.overlaps(match.span) { continue }
            if isInsideLongerTitle(match) { continue }
            if let node = match.prefixNode {
                resolveTruncatedName(match, node: node, dominant: dominant)
                continue
            }
            var options: [(record: Int32, trim: Int8, priority: Int8, inContext: Bool)] = []
            var mediaContext: Bool?
            let endsWithHeh = readings.endsWithHeh[match.tokens.upperBound - 1]
            for h in match.hits {
                guard case let .name(hit) = lexicons.hits[Int(h)] else { continue }
                if hit.endsInTehMarbuta, endsWithHeh { continue }
                let (record, trim, priority, needsContext) = (hit.record, hit.trim, hit.priority, hit.needsContext)
                if needsContext || lexicons.records[Int(record)].origin == .outlet {
                    if mediaContext == nil { mediaContext = hasMediaContext(match) }
                    if needsContext, mediaContext == false { continue }
                    options.append((record, trim, priority, mediaContext == true))
                } else {
                    options.append((record, trim, priority, false))
                }
            }
            guard !options.isEmpty else { continue }
            // An outlet in its media context (ل"الرياض", قناة "الحدث") wins over a place.
            let contextual = options.filter(\.inContext)
            let pool = contextual.isEmpty ? options : contextual
            let top = pool.map(\.priority).max()!
            let best = pool.filter { $0.priority == top }.max { a, b in
                evidence[lexicons.records[Int(a.record)].country ?? "", default: 0]
                    < evidence[lexicons.records[Int(b.record)].country ?? "", default: 0]
            }!
            let record = lexicons.records[Int(best.record)]
            if record.origin == .outlet, ownOutlets.contains(Self.outletKey(record.nameEn)) { continue }
            let first = advance(words: Int(best.trim), from: match.tokens.lowerBound)
            var span = best.trim == 0 ? match.span : Span(start: tokens[first].start, end: match.span.end)
            var end = match.tokens.upperBound
            let target: MentionTarget
            if record.type == .person {
                target = .person(person(forRecord: best.record))
                end = nameExtension(after: end)
                span.end = tokens[end - 1].end
            } else {
                target = .record(best.record)
            }
            addMention(span, tokens: first ..< end, target: target, origin: .lexicon)
        }
    }

    /// A truncated name: «حركة الجهاد» (a group's class noun, one organization continues it) or
    /// «بعثة الأمم المتحدة» (several do; the one named with the article's country: في ليبيا).
    mutating func resolveTruncatedName(_ match: PhraseMatch, node: Int32, dominant: String?) {
        let below = lexicons.trie.records(below: node)
        guard below.count <= PhraseTrie.maxRecordsBelow else { return }
        let first = match.tokens.lowerBound
        let groupNoun = readings.of(first).contains { lexicons.classNouns[$0.hash] == "group" }
        var chosen: Int32?
        var trim = 0
        if groupNoun, below.count == 1 {
            chosen = below[0]
            trim = 1
        } else if let dominant, let country = lexicons.countries[dominant] {
            let named = below.filter { lexicons.records[Int($0)].nameAr.contains(country.nameAr) }
            if named.count == 1 { chosen = named[0] }
        }
        guard let r = chosen, lexicons.records[Int(r)].type == .organization else { return }
        let start = advance(words: trim, from: first)
        let span = trim == 0 ? match.span : Span(start: tokens[start].start, end: match.span.end)
        addMention(span, tokens: start ..< match.tokens.upperBound, target: .record(r), origin: .lexicon)
    }

    /// The token `n` words after `t`, skipping a hashtag's underscores (#حركة_حماس).
    func advance(words n: Int, from t: Int) -> Int {
        var k = t
        for _ in 0 ..< n {
            k += 1
            if k < tokens.count, LexiconScanner.isHashtagJoint(tokens, k, scalars) { k += 1 }
        }
        return k
    }

    /// The end of a person's name extended by a family name or a patronymic written after it
    /// (سلمان بن عبدالعزيز + آل سعود).
    func nameExtension(after end: Int) -> Int {
        var e = end
        while e + 1 < tokens.count, tokens[e].kind == .word, tokens[e + 1].kind == .word,
              mentionAt[e] < 0, mentionAt[e + 1] < 0, tokens[e].start - tokens[e - 1].end == 1 {
            let w = folded(e)
            guard w == lexicons.nameParts.family || lexicons.nameParts.nasab.contains(w) else { break }
            var next = e + 2
            // بن عبد العزيز: the particle's word may itself be a compound.
            if lexicons.nameParts.binding.contains(folded(e + 1)), next < tokens.count, tokens[next].kind == .word, mentionAt[next] < 0 {
                next += 1
            }
            e = next
        }
        return e
    }

    /// Whether a title starts at the name's first token and goes further (القائم بأعمال وزير
    /// الخارجية: not the town القائم).
    func isInsideLongerTitle(_ match: PhraseMatch) -> Bool {
        guard let index = otherAt[match.tokens.lowerBound] else { return false }
        let other = others[index]
        guard other.tokens.upperBound > match.tokens.upperBound else { return false }
        return other.hits.contains { if case .title = lexicons.hits[Int($0)] { return true } else { return false } }
    }

    /// The person draft of an actor record, created on first use.
    mutating func person(forRecord record: Int32) -> Int {
        if let p = personOfRecord[record] { return p }
        let r = lexicons.records[Int(record)]
        let p = persons.count
        persons.append(PersonDraft(record: record, spellings: [], nameAr: r.nameAr, country: r.country, cameo: r.cameo,
                                   affiliated: r.country != nil))
        personOfRecord[record] = p
        return p
    }

    /// How often each country is named or its nationality given: it picks between places of one
    /// name (طرابلس in Libya or in Lebanon).
    func countryEvidence() -> [String: Int] {
        var evidence: [String: Int] = [:]
        for match in names {
            for h in match.hits {
                if case let .name(hit) = lexicons.hits[Int(h)] {
                    let r = lexicons.records[Int(hit.record)]
                    if r.type == .gpe, let c = r.country { evidence[c, default: 0] += 2 }
                }
            }
        }
        for match in others {
            for h in match.hits {
                if case let .nationality(country, _) = lexicons.hits[Int(h)] { evidence[country, default: 0] += 1 }
            }
        }
        return evidence
    }

    /// Whether a name stands in quotation marks or right after a media noun (صحيفة، قناة).
    func hasMediaContext(_ match: PhraseMatch) -> Bool {
        let first = match.tokens.lowerBound, last = match.tokens.upperBound - 1
        func isQuote(_ t: Int) -> Bool {
            guard t >= 0, t < tokens.count, tokens[t].kind == .punctuation else { return false }
            return "\"«»“”'".unicodeScalars.contains(scalars[tokens[t].start])
        }
        if isQuote(first - 1), isQuote(last + 1) { return true }
        let before = isQuote(first - 1) ? first - 2 : first - 1
        guard before >= 0 else { return false }
        return readings.of(before).contains { lexicons.classNouns[$0.hash] == "media" }
    }

    /// Nationality adjectives outside names: affiliations, never mentions.
    mutating func collectAdjectives() {
        for match in others where mentionAt[match.tokens.lowerBound] < 0 {
            for h in match.hits {
                if case let .nationality(country, _) = lexicons.hits[Int(h)] {
                    adjectives.append(NationalityAdjective(span: match.span, country: country))
                    break
                }
            }
        }
    }

    /// The nationality adjective starting at token `t`, if any.
    func adjective(at t: Int) -> (country: String, end: Int)? {
        guard let index = otherAt[t], mentionAt[t] < 0 else { return nil }
        let match = others[index]
        for h in match.hits {
            if case let .nationality(country, _) = lexicons.hits[Int(h)] { return (country, match.tokens.upperBound) }
        }
        return nil
    }

    /// A key for comparing outlet names: letters and digits only, lowercased ("Al-Riyadh" = "Al Riyadh").
    static func outletKey(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }
}
