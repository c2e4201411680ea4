import Foundation
public import MarsadText

/// Every data file of the events module, loaded once into immutable tables.
///
/// ```swift
/// let lexicon = try EventsLexicon.bundled(normalizer: toolkit.normalizer)
/// let quotes = QuoteExtractor(lexicon: lexicon)
/// ```
/// The files are in `Sources/MarsadEvents/Resources` (TSV, a `source` column on every row):
/// speech-cues, function-words, title-words, event-triggers, cameo-plover, modality-markers, agreement-nouns,
/// provision-cues, mediation-cues, nationality-adjectives, agent-descriptions, agent-labels, affiliations, capitals. Build one lexicon per process and share
/// it: it is `Sendable` and never changes.
public struct EventsLexicon: Sendable {
    let speechCues: PhraseTable<SpeechCue>
    /// The tables of the closed word classes, in `FunctionRole.allCases` order.
    let functionWords: [PhraseTable<FunctionRole>]
    /// For every first word of a closed-class entry, the bits of its roles.
    let roleBits: HashIndex
    /// The first words of the speech cues, triggers, agreement nouns, descriptions of unnamed
    /// sides, closed word classes, nationality adjectives and modality markers, in one filter (``DocumentView/tokenStarts(forms:from:lexicon:)``).
    private(set) var startFilter = StartFilter([])
    let triggers: PhraseTable<EventTrigger>
    /// CAMEO codes by code ("042").
    public let cameoCodes: [String: CameoCode]
    let modality: PhraseTable<ModalityMarker>
    let agreementNouns: PhraseTable<AgreementNoun>
    let provisions: PhraseTable<String>
    let mediation: PhraseTable<String>
    /// Nationality adjectives → alpha-3.
    let nationalities: PhraseTable<Nationality>
    /// Descriptions of unnamed sides, their labels, and leaders' groups.
    let agents: AgentTables
    /// Capitals as "English name|alpha-3" (`capitals.tsv`): a capital named as a side stands for
    /// its government («دعت موسكو»).
    var capitals: Set<String> = []
    /// The trigger of the `obliged` rows (يجب على، إن على), for «"على X أن …"» opening a quotation,
    /// which the phrase table cannot read across the mark.
    var obliged: EventTrigger? = nil
    /// Hashes of the normalized prepositions of every trigger's `target` column, and more.
    let normalizer: ArabicNormalizer

