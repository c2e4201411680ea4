import Foundation
import MarsadCore
import MarsadText

extension EntityLexicons {
    /// Priorities of the origins when one surface names several records.
    enum Priority {
        static let country: Int8 = 5, actor: Int8 = 4, organization: Int8 = 4, place: Int8 = 3
        static let institution: Int8 = 2, outlet: Int8 = 1
    }

    /// Class nouns kept outside a name's span (the others, site and generic, are not trimmed).
    static let trimmedClassNounKinds: Set<String> = ["admin", "group", "agency", "alliance", "state", "media"]

    /// Loads the lexicons shipped in `Resources/`, with the Arabic names of every ISO 3166
    /// region from CLDR through Foundation (`Locale(identifier: "ar")`).
    /// - Throws: ``TextError/missingResource(_:)`` or ``TextError/malformedResource(file:line:reason:)``
    ///   naming the file and line.
    /// - Complexity: linear in the size of the files; about 0.1 s in a release build.
    /// - Parameter excluding: files to leave out (tests: `[.actors]` shows what title patterns
    ///   read without the actor dictionary).
    public static func bundled(folder: WordFolder = WordFolder(), excluding: Set<EntityResource> = []) throws -> EntityLexicons {
        var b = LexiconBuilder(folder: folder)
        let files = try ResourceRows(excluding: excluding)
        for row in files[.classNouns] where Self.trimmedClassNounKinds.contains(row["kind"]) {
            b.classNouns.insert(folder.fold(row["word"]))
        }

        // Countries: codes, then CLDR names (Foundation), then curated variants and nisbas.
        var countries: [String: Country] = [:]
        var alpha3Of: [String: String] = [:]
        var countryRows: [(alpha3: String, nameEn: String, cameo: String)] = []
        for row in files[.countries] {
            alpha3Of[row["alpha2"]] = row["alpha3"]
            countryRows.append((row["alpha3"], row["name_en"], row["cameo"]))
        }
        let arabic = Locale(identifier: "ar")
        var cldrName: [String: String] = [:]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, let a3 = alpha3Of[code], let name = arabic.localizedString(forRegionCode: code) else { continue }
            cldrName[a3] = name
        }
        var nisbas: [String: [(surface: String, form: NisbaForm)]] = [:]
        var countryNames: [(surface: String, alpha3: String)] = cldrName.map { ($0.value, $0.key) }
        for row in files[.countryNames] {
            let a3 = row["alpha3"]
            if let form = NisbaForm(rawValue: row["form"]) {
                nisbas[a3, default: []].append((row["surface"], form))
            } else if row["form"] != "name" && row["form"] != "variant" {
                throw TextError.malformedResource(file: EntityResource.countryNames.rawValue, line: row.line,
                                                  reason: "unknown form `\(row["form"])` (name, variant or nisba_m/f/pl/dual)")
            } else {
                countryNames.append((row["surface"], a3))
                // The display name is the file's (CLDR's short name, through babel); the runtime's
                // CLDR may give a longer one (بر الصين الرئيسي for CN), kept as a surface to match.
                if row["form"] == "name" { cldrName[a3] = row["surface"] }
            }
        }
        for c in countryRows {
            countries[c.alpha3] = Country(alpha3: c.alpha3, nameEn: c.nameEn, nameAr: cldrName[c.alpha3] ?? c.nameEn,
                                          cameo: c.cameo.isEmpty ? c.alpha3 : c.cameo)
        }
        for (surface, a3) in countryNames.sorted(by: { ($0.alpha3, $0.surface) < ($1.alpha3, $1.surface) }) {
            guard let c = countries[a3] else { continue }
            let r = b.record("GPE:\(a3)", LexiconRecord(type: .gpe, nameEn: c.nameEn, nameAr: c.nameAr, country: a3,
                                                        cameo: c.cameo, origin: .country))
            b.addName(surface, record: r, priority: Priority.country)
        }
        // In code order: «الكونغولي» is a nisba of both Congos, and the first added is read (a
        // dictionary's order changes from one process to the next).
        for (a3, forms) in nisbas.sorted(by: { $0.key < $1.key }) {
            for (surface, form) in forms { b.add(b.words(surface), hit: .nationality(country: a3, form: form)) }
        }

