import MarsadCore
import MarsadEntities
import Testing

/// Names with the particles of European and Latin names (فون دير، فان، دي، دا، لو) read after a
/// title, without the actor dictionary: sentences of the ANT corpus (ant-world-news.jsonl.gz).
struct ForeignNameTests {
    typealias Case = PersonMentionsCase

    static let cases: [Case] = [
        Case(text: "وأعرب الرئيس الكسندر فون در بيلن عن الامل في الحصول على \"توضيحات كاملة\" من قبل السلطات الالمانية، بينما طلب المستشار سيباستيان كورتز، من برلين \"تعاونا جيدا\".",
             mentions: ["الكسندر فون در بيلن"], source: "AL-internationalNews-1645-20180617: فون در, a first name written with ال"),
        Case(text: "\"يجب ألا تحدث مثل هذه الأمور مع الدول الصديقة\"، هكذا قال المستشار النمساوي سيباستيان كورتس في مؤتمر صحفي في فيينا حضره أيضا الرئيس الكسندر فان دير بيلين.",
             mentions: ["الكسندر فان دير بيلين"], source: "FR-internationalNews-1866-20180617: فان دير"),
        Case(text: "وقالت وكالة رويترز للأنباء إن وزيرة الدفاع الألمانية، أورسولا فون دير ليين، رفضت اتهامات ترامب.",
             mentions: ["أورسولا فون دير ليين"], source: "BB-internationalNews-784-20180711: فون دير after a title and a comma"),
        Case(text: "وقالت المتحدثة باسم الخارجية الفرنسية أنييس فون دير مول في بيان إن \"فرنسا تعرب عن قلقها\".",
             mentions: ["أنييس فون دير مول"], source: "FR-internationalNews-1094-20180505: a spokeswoman, the speaker of a quotation"),
        Case(text: "كما استقال رئيس الوزراء هايلامارايام دي سالين الشهر الماضي. من ناحية أخرى، بدأ البرلمان إجراءات اختيار خليفة لدي سالين.",
             mentions: ["هايلامارايام دي سالين", "دي سالين"], source: "BB-internationalNews-86-20180302: دي, and the surname with its particle"),
    ]

    @Test("a name with particles is read after a title", arguments: cases)
    func particleName(_ c: Case) throws {
        try c.check(with: EntityFixture.withoutActors)
    }

    @Test("لو and لا as Arabic words do not continue a name", arguments: [
        ("وأضاف \"أن الرئيس الأمريكي السابق باراك أوباما لو أنه حافظ على الخطوط الحمراء التي رسمها لانتهت الكارثة السورية منذ وقت طويل\".",
         "باراك أوباما", "BB-middleEast-313-20180408"),
        ("وقال الرئيس التشادي جون كامارا لا نريد الحرب.", "جون كامارا", "constructed: لا after a name"),
        ("وقال وزير الخارجية الإيراني محمد جواد لو أراد الغرب الحوار لما فرض العقوبات.", "محمد جواد", "constructed: لو before a verb"),
    ])
    func notAParticle(_ text: String, person: String, source: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text)
        let entity = try #require(EntityFixture.entity(person, in: analysis, of: doc), "«\(person)» not found (\(source))")
        #expect(entity.mentions.map { doc.text(in: $0) } == [person], "\(source)")
    }
}