    /// Loads the bundled data files.
    /// - Throws: ``EventsError`` naming the file (and line) that is missing or malformed.
    public static func bundled(normalizer: ArabicNormalizer = ArabicNormalizer(options: .matching)) throws(EventsError) -> EventsLexicon {
        func rows(_ name: String, _ columns: [String]) throws(EventsError) -> [TSVReader.Row] {
            guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
                ?? Bundle.module.url(forResource: name, withExtension: nil),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { throw EventsError.missingResource(name) }
            do {
                let reader = try TSVReader(text: text, file: name, requiredColumns: columns + ["source"])
                for row in reader.rows where row["source"].isEmpty {
                    throw EventsError.malformedResource(file: name, line: row.line, reason: "the `source` field is empty")
                }
                return reader.rows
            } catch let error as EventsError {
                throw error
            } catch let TextError.malformedResource(file, line, reason) {
                throw EventsError.malformedResource(file: file, line: line, reason: reason)
            } catch {
                throw EventsError.malformedResource(file: name, line: 0, reason: "\(error)")
            }
        }
        func bad(_ file: String, _ row: TSVReader.Row, _ reason: String) -> EventsError {
            .malformedResource(file: file, line: row.line, reason: reason)
        }

        var cues: [(String, SpeechCue)] = []
        for row in try rows("speech-cues.tsv", ["cue", "lemma", "kind", "quotes"]) {
            guard let kind = SpeechCue.Kind(rawValue: row["kind"]), let scope = SpeechCue.Scope(rawValue: row["quotes"]) else {
                throw bad("speech-cues.tsv", row, "unknown kind `\(row["kind"])` or quotes `\(row["quotes"])`")
            }
            let first = normalizer.key(row["cue"]).unicodeScalars.first?.value
            let present = (kind == .verb || kind == .announce) && (first == 0x064A || first == 0x062A)
            let opinion: SpeechCue.Opinion? = row["lemma"] == "رأى" ? .view : row["lemma"] == "أقر" ? .admission : nil
            let agreement = SpeechCue.agreement(of: normalizer.key(row["cue"]), lemma: normalizer.key(row["lemma"]), kind: kind)
            cues.append((row["cue"], SpeechCue(lemma: row["lemma"], kind: kind, scope: scope, isPresent: present, opinion: opinion,
                                               isNoun: row["lemma"].hasPrefix("تأكيد"), isManner: row["lemma"] == "القول",
                                               agreement: agreement)))
        }

        var byRole: [FunctionRole: [(String, FunctionRole)]] = [:]
        for row in try rows("function-words.tsv", ["word", "role"]) {
            guard let role = FunctionRole(rawValue: row["role"]) else {
                throw bad("function-words.tsv", row, "unknown role `\(row["role"])`")
            }
            byRole[role, default: []].append((row["word"], role))
        }
        for row in try rows("title-words.tsv", ["word"]) {
            byRole[.title, default: []].append((row["word"], .title))
        }
        var functionWords: [PhraseTable<FunctionRole>] = []
        var roleBits: [UInt64: UInt32] = [:]
        for role in FunctionRole.allCases {
            functionWords.append(PhraseTable(phrases: byRole[role] ?? [], normalizer: normalizer))
            for (text, _) in byRole[role] ?? [] {
                guard let first = normalizer.key(text).split(separator: " ").first else { continue }
                roleBits[WordHash.of(first), default: 0] |= role.bit
            }
        }

        var cameo: [String: CameoCode] = [:]
        for row in try rows("cameo-plover.tsv", ["cameo", "name", "plover_type", "plover_mode"]) {
            let mode = row["plover_mode"]
            cameo[row["cameo"]] = CameoCode(code: row["cameo"], name: row["name"], ploverType: row["plover_type"],
                                            ploverMode: mode.isEmpty ? nil : mode)
        }

        var triggers: [(String, EventTrigger)] = []
        for row in try rows("event-triggers.tsv", ["trigger", "form", "cameo", "frame", "target"]) {
            guard let form = EventTrigger.Form(rawValue: row["form"]), let frame = EventTrigger.Frame(rawValue: row["frame"]) else {
                throw bad("event-triggers.tsv", row, "unknown form `\(row["form"])` or frame `\(row["frame"])`")
            }
            guard cameo[row["cameo"]] != nil else {
                throw bad("event-triggers.tsv", row, "CAMEO code \(row["cameo"]) is not in cameo-plover.tsv")
            }
            let parts = row["target"].split(separator: "|").map(String.init)
            let preps = parts.filter { $0 != "-" && !$0.hasPrefix("@") && !$0.hasPrefix("!") }.map { normalizer.key($0) }
            var trigger = EventTrigger(cameo: row["cameo"], form: form, frame: frame, targetPrepositions: preps,
                                       allowsDirectObject: parts.contains("-"))
            trigger.targetPrepositionHashes = preps.map { WordHash.of($0) }
            if parts.contains("@source") { trigger.pronoun = .source }
            if parts.contains("@target") { trigger.pronoun = .target }
            trigger.minClosesObject = parts.contains("!من")
            triggers.append((row["trigger"], trigger))
            if form == .noun, !normalizer.key(row["trigger"]).hasPrefix("ال") {
                triggers.append(("ال" + row["trigger"], trigger))
            }
        }

        // Plural and dual verb forms: -وا، -تا, -ون, or -ا after a form of the same code (وقعا، التقيا).
        let verbKeys = Set(triggers.filter { $0.1.form != .noun }.map { normalizer.key($0.0) + "|" + $0.1.cameo })
        triggers = triggers.map { text, trigger in
            guard trigger.form == .past || trigger.form == .present else { return (text, trigger) }
            let key = normalizer.key(text)
            var t = trigger
            t.isPlural = key.hasSuffix("وا") || key.hasSuffix("تا") || key.hasSuffix("ون")
                || (key.hasSuffix("ا") && verbKeys.contains(String(key.dropLast()) + "|" + trigger.cameo))
            return (text, t)
        }

        var markers: [(String, ModalityMarker)] = []
        for row in try rows("modality-markers.tsv", ["marker", "modality", "position"]) {
            guard let position = ModalityMarker.Position(rawValue: row["position"]),
                  ["negated", "future", "hypothetical"].contains(row["modality"]) else {
                throw bad("modality-markers.tsv", row, "unknown modality `\(row["modality"])` or position `\(row["position"])`")
            }
            markers.append((row["marker"], ModalityMarker(modality: row["modality"], position: position)))
        }

        var nouns: [(String, AgreementNoun)] = []
        for row in try rows("agreement-nouns.tsv", ["noun", "kind", "name", "standalone"]) {
            let standalone = row["standalone"]
            nouns.append((row["noun"], AgreementNoun(kind: row["kind"], name: row["name"], standalone: standalone != "no",
                                                     afterDemonstrativeOnly: standalone == "demonstrative")))
        }
        let provisions = try rows("provision-cues.tsv", ["cue", "kind"]).map { ($0["cue"], $0["kind"]) }
        let mediation = try rows("mediation-cues.tsv", ["cue", "role"]).map { ($0["cue"], $0["role"]) }
        let nationalities = try rows("nationality-adjectives.tsv", ["adjective", "alpha3", "form"]).map {
            ($0["adjective"], Nationality(alpha3: $0["alpha3"], isPlural: $0["form"] == "nisba_pl"))
        }

        var descriptions: [(String, AgentDescription)] = []
        for row in try rows("agent-descriptions.tsv", ["description", "kind", "role", "fallback"]) {
            guard row["role"].count == 3, row["role"].allSatisfy(\.isUppercase), ["yes", "no"].contains(row["fallback"]) else {
                throw bad("agent-descriptions.tsv", row, "the role must be a CAMEO role code and fallback yes or no")
            }
            descriptions.append((row["description"], AgentDescription(kind: row["kind"], role: row["role"], fallback: row["fallback"] == "yes")))
        }
        var labels: [String: AgentName] = [:]
        for row in try rows("agent-labels.tsv", ["kind", "country", "cameo", "label"]) {
            labels[row["kind"] + "|" + row["country"]] = AgentName(cameo: row["cameo"], label: row["label"])
        }
        var affiliations: [String: AgentName] = [:]
        for row in try rows("affiliations.tsv", ["person", "cameo", "label"]) {
            affiliations[row["person"]] = AgentName(cameo: row["cameo"], label: row["label"])
        }

        let capitals = Set(try rows("capitals.tsv", ["name", "alpha3"]).map { $0["name"] + "|" + $0["alpha3"] })

        var lexicon = EventsLexicon(
            speechCues: PhraseTable(phrases: cues, normalizer: normalizer),
            functionWords: functionWords, roleBits: HashIndex(roleBits.map { ($0.key, Int32(bitPattern: $0.value)) }),
            triggers: PhraseTable(phrases: triggers, normalizer: normalizer, addArticle: false),
            cameoCodes: cameo,
            modality: PhraseTable(phrases: markers, normalizer: normalizer),
            agreementNouns: PhraseTable(phrases: nouns, normalizer: normalizer, skipsQuotationMarks: true),
            provisions: PhraseTable(phrases: provisions, normalizer: normalizer, addArticle: true, skipsQuotationMarks: true),
            mediation: PhraseTable(phrases: mediation, normalizer: normalizer),
            nationalities: PhraseTable(phrases: nationalities, normalizer: normalizer),
            agents: AgentTables(descriptions: PhraseTable(phrases: descriptions, normalizer: normalizer),
                                labels: labels, affiliations: affiliations),
            normalizer: normalizer)
        lexicon.capitals = capitals
        lexicon.obliged = triggers.first { $0.1.frame == .obliged }?.1
        var starts: [(UInt64, UInt8)] = roleBits.keys.map { ($0, StartFilter.role) }
        for (table, bit) in [(lexicon.speechCues.firstWords, TableStart.cue), (lexicon.triggers.firstWords, .trigger),
                             (lexicon.agreementNouns.firstWords, .agreement), (lexicon.agents.descriptions.firstWords, .agent)] {
            starts += table.map { ($0, bit.rawValue) }
        }
        starts += lexicon.nationalities.firstWords.map { ($0, StartFilter.nationality) }
        starts += lexicon.modality.firstWords.map { ($0, StartFilter.modality) }
        lexicon.startFilter = StartFilter(starts)
        return lexicon
    }

    /// The table of a closed word class.
    func words(_ role: FunctionRole) -> PhraseTable<FunctionRole> { functionWords[role.index] }
}
