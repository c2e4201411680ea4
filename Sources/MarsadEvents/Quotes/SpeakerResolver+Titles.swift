/// A title and its organization told again for the person named after them earlier (branch
/// quotes13, docs/EVENTS.md Quotations 17).
extension SpeakerResolver {
    /// The person an office stands for when the report names its holder once and then gives the
    /// office alone: «وقال الرئيس المشترك لمجلس سوريا الديمقراطية رياض درار … إن» and, later,
    /// «يقول الرئيس المشترك لمجلس سوريا الديمقراطية إن» → Darrar, not the Council
    /// (docs/ANNOTATION.md, dev-extra4: «named as such earlier»).
    ///
    /// `a` is the organization or country read as the subject; the one to four words between
    /// `from` and it must open with a person's title and hold no mention. The answer is the person
    /// whose name follows, right after the same actor, the same title words at an earlier mention
    /// of that actor (the last such mention before `before`); none when the words differ or no
    /// person follows them there.
    /// - Complexity: O(m·w) for m mentions before the subject and w ≤ 4 title words; hash compares
    ///   of the tokens' whole forms, no String built.
    func titleToldAgain(_ a: Actor, from: Int, before: Int) -> Int? {
        var k = from
        while k < a.tokens.lowerBound, view.isComma(k) || view.timeAt[k] >= 0 { k += 1 }
        let count = a.tokens.lowerBound - k
        let type = view.entities[a.entity].type
        guard !a.viaAdjective, (1 ... 4).contains(count), type == .organization || type == .gpe,
              Words.personTitles.contains(view.forms.whole(k)),
              !(k ..< a.tokens.lowerBound).contains(where: { view.mention(at: $0) != nil || view.isPunctuation($0) })
        else { return nil }
        return lastMention(before: k) { m in
            guard m.entity == a.entity, m.tokens.lowerBound - count >= 0,
                  (0 ..< count).allSatisfy({ view.forms.whole(m.tokens.lowerBound - count + $0) == view.forms.whole(k + $0) }),
                  m.tokens.upperBound < view.tokenCount,
                  let holder = view.mention(at: m.tokens.upperBound), holder.tokens.lowerBound == m.tokens.upperBound,
                  view.entities[holder.entity].type == .person, !view.isAgent(holder.entity)
            else { return false }
            return true
        }.flatMap { view.mention(at: $0.tokens.upperBound)?.entity }
    }
}
