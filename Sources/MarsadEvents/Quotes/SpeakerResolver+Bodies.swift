import MarsadCore

/// A body told again by the definite noun that heads its name (branch quotes11, docs/QUALITY.md):
/// «وجاء في بيان للشرطة "…"» after «الشرطة البريطانية», «مصدر مسؤول في المؤسسة» after «مؤسسة
/// خليفة بن زايد». The entity layer marks no mention there; the speaker is that body. And a statement
/// told again: «وأضاف البيان» after «وقالت وزارة الدفاع في بيان» (branch quotes12, `namesStatement`).
extension SpeakerResolver {
    /// The last organization named before token `t` whose name opens with the definite noun at
    /// `t` (ال…، لل…، وال…), the article aside: «للشرطة» → «الشرطة البريطانية». Not الحكومة (a
    /// source «في الحكومة» stays unnamed, docs/ANNOTATION.md), nor a token inside a mention.
    /// - Complexity: O(m) in the mentions before `t`; three hashes are built per call (a cue's
    /// subject), none per mention: a mention's first word is compared by its whole-form hash.
    func definiteBody(at t: Int) -> Int? {
        guard t < view.tokenCount, view.document.tokens[t].kind == .word, view.mention(at: t) == nil,
              let key = definiteKey(t), key != "حكومة" else { return nil }
        let forms: Set<UInt64> = [WordHash.of(key), WordHash.of("ال" + key), WordHash.of("وال" + key)]
        return lastMention(before: t) { m in
            !view.isAgent(m.entity) && view.entities[m.entity].type == .organization
                && forms.contains(view.forms.whole(m.tokens.lowerBound))
        }?.entity
    }

    /// The word at `t` without و, the article and a ل before it, when it has the article
    /// (للشرطة، والمؤسسة، الوزارة → شرطة، مؤسسة، وزارة); `nil` for an indefinite word.
    private func definiteKey(_ t: Int) -> Substring? {
        var key = Substring(view.lexicon.normalizer.key(view.document.text(in: view.span(of: t ..< t + 1))))
        if key.hasPrefix("و") { key = key.dropFirst() }
        if key.hasPrefix("لل") { return key.count > 4 ? key.dropFirst(2) : nil }
        if key.hasPrefix("ال") { return key.count > 4 ? key.dropFirst(2) : nil }
        return nil
    }

    /// Whether a statement, report or letter is named within eight tokens after a speech verb, in
    /// its sentence, before أن/إن or marks («قال … في بيان»، «وقال بيان للسفارة»، «أفاد الجيش في بيان
    /// له»): the cue tells that statement, which «وأضاف البيان» two sentences on goes on with.
    func namesStatement(after end: Int, limit: Int) -> Bool {
        var t = end
        while t < min(limit, end + 8) {
            if view.isQuotationMark(t) || view.word(.complementizer, at: t, allowConjunction: false) != nil { return false }
            if Words.statementNouns.contains(view.forms.whole(t)) { return true }
            t += 1
        }
        return false
    }
}

extension Words {
    /// A statement, report or letter told by a speech verb («في بيان»، «بيان للسفارة»، «في تقريرها»).
    static let statementNouns: WordSet = WordSet(["بيان", "بيانا", "بيانه", "بيانها", "بيانهم", "تقرير", "تقريرا", "تقريره",
                                                  "تقريرها", "رسالة", "رسالته", "رسالتها"].map { WordHash.of($0) })
}
