import Foundation
import MarsadCore
import MarsadText

/// The analysis of one document: mutable state that lives for one call of
/// ``EntityExtractor/analyze(_:)`` and is never shared.
///
/// Steps, in order (docs/ENTITIES.md, "Design"):
/// 1. readings of every token and the lexicon scan (names; titles, adjectives, reference words);
/// 2. names resolved to records (context, priorities, the document's own outlet left out);
/// 3. title patterns: people with roles and affiliations;
/// 4. people found again: full names and surnames anywhere in the text;
/// 5. counterparts and inherited affiliations; links of unknown people to the actor dictionary;
/// 6. phrases of the statistical tagger that nothing else explains;
/// 7. entities in order of first mention, references and metonyms.
struct EntityRun {
    let lexicons: EntityLexicons
    let document: Document
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let readings: TokenReadings
    var names: [PhraseMatch] = []
    var others: [PhraseMatch] = []
    var mentions: [MentionDraft] = []
    var persons: [PersonDraft] = []
    var personOfRecord: [Int32: Int] = [:]
    /// Names no lexicon knows (places after a class noun, tagger phrases), and their index by key.
    var phrases: [PhraseDraft] = []
    var phraseIndex: [String: Int] = [:]
    /// The mention covering each token, if any.
    var mentionAt: [Int32]
    /// Tokens that must not become mentions: the dateline, the document's own outlet.
    var blocked: [Bool]
    /// The other match (title, adjective, reference word) starting at each token, or -1.
    var otherStart: [Int32]
    var adjectives: [NationalityAdjective] = []
    /// Reference words with the token where they stand.
    var referenceWords: [(span: Span, token: Int, kind: ReferenceKind, person: Int?)] = []
    /// How often each country is named (``countryEvidence()``), and the country the article is
    /// mostly about, computed once after the scan.
    var evidence: [Int32] = []
    var dominant: String?
    /// Counterpart word token → the official whose counterpart is named.
    var counterpartLinks: [Int: Int] = [:]
    /// People merged into another draft (linked to the same actor).
    var personAlias: [Int: Int] = [:]

    init(lexicons: EntityLexicons, document: Document) {
        self.lexicons = lexicons
        self.document = document
        self.tokens = document.tokens
        self.scalars = document.scalars
        self.readings = TokenReadings(tokens: document.tokens, scalars: document.scalars, trie: lexicons.trie,
                                      folder: lexicons.folder)
        self.mentionAt = Array(repeating: -1, count: document.tokens.count)
        self.otherStart = Array(repeating: -1, count: document.tokens.count)
        self.blocked = Array(repeating: false, count: document.tokens.count)
    }

    mutating func run(tagger: (any TokenTagger)?) -> EntityAnalysis {
        let found = LexiconScanner(lexicons: lexicons).scan(tokens: tokens, scalars: scalars, readings: readings)
        others = found.others
        names = withoutNamesCrossingTitles(found.names)
        for (index, other) in others.enumerated() { otherStart[other.tokens.lowerBound] = Int32(index) }
        evidence = countryEvidence()
        dominant = dominantCountry()
        resolveNames()
        extendStateNames()
        collectAdjectives()
        readPlaces()
        readBareInstitutions()
        readSpeakerNames()
        readTitles()
        readSubjectNames()
        readGivenNamePairs()
        readRegimeSurnames()
        if let tagger { addTaggerPhrases(tagger) }
        linkUnknownPeople()
        mergePeopleNamedBySurname()
        findNamesAgain()
        readIncumbentSurnamesAlone()
        readTitles(linkOnly: true)
        resolveCounterparts()
        affiliateUnknownPeople()
        return assemble()
    }

