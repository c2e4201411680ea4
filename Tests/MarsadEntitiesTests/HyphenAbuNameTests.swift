import MarsadCore
import MarsadEntities
import Testing

/// Names the entity layer cut or missed before branch names13 (docs/QUALITY.md, "Branch
/// `names13`"): a name word joined by a hyphen («تشونغ اوي-يونغ» had been read «تشونغ اوي»), and
/// a surname written with أبو joined in one place and spaced in another («أحمد أبوزيد … وأضاف أبو
/// زيد»). Sentences of dev-extra4 (a develop gold set) and of the ANT benchmark corpus (ids in the
/// table; none of a held-out set).
struct HyphenAbuNameTests {
    typealias Case = PersonMentionsCase

    static let cases: [Case] = [
        Case(text: "وكان مستشار الأمن القومي لرئيس كوريا الجنوبية، تشونغ اوي-يونغ، أعلن في وقت سابق إثر إجرائه محادثات في البيت الأبيض. وقال تشونغ اوي-يونغ، عقب إجرائه زيارة قصيرة إلى بيونغ يانغ: \"قلتُ للرئيس ترامب\".",
             mentions: ["تشونغ اوي-يونغ", "تشونغ اوي-يونغ"], source: "FR-internationalNews-332-20180309 (dev-extra4): after a title, then after قال"),
        Case(text: "أعلن المتحدث باسم الرئاسة الكورية الجنوبية يون يونغ-تشان، أن زعيم كوريا الشمالية أشار إلى أنه \"سيعمل على إغلاق موقع التجارب النووية\".",
             mentions: ["يون يونغ-تشان"], source: "BB-internationalNews-435-20180429: after a spokesman's title"),
        Case(text: "وقالت مساعدة مندوب هولندا في الامم المتحدة ليز غريغوار-فان هارن لصحافيين \"لقد شاهدنا صور الاطفال القتلى\".",
             mentions: ["ليز غريغوار-فان هارن"], source: "FR-internationalNews-2657-20180810: a double-barrelled surname"),
        Case(text: "وصرح المستشار أحمد أبوزيد، المتحدث الرسمي باسم وزارة الخارجية المصرية، بأن انعقاد الآلية يأتي للتأكيد. وأردف أبو زيد أن الوزيرين استعرضا الأوضاع. وأضاف أبو زيد، أن الجانبين تشاورا.",
             mentions: ["أحمد أبوزيد", "أبو زيد", "أبو زيد"], source: "AL-internationalNews-528-20180318 (dev-extra4): أبو joined, then spaced"),
    ]

    @Test("a hyphenated or spaced name is one person, read whole", arguments: cases)
    func readWhole(_ c: Case) throws {
        try c.check()
    }

    @Test("two names joined by a hyphen stay two, and one hyphenated word is no name")
    func notJoined() throws {
        // «ترامب-كيم»: the first is a mention of its own; «يونغ-تشان» alone (BB-internationalNews-435-20180429)
        // is no name of two words.
        let (doc, analysis) = EntityFixture.analyze("عقب محادثات تاريخية قمة ترامب-كيم في سنغافورة. وقال يونغ-تشان إن الزعيم تعهد بذلك.")
        let texts = analysis.entities.flatMap { $0.mentions.map { doc.text(in: $0) } }
        #expect(!texts.contains("ترامب-كيم"), "\(texts)")
        #expect(!texts.contains("يونغ-تشان"), "\(texts)")
    }
}