        loadPlaces(files, into: &b)
        let stopwords = try Set(EntityResource.nameStopwords.rows().map { WordFolder.hash(folder.fold($0["word"])[...]) })
        loadOrganizations(files, into: &b, countries: countries, stopwords: stopwords)
        loadInstitutions(files, into: &b, countries: countries, nisbas: nisbas,
                         countryNames: Dictionary(grouping: countryNames, by: \.alpha3).mapValues { $0.map(\.surface) })
        let bareInstitutions = files[.institutions].filter { $0["bare"] == "yes" }.map { row in
            BareInstitution(words: b.words(row["head"]).map { WordFolder.hash($0[...]) }, nameEn: row["name_en"], agent: row["agent"])
        }
        for row in files[.institutions] where row["bare"] == "yes" {
            if let first = row["head"].split(separator: " ").first { b.flag(String(first), .bareInstitutionHead) }
        }
        let titles = loadTitles(files, into: &b)
        let nameParts = NameParts(folder: folder, givenNames: files[.givenNames].map { $0["name"] })
        var actorsByFirstWords: [UInt64: [Int32]] = [:]
        let surnames = loadActors(files, into: &b, titles: titles, nameParts: nameParts, firstWords: &actorsByFirstWords)
        for names in surnames.values {
            for name in names where name.count == 1 { b.flagWordLazily(name[0], .surname) }
        }
        for row in files[.notNames] {
            let hit: LexiconHit
            switch row["when"] {
            case "always": hit = .notAName
            case "before_feminine_adjective": hit = .commonNoun
            default:
                throw TextError.malformedResource(file: EntityResource.notNames.rawValue, line: row.line,
                                                  reason: "unknown `when` `\(row["when"])`")
            }
            b.add(b.words(row["phrase"]), hit: hit)
        }
        for row in files[.referenceWords] {
            guard let kind = ReferenceKind(rawValue: row["kind"]) else {
                throw TextError.malformedResource(file: EntityResource.referenceWords.rawValue, line: row.line,
                                                  reason: "unknown kind `\(row["kind"])`")
            }
            b.add(b.words(row["surface"]), hit: .reference(kind))
        }

        // Word flags: class nouns, stop words (with month and weekday names), verbs, title words.
        for row in files[.classNouns] { b.flag(row["word"], .classNoun(row["kind"])) }
        for row in files[.nameStopwords] { b.flagLazily(row["word"], .stopword) }
        let months = MonthNames()
        for word in Array(months.single.keys) + Array(months.pairs.keys) + months.pairs.values.flatMap(\.keys)
            + Array(months.weekdays.keys) {
            b.flagLazily(word, .stopword)
        }
        for word in months.weekdays.keys { b.flagLazily(word, .weekday) }
        for row in files[.subjectVerbs] { b.flagLazily(row["verb"], .subjectVerb) }
        for row in files[.nameParts] { b.flagLazily(row["word"], .namePart) }
        for row in files[.functionWords] { b.flagLazily(row["word"], .functionWordFold) }
        for row in files[.commonWords] {
            b.flagLazily(row["word"], row["kind"] == "common" ? [.commonWord, .corpusWord] : .corpusWord)
        }
        for row in files[.actors] {
            // East Asian names begin with the family name (كيم جونغ أون): their first word is no given name.
            let givenFirst = !NameParts.familyNameFirst.contains(row["alpha3"])
            for surface in row["surfaces"].split(separator: "|") {
                b.flagLazily(String(surface), .namePart)
                let words = b.words(String(surface))
                if words.count >= 2, let first = words.first { b.flagWordLazily(first, givenFirst ? [.givenName, .actorFirstWord] : .actorFirstWord) }
            }
        }
        for row in files[.givenNames] { b.flagLazily(row["name"], .givenName) }
        var cueWords: [(letters: [UInt32], role: String)] = []
        for row in files[.titleModifiers] {
            switch row["kind"] {
            case "modifier": b.flag(row["word"], .titleModifier)
            case "cue":
                b.flag(row["word"], .personCue)
                cueWords.append((folder.fold(row["word"]), row["role_en"]))
            case "preposition": b.flag(row["word"], row["word"] == "في" ? .inPreposition : .atPreposition)
            case "speech": b.flag(row["word"], .speechVerb)  // a trie flag: tested on every token
            default: break
            }
        }

