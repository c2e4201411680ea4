import Foundation
import MarsadText

/// Reads the resource files into word roles and phrases.
struct Builder {
    let packer: WordPacker
    var words: [PackedWord: TimeWord] = [:]
    var phrases: [Phrase] = []
    var notFuturePrefixes: [PackedWord] = []

    init(packer: WordPacker) { self.packer = packer }

    /// The rows of a resource file, with the required columns (and `source`) checked.
    func rows(_ file: String, _ columns: [String]) throws -> [TSVReader.Row] {
        guard let url = Bundle.module.url(forResource: "Resources/\(file)", withExtension: nil)
            ?? Bundle.module.url(forResource: file, withExtension: nil) else {
            throw TimeError.resource(file: file, line: 0, reason: "the file is missing from the bundle; rebuild the package")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows: [TSVReader.Row]
        do {
            rows = try TSVReader(text: text, file: file, requiredColumns: columns + ["source"]).rows
        } catch let error as TextError {
            throw TimeError.resource(file: file, line: 0, reason: error.description)
        }
        for row in rows where row["source"].isEmpty {
            throw TimeError.resource(file: file, line: row.line, reason: "the source column is empty")
        }
        return rows
    }

    func pack(_ text: String, _ file: String, _ line: Int) throws -> PackedWord {
        guard let word = packer.pack(text) else {
            throw TimeError.resource(file: file, line: line, reason: "`\(text)` is not an Arabic word of at most \(PackedWord.capacity) letters")
        }
        return word
    }

    /// Applies `change` to the roles of `word`, and of its article form when `withArticle`.
    mutating func update(_ word: PackedWord, withArticle: Bool = false, _ change: (inout TimeWord, Bool) -> Void) {
        change(&words[word, default: TimeWord()], false)
        if withArticle, word.letter(at: 0) != 0x0627 || word.letter(at: 1) != 0x0644,
           let definite = word.prepending(0x0644)?.prepending(0x0627) {
            change(&words[definite, default: TimeWord()], true)
        }
    }

    func value<T: RawRepresentable>(_ type: T.Type, _ raw: String, _ file: String, _ line: Int) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: raw) else { throw TimeError.resource(file: file, line: line, reason: "unknown value `\(raw)`") }
        return v
    }

    mutating func load(monthNames: MonthNames, numbers: ArabicNumberReader) throws {
        for (name, month) in monthNames.single {
            if let w = packer.pack(name) { update(w) { t, _ in t.month = month } }
        }
        for first in monthNames.pairs.keys {
            if let w = packer.pack(first) { update(w) { t, _ in t.startsMonthPair = true } }
        }
        for (name, weekday) in monthNames.weekdays {
            if let w = packer.pack(name) { update(w) { t, _ in t.weekday = weekday; t.weekdayDefinite = name.hasPrefix("ال") } }
        }
        for (word, number) in numbers.vocabulary {
            update(word) { t, _ in t.number = number }
        }
        try loadFiles()
    }

    mutating func loadFiles() throws {
        var file = "relative-days.tsv"
        for row in try rows(file, ["phrase", "days", "alone"]) {
            guard let days = Int(row["days"]) else { throw TimeError.resource(file: file, line: row.line, reason: "days is not an integer") }
            let alone = row["alone"] != "no"
            try addPhrase(row["phrase"], .relativeDay(days), file, row.line) { $0.relativeDay = days; $0.relativeDayAlone = alone }
        }
        file = "vague-phrases.tsv"
        for row in try rows(file, ["phrase"]) {
            try addPhrase(row["phrase"], .vague, file, row.line, alwaysPhrase: true) { _ in }
        }
        file = "festivals.tsv"
        for row in try rows(file, ["name", "calendar", "month", "day"]) {
            let rule = try value(Festival.Rule.self, row["calendar"], file, row.line)
            guard let month = Int(row["month"]), let day = Int(row["day"]) else {
                throw TimeError.resource(file: file, line: row.line, reason: "month and day must be integers")
            }
            try addPhrase(row["name"], .festival(Festival(rule: rule, month: month, day: day)), file, row.line, alwaysPhrase: true) { _ in }
        }
        file = "modifiers.tsv"
        for row in try rows(file, ["word", "direction", "position"]) {
            let direction = try value(Direction.self, row["direction"], file, row.line)
            let before = row["position"] == "before"
            update(try pack(row["word"], file, row.line)) { t, _ in t.modifier = direction; t.modifierBefore = before }
        }
        file = "units.tsv"
        for row in try rows(file, ["word", "unit", "count"]) {
            let unit = try value(TimeUnit.self, row["unit"], file, row.line)
            let count = row["count"] == "many" ? 0 : Int(row["count"]) ?? 1
            update(try pack(row["word"], file, row.line), withArticle: true) { t, definite in
                t.unit = unit; t.unitCount = count; t.unitDefinite = definite
            }
        }
        file = "quantifiers.tsv"
        for row in try rows(file, ["word", "position"]) {
            let before = row["position"] == "before"
            update(try pack(row["word"], file, row.line)) { t, _ in t.quantifierBefore = before }
        }
        file = "relations.tsv"
        for row in try rows(file, ["word", "relation", "day"]) {
            let relation = try value(Relation.self, row["relation"], file, row.line)
            let shiftsDay = row["day"] == "shift"
            update(try pack(row["word"], file, row.line)) { t, _ in t.relation = relation; t.relationShiftsDay = shiftsDay }
        }
        file = "parts-of-day.tsv"
        for row in try rows(file, ["word", "part", "meridiem", "prefix"]) {
            let part = DayPart(part: try value(DayPart.Name.self, row["part"], file, row.line), meridiem: try value(Meridiem.self, row["meridiem"], file, row.line),
                               isPrefix: row["prefix"] == "yes")
            update(try pack(row["word"], file, row.line)) { t, _ in t.dayPart = part }
        }
        file = "month-parts.tsv"
        for row in try rows(file, ["word", "part"]) {
            let part = try value(MonthPart.self, row["part"], file, row.line)
            update(try pack(row["word"], file, row.line)) { t, _ in t.monthPart = part }
        }
        file = "weekday-variants.tsv"
        for row in try rows(file, ["word", "weekday"]) {
            guard let weekday = Int(row["weekday"]), (1 ... 7).contains(weekday) else {
                throw TimeError.resource(file: file, line: row.line, reason: "weekday must be 1 (Monday) … 7 (Sunday)")
            }
            let definite = row["word"].hasPrefix("ال")
            update(try pack(row["word"], file, row.line)) { t, _ in t.weekday = weekday; t.weekdayDefinite = definite }
        }
        file = "era-signs.tsv"
        for row in try rows(file, ["word", "calendar"]) {
            let calendar = try value(CalendarSystem.self, row["calendar"], file, row.line)
            update(try pack(row["word"], file, row.line)) { t, _ in t.era = calendar }
        }
        file = "function-words.tsv"
        for row in try rows(file, ["word", "role"]) {
            let role = try value(FunctionRole.self, row["role"], file, row.line)
            update(try pack(row["word"], file, row.line)) { t, _ in t.function = role }
        }
        file = "numbered-nouns.tsv"
        for row in try rows(file, ["word"]) {
            update(try pack(row["word"], file, row.line), withArticle: true) { t, _ in t.isNumberedNoun = true }
        }
        file = "name-heads.tsv"
        for row in try rows(file, ["word"]) {
            update(try pack(row["word"], file, row.line), withArticle: true) { t, _ in t.isNameHead = true }
        }
        file = "future-markers.tsv"
        for row in try rows(file, ["word"]) {
            update(try pack(row["word"], file, row.line)) { t, _ in t.isFutureMarker = true }
        }
        file = "past-markers.tsv"
        for row in try rows(file, ["word"]) {
            let verb = row["word"]
            for form in [verb, verb + "ت", verb + "ا", verb + "وا"] {
                guard let w = packer.pack(form) else { continue }
                update(w) { t, _ in if !t.isFutureMarker { t.isPastMarker = true } }
            }
        }
        file = "future-prefix-exceptions.tsv"
        for row in try rows(file, ["word", "match"]) {
            let word = try pack(row["word"], file, row.line)
            if row["match"] == "prefix" {
                notFuturePrefixes.append(word)
            } else {
                update(word) { t, _ in t.isNotFutureVerb = true }
            }
        }
    }

    /// Adds a phrase; a one-word phrase becomes a role of its word (`single`), unless
    /// `alwaysPhrase`.
    mutating func addPhrase(_ text: String, _ meaning: PhraseMeaning, _ file: String, _ line: Int, alwaysPhrase: Bool = false,
                            single: (inout TimeWord) -> Void) throws {
        guard let packed = packer.packPhrase(text) else {
            throw TimeError.resource(file: file, line: line, reason: "`\(text)` has a word that is not Arabic or longer than \(PackedWord.capacity) letters")
        }
        if packed.count == 1 && !alwaysPhrase {
            update(packed[0]) { t, _ in single(&t) }
        } else {
            phrases.append(Phrase(words: packed, meaning: meaning))
            update(packed[0]) { t, _ in
                t.phraseKinds.insert(PhraseKinds(meaning))
                if packed.count == 1 { t.isWholePhrase = true }
            }
            // Every word of a phrase is known, so that the scan can skip a connector followed by an
            // unknown word ("في" + "وقت" must not be skipped).
            for word in packed.dropFirst() { update(word) { _, _ in } }
        }
    }
}
