import MarsadCore
import MarsadEntities
import MarsadText
import Testing

/// Lexicon matches: names with attached proclitics, spans without them (docs/ANNOTATION.md).
struct LexiconMatchTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        /// The expected mention text, its entity type and country.
        let mention: String
        let type: EntityType
        let country: String?
        let source: String
        var description: String { mention }
    }

    static let cases: [Case] = [
        Case(text: "وأشار لافروف في حديثه عن العلاقات بين روسيا وأذربيجان إلى أن هناك \"قضايا كثيرة لكنها ليست مشاكل\"",
             mention: "أذربيجان", type: .gpe, country: "AZE", source: "sample (Sputnik, 2021-05-11)"),
        Case(text: "وأظهرت لقطات صورها المارة حريقا في جزء من برج ترامب بباكو، وقالت صحيفة \"ديلي ميل\" إن رجال الإطفاء أسرعوا",
             mention: "باكو", type: .location, country: "AZE", source: "ANT SK-internationalNews-1234-20180428"),
        Case(text: "بين برناردينو ليون، الممثل الخاص للأمين العام للأمم المتحدة لدى ليبيا، وأعضاء من المؤتمر الوطني العام",
             mention: "لأمم المتحدة", type: .organization, country: nil, source: "dev hn33 (Asharq Al-Awsat, 2015-08-01)"),
        Case(text: "وعودة النازحين إلى قره باغ برعاية المفوض الأممي لشؤون اللاجئين.",
             mention: "المفوض الأممي لشؤون اللاجئين", type: .organization, country: nil, source: "sample"),
        Case(text: "لحل القضايا الناشئة على الأرض في إقليم قره باغ .",
             mention: "قره باغ", type: .location, country: nil, source: "sample: إقليم stays outside the span"),
        Case(text: "وتجمّع آلاف الفلسطينيين لدى إقامة دولة إسرائيل، وللمطالبة برفع الحصار",
             mention: "إسرائيل", type: .gpe, country: "ISR", source: "dev hn13: دولة stays outside the span"),
        Case(text: "وشنت مقاتلات الاحتلال سلسلة غارات على أهداف في #قطاع_غزة، بينها نفق",
             mention: "قطاع_غزة", type: .location, country: "PSE", source: "dev hn13: a hashtag's underscore joins the name"),
        Case(text: "وأعلن الكرملين أن الرئيس الروسي، فلاديمير بوتين ونظيره الأذربيجاني، إلهام علييف",
             mention: "الكرملين", type: .organization, country: "RUS", source: "sample"),
        Case(text: "في ختام مائدة رمضانية فخمة في قاعة للولائم بأحد الفنادق فئة الخمس نجوم في العاصمة الأردنية عمان، يسارع عضو بجمعية خيرية",
             mention: "عمان", type: .location, country: "JOR", source: "ANT corpus: عمان is Amman where Jordan is named"),
        Case(text: "مركز استهداف تمويل الإرهاب: مملكة البحرين، دولة الكويت، سلطنة عمان، دولة قطر",
             mention: "سلطنة عمان", type: .gpe, country: "OMN", source: "ANT corpus: Oman elsewhere, by its formal name"),
        Case(text: "ومن المقرر أن يلتقي زعيم كوريا الشمالية، كيم جونغ-أون، بمون يوم الجمعة في قرية للهدنة في بانمونجوم",
             mention: "كيم جونغ-أون", type: .person, country: "PRK", source: "ANT BB-internationalNews-387: the hyphenated spelling of a spaced name"),
        Case(text: "وأعلن الرئيس الكونغولي جوزيف كابيلا، السبت، ثلاثة أيام من الحداد الوطني.",
             mention: "جوزيف كابيلا", type: .person, country: "COD",
             source: "ANT SK-internationalNews-3343-20181007: «الكونغولي» is a nisba of both Congos; the nisbas load in code order, so the same one is read in every process"),
        Case(text: "قررت وزارة الدفاع الأمريكية وقف تحليق كافة طائرات F35 المقاتلة",
             mention: "وزارة الدفاع الأمريكية", type: .organization, country: "USA", source: "ANT corpus: a ministry named with its nationality"),
        Case(text: "وقالت الخارجية الروسية: \"نعتبر هذا العمل لا أساس له على الإطلاق\"",
             mention: "الخارجية الروسية", type: .organization, country: "RUS", source: "ANT corpus: الخارجية + nationality"),
        Case(text: "أضافت المتحدثة باسم البيت الأبيض، ساره ساندرز، إن الإدارة الأميركية \"تواصل تقييم المعلومات\"",
             mention: "الإدارة الأميركية", type: .organization, country: "USA", source: "ANT corpus: الإدارة + nationality (dev-extra3 gold)"),
        Case(text: "اتهم رئيس السلطة الفلسطينية محمود عباس (أبومازن)، الأربعاء، حركة \"حماس\"",
             mention: "أبومازن", type: .person, country: "PSE", source: "dev-extra3 AL-internationalNews-126: a known nickname"),
        Case(text: "وذكرت \"أرامكو\"، عملاقة النفط السعودية، أن الحريق لم يؤثر على الإنتاج",
             mention: "أرامكو", type: .organization, country: "SAU", source: "ANT corpus: a company"),
        Case(text: "وقال متحدث باسم جيش جنوب السودان لوكالة رويترز، إن الجيش لم يتسلم التقرير",
             mention: "جيش جنوب السودان", type: .organization, country: "SSD",
             source: "ANT BB-internationalNews-782-20180711: a national body in the construct state, the country inside"),
        Case(text: "الروسية في قاعدة حميميم العسكرية في محافظة اللاذقية الواقعة على البحر المتوسط",
             mention: "البحر المتوسط", type: .location, country: nil, source: "ANT BB-internationalNews-325-20180411: a sea belongs to no single country"),
        Case(text: "كانت الصين متحمسة لتأكيد أهميتها في عملية تقليل التوترات في شبه الجزيرة الكورية",
             mention: "شبه الجزيرة الكورية", type: .location, country: nil, source: "ANT AL-internationalNews-1068-20180508"),
    ]

    @Test("a lexicon name is found with its proclitics left out", arguments: cases)
    func match(_ c: Case) throws {
        let (doc, analysis) = EntityFixture.analyze(c.text)
        let entity = try #require(EntityFixture.entity(c.mention, in: analysis, of: doc), "no mention «\(c.mention)» (\(c.source))")
        #expect(entity.type == c.type)
        #expect(entity.country == c.country)
        // The span is the first occurrence of the bare name: the proclitics before it stay out.
        let scalars = Array(c.text.unicodeScalars), name = Array(c.mention.unicodeScalars)
        let expected = (0 ... scalars.count - name.count).first { Array(scalars[$0 ..< $0 + name.count]) == name }!
        let span = try #require(entity.mentions.first { doc.text(in: $0) == c.mention })
        #expect(span == MarsadText.Span(start: expected, end: expected + name.count))
    }

    @Test("the readings of a token are CliticSegmenter.stemCandidates' readings")
    func readingsAgreeWithSegmenter() {
        // وبالأمس, للأمم, وروسيا, بباكو, لافروف: the spans the entity layer tries start where the
        // text layer's candidates start.
        for word in ["وبالأمس", "للأمم", "وروسيا", "بباكو", "لافروف", "وأذربيجان"] {
            let scalars = Array(word.unicodeScalars)
            let token = Tokenizer().tokenize(scalars)[0]
            let starts = Set(EntityFixture.toolkit.cliticSegmenter.stemCandidates(token, in: scalars).map(\.span.start))
            let doc = EntityFixture.document(word)
            let analysis = EntityFixture.extractor.analyze(doc)
            for entity in analysis.entities {
                for span in entity.mentions { #expect(starts.contains(span.start), "\(word): a span starts at \(span.start)") }
            }
        }
    }

    @Test("a network's Arabic service that published the report is not a mention of the network", arguments: [
        ("BBC Arabic", "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.", "بي بي سي عربي"),
        ("CNN Arabic", "وقالت القيادة المركزية الأمريكية لـCNN إن التحقيق جار.", "CNN"),
    ])
    func ownArabicService(_ outlet: String, _ text: String, _ surface: String) throws {
        let bare = EntityFixture.analyze(text)
        #expect(EntityFixture.entity(surface, in: bare.1, of: bare.0) != nil, "without metadata «\(surface)» is the network")
        let doc = Document(id: "test", text: text, metadata: Metadata(outlets: [Outlet(name: outlet, nameEn: outlet, role: .publisher)]),
                           toolkit: EntityFixture.toolkit)
        let analysis = EntityFixture.extractor.analyze(doc)
        #expect(EntityFixture.entity(surface, in: analysis, of: doc) == nil, "published by \(outlet)")
    }

    /// docs/ANNOTATION.md: official state names are kept whole (dev-extra2 SK-middleEast-2411
    /// «جمهورية إثيوبيا», BB-middleEast-426 «الجمهورية الاسلامية»); دولة stays outside.
    @Test("a state's formal name is one mention", arguments: [
        ("وقالت جمهورية إثيوبيا إن السد مهم", "جمهورية إثيوبيا", "ETH"),
        ("وصل الوفد لجمهورية مقدونيا أمس", "جمهورية مقدونيا", "MKD"),
        ("وقالت الجمهورية الإسلامية إن العقوبات ظالمة", "الجمهورية الإسلامية", "IRN"),
        ("وهاجمت المملكة السعودية القرار", "المملكة السعودية", "SAU"),
        ("وصل الوزير إلى دولة قطر أمس", "قطر", "QAT"),
    ])
    func formalStateName(_ text: String, _ surface: String, _ country: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text)
        let entity = try #require(EntityFixture.entity(surface, in: analysis, of: doc), "«\(surface)»")
        #expect(entity.type == .gpe)
        #expect(entity.country == country)
    }

    /// not-names.tsv `before_feminine_adjective`: القاعدة before a definite adjective in ـية is a
    /// base (all 119 such phrases of the ANT corpus), elsewhere Al-Qaeda.
    @Test("a name that is also a common noun is the noun before a feminine adjective", arguments: [
        ("وقال آمر القاعدة البحرية في صفاقس العميد محمد صالح سقعامة إن البحث مستمر", 0),
        ("وصلت الطائرات إلى القاعدة الجوية الروسية في حميميم", 0),
        ("وانسحبت القوات من القاعدة العسكرية شمال البلاد", 0),
        ("وأعلن تنظيم القاعدة مسؤوليته عن الهجوم", 1),
        ("وقال إن القاعدة الإرهابي يقف وراء التفجير", 1),
        ("وتبنت القاعدة الهجوم على القاعدة العسكرية", 1),
    ])
    func commonNounName(_ text: String, _ groupMentions: Int) {
        let (_, analysis) = EntityFixture.analyze(text)
        let mentions = analysis.entities.filter { $0.name == "Al-Qaeda" }.flatMap(\.mentions)
        #expect(mentions.count == groupMentions, "\(text)")
    }

    /// An outlet named by a common word (البيان "the statement", الحياة "life") is a mention only
    /// in a media context; بحسب alone is one only for a name without the article (بحسب وام).
    @Test("an outlet that is a common word needs a media context", arguments: [
        ("وأضاف أن الرئيس السوداني سيزور موسكو تلبية لدعوة الرئيس بوتين، بحسب البيان.", "البيان", false),
        ("غير أن الوزير التركي عقب على كلام الأمين العام، حسب البيان ذاته.", "البيان", false),
        ("وقال مسؤول خليجي لصحيفة \"البيان\" إن المفاوضات مستمرة.", "البيان", true),
        ("* نقلا عن \"الخليج\" الإماراتية", "الخليج", true),
        ("وأفادت وكالة أنباء الإمارات (وام) بأن الوفد وصل إلى الرياض.", "وام", true),
    ])
    func commonWordOutlet(_ text: String, _ surface: String, _ isOutlet: Bool) {
        let (doc, analysis) = EntityFixture.analyze(text)
        #expect((EntityFixture.entity(surface, in: analysis, of: doc) != nil) == isOutlet, "\(text)")
    }

    @Test("the lexicons load: countries from CLDR, nationality adjectives, titles, people")
    func lexicons() {
        let lexicons = EntityFixture.extractor.lexicons
        #expect(lexicons.countries["AZE"]?.nameAr == "أذربيجان")
        #expect(lexicons.lookup("الأذربيجاني").contains(.nationality(country: "AZE", form: .masculine)))
        #expect(lexicons.lookup("وزير الخارجية").contains { if case .title = $0 { return true } else { return false } })
        #expect(lexicons.records.contains { $0.type == .person && $0.nameEn == "Sergey Lavrov" })
        #expect(lexicons.records.filter { $0.type == .gpe }.count >= 240)
    }
}
