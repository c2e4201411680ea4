/// Short forms of organizations' names, used again within an article once the full name came.
///
/// ```swift
/// // كتائب القسام → القسام (a group's class noun dropped)
/// // المرصد السوري لحقوق الإنسان → المرصد (a distinctive head noun)
/// // الحكومة السورية → none (الحكومة is generic);  مجلس الأمن → none (no article)
/// ```
enum ShortForms {
    static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644

    /// The short form of a name given as folded words, as word hashes, or nil.
    /// - Parameter kinds: the class-noun kind of folded words (`class-nouns.tsv`).
    static func shortForm(of words: [[UInt32]], kinds: [[UInt32]: String]) -> [UInt64]? {
        guard words.count >= 2 else { return nil }
        switch kinds[words[0]] {
        case "group":
            return words.dropFirst().map { WordFolder.hash($0[...]) }
        case nil where words[0].count > 3 && words[0][0] == alef && words[0][1] == lam:
            return [WordFolder.hash(words[0][...])]
        default:
            return nil
        }
    }
}
