import MarsadCore
import MarsadEntities
import Testing

/// People the entity layer did not read before branch names10 (docs/QUALITY.md, "Branch
/// `names10`"): patronymic chains, name words beginning with و/ف, a surname of another actor
/// after a title with a country, a first name ending in ه, and speakers' names before an
/// apposition. Sentences of the ANT benchmark corpus (ids in the table; none of a held-out set).
struct UnreadNameTests {
    typealias Case = PersonCase

    static let cases: [Case] = [
        Case(text: "استقبل الفريق محمد فريد، رئيس أركان الجيش المصري، الفريق أول ركن فياض بن حامد الرويلي، رئيس هيئة الأركان العامة للجيش السعودي والوفد المرافق له الذى يزور مصر حالياً.",
             mention: "محمد فريد", actor: "Mohamed Farid Hegazy",
             source: "CN-middleEast-1401-20181003: فريد begins with ف, and the name is the first two words of one actor's"),
        Case(text: "استقبل الفريق محمد فريد، رئيس أركان الجيش المصري، الفريق أول ركن فياض بن حامد الرويلي، رئيس هيئة الأركان العامة للجيش السعودي والوفد المرافق له الذى يزور مصر حالياً.",
             mention: "فياض بن حامد الرويلي", actor: nil,
             source: "CN-middleEast-1401-20181003: فياض (Salam Fayyad's surname) before بن is a given name; ركن is part of the rank"),
        Case(text: "ونقلت وكالة الأنباء السعودية عن مدير عام الجوازات اللواء سليمان بن عبد العزيز اليحيى قوله إن 1,684,629 حاجا وصلوا إلى المملكة.",
             mention: "سليمان بن عبد العزيز اليحيى", actor: nil,
             source: "FR-middleEast-936-20180816: a chain of five words, a rank after a definite noun"),
        Case(text: "دبي، الإمارات العربية المتحدة (CNN) -- قال محمد بن عبدالرحمن، نائب رئيس مجلس الوزراء وزير خارجية قطر، إن بلاده صامدة.",
             mention: "محمد بن عبدالرحمن", actor: nil,
             source: "CN-middleEast-1117-20180605 (shortened): a chain after a verb of saying"),
        Case(text: "وقال وزير الداخلية الإسرائيلي أرييه درعي، الثلاثاء، إنه اتخذ هذا الإجراء بناء على توصية جلعاد إردان وزير الشؤون الاستراتيجية.",
             mention: "أرييه درعي", actor: nil,
             source: "AL-internationalNews-1080-20180509: a first name ending in ه"),
        Case(text: "وقال مدير الميناء الخاضع لإدارة الحوثيين داود فاضل عبر الهاتف لوكالة الأنباء الفرنسية \"لا تزال الملاحة طبيعية\".",
             mention: "داود فاضل", actor: nil,
             source: "FR-middleEast-630-20180614: a second word beginning with ف"),
        Case(text: "وقال رئيس مفوضية الاتحاد الإفريقي موسى فكي إن تصريحات ترامب المسيئة لدول إفريقية \"أصبحت من الماضي\".",
             mention: "موسى فكي", actor: "Moussa Faki Mahamat",
             source: "FR-internationalNews-323-20180308: فكي begins with ف"),
        Case(text: "وقال ويلبرت بولينيس أحد المسؤولين في التحقيق خلال مؤتمر صحفي أن \"الصاروخ أطلق من منطقة يسيطر عليها الانفصاليون\".",
             mention: "ويلبرت بولينيس", actor: nil,
             source: "SK-internationalNews-1751-20180524: a speaker's name before «أحد»"),
        Case(text: "وقال سانديب شاستري أستاذ العلوم السياسية في جامعة جين فيبنجالورو إن\" تشكيل الحكومة سيكون صعبا\".",
             mention: "سانديب شاستري", actor: nil,
             source: "SK-internationalNews-1683-20180521: a speaker's name before an office without the article"),
        Case(text: "وقالت نومسا نكوسي (45 عاما) التي كانت بين الحضور \"نريد المزيد من الأمل\".",
             mention: "نومسا نكوسي", actor: nil,
             source: "FR-internationalNews-2359-20180718: a speaker's name before an age in parentheses"),
    ]

    @Test("a person the entity layer did not read", arguments: cases)
    func unreadName(_ c: Case) throws {
        try c.check()
    }

    @Test("a surname of another actor after a title with a country names someone else")
    func otherBearer() throws {
        // Not Salam Fayyad (PSE): the title says the minister is Saudi.
        let (doc, analysis) = EntityFixture.analyze("وكان وزير الدفاع السعودي خالد فياض قد أعلن ذلك.")
        let entity = try #require(EntityFixture.entity("خالد فياض", in: analysis, of: doc), "\(analysis.entities.map(\.name))")
        #expect(entity.name == "خالد فياض")
        #expect(entity.country == "SAU")
    }

    @Test("a patronymic is no surname: another man with the same father is another person")
    func patronymicIsNoSurname() {
        // SK-middleEast-2207-20180606 (shortened): three ministers «بن عبدالله», none Mutaib bin Abdullah.
        let text = "والأمير بدر بن عبدالله الفرحان وزير الثقافة، وماجد بن عبدالله القصبي وزير التجارة والاستثمار، ومحمد بن عبدالله الجدعان وزير المالية."
        let (doc, analysis) = EntityFixture.analyze(text)
        for e in analysis.entities where e.type == .person {
            let mentions = e.mentions.map { doc.text(in: $0) }
            #expect(e.name != "Mutaib bin Abdullah", "\(mentions)")
            #expect(Set(mentions.map { $0.split(separator: " ").first.map(String.init) ?? "" }).count == 1,
                    "one person's mentions name several men: \(mentions)")
        }
    }

    @Test("words before a name that are no name stay out", arguments: [
        // BB-internationalNews-1086-20180912: «the nomination of» after a verb of saying.
        ("وأعلن ترشيح فرناندو حداد، وهو من أصول لبنانية، للرئاسة بدلا عنه.", "ترشيح"),
        // CN-middleEast-547-20180409: a word with a pronoun suffix after a name word.
        ("فإن الرئيس الفرنسي معروف بتأييده للاتفاقية النووية.", "بتأييده"),
        // BB-internationalNews-947-20180809: a verb with a pronoun suffix after a surname.
        ("وكتب مؤسس المنتدى، إلى لويس يطالبه باتخاذ إجراء جاد.", "يطالبه"),
    ])
    func notAName(_ text: String, word: String) {
        let (doc, analysis) = EntityFixture.analyze(text)
        for e in analysis.entities {
            for m in e.mentions { #expect(!doc.text(in: m).contains(word), "\(doc.text(in: m))") }
        }
    }
}