        let built = b.finish()
        var cueRoles: [Int32: String] = [:]
        for cue in cueWords {
            if let id = built.trie.wordID(hash: WordFolder.hash(cue.letters[...])) { cueRoles[id] = cue.role }
        }
        return EntityLexicons(folder: folder, trie: built.trie, lazyFlags: b.lazyFlagTable(), hits: built.hits, records: b.records, titles: titles,
                              countries: countries, surnames: surnames, nameParts: nameParts,
                              maxPhraseTokens: built.maxTokens, cueRoles: cueRoles,
                              shortForms: shortForms(b: b, classNouns: files[.classNouns]),
                              functionWords: Set(files[.functionWords].map { $0["word"] }),
                              actorsByFirstWords: actorsByFirstWords, bareInstitutions: bareInstitutions)
    }

    /// Short forms of the names of organizations that are neither governments nor international
    /// bodies: without a group's class noun, or a distinctive head noun with the article.
    static func shortForms(b: LexiconBuilder, classNouns: [TSVReader.Row]) -> [Int32: [[UInt64]]] {
        var kinds: [[UInt32]: String] = [:]
        for row in classNouns { kinds[b.folder.fold(row["word"])] = row["kind"] }
        var result: [Int32: [[UInt64]]] = [:]
        for (words, record) in b.nameSurfaces {
            let r = b.records[Int(record)]
            guard r.type == .organization, r.origin == .organization, r.kind != "igo", r.kind != "government" else { continue }
            guard let short = ShortForms.shortForm(of: words, kinds: kinds) else { continue }
            if !result[record, default: []].contains(short) { result[record, default: []].append(short) }
        }
        return result
    }

    static func code(_ field: String) -> String? { field.isEmpty || field == "-" ? nil : field }

    static func loadPlaces(_ files: ResourceRows, into b: inout LexiconBuilder) {
        for row in files[.places] {
            let a3 = code(row["alpha3"])
            let r = b.record("LOC:\(row["name_en"])|\(a3 ?? "-")",
                             LexiconRecord(type: .location, nameEn: row["name_en"], nameAr: row["surface"], country: a3,
                                           cameo: nil, origin: .place, kind: row["kind"]))
            b.addName(row["surface"], record: r, priority: Priority.place)
        }
    }

    static func loadOrganizations(_ files: ResourceRows, into b: inout LexiconBuilder, countries: [String: Country], stopwords: Set<UInt64>) {
        for row in files[.organizations] {
            let a3 = code(row["alpha3"])
            let r = b.record("ORG:\(row["name_en"])|\(a3 ?? "-")",
                             LexiconRecord(type: .organization, nameEn: row["name_en"], nameAr: row["surface"], country: a3,
                                           cameo: code(row["cameo"]), origin: .organization, kind: row["kind"]))
            b.addName(row["surface"], record: r, priority: Priority.organization)
        }
        var outletCountry: [String: String] = [:]
        for row in files[.outletCountries] { outletCountry[row["name_en"]] = row["alpha3"] }
        for row in files[.outlets] {
            let a3 = outletCountry[row["name_en"]]
            let r = b.record("MED:\(row["name_en"])",
                             LexiconRecord(type: .organization, nameEn: row["name_en"], nameAr: row["surface"], country: a3,
                                           cameo: a3.map { (countries[$0]?.cameo ?? $0) + "MED" }, origin: .outlet, kind: row["kind"]))
            let words = b.words(row["surface"])
            // A name made of words with the article or stop words is also a common phrase
            // (الحياة، البيان، تشرين، الشرق الأوسط "the Middle East"); a short one-word name
            // beginning with و or ف also reads as a conjunction and a word (وام: «وأم المياذن»).
            let conjunctionLike = words.count == 1 && words[0].count <= 4 && (words[0].first == 0x0648 || words[0].first == 0x0641)
            let common = conjunctionLike
                || words.allSatisfy { $0.starts(with: [0x0627, 0x0644]) || stopwords.contains(WordFolder.hash($0[...])) }
            b.addName(row["surface"], record: r, priority: Priority.outlet, needsContext: common)
        }
    }

    static func loadInstitutions(_ files: ResourceRows, into b: inout LexiconBuilder, countries: [String: Country],
                                 nisbas: [String: [(surface: String, form: NisbaForm)]], countryNames: [String: [String]]) {
        for row in files[.institutions] {
            let form: NisbaForm = row["gender"] == "f" ? .feminine : .masculine
            let construct = row["construct"] == "-" ? nil : row["construct"]
            for a3 in Set(nisbas.keys).union(construct == nil ? [] : Array(countryNames.keys)).sorted() {
                guard let c = countries[a3] else { continue }
                let name = row["name_en"].replacingOccurrences(of: "{country}", with: c.nameEn)
                // الحكومة السورية (head + nisba) and حكومة سوريا (construct + the country's name).
                var surfaces = (nisbas[a3] ?? []).filter { $0.form == form && $0.surface.hasPrefix("ال") }.map { row["head"] + " " + $0.surface }
                if let construct { surfaces += (countryNames[a3] ?? []).sorted().map { construct + " " + $0 } }
                for surface in surfaces {
                    let r = b.record("INST:\(name)|\(a3)",
                                     LexiconRecord(type: .organization, nameEn: name, nameAr: surface,
                                                   country: a3, cameo: c.cameo + row["agent"], origin: .institution,
                                                   kind: row["agent"]))
                    b.addName(surface, record: r, priority: Priority.institution)
                }
            }
        }
    }

    static func loadTitles(_ files: ResourceRows, into b: inout LexiconBuilder) -> [TitleEntry] {
        var titles: [TitleEntry] = []
        for row in files[.titles] {
            let index = Int32(titles.count)
            titles.append(TitleEntry(surface: row["surface"], titleEn: row["title_en"], agent: code(row["agent"])))
            let words = b.words(row["surface"])
            b.add(words, hit: .title(index))
            // A one-word title is also written with the article (وزير → الوزير).
            if words.count == 1, !row["surface"].hasPrefix("ال") { b.add(b.words("ال" + row["surface"]), hit: .title(index)) }
        }
        return titles
    }

    /// Loads people; a title written before a name (الملك سلمان) is kept outside the span.
    static func loadActors(_ files: ResourceRows, into b: inout LexiconBuilder, titles: [TitleEntry], nameParts: NameParts,
                           firstWords: inout [UInt64: [Int32]]) -> [Int32: [[[UInt32]]]] {
        let titleWords = Set(titles.map { b.words($0.surface) })
        var surnames: [Int32: [[[UInt32]]]] = [:]
        for row in files[.actors] {
            let surfaces = row["surfaces"].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let first = surfaces.first else { continue }
            let a3 = code(row["alpha3"])
            let r = b.record("PER:\(row["name_en"])|\(a3 ?? "-")",
                             LexiconRecord(type: .person, nameEn: row["name_en"], nameAr: first, country: a3,
                                           cameo: code(row["cameo"]), origin: .actor, terms: terms(row["offices"])))
            for surface in surfaces.flatMap(hyphenVariants) {
                let words = b.words(surface)
                var trim = 0
                for k in stride(from: min(2, words.count - 1), through: 1, by: -1) where titleWords.contains(Array(words.prefix(k))) {
                    trim = k
                    break
                }
                for spelling in nameParts.spellings(of: words) where spelling.count > trim + 1 {
                    let key = EntityLexicons.surnameKey(Array(spelling[trim ..< trim + 2]))
                    if !firstWords[key, default: []].contains(r) { firstWords[key, default: []].append(r) }
                }
                for spelling in nameParts.spellings(of: words) {
                    b.addName(spelling, record: r, priority: Priority.actor, trim: Int8(trim),
                              endsInTehMarbuta: surface.unicodeScalars.last == "\u{0629}")
                    if trim == 0, let surname = nameParts.surname(of: spelling), !surnames[r, default: []].contains(surname) {
                        surnames[r, default: []].append(surname)
                    }
                }
            }
        }
        return surnames
    }

    /// The dated terms of an actor's offices («President@SYRGOV:20000717-;…»): terms without a
    /// start day, and UniversalPetrarch's untitled ones, are left out; an open end runs on.
    static func terms(_ offices: String) -> [OfficeTerm] {
        var result: [OfficeTerm] = []
        for office in offices.split(separator: ";") {
            guard let colon = office.lastIndex(of: ":") else { continue }
            let range = office[office.index(after: colon)...].split(separator: "-", omittingEmptySubsequences: false)
            guard range.count == 2, range[0].count == 8, let start = Int32(range[0]) else { continue }
            let end = range[1].count == 8 ? Int32(range[1]) ?? 99_991_231 : 99_991_231
            let title = office[..<colon].split(separator: "@").first.map(String.init) ?? ""
            // UniversalPetrarch's ranges (UP@…) name no office and often run on after it ended.
            if start <= end, title != "UP" { result.append(OfficeTerm(title: title.lowercased(), days: start ... end)) }
        }
        return result
    }

    /// A name and its other hyphenation: East Asian given names are written both spaced and
    /// hyphenated (كيم جونغ أون، كيم جونغ-أون; مون جاي-إن، مون جاي إن), and a hyphenated word is
    /// one token. Names of three or more words also get their last two words joined.
    static func hyphenVariants(_ surface: String) -> [String] {
        if surface.contains("-") { return [surface, surface.replacingOccurrences(of: "-", with: " ")] }
        let words = surface.split(separator: " ")
        guard words.count >= 3 else { return [surface] }
        return [surface, words.dropLast(2).joined(separator: " ") + " " + words.suffix(2).joined(separator: "-")]
    }
}
