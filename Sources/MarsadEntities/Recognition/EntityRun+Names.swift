import MarsadCore
import MarsadText

extension EntityRun {
    /// Turns name matches into mentions: picks the record of an ambiguous surface, drops the
    /// dateline and the document's own outlet, and keeps leading titles and class nouns out of
    /// the span.
    mutating func resolveNames() {
        var ownOutlets: [String]?
        let dateline = document.metadata.dateline
        if let dateline {
            for t in document.tokenRange(in: dateline) { blocked[t] = true }
        }
        for match in names {
            if let dateline, dateline.overlaps(match.span) { continue }
            if isInsideLongerTitle(match) { continue }
            if match.isPrefix {
                resolveTruncatedName(match, node: match.node, dominant: dominant)
                continue
            }
            if isCommonNounUse(match) {
                for t in match.tokens { blocked[t] = true }
                continue
            }
            guard let best = bestName(match) else { continue }
            let record = lexicons.records[Int(best.record)]
            if record.origin == .outlet {
                let own = ownOutlets ?? document.metadata.outlets.flatMap {
                    [LexiconRecord.outletKey($0.nameEn ?? ""), LexiconRecord.outletKey($0.name)]
                }
                ownOutlets = own
                // A network's Arabic service is the network (CNN Arabic, BBC Arabic, France 24 Arabic).
                if own.contains(where: { $0 == record.outletKey || ($0.hasPrefix(record.outletKey) && !record.outletKey.isEmpty
                        && ["arabic", "arabia"].contains($0.dropFirst(record.outletKey.count))) }) {
                    for t in match.tokens { blocked[t] = true }
                    continue
                }
            }
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

    /// The name hit a match stands for: an outlet in its media context (ل"الرياض"، قناة
    /// "الحدث") first, then the highest priority, then the record of the country named most.
    func bestName(_ match: PhraseMatch) -> NameHit? {
        var best: NameHit?
        var bestInContext = false
        var mediaContext: Bool?
        let endsWithHeh = readings.endsWithHeh[match.tokens.upperBound - 1]
        for hit in hits(match) {
            guard case let .name(hit) = hit, !(hit.endsInTehMarbuta && endsWithHeh) else { continue }
            var inContext = false
            if hit.needsContext || lexicons.records[Int(hit.record)].origin == .outlet {
                if mediaContext == nil { mediaContext = hasMediaContext(match) }
                if hit.needsContext, mediaContext == false { continue }
                inContext = mediaContext == true
            }
            guard let current = best else {
                best = hit
                bestInContext = inContext
                continue
            }
            let types = (lexicons.records[Int(hit.record)].type, lexicons.records[Int(current.record)].type)
            if inContext != bestInContext {
                if inContext { best = hit; bestInContext = true }
            } else if types == (.location, .gpe) || types == (.gpe, .location) {
                // عمان: Amman when Jordan is named more than Oman, else Oman.
                let place = types.0 == .location ? hit : current, country = types.0 == .gpe ? hit : current
                best = evidence(of: place.record) > evidence(of: country.record) ? place : country
            } else if hit.priority != current.priority {
                if hit.priority > current.priority { best = hit }
            } else if evidence(of: hit.record) > evidence(of: current.record) {
                best = hit
            }
        }
        return best
    }

    /// Whether a name that is also a common feminine noun is the noun here: a definite adjective
    /// in ـية follows it («آمر القاعدة البحرية», «القاعدة الجوية الروسية»: a base, not Al-Qaeda).
    func isCommonNounUse(_ match: PhraseMatch) -> Bool {
        let next = match.tokens.upperBound
        guard next < tokens.count, tokens[next].kind == .word, hits(match).contains(where: { $0 == .commonNoun }) else { return false }
        return hasArticle(next) && endsInFeminineNisba(next)
    }

    /// The evidence for the country of a record.
    func evidence(of record: Int32) -> Int32 {
        let c = lexicons.recordCountry[Int(record)]
        return c >= 0 ? evidence[Int(c)] : 0
    }

    /// A truncated name: «حركة الجهاد» (a group's class noun, one organization continues it) or
    /// «بعثة الأمم المتحدة» (several do; the one named with the article's country: في ليبيا).
    mutating func resolveTruncatedName(_ match: PhraseMatch, node: Int32, dominant: String?) {
        let below = lexicons.trie.records(below: node)
        guard below.count <= PhraseTrie.maxRecordsBelow else { return }
        let first = match.tokens.lowerBound
        let groupNoun = readings.first(first, with: .groupNoun) != nil
        var chosen: Int32?
        var trim = 0
        if groupNoun, below.count == 1 {
            chosen = below[0]
            trim = 1
        } else if let dominant, let country = lexicons.countries[dominant] {
            let named = below.filter { lexicons.namedCountry[Int($0)] == country.alpha3 }
            if named.count == 1 { chosen = named[0] }
        }
        guard let r = chosen, lexicons.records[Int(r)].type == .organization else { return }
        let start = advance(words: trim, from: first)
        let span = trim == 0 ? match.span : Span(start: tokens[start].start, end: match.span.end)
        addMention(span, tokens: start ..< match.tokens.upperBound, target: .record(r), origin: .truncated)
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
        guard let index = otherAt(match.tokens.lowerBound) else { return false }
        let other = others[index]
        guard other.tokens.upperBound > match.tokens.upperBound else { return false }
        return hits(other).contains { if case .title = $0 { return true } else { return false } }
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

    /// How often each country is named (2 a name) or its nationality given (1), by country
    /// index: it picks between places of one name (طرابلس in Libya or in Lebanon).
    func countryEvidence() -> [Int32] {
        var evidence = [Int32](repeating: 0, count: lexicons.countryCodes.count)
        for match in names where !match.isPrefix && !lexicons.countryOrPlaceNodes.contains(match.node) {
            for h in lexicons.trie.payloads(at: match.node) where lexicons.hitCountry[Int(h)] >= 0 && lexicons.hits[Int(h)].isName {
                evidence[Int(lexicons.hitCountry[Int(h)])] += lexicons.hitWeight[Int(h)]
            }
        }
        for match in others {
            for h in lexicons.trie.payloads(at: match.node) where lexicons.hitCountry[Int(h)] >= 0 && !lexicons.hits[Int(h)].isName {
                evidence[Int(lexicons.hitCountry[Int(h)])] += lexicons.hitWeight[Int(h)]
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
        // «وكالة الأنباء الإماراتية (وام)»: an abbreviation in parentheses.
        if first > 0, last + 1 < tokens.count, scalars[tokens[first - 1].start] == "(", scalars[tokens[last + 1].start] == ")" { return true }
        let before = isQuote(first - 1) ? first - 2 : first - 1
        guard before >= 0 else { return false }
        // «بحسب وام»: a source after بحسب / حسب. Not a common noun with the article: «حسب البيان»
        // is "according to the statement" (all unquoted ones of the benchmark corpus's first
        // 3,000 reports), «بحسب "البيان"» the newspaper.
        if tokens[before].kind == .word, Self.accordingTo.contains(folded(before)), !hasArticle(first) { return true }
        return readings.first(before, with: .mediaNoun) != nil
    }

    /// بحسب، حسب: «according to» before a source.
    static let accordingTo: [[UInt32]] = [[0x0628, 0x062D, 0x0633, 0x0628], [0x062D, 0x0633, 0x0628]]

    /// «جمهورية إثيوبيا»، «لمملكة البحرين»: a state's class noun before its name is part of the
    /// formal name (docs/ANNOTATION.md: official state names are kept whole; دولة stays outside).
    mutating func extendStateNames() {
        var heads: [UInt64] = []
        for i in mentions.indices {
            let t = mentions[i].tokens.lowerBound
            guard t > 0, mentionAt[t - 1] < 0, otherAt(t - 1) == nil, tokens[t - 1].kind == .word,
                  let r = record(of: mentions[i].target), r.type == .gpe else { continue }
            if heads.isEmpty { heads = Self.stateHeads.map { WordFolder.hash(lexicons.folder.fold($0)[...]) } }
            guard let reading = readings.of(t - 1).first(where: { heads.contains($0.hash) }) else { continue }
            mentions[i].span = Span(start: Int(reading.start), end: mentions[i].span.end)
            mentions[i].tokens = t - 1 ..< mentions[i].tokens.upperBound
            mentionAt[t - 1] = Int32(i)
        }
    }

    static let stateHeads = ["جمهورية", "مملكة", "سلطنة"]

    /// Nationality adjectives outside names: affiliations, never mentions.
    mutating func collectAdjectives() {
        for match in others where mentionAt[match.tokens.lowerBound] < 0 {
            for hit in hits(match) {
                if case let .nationality(country, _) = hit {
                    adjectives.append(NationalityAdjective(span: match.span, country: country))
                    break
                }
            }
        }
    }

    /// The nationality adjective starting at token `t`, if any.
    func adjective(at t: Int) -> (country: String, end: Int)? {
        guard let index = otherAt(t), mentionAt[t] < 0 else { return nil }
        let match = others[index]
        for hit in hits(match) {
            if case let .nationality(country, _) = hit { return (country, match.tokens.upperBound) }
        }
        return nil
    }

}
