import MarsadCore

/// A body told again by the definite noun that heads its name (branch quotes11, docs/QUALITY.md):
/// «وجاء في بيان للشرطة "…"» after «الشرطة البريطانية», «مصدر مسؤول في المؤسسة» after «مؤسسة
/// خليفة بن زايد». The entity layer marks no mention there; the speaker is that body.
extension SpeakerResolver {
    /// The last organization named before token `t` whose name opens with the definite noun at
    /// `t` (ال…، لل…، وال…), the article aside: «للشرطة» → «الشرطة البريطانية». Not الحكومة (a
    /// source «في الحكومة» stays unnamed, docs/ANNOTATION.md), nor a token inside a mention.
    /// - Complexity: O(m) in the mentions before `t`; one key is built per call (a cue's subject).
    func definiteBody(at t: Int) -> Int? {
        guard t < view.tokenCount, view.document.tokens[t].kind == .word, view.mention(at: t) == nil,
              let key = definiteKey(t), key != "حكومة" else { return nil }
        return lastMention(before: t) { m in
            guard !view.isAgent(m.entity), view.entities[m.entity].type == .organization else { return false }
            let first = view.document.text(in: view.span(of: m.tokens.lowerBound ..< m.tokens.lowerBound + 1))
            return bareKey(first) == key
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
}
