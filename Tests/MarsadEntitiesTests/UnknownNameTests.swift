import MarsadCore
import MarsadEntities
import Testing

/// Names no lexicon lists: places after a class noun, sites, military units, short and truncated
/// names of organizations. Sentences of the dev articles rules may be written from (develop split).
struct UnknownNameTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        /// Expected mention texts of one entity, in order.
        let mentions: [String]
        let type: EntityType
        let country: String?
        let source: String
        var description: String { mentions[0] }
    }

    static let cases: [Case] = [
        Case(text: "وقالت مصادر محلية إن ميليشيات الحوثي وصالح انسحبت من منطقة جعولة شمالي عدن، بعد سلسة غارات",
             mentions: ["جعولة"], type: .location, country: "YEM", source: "hn24: an administrative noun stays outside"),
        Case(text: "استكملت قوات النظام سيطرتها على كامل الشريط الحدودي مع الأردن ووصلت إلى معبر نصيب الحدودي",
             mentions: ["معبر نصيب"], type: .location, country: "JOR", source: "hn07: a site's noun is inside (country: the nearest place named)"),
        Case(text: "وفي حين شنت طائرات التحالف غارات على تجمعات الميليشيات في الجفينة جنوب غربي محافظة مأرب، استهدفت ضربات جوية موقع للقوات الموالية لصالح في محافظتي عمران والجوف.",
             mentions: ["عمران"], type: .location, country: "YEM", source: "hn24: a dual noun names two places"),
        Case(text: "وفي حين شنت طائرات التحالف غارات على تجمعات الميليشيات في الجفينة جنوب غربي محافظة مأرب، استهدفت ضربات جوية موقع للقوات الموالية لصالح في محافظتي عمران والجوف.",
             mentions: ["الجوف"], type: .location, country: "YEM", source: "hn24: the second place, after و"),
        Case(text: "وقال مصدر عسكري في ليبيا إنه «قتل خمسة جنود من الكتيبة 21 حرس حدود، وفقد 15 جنديا من الكتيبة نفسها»",
             mentions: ["الكتيبة 21 حرس حدود"], type: .organization, country: "LBY", source: "hn33: a unit and its number"),
        Case(text: "منزل جبران الحاشدي القائد السابق للواء 35 مدرعا في اليمن.",
             mentions: ["لواء 35 مدرعا"], type: .organization, country: "YEM", source: "hn24: للواء → لواء"),
        Case(text: "موقعا لكتائب القسام - الجناح العسكري لحركة حماس- ، شرق مخيم البريج. وأوضحوا أنّ موقعين آخرين للقسام في شمال القطاع استُهدفا",
             mentions: ["كتائب القسام", "لقسام"], type: .organization, country: "PSE", source: "hn13: a group's name without its class noun"),
        Case(text: "أعلنت #حركة_الجهاد التوصل لاتفاق وقف لإطلاق النار في #غزة. وقال المتحدث باسم الجهاد داود شهاب: \"تم التوافق\"",
             mentions: ["الجهاد", "الجهاد"], type: .organization, country: "PSE", source: "hn13: a truncated name (حركة الجهاد الإسلامي)"),
        Case(text: "ويوجد في ليبيا برلمانان. وأفاد بيان لبعثة الأمم المتحدة أمس بأن المبعوث سيقوم بعقد مشاورات في ليبيا",
             mentions: ["بعثة الأمم المتحدة"], type: .organization, country: nil, source: "hn33: the UN mission of the article's country"),
    ]

    @Test("a name no lexicon lists is read from its context", arguments: cases)
    func unknownName(_ c: Case) throws {
        let (doc, analysis) = EntityFixture.analyze(c.text)
        let entity = try #require(EntityFixture.entity(c.mentions[0], in: analysis, of: doc), "«\(c.mentions[0])» not found (\(c.source))")
        #expect(entity.type == c.type, "\(c.source)")
        #expect(entity.country == c.country, "\(c.source)")
        #expect(entity.mentions.map { doc.text(in: $0) } == c.mentions, "\(c.source)")
    }

    @Test("a class noun before a common word makes no place", arguments: [
        "وقال إن المنطقة الجنوبية شهدت هدوءا، وإن منطقة حدودية ستقام.",
        "وتعتبر منطقة خفض التصعيد في الجنوب من أهم المناطق.",
        "وأعلن الجيش منطقة عسكرية مغلقة.",
    ])
    func notAPlace(_ text: String) {
        let (_, analysis) = EntityFixture.analyze(text)
        #expect(analysis.entities.isEmpty, "\(analysis.entities.map(\.nameAr))")
    }
}
