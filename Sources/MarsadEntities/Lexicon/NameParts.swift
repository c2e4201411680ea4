/// The parts of personal names that matter for merging: particles and surnames.
///
/// ```swift
/// // سيرغي لافروف → لافروف;  رامي عبد الرحمن → عبد الرحمن;  نوري أبو سهمين → أبو سهمين
/// // محمد بن سلمان → بن سلمان;  تميم بن حمد آل ثاني → none;  الدرديري محمد أحمد → none (أحمد is a given name)
/// // أورسولا فون دير لاين → فون دير لاين;  بيل دي بلازيو → دي بلازيو
/// ```
/// Words are folded letters (``WordFolder``).
struct NameParts: Sendable {
    /// Folded particles that bind to the next word: عبد، أبو، أبي، آل (folded ال), ولد، أم.
    let binding: Set<[UInt32]>
    /// Folded particles inside European and Latin names: فون، فان، دي، دا، دو، دير، در، ديل،
    /// دوس، ديلا، لو، لا (فون دير لاين، دي بلازيو، دا سيلفا، لو دريان). They never start a name
    /// and belong to the surname.
    let foreign: Set<[UInt32]>
    /// The folded لا and لو, particles that are also Arabic words («not», «if»).
    let la: [UInt32], lo: [UInt32]
    /// Folded بن، ابن، بنت.
    let nasab: Set<[UInt32]>
    /// Given names that are not surnames.
    let givenNames: Set<[UInt32]>

    /// The folded آل, which starts a family name.
    let family: [UInt32]

    /// The folded hyphen, a word of its own between the halves of a hyphenated name word
    /// (اوي-يونغ، ماديكيزلا-مانديلا: three tokens).
    let hyphen: [UInt32]

    init(folder: WordFolder, givenNames: [String]) {
        binding = Set(["عبد", "أبو", "أبي", "ولد", "أم"].map { folder.fold($0) })
        nasab = Set(["بن", "ابن", "بنت"].map { folder.fold($0) })
        foreign = Set(["فون", "فان", "دي", "دا", "دو", "دير", "در", "ديل", "دوس", "ديلا", "لو", "لا"].map { folder.fold($0) })
        family = folder.fold("آل")
        hyphen = folder.fold("-")
        la = folder.fold("لا")
        lo = folder.fold("لو")
        self.givenNames = Set(givenNames.map { folder.fold($0) })
    }

    /// The words a later bare mention of the person is written with, or `nil` when the name
    /// has none (one word, a family name آل …, a patronymic chain, or a given name last).
    func surname(of words: [[UInt32]]) -> [[UInt32]]? {
        let n = words.count
        guard n >= 2 else { return nil }
        // «ويني ماديكيزلا-مانديلا»: a hyphenated last word is the surname whole (never its tail
        // alone, which may be the half of another name: «يون يونغ-تشان»، «كيم يونغ-تشول»).
        if n >= 3, words[n - 2] == hyphen { return n >= 4 ? Array(words[(n - 3)...]) : nil }
        let penultimate = words[n - 2]
        if nasab.contains(penultimate) { return n >= 3 ? Array(words[(n - 2)...]) : nil }
        if penultimate == family || words.contains(where: { nasab.contains($0) }) { return nil }
        if binding.contains(penultimate) { return n >= 3 ? Array(words[(n - 2)...]) : nil }
        if foreign.contains(penultimate) {
            var s = n - 2
            while s > 1, foreign.contains(words[s - 1]) { s -= 1 }
            return s >= 1 ? Array(words[s...]) : nil
        }
        let last = words[n - 1]
        // حسب الله، نصر الله: الله is part of a compound surname, never one alone.
        if last == Self.allah { return n >= 3 ? Array(words[(n - 2)...]) : nil }
        guard last.count >= 3, !givenNames.contains(last) else { return nil }
        return [last]
    }

    static let abd: [UInt32] = [0x0639, 0x0628, 0x062F]
    /// The folded أبو.
    static let abu: [UInt32] = [0x0627, 0x0628, 0x0648]
    /// Countries (ISO alpha-3) whose names are written family name first (كيم جونغ أون، شي جين بينغ).
    static let familyNameFirst: Set<String> = ["CHN", "HKG", "JPN", "KOR", "MAC", "PRK", "TWN", "VNM"]
    static let allah: [UInt32] = [0x0627, 0x0644, 0x0644, 0x0647]
    /// من (from), folded.
    static let min: [UInt32] = [0x0645, 0x0646]
    /// Pronoun suffixes, folded, longest first (هما، هم، ها، كم، نا، ك، ه): «لطردك» is ل + طرد + ك.
    static let pronounSuffixes: [[UInt32]] = [[0x0647, 0x0645, 0x0627], [0x0647, 0x0645], [0x0647, 0x0627], [0x0643, 0x0645],
                                              [0x0646, 0x0627], [0x0643], [0x0647]]

    /// The spellings of a name with عبد joined to and split from the next word
    /// (عبد الله ↔ عبدالله), the name itself first.
    func spellings(of words: [[UInt32]]) -> [[[UInt32]]] {
        let abd = Self.abd
        var joined: [[UInt32]] = [], split: [[UInt32]] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == abd, i + 1 < words.count {
                joined.append(w + words[i + 1])
                split.append(w)
                split.append(words[i + 1])
                i += 2
                continue
            }
            joined.append(w)
            if w.count > 4, Array(w.prefix(3)) == abd {
                split.append(abd)
                split.append(Array(w.dropFirst(3)))
            } else {
                split.append(w)
            }
            i += 1
        }
        var result = [words]
        if joined != words { result.append(joined) }
        if split != words { result.append(split) }
        return result
    }

    /// The other writing of a name with أبو, to find it again in the same report: أبو joined to
    /// the next word when it stands apart, split from it when joined (أبو زيد ↔ أبوزيد: «المستشار
    /// أحمد أبوزيد … وأردف أبو زيد أن»), or nil when it has no such word. A joined word splits
    /// when three letters or more follow أبو (أبوت, Abbott, stays whole). Only for finding a
    /// person again: spellings used for linking are left as they are.
    func abuVariant(of words: [[UInt32]]) -> [[UInt32]]? {
        var other: [[UInt32]] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == Self.abu, i + 1 < words.count, words[i + 1] != hyphen {
                other.append(w + words[i + 1])
                i += 2
                continue
            }
            if w.count > 5, w.starts(with: Self.abu) {
                other.append(Self.abu)
                other.append(Array(w.dropFirst(3)))
            } else {
                other.append(w)
            }
            i += 1
        }
        return other == words ? nil : other
    }
}