    /// The names, less national bodies that start inside a title and run past its end: in «وزيرة
    /// الدفاع الألمانية» the words الدفاع الألمانية read as the ministry (الدفاع + a feminine nisba)
    /// cross the title وزيرة الدفاع, which is what the words are. A name nested in a title (مبعوث
    /// الأمم المتحدة) is kept.
    func withoutNamesCrossingTitles(_ names: [PhraseMatch]) -> [PhraseMatch] {
        var titleEnd: [Int32] = []
        for other in others where other.tokens.count > 1 {
            let it = hits(other)
            // A title that names the body it speaks for (المتحدث باسم وزارة الخارجية) leaves the
            // body to be a name; a title of office (وزيرة الدفاع) is the words themselves.
            guard it.contains(where: { hit in
                if case .title(let t) = hit { !lexicons.titles[Int(t)].speaksForBody } else { false }
            }) else { continue }
            if titleEnd.isEmpty { titleEnd = Array(repeating: 0, count: tokens.count) }
            for t in other.tokens.dropFirst() { titleEnd[t] = max(titleEnd[t], Int32(other.tokens.upperBound)) }
        }
        if titleEnd.isEmpty { return names }
        return names.filter { name in
            let end = titleEnd[name.tokens.lowerBound]
            guard end != 0, name.tokens.upperBound > Int(end) else { return true }
            // Only a national body read from a head and a nisba yields (رئيس الجمهورية اليمنية
            // keeps the country, whose formal name crosses the title رئيس الجمهورية).
            return !hits(name).contains { hit in
                if case .name(let n) = hit { lexicons.records[Int(n.record)].origin == .institution } else { false }
            }
        }
    }

    // MARK: - Mentions

    /// Adds a mention unless one of its tokens is taken.
    @discardableResult
    mutating func addMention(_ span: Span, tokens range: Range<Int>, target: MentionTarget, origin: MentionOrigin) -> Bool {
        guard !range.isEmpty, !span.isEmpty, range.allSatisfy({ mentionAt[$0] < 0 }) else { return false }
        let index = Int32(mentions.count)
        mentions.append(MentionDraft(span: span, tokens: range, target: target, origin: origin))
        for t in range { mentionAt[t] = index }
        return true
    }

    /// The mention starting at token `t`, if any.
    func mention(startingAt t: Int) -> MentionDraft? {
        guard t >= 0, t < tokens.count, mentionAt[t] >= 0 else { return nil }
        let m = mentions[Int(mentionAt[t])]
        return m.tokens.lowerBound == t ? m : nil
    }

    /// The mention ending at token `t` (inclusive), if any.
    func mention(endingAt t: Int) -> MentionDraft? {
        guard t >= 0, t < tokens.count, mentionAt[t] >= 0 else { return nil }
        let m = mentions[Int(mentionAt[t])]
        return m.tokens.upperBound == t + 1 ? m : nil
    }

    /// The hits of a match, of its family, without allocating.
    func hits(_ match: PhraseMatch) -> MatchHits {
        MatchHits(payloads: match.isPrefix ? [] : lexicons.trie.payloads(at: match.node), all: lexicons.hits, isName: match.isName)
    }

    /// The index of the other match starting at token `t`, if any.
    func otherAt(_ t: Int) -> Int? { otherStart[t] >= 0 ? Int(otherStart[t]) : nil }

    /// The record of a mention target, if it is one.
    func record(of target: MentionTarget) -> LexiconRecord? {
        switch target {
        case .record(let r): return lexicons.records[Int(r)]
        case .person(let p): return persons[p].record.map { lexicons.records[Int($0)] }
        case .phrase: return nil
        }
    }

    // MARK: - Tokens

    /// Whether token `t` is the comma ، or ,.
    func isComma(_ t: Int) -> Bool {
        guard t >= 0, t < tokens.count, tokens[t].kind == .punctuation else { return false }
        let s = scalars[tokens[t].start]
        return s == "،" || s == ","
    }

    /// The whole-word hash of token `t`.
    func hash(_ t: Int) -> UInt64 { readings.whole(t).hash }

    /// The hash of token `t` without a leading و/ف, if it has one.
    func hashWithoutConjunction(_ t: Int) -> UInt64? { withoutConjunction(t)?.hash }

    /// The reading of token `t` without a leading و/ف, if it has one.
    func withoutConjunction(_ t: Int) -> TokenReading? { readings.withoutConjunction(t, tokenStart: scalars[tokens[t].start]) }

    /// The flags of token `t`'s whole word.
    func flags(_ t: Int) -> WordFlags { flags(of: readings.whole(t)) }

    /// All the flags of a reading: the trie's and those read on demand (stop words, name parts).
    func flags(of reading: TokenReading) -> WordFlags { reading.flags.union(lexicons.lazyFlags(reading.hash)) }

    /// Whether token `t` is a stop word, whole or without a leading و/ف.
    func isStopword(_ t: Int) -> Bool {
        flags(t).contains(.stopword) || withoutConjunction(t).map { flags(of: $0).contains(.stopword) } == true
    }

    /// The index of the sentence containing token `t`.
    func sentence(of t: Int) -> Int? { document.sentenceIndex(containing: tokens[t].start) }
}
