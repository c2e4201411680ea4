import MarsadCore
import MarsadText

/// The parts of a clock time before it is placed in the day.
struct ClockParts {
    var hour: Int
    var minute: Int
    var second: Int
    var meridiem: Meridiem?
    var next: Int
}

extension TimeGrammar {
    /// An hour at `j`: digits (3, 15:15, 15:23:24) or a word (ثلاثة، الثالثة، الحادية عشرة).
    func hourReading(at j: Int) -> (hour: Int, minute: Int?, second: Int?, next: Int, isDigits: Bool, isOrdinal: Bool)? {
        guard j < table.count else { return nil }
        if table.isPlainNumber(j), let h = table.integer(j), table.digitCount(j) <= 2, (0 ... 24).contains(h) {
            if table.isSign(j + 1, 0x3A), table.isPlainNumber(j + 2), table.digitCount(j + 2) == 2, let m = table.integer(j + 2), m < 60 {
                var next = j + 3
                var second: Int?
                if table.isSign(next, 0x3A), table.isPlainNumber(next + 1), table.digitCount(next + 1) == 2, let s = table.integer(next + 1), s < 60 {
                    second = s
                    next += 2
                }
                return (h, m, second, next, true, false)
            }
            return (h, nil, nil, j + 1, true, false)
        }
        guard let w = table.word(j), let n = w.number, table.isBare(j) else { return nil }
        var value = n.value
        var next = j + 1
        switch n.kind {
        case .unit, .ordinal, .ordinalTeenUnit, .teenUnit, .ten: break
        default: return nil
        }
        if n.kind != .ten, let t = table.word(next)?.number, t.kind == .ten, table.isBare(next) {
            value += 10  // الحادية عشرة، الثانية عشر
            next += 1
        } else if n.kind == .teenUnit || n.kind == .ordinalTeenUnit {
            return nil
        }
        guard (1 ... 12).contains(value) else { return nil }
        return (value, nil, nil, next, false, n.kind == .ordinal || n.kind == .ordinalTeenUnit)
    }

    /// Minutes after an hour: "و15 دقيقة", "وربع", "ونصف", "وثلث", "إلا ربع", "وخمس واربعون دقيقة".
    func minutesReading(at k: Int) -> (minutes: Int, next: Int)? {
        guard let w = table.word(k) ?? (table.key(k) != nil ? TimeWord() : nil) else { return nil }
        if w.function == .minus {
            if let f = table.word(k + 1)?.function {
                if f == .quarter { return (-15, k + 2) }
                if f == .third { return (-20, k + 2) }
            }
            if let n = count(at: k + 1), n.value < 60, table.word(n.tokens.upperBound)?.unit == .minute {
                return (-n.value, n.tokens.upperBound + 1)
            }
            return nil
        }
        var j = k
        let standalone = table.key(k) == lexicon.conjunction
        if standalone {
            j = k + 1
        } else if !table.hasConjunctionOnly(k) {
            return nil
        }
        if let f = table.word(j)?.function, standalone || table.hasConjunctionOnly(j) {
            switch f {
            case .quarter: return (15, j + 1)
            case .half: return (30, j + 1)
            case .third: return (20, j + 1)
            default: break
            }
        }
        guard let n = lexicon.numbers.read(at: j, in: table.scalars, tokens: table.tokens), !n.isOrdinal, (1 ... 59).contains(n.value),
              let u = table.word(n.tokens.upperBound), u.unit == .minute else { return nil }
        return (n.value, n.tokens.upperBound + 1)
    }

    /// A part of the day after a clock time: صباحا، عصرا، الصبح، بعد الظهر، قبل المغرب، هذا الصباح، الليلة.
    func meridiemReading(at k: Int) -> (meridiem: Meridiem, next: Int)? {
        guard let w = table.word(k) else { return nil }
        if let p = w.dayPart { return (p.meridiem, k + 1) }
        if let r = w.relation, r == .later || r == .ago, let p = table.word(k + 1)?.dayPart {
            return (p.meridiem == .noon ? (r == .later ? .pm : .am) : p.meridiem, k + 2)
        }
        if w.modifier == .current, w.modifierBefore, let p = table.word(k + 1)?.dayPart { return (p.meridiem, k + 2) }
        return nil
    }

    /// The parts of a clock time at `i`, before the time is placed in the day.
    func clockParts(at i: Int) -> ClockParts? {
        var j = i
        if let w = table.word(j), w.function == .approximately { j += 1 }
        var hasClockWord = false
        if let w = table.word(j), w.function == .clock {
            hasClockWord = true
            j += 1
        }
        guard let h = hourReading(at: j) else { return nil }
        var parts = ClockParts(hour: h.hour, minute: h.minute ?? 0, second: h.second ?? 0, meridiem: nil, next: h.next)
        var hasMinutes = h.minute != nil
        if h.minute == nil, let m = minutesReading(at: parts.next) {
            parts.minute = m.minutes
            parts.next = m.next
            hasMinutes = true
        }
        if let m = meridiemReading(at: parts.next) {
            parts.meridiem = m.meridiem
            parts.next = m.next
        }
        guard hasClockWord || (h.isDigits && h.minute != nil) || (h.isOrdinal && (hasMinutes || parts.meridiem != nil)) else { return nil }
        if let w = table.word(parts.next), w.function == .timezone, parts.next + 1 < table.count { parts.next += 2 }
        return parts
    }

    /// A time of day: "الساعة 3 صباحا", "3:18 صباحا", "الثالثة وربع بعد الظهر", "الساعة 12 الا ربع
    /// قبل الظهر", "من الساعة 3 الى الساعة 4 بعد العصر" (the start). Without a day it is recognized
    /// but not reported; after a day it refines that day.
    func clock(at i: Int) -> ResolvedTime? {
        guard i < table.count else { return nil }
        var start = i
        var parts: ClockParts
        if let w = table.word(i), w.function == .from, table.isBare(i), let first = clockParts(at: i + 1) {
            parts = first
            start = i
            if let c = rangeConnector(at: first.next, between: false), let second = clockParts(at: c) {
                if parts.meridiem == nil { parts.meridiem = second.meridiem }
                parts.next = second.next
            }
        } else if let only = clockParts(at: i) {
            parts = only
        } else {
            return nil
        }
        var r = make(start, parts.next, kind: .date, anchor: .dateline, date: reference)
        r.clock = placed(parts)
        r.isReported = false
        return r
    }

    /// The 24-hour time of clock parts.
    func placed(_ p: ClockParts) -> ClockTime {
        var total = p.hour * 60 + p.minute
        if total < 0 { total += 12 * 60 }
        var hour = total / 60 % 24
        let minute = total % 60
        switch p.meridiem {
        case .am?: if hour == 12 { hour = 0 }
        case .pm?: if hour < 12 { hour += 12 }
        case .noon?: if (1 ... 5).contains(hour) { hour += 12 }
        case .night?: if (6 ... 11).contains(hour) { hour += 12 } else if hour == 12 { hour = 0 }
        case nil:
            if let ref = referenceClock, hour < 12, hour * 60 + minute < ref.hour * 60 + ref.minute { hour += 12 }
        }
        return ClockTime(hour: hour, minute: minute, second: p.second)
    }
}
