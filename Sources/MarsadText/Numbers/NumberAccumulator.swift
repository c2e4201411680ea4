/// Composes number words left to right.
struct NumberAccumulator {
    /// Completed scale groups (thousands, millions …).
    var total = 0
    /// The group being read (below a thousand, or a multiple before a scale word).
    var current = 0
    /// A number given in digits first.
    var digits: Double?
    var last: NumberWord.Kind?
    /// A teen unit or حادي waiting for عشر or و + tens.
    var pending = false
    var valid = true

    var value: Int? {
        guard valid, !pending else { return nil }
        if let digits {
            guard digits == digits.rounded(), digits < 1e15 else { return nil }
            return Int(digits)
        }
        return total + current
    }

    /// Starts with a word; false when the word cannot start a number.
    mutating func begin(_ w: NumberWord) -> Bool {
        switch w.kind {
        case .unit, .ten, .tens, .hundreds, .hundred, .scale, .scaleDual, .ordinal:
            current = w.kind == .scale || w.kind == .scaleDual ? 0 : w.value
            if w.kind == .scale || w.kind == .scaleDual { total = w.value }
        case .teenUnit, .ordinalTeenUnit:
            current = w.value
            pending = true
        case .scalePlural:
            return false
        }
        last = w.kind
        return true
    }

    /// Continues with a word, `joined` by و; false (and no change) when it does not fit.
    mutating func add(_ w: NumberWord, joined: Bool, digitsFirst: Bool) -> Bool {
        if let d = digits {
            // Digits take only a scale word: "100 ألف", "3 ملايين", "2.5 مليون".
            guard !joined, last == nil, w.kind == .scale || (w.kind == .scalePlural && d >= 3 && d <= 10) else { return false }
            digits = d * Double(w.value)
            last = w.kind
            return true
        }
        let below100 = current % 100
        switch (w.kind, joined) {
        case (.ten, false):
            // خمسة عشر، الحادي عشر، إحدى عشرة
            guard let l = last, [.unit, .teenUnit, .ordinal, .ordinalTeenUnit].contains(l), current % 100 < 10, current % 100 > 0 else { return false }
            current += 10
            pending = false
        case (.tens, true):
            // خمسة وعشرون، الحادي والعشرين، مئة وعشرون
            guard let l = last, [.unit, .ordinal, .ordinalTeenUnit, .hundred, .hundreds, .scale, .scaleDual, .scalePlural].contains(l),
                  below100 < 10 else { return false }
            if [.hundred, .hundreds, .scale, .scaleDual, .scalePlural].contains(l) && below100 != 0 { return false }
            current += w.value
            pending = false
        case (.unit, true), (.ten, true):
            // مئة وخمسة، ألف وعشرة
            guard let l = last, [.hundred, .hundreds, .scale, .scaleDual, .scalePlural].contains(l), below100 == 0 else { return false }
            current += w.value
        case (.hundreds, true), (.hundred, true):
            guard let l = last, [.scale, .scaleDual, .scalePlural].contains(l), current == 0 else { return false }
            current = w.value
        case (.hundred, false):
            // ثلاث مئة
            guard last == .unit, current < 10, current >= 3 else { return false }
            current *= 100
        case (.scale, false):
            // خمسة ألف (colloquial), مئة ألف، خمسين ألف
            guard let l = last, l != .scale, l != .scaleDual, l != .scalePlural, !pending, current > 0 else { return false }
            total += current * w.value
            current = 0
        case (.scalePlural, false):
            guard let l = last, l == .unit || l == .ten, (3 ... 10).contains(current) else { return false }
            total += current * w.value
            current = 0
        case (.scaleDual, true):
            guard let l = last, [.scale, .scalePlural].contains(l), current == 0 else { return false }
            current = w.value
        default:
            return false
        }
        last = w.kind
        return true
    }
}
