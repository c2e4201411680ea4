import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Conflict and coercion events, and the pronouns, support verbs and places that name their sides,
/// on real sentences (the report each comes from is named; dev-extra is the development gold).
@Suite struct CoercionEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "CNN Arabic, 3 Oct 2018 (dev-extra): an object pronoun is the accused (وتتهمه)",
             text: "ويعيش غولن في منفى اختياري بسايلبورسبورج بعد تركه تركيا عام 1999، وتتهمه الحكومة التركية بتنظيم محاولة انقلاب فاشلة في عام 2016.",
             entities: [.person("غولن", country: "TUR", name: "Fethullah Gülen"), .gpe("تركيا", country: "TUR", name: "Turkey"),
                        .organization("الحكومة التركية", country: "TUR", name: "Government of Turkey")],
             published: "2018-10-03",
             events: [Expected(cameo: "112", modality: .asserted, source: ["TUR"], target: ["TUR"], date: "2018-10-03")]),
        Case(source: "BBC Arabic, 2018 (dev-extra): a circumstantial participle (متهما إياه) accuses the main verb's object",
             text: "واندلعت الحرب عندما أقال الرئيس سالفا كير، نائبه رياك مشار، متهما إياه بالتخطيط لانقلاب، وهو ما نفاه النائب المقال.",
             entities: [.person("سالفا كير", country: "SSD", name: "Salva Kiir"), .person("رياك مشار", country: "SSD", name: "Riek Machar")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["SSD"], target: ["SSD"])]),
        Case(source: "Al Arabiya, 2018: the participle's subject is the sentence's, its object pronoun the one named before",
             text: "وأعلنت وزارة الداخلية الإسرائيلية، الثلاثاء، أنها أمرت ممثل منظمة هيومن رايتس ووتش بمغادرة البلاد خلال 14 يوماً، متهمة إياه بدعم مقاطعة ضد إسرائيل.",
             entities: [.organization("وزارة الداخلية الإسرائيلية", country: "ISR", name: "Ministry of Interior (Israel)"),
                        .organization("هيومن رايتس ووتش", country: nil, name: "Human Rights Watch"), .gpe("إسرائيل", country: "ISR", name: "Israel")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["ISR"], target: ["Human Rights Watch"])]),
        Case(source: "Sky News Arabia, 3 Jul 2018 (dev-extra): an arrest with no named agent is by the place's country; عليه is a nationality noun",
             text: "والثلاثاء، قالت وزارة الخارجية النمساوية إنها ستنزع الصفة الدبلوماسية عن إيراني بعد القبض عليه في ألمانيا لصلته بالتخطيط لتفجير.",
             entities: [.organization("وزارة الخارجية النمساوية", country: "AUT", name: "Ministry of Foreign Affairs (Austria)"),
                        .gpe("ألمانيا", country: "DEU", name: "Germany"), .gpe("إيران", country: "IRN", name: "Iran")],
             events: [Expected(cameo: "173", modality: .asserted, source: ["DEU"], target: ["IRN"])]),
        Case(source: "Sky News Arabia, 3 Jul 2018 (dev-extra): a possessive pronoun is the visitor (زيارته), named in the sentence before",
             text: "وتأتي هذه التطورات بينما يقوم روحاني بجولة في أوروبا. وبعد زيارته إلى سويسرا حتى الثلاثاء، سيتوجه روحاني إلى فيينا.",
             entities: [.person("روحاني", country: "IRN", name: "Hassan Rouhani"), .place("أوروبا", country: nil, name: "Europe"),
                        .gpe("سويسرا", country: "CHE", name: "Switzerland"), .place("فيينا", country: "AUT", name: "Vienna")],
             events: [Expected(cameo: "042", modality: .asserted, source: ["IRN"], target: ["CHE"])]),
        Case(source: "France 24, 29 Apr 2018 (dev-extra): «مؤتمر صحفي جمعه بـ X»: the pronoun meets X",
             text: "والتقى لودريان بالرئيس عبد الفتاح السيسي. وخلال مؤتمر صحفي مشترك جمعه بنظيره المصري سامح شكري شدد على ضرورة أن يتقدم المسار السياسي.",
             entities: [.person("لودريان", country: "FRA", name: "Jean-Yves Le Drian"), .person("عبد الفتاح السيسي", country: "EGY", name: "Abdel Fattah el-Sisi"),
                        .person("سامح شكري", country: "EGY", name: "Sameh Shoukry")],
             events: [Expected(cameo: "040", modality: .asserted, source: ["FRA"], target: ["EGY"])]),
        Case(source: "CNN Arabic, 3 Oct 2018 (dev-extra): freezing funds is a sanction; the subject is the pronoun after أنها",
             text: "أعلنت الحكومة الفرنسية أنها جمدت أموالاً تعود للمخابرات الإيرانية ومواطنين إيرانيين اثنين.",
             entities: [.organization("الحكومة الفرنسية", country: "FRA", name: "Government of France"),
                        .organization("المخابرات الإيرانية", country: "IRN", name: "Intelligence service of Iran")],
             events: [Expected(cameo: "163", modality: .asserted, source: ["FRA"], target: ["IRN"])]),
        Case(source: "Sky News Arabia, 2018 (dev-extra): a place right after the verb is its object; the subject stands before it",
             text: "وقال الرئيس الأميركي، دونالد ترامب، إن مدير وكالة المخابرات المركزية الأميركية، مايك بومبيو، زار بيونغيانغ الأسبوع الماضي واجتمع مع الزعيم كيم جونغ أون.",
             entities: [.person("دونالد ترامب", country: "USA", name: "Donald Trump"), .person("مايك بومبيو", country: "USA", name: "Mike Pompeo"),
                        .place("بيونغيانغ", country: "PRK", name: "Pyongyang"), .gpe("كوريا الشمالية", country: "PRK", name: "North Korea"),
                        .person("كيم جونغ أون", country: "PRK", name: "Kim Jong-un")],
             events: [Expected(cameo: "042", modality: .asserted, source: ["USA"], target: ["PRK"]),
                      Expected(cameo: "040", modality: .asserted, source: ["USA"], target: ["PRK"])]),
        Case(source: "Al Arabiya, 2018: a support verb's subject carries out the air strikes (نفذت مقاتلات التحالف غارات)",
             text: "وقبلها بساعات، نفذت مقاتلات التحالف غارات جوية على مواقع لميليشيات الحوثي في صنعاء.",
             entities: [.organization("التحالف", country: "SAU", name: "Saudi-led coalition"), .organization("الحوثي", country: "YEM", name: "Houthis"),
                        .place("صنعاء", country: "YEM", name: "Sanaa")],
             events: [Expected(cameo: "195", modality: .asserted, source: ["SAU"], target: ["YEM"])]),
        Case(source: "Al Arabiya, 10 May 2018: rockets fired (أطلقت … صاروخاً باتجاه X) are an attack on X",
             text: "وأطلقت القوات الإيرانية في سوريا، ليل الأربعاء الخميس، نحو 20 مقذوفاً وصاروخاً باتجاه القوات الإسرائيلية في الجولان.",
             entities: [.gpe("سوريا", country: "SYR", name: "Syria"), .gpe("إيران", country: "IRN", name: "Iran"), .gpe("إسرائيل", country: "ISR", name: "Israel"),
                        .place("الجولان", country: "SYR", name: "Golan Heights")],
             events: [Expected(cameo: "190", modality: .asserted, source: ["IRN"], target: ["ISR"])]),
        Case(source: "Al Arabiya, 2018: an attack noun after a purpose ل on its support verb is planned (لشن هجوم)",
             text: "وكشفت وزارة الدفاع أن الاستخبارات رصدت تحضيرات الحرس الثوري لشن هجوم صاروخي على إسرائيل.",
             entities: [.organization("الحرس الثوري", country: "IRN", name: "Islamic Revolutionary Guard Corps"), .gpe("إسرائيل", country: "ISR", name: "Israel")],
             events: [Expected(cameo: "190", modality: .hypothetical, source: ["IRN"], target: ["ISR"])]),
        Case(source: "BBC Arabic, 2018 (dev-extra): an attack noun's agent after it (بتفجير انتحاري نفذه مقاتلو X), its target the place's country",
             text: "واستُهدف علماء الدين أنفسهم بتفجير انتحاري نفذه مقاتلو تنظيم الدولة، وأسفر عن مقتل 14 شخصا في العاصمة كابول.",
             entities: [.organization("تنظيم الدولة", country: nil, name: "Islamic State"), .place("كابول", country: "AFG", name: "Kabul"),
                        .gpe("أفغانستان", country: "AFG", name: "Afghanistan")],
             events: [Expected(cameo: "1831", modality: .asserted, source: ["Islamic State"], target: ["AFG"])]),
        Case(source: "Anadolu, 15 May 2018: expelling an ambassador reduces relations (161)",
             text: "قررت #تركيا، الثلاثاء، طرد السفير الإسرائيلي، إيتان نائيه، واعتبرته شخصاً غير مرغوب فيه.",
             entities: [.gpe("تركيا", country: "TUR", name: "Turkey"), .gpe("إسرائيل", country: "ISR", name: "Israel"),
                        .person("إيتان نائيه", country: "ISR", name: "Eitan Na'eh")],
             times: [("الثلاثاء", "2018-05-15")], published: "2018-05-15",
             events: [Expected(cameo: "161", modality: .asserted, source: ["TUR"], target: ["ISR"], date: "2018-05-15")]),
        Case(source: "Sky News Arabia, 3 Jul 2018 (dev-extra): طلب من X is a request to X; the subject opens the sentence",
             text: "وأكدت الخارجية النمساوية أنها استدعت السفير الإيراني، الاثنين، كما طلبت من طهران رفع الحصانة الدبلوماسية عن الرجل.",
             entities: [.organization("الخارجية النمساوية", country: "AUT", name: "Ministry of Foreign Affairs (Austria)"),
                        .place("طهران", country: "IRN", name: "Tehran"), .gpe("إيران", country: "IRN", name: "Iran")],
             events: [Expected(cameo: "020", modality: .asserted, source: ["AUT"], target: ["IRN"])]),
        Case(source: "Al Arabiya, 29 May 2018 (dev-extra): a denied truce targets the other parties of the last agreement told",
             text: "أعلنت حركة الجهاد الاسلامي مساء الثلاثاء وقفا لإطلاق النار مع إسرائيل.\nفي المقابل، نفت إسرائيل التوصل إلى تهدئة.",
             entities: [.organization("حركة الجهاد الاسلامي", country: "PSE", name: "Palestinian Islamic Jihad", cameo: "PSEREB"),
                        .gpe("إسرائيل", country: "ISR", name: "Israel")],
             times: [("مساء الثلاثاء", "2018-05-29")], published: "2018-05-30",
             events: [Expected(cameo: "120", modality: .asserted, source: ["ISR"], target: ["PSE"])]),
    ]

    @Test(arguments: cases)
    func events(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// Words that are no event on their own: a military operation nobody is said to launch; an
    /// arrival home; a threatened withdrawal or attack.
    static let nonEvents: [(source: String, text: String, entities: [SentenceFixture.Named])] = [
        ("France 24, 2018: «العملية العسكرية» with no support verb is a topic, not an attack",
         "وبحث المبعوث مع الحوثيين سبل تجنيب مدينة الحديدة العملية العسكرية.",
         [.organization("الحوثيين", country: "YEM", name: "Houthis"), .place("الحديدة", country: "YEM", name: "Hodeidah")]),
        ("France 24, 6 Jul 2018: forces reaching a place of their own country make no visit",
         "ووصلت قوات النظام السوري إلى معبر نصيب الحدودي في محافظة درعا.",
         [.place("معبر نصيب", country: "SYR", name: "Nasib border crossing"), .place("درعا", country: "SYR", name: "Daraa"),
          .gpe("سوريا", country: "SYR", name: "Syria")]),
        ("Al Arabiya, 2018: a threatened withdrawal or attack is not a fact (لوح، هدد، تحذيرات)",
         "ولوح الرئيس الأميركي دونالد ترمب بالانسحاب من الاتفاق النووي، فيما هدد جيش الاحتلال باستهداف قادة الفصائل في غزة.",
         [.person("دونالد ترمب", country: "USA", name: "Donald Trump"), .organization("جيش الاحتلال", country: "ISR", name: "Israel Defense Forces"),
          .place("غزة", country: "PSE", name: "Gaza")]),
        ("Al Arabiya, 2 Jun 2018: leaving an agreement is no military withdrawal",
         "وانسحبت الولايات المتحدة من الاتفاق الشهر الماضي.",
         [.gpe("الولايات المتحدة", country: "USA", name: "United States")]),
        ("Al Arabiya, 2018: nor is leaving a summit (shortened)",
         "وتعثرت الخطط لعقد اللقاء بين الزعيمين بعدما انسحب ترمب من القمة التي كان مقرراً لها 12 يونيو.",
         [.person("ترمب", country: "USA", name: "Donald Trump")]),
        ("Al Arabiya, 20 Jun 2018 (AL-internationalNews-1703): nor is leaving a body",
         "أعلنت السفيرة الأميركية لدى الأمم المتحدة، نيكي #هيلي، الثلاثاء، انسحاب #الولايات_المتحدة من مجلس حقوق الإنسان التابع للأمم المتحدة.",
         [.person("نيكي #هيلي", country: "USA", name: "Nikki Haley"), .gpe("الولايات_المتحدة", country: "USA", name: "United States"),
          .organization("مجلس حقوق الإنسان التابع للأمم المتحدة", country: nil, name: "UN Human Rights Council"),
          .organization("الأمم المتحدة", country: nil, name: "United Nations")]),
    ]

    @Test(arguments: nonEvents.indices)
    func noEvent(_ i: Int) {
        let c = Self.nonEvents[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: "2018-07-06")
        let asserted = fixture.analyze().events.filter { $0.modality == .asserted && ["190", "042", "0874"].contains($0.cameo) }
        #expect(asserted.isEmpty, "\(c.source): \(asserted.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    @Test func aMemberFactionActsForTheFactions() {
        // Al Arabiya, 29 May 2018 (dev-extra): Islamic Jihad is one of the Palestinian factions.
        let text = "أعلنت حركة الجهاد الاسلامي مساء الثلاثاء وقفا لإطلاق النار مع إسرائيل."
        let fixture = SentenceFixture(text, entities: [
            .organization("حركة الجهاد الاسلامي", country: "PSE", name: "Palestinian Islamic Jihad", cameo: "PSEREB"),
            .gpe("إسرائيل", country: "ISR", name: "Israel"),
        ], times: [("مساء الثلاثاء", "2018-05-29")], published: "2018-05-30")
        let ceasefire = fixture.analyze().events.first { $0.cameo == "0871" }
        #expect(ceasefire?.sourceAgents.map(\.label) == ["Palestinian factions"])
        #expect(fixture.countries(ceasefire?.target ?? []) == ["ISR"])
    }
}
