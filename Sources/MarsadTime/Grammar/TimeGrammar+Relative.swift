import MarsadCore
import MarsadText

extension TimeGrammar {
    /// The phrase of the lexicon of a kind in `kinds` that starts at token `i`, longest first.
    func phrase(at i: Int, _ kinds: PhraseKinds) -> (meaning: PhraseMeaning, next: Int)? {
        guard let w = table.word(i), !w.phraseKinds.isDisjoint(with: kinds), let written = table.key(i) else { return nil }
        let dropped = table.droppedCount(i)
        var first = dropped == 0 ? written : written.dropFirst(dropped)
        if let f = first, lexicon.phrases[f] == nil, f.letter(at: 0) == 0x0644, let stem = f.dropFirst() {
            first = stem.prepending(0x0644)?.prepending(0x0627)  // لل → ال
        }
        guard let key = first, let candidates = lexicon.phrases[key] else { return nil }
        for phrase in candidates where kinds.contains(PhraseKinds(phrase.meaning)) {
            let end = i + phrase.words.count
            guard end <= table.count else { continue }
            var matches = true
            for (offset, word) in phrase.words.enumerated().dropFirst() where table.key(i + offset) != word {
                matches = false
                break
            }
            if matches { return (phrase.meaning, end) }
        }
        return nil
    }

    /// A relative-day word or phrase at `k` (one that stands alone, or any when `headed`).
    func relativeWord(at k: Int, headed: Bool) -> (offset: Int, next: Int)? {
        if let (meaning, next) = phrase(at: k, .relativeDay), case .relativeDay(let d) = meaning { return (d, next) }
        if let w = table.word(k), let d = w.relativeDay, headed || w.relativeDayAlone { return (d, k + 1) }
        return nil
    }

    /// A day relative to the dateline: "اليوم", "أمس", "وبالأمس", "غدا", "أول من أمس", "بعد غد",
    /// "يوم أمس", "اليوم الذي بعد الغد", with a weekday after it checked against the calendar
    /// ("اليوم الثلاثاء", "يوم أمس الاثنين").
    func relativeDay(at i: Int) -> ResolvedTime? {
        guard let w = table.word(i) else { return nil }
        var offset: Int?
        var j = i
        var isToday = false
        if w.relation == .ago || w.relation == .later, w.relationShiftsDay, let x = relativeWord(at: i + 1, headed: true), x.offset != 0 {
            offset = x.offset + (w.relation == .later ? 1 : -1)
            j = x.next
        } else if w.unit == .day, w.unitCount == 1 {
            // يوم أمس، يوم غد، اليوم الذي بعد الغد، يوم قبل أمس
            var k = i + 1
            if let f = table.word(k), f.function == .which, table.isBare(k) { k += 1 }
            if let x = relativeWord(at: k, headed: true), x.offset != 0 {
                offset = x.offset
                j = x.next
            } else if let r = table.word(k), r.relation == .ago || r.relation == .later, r.relationShiftsDay,
                      let x = relativeWord(at: k + 1, headed: true), x.offset != 0 {
                offset = x.offset + (r.relation == .later ? 1 : -1)
                j = x.next
            }
        }
        if offset == nil, let x = relativeWord(at: i, headed: false) {
            offset = x.offset
            j = x.next
            // اليوم and الليلة alone: today and tonight only when used as adverbs.
            isToday = x.offset == 0 && x.next == i + 1 && (w.unit == .day || w.dayPart?.part == .night)
        }
        guard let offset else { return nil }
        if isToday, !isTodayAdverb(at: i) { return nil }
        var r = make(i, j, kind: .date, anchor: .dateline, date: reference?.adding(days: offset))
        if let next = table.word(j), let weekday = next.weekday, next.weekdayDefinite, table.isBare(j) {
            r.tokens = i ..< j + 1
            r.span = Span(start: r.span.start, end: table.end(j))
            r.problem = weekdayProblem(weekday, r.date)
        }
        return r
    }

    /// Whether "اليوم" at `i` means today, not "the day" of something: not after ذلك/ذات/نفس,
    /// and not before an ordinal (اليوم الأول), a modifier (اليوم التالي), الذي, الأخير, ذاته, a
    /// nisba adjective (اليوم العالمي، اليوم الوطني), an elative (الليلة الأصعب، اليوم الأطول) or a
    /// word such as المقرر. The same holds for الليلة (tonight).
    func isTodayAdverb(at i: Int) -> Bool {
        if let prev = table.word(i - 1), prev.function == .that || prev.function == .same, table.isBare(i - 1) { return false }
        guard let next = table.word(i + 1), table.isBare(i + 1) || next.number != nil else {
            return !isNisbaAdjective(i + 1) && !isElative(i + 1)
        }
        if next.weekday != nil && next.weekdayDefinite { return true }
        if next.number != nil || next.modifier != nil || next.isFutureMarker { return false }
        if let f = next.function, f == .which || f == .last || f == .same { return false }
        return !isNisbaAdjective(i + 1) && !isElative(i + 1)
    }

    /// A definite elative adjective, ال + أفعل (الأصعب، الأعنف، الأطول): "the hardest night" is
    /// a noun phrase, not tonight.
    func isElative(_ k: Int) -> Bool {
        guard let key = table.key(k), key.count == 6, key.hasArticle else { return false }
        return key.letter(at: 2) == 0x0627
    }

    /// A definite word ending in ي or ية (العالمي، الوطنية): an adjective.
    func isNisbaAdjective(_ k: Int) -> Bool {
        guard let key = table.key(k), key.count >= 5, key.hasArticle else { return false }
        let last = key.letter(at: key.count - 1)
        if last == 0x064A { return true }
        return last == 0x0647 && key.letter(at: key.count - 2) == 0x064A  // ية (ة packed as ه)
    }

    /// A part of the day before a day: "مساء اليوم", "صباح أمس", "فجر الجمعة", "بعد ظهر أمس",
    /// "مساء أول من أمس الخميس", "ليلة الجمعة".
    func dayPartPrefix(at i: Int) -> ResolvedTime? {
        guard let w = table.word(i) else { return nil }
        let j: Int
        if let p = w.dayPart, p.isPrefix {
            j = i + 1
        } else if w.relation == .later || w.relation == .ago, let p = table.word(i + 1)?.dayPart, p.meridiem == .noon {
            j = i + 2  // بعد ظهر، قبل ظهر
        } else {
            return nil
        }
        guard var inner = relativeDay(at: j) ?? weekdayLed(at: j) ?? dayLedDate(at: j) else { return nil }
        inner.tokens = i ..< inner.tokens.upperBound
        inner.span = Span(start: table.start(i), end: inner.span.end)
        return inner
    }

    /// "الآن", "حالا", "في هذه اللحظة": the reference instant; recognized, not reported.
    func now(at i: Int) -> ResolvedTime? {
        guard let w = table.word(i) else { return nil }
        var j = i
        if w.function == .in, table.isBare(i), let m = table.word(i + 1), m.modifier == .current, m.modifierBefore {
            j = i + 2
        } else if w.modifier == .current, w.modifierBefore {
            j = i + 1
        }
        guard let n = table.word(j), n.function == .now else { return nil }
        var r = make(i, j + 1, kind: .date, anchor: .dateline, date: reference)
        r.clock = referenceClock
        r.isReported = false
        return r
    }
}
