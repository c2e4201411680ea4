import MarsadCore
import MarsadText

extension TimeGrammar {
    /// A cardinal count at token `i` (digits or words, not an ordinal).
    func count(at i: Int) -> ArabicNumber? {
        guard i < table.count, table.tokens[i].kind == .number || table.word(i)?.number != nil,
              let n = lexicon.numbers.read(at: i, in: table.scalars, tokens: table.tokens), !n.isOrdinal, n.value > 0 else { return nil }
        if table.tokens[i].kind == .number, isIdentifier(i) { return nil }
        return n
    }

    /// Whether a singular unit at `k` stands alone ("منذ عام", "قبل أسبوع") rather than heading a
    /// construct ("منذ عام 2014", "قبل يوم الجمعة", "قبل شهر رمضان").
    func standsAlone(_ k: Int) -> Bool {
        let next = k + 1
        guard next < table.count else { return true }
        if table.tokens[next].kind == .number { return false }
        if let w = table.word(next) {
            if w.weekday != nil || w.month != nil || w.startsMonthPair || w.phraseKinds.contains(.festival) { return false }
            if w.modifier != nil || w.number != nil { return true }
        }
        if let key = table.key(next), key.hasArticle { return false }
        return true
    }

    /// Numbers of units: "منذ ثلاثة أيام", "قبل يومين" (days before the dateline), "بعد أسبوعين",
    /// "منذ عام", "لمدة خمسة أيام" (P5D), "72 ساعة" (PT72H), "خلال 24 ساعة", "الـ24 ساعة الماضية".
    /// Counted back or forward from an event ("بعد يومين من الهجوم"), it is a duration.
    func quantity(at i: Int) -> ResolvedTime? {
        guard i < table.count else { return nil }
        var j = i
        var relation: Relation?
        if let w = table.word(i), let r = w.relation {
            relation = r
            j = i + 1
        } else if let w = table.word(i), w.function == .in, table.isBare(i), let r = table.word(i + 1)?.relation, r == .within {
            relation = r
            j = i + 2
        }
        var approximate = false
        if relation != nil, let a = table.word(j), a.function == .approximately {  // قبل نحو 7 سنوات
            approximate = true
            j += 1
        }
        var amount: Int?
        var unitAt = j
        if let n = count(at: j) {
            amount = n.value
            unitAt = n.tokens.upperBound
        }
        guard let u = table.word(unitAt), let unit = u.unit, table.isBare(unitAt) || amount == nil else { return nil }
        // "عاما بعد عام", "يوما بعد يوم": year after year, no count.
        if relation != nil, let before = table.word(i - 1), before.unit == unit { return nil }
        var next = unitAt + 1
        var end = table.end(unitAt)
        let modifier = modifierAfter(next)
        if let amount {
            guard u.unitCount != 2, !u.unitDefinite || amount == 0 else { return nil }
        } else if u.unitCount == 2 {
            amount = 2
            if u.unitDefinite && modifier == nil { return nil }
        } else if u.unitCount == 1, relation != nil, !u.unitDefinite, standsAlone(unitAt), [.week, .month, .year, .hour].contains(unit) {
            amount = 1
        } else {
            return nil
        }
        if modifier != nil {
            end = table.end(next)
            next += 1
        }
        guard let amount else { return nil }
        // Counted from an event: بعد يومين من الهجوم، قبل أسبوع على الانتخابات (فقط may come between).
        var after = next
        if table.word(after)?.function == .only { after += 1 }
        let fromEvent = table.word(after)?.function == .from && table.isBare(after)
            || table.key(after) == lexicon.on
        var r = make(i, next, end: end, kind: .duration, anchor: .absolute)
        r.durationAmount = amount
        r.durationUnit = unit
        switch relation {
        case (.ago?), (.later?):
            // About N days ago names no day: "قبل نحو مئة يوم" stays a duration.
            guard !fromEvent, ![.hour, .minute, .second].contains(unit), !(approximate && unit == .day) else { break }
            let sign = relation == .ago ? -1 : 1
            r.anchor = .dateline
            switch unit {
            case .day: r.kind = .date; r.date = reference?.adding(days: sign * amount)
            case .week: r.kind = .week; r.date = reference?.adding(days: sign * 7 * amount)
            case .month: r.kind = .month; r.date = reference?.monthStart.adding(months: sign * amount)
            case .year, .decade, .century:
                let years = amount * (unit == .decade ? 10 : unit == .century ? 100 : 1)
                r.kind = .year
                r.date = reference.flatMap { CivilDate(year: $0.year + sign * years, month: 1, day: 1) }
            default: break
            }
            if r.kind != .duration { r.durationAmount = 0 }
        case .within?:
            r.date = reference
        default:
            break
        }
        return r
    }

    /// Spans without a definite value: the phrases of `vague-phrases.tsv` ("في وقت سابق") and
    /// plural units made vague by a quantifier or a preposition: "لسنوات عديدة", "منذ سنوات",
    /// "قبل أيام", "عدة أشهر", "خلال الأيام الماضية", "السنوات الأخيرة".
    func vague(at i: Int) -> ResolvedTime? {
        guard let w = table.word(i) else { return nil }
        if let (meaning, next) = phrase(at: i, .vague), meaning == .vague {
            return make(i, next, kind: .vague, anchor: .dateline)
        }
        var j = i
        var lead = false
        if w.relation != nil || (w.function == .in && table.isBare(i)) {
            lead = true
            j = i + 1
        }
        var quantifierBefore = false
        if let q = table.word(j), q.quantifierBefore == true, table.isBare(j) || j == i {
            quantifierBefore = true
            j += 1
        }
        guard let u = table.word(j), u.unit != nil, u.unitCount == 0 else { return nil }
        let leadingL = table.lastProclitic(j) == 0x0644  // لسنوات
        if !table.isBare(j) && !leadingL { return nil }
        var next = j + 1
        var quantifierAfter = false
        if let q = table.word(next), q.quantifierBefore == false, table.isBare(next) {
            quantifierAfter = true
            next += 1
        } else if u.unitDefinite, modifierAfter(next) != nil {
            quantifierAfter = true
            next += 1
        }
        if u.unitDefinite && !quantifierAfter { return nil }
        guard quantifierBefore || quantifierAfter || ((lead || leadingL) && !u.unitDefinite) else { return nil }
        // "خلال أيام العيد": a plural heading a construct is not vague by itself.
        if !quantifierBefore && !quantifierAfter, let key = table.key(next), key.hasArticle { return nil }
        let start = lead || quantifierBefore && j - 1 == i ? table.start(i) : table.start(j)
        return make(lead || quantifierBefore ? i : j, next, start: start, kind: .vague, anchor: .dateline)
    }
}
