import MarsadCore
import MarsadEntities
import Testing

/// Names the lexicons do not know, read with the corpus's common words (`common-words.tsv`,
/// docs/ENTITIES.md "Common words"): a first name beginning with ب/ل/ك whose rest is no word, and a
/// speaker's name after a verb of saying none of whose words is common. Sentences of the ANT
/// corpus (dev-extra2 and reports of no gold set), and the wrong readings the list keeps out.
struct CommonWordNameTests {
    @Test("a name the lexicons do not know, read with the common words", arguments: [
        ("ويرى القس بولس حليم المتحدث الرسمي باسم الكنيسة القبطية الأرثوذكسية فى مصر، أن الحل الأمني لا يكفي.",
         "بولس حليم", "dev-extra2 CN-middleEast-1291-20180906: ب + ولس, and ولس is no word"),
        ("وقال لول رواي كوانج في بيان اليوم السبت \"المتمردون كانوا يريدون السيطرة على المزيد من الأراضي\".",
         "لول رواي كوانج", "dev-extra2 FR-internationalNews-2099-20180630: no known name part, no common word"),
        ("وقالت نجية بونعيم، مديرة حملات منظمة العفو الدولية في شمال أفريقيا، في بيان لها عقب الحكم: \"ندين حكم اليوم بأشد العبارات\".",
         "نجية بونعيم", "BB-middleEast-978-20180908 (no gold set)"),
        ("وصرح ميخاليس باتسيكاس المتحدث باسم المنظمين \"وحدهم اليونانيون يصح تسميتهم مقدونيين\".",
         "ميخاليس باتسيكاس", "FR-internationalNews-1865-20180617 (no gold set)"),
        ("وقال سانجيف غوتام، المدير العام لهيئة الطيران المدني، في نيبال \"سمح للطائرة بالهبوط من الجانب الجنوبي للمدرج\".",
         "سانجيف غوتام", "BB-internationalNews-135-20180312 (no gold set)"),
    ] as [(String, String, String)])
    func readName(_ text: String, name: String, source: String) throws {
        try Self.expectPerson(name, in: text, source: source)
    }

    /// The entity layer reads `name` in `text` as a person.
    static func expectPerson(_ name: String, in text: String, source: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text)
        let entity = try #require(EntityFixture.entity(name, in: analysis, of: doc), "«\(name)» not found (\(source))")
        #expect(entity.type == .person, "\(source)")
    }

    @Test("a preposition and a common word, a dual, a plural or an adverb is no name", arguments: [
        "وطالب بوجوب أولوية الحل السياسي في البلاد.",
        "ووجه باتهامات لاذعة إلى الحكومة.",
        "ودعا لإنجاح مؤتمر الحوار الوطني.",
        "وقال ناشطان سعوديان إن عائشة المانع اعتقلت.",
        "وقالت جماعتان سياسيتان عراقيتان، الأحد، إنهما شكلتا تحالفا.",
        "واعتبر منتقدو نيمار أن سقوطه المتكرر أشبه بحركات تمثيل.",
        "وقال مصدر مطلع في بيان إن الهجوم فشل.",
    ])
    func noName(_ text: String) {
        let (_, analysis) = EntityFixture.analyze(text)
        #expect(!analysis.entities.contains { $0.type == .person }, "\(analysis.entities.map(\.name))")
    }

    @Test("a later name word glued to a preposition before a common word ends the name")
    func gluedLaterWord() {
        // SK-middleEast-143-20180301 (no gold set): «لوكالة» is ل + وكالة, not a name word.
        let text = "وأوضح فينيديكتوف لوكالة \"سبوتنيك\" أن المسلحين يتجمعون في المنطقة."
        let (doc, analysis) = EntityFixture.analyze(text)
        let names = analysis.entities.filter { $0.type == .person }.flatMap { $0.mentions.map { doc.text(in: $0) } }
        #expect(!names.contains { $0.contains("لوكالة") }, "\(names)")
    }

    @Test("the list holds nouns as common, verbal nouns in a construct as words, and no foreign name")
    func list() throws {
        var kinds: [String: String] = [:]
        for row in try EntityResource.commonWords.rows() { kinds[row["word"]] = row["kind"] }
        #expect(kinds["اتهامات"] == "common")
        #expect(kinds["وجوب"] == "word")
        #expect(kinds["ولس"] == nil)
        #expect(kinds["كوانج"] == nil)
        #expect(kinds["بولس"] == nil)
    }

    @Test("a known given name and a family name that is no common word, after any description", arguments: [
        ("ووصف وزير التجارة والتطور الاقتصادي في نيوزيلندا ديفيد باركر تمرير القانون بأنه \"تطور كبير\".",
         "ديفيد باركر", "BB-internationalNews-980-20180816 (no gold set): a title with a long affiliation"),
        ("في هذه الأثناء، قال توماس بوسرت مستشار البيت الأبيض للأمن الداخلي إن الولايات المتحدة لا تستبعد شن هجوم.",
         "توماس بوسرت", "SK-middleEast-866-20180408 (no gold set)"),
        ("وعلّق رئيس مجلس ادارة شركة روساتوم اليكسي ليخاشيف على هذه الاتفاقيات قائلا: \"روسيا والصين هما قائدتا الصناعة\".",
         "اليكسي ليخاشيف", "SK-internationalNews-2028-20180608 (no gold set)"),
        ("وقال علي مايدويا الذي يعيش في داباتشي \"الحكومة أعلنت العثور على الفتيات\".",
         "علي مايدويا", "SK-internationalNews-97-20180223 (no gold set): a relative pronoun after a speaker's name"),
    ] as [(String, String, String)])
    func givenNamePair(_ text: String, name: String, source: String) throws {
        try Self.expectPerson(name, in: text, source: source)
    }

    @Test("a given name before a verb, a pronoun, letters or a preposition and a name makes no new person", arguments: [
        "وأعلن البيت الأبيض أن زوجته ميلانيا توجهت إلى الحدود مع المكسيك.",
        "وقال \"أنا متأكد من أنه سيتخذ القرار الصحيح\".",
        "وقال محامي كوهين إن عناصر \"الإف بي آي\" صادروا وثائق.",
        "واتصل تميم بروحاني على وقع تسارع عمليات القتال.",
        "يوقف الموقع الإلكتروني لحفظ ونشر أعمال آية الله العظمى خامنئي نشاطاته.",
    ])
    func noGivenNamePair(_ text: String) {
        let (doc, analysis) = EntityFixture.analyze(text)
        let read = analysis.entities.filter { $0.type == .person && $0.mentions.contains { document in doc.text(in: document).contains(" ") } }
        let names = read.flatMap { $0.mentions.map { doc.text(in: $0) } }
        #expect(!names.contains { ["ميلانيا توجهت", "أنا متأكد", "بي آي", "تميم بروحاني", "آية الله"].contains($0) }, "\(names)")
    }
}
