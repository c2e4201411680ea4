import MarsadText

/// People named by a known given name and a family name the lexicons do not know, wherever they
/// stand: «ووصف وزير التجارة والتطور الاقتصادي في نيوزيلندا ديفيد باركر تمرير القانون»، «قال رئيس
/// وفد المعارضة أحمد طعمه "…"». Reports introduce many people after long descriptions no title
/// pattern covers; the given name (the first word of an actor's name or of `given-names.tsv`, and
/// a name part of ANERcorp) and a next word that is no common word of the corpus
/// (`common-words.tsv`) are the evidence.
///
/// The name is read as after a title (``readNameForward(from:)``); every word after the given
/// name must not be common, nor a plural, nor an imperfect verb of the corpus (يقول، تعتبر), and the
/// word before the given name must not be a name word itself (the name begins there).
extension EntityRun {
    mutating func readGivenNamePairs() {
        for t in tokens.indices where tokens[t].kind == .word && mentionAt[t] < 0 {
            let f = flags(t)
            guard f.contains(.givenName), f.contains(.namePart), !f.contains(.commonWord), t + 1 < tokens.count,
                  mentionAt[t + 1] < 0, !startsInsideName(t), !isFunctionWord(t), folded(t).count >= 3,
                  !Self.letterNames.contains(folded(t)),
                  let name = readNameForward(from: t), name.tokens.lowerBound == t, name.words.count >= 2,
                  name.words[1] != NameParts.allah,  // «آية الله خامنئي»: a title
                  name.tokens.dropFirst().allSatisfy({ isRareFamilyWord($0) }), isPlausible(name),
                  lexicons.actorsBySurname[EntityLexicons.surnameKey(Array(name.words.dropFirst()))] == nil
            else { continue }
            _ = newPerson(name)
        }
    }

    /// Whether the word before token `t` may belong to the same name (عبد، أبو, a name part, a
    /// person's mention): the name would not begin at `t`. A place before it does not («في
    /// نيوزيلندا ديفيد باركر»).
    func startsInsideName(_ t: Int) -> Bool {
        guard t > 0, tokens[t - 1].kind == .word else { return false }
        if mentionAt[t - 1] >= 0 {
            if case .person = mentions[Int(mentionAt[t - 1])].target { return true }
            return false
        }
        let before = flags(t - 1)
        return before.contains(.namePart) || lexicons.nameParts.binding.contains(stripConjunction(t - 1))
    }

    /// Whether token `t` may be a family name read with a given name: not a common word, a
    /// plural, a verb of the lexicons, or an imperfect verb of the corpus (ي/ت and a corpus word).
    func isRareFamilyWord(_ t: Int) -> Bool {
        let f = flags(t)
        let letters = folded(t)
        guard letters.count >= 2, !Self.letterNames.contains(letters) else { return false }
        if f.contains(.namePart) { return !f.contains(.commonWord) || f.contains(.surname) }
        guard f.isDisjoint(with: [.commonWord, .subjectVerb, .speechVerb]), !looksPlural(t) else { return false }
        if let first = letters.first, first == 0x064A || first == 0x062A, f.contains(.corpusWord) { return false }
        // «ميلانيا توجهت»: a verb's ending ت after a common word (not بوتينا، بارا).
        if letters.last == 0x062A, lexicons.flags(of: Array(letters.dropLast())).contains(.commonWord) { return false }
        // «تميم بخيط»، «واتصل تميم بروحاني»: ب/ل/ك before a common word or a surname (not كادار، كاري).
        if readings.indices(of: t).dropFirst().contains(where: {
            readings.readings[$0].dropped == 1 && !flags(of: readings.readings[$0]).isDisjoint(with: [.commonWord, .surname])
        }) {
            return false
        }
        return true
    }

    /// Latin letters spelt in Arabic (إيه، بي، سي، دي): «إف بي آي»، «في إيه آر» are no names.
    static let letterNames: Set<[UInt32]> = [[0x0627, 0x064A, 0x0647], [0x0628, 0x064A], [0x0633, 0x064A], [0x062F, 0x064A],
                                             [0x0627, 0x064A], [0x062C, 0x064A], [0x062A, 0x064A], [0x0627, 0x0641]]
}
