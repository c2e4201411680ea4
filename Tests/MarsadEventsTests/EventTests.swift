import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Events on real sentences: codes, sides, dates, places, modality and reciprocity.
@Suite struct EventTests {
    struct Expected: Sendable {
        let cameo: String
        let modality: Modality
        /// Countries (or names, for entities without one) of the two sides.
        let source: Set<String>
        let target: Set<String>
        var date: String? = nil
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let text: String
        let entities: [SentenceFixture.Named]
        var times: [(String, String)] = []
        var published = "2018-06-01"
        /// Every expected event, by code; other events may be read besides.
        let events: [Expected]
        /// How many events are read in all, when the case says (none for a look-alike, one for a
        /// call told with its manner).
        var count: Int? = nil
        var testDescription: String { source }
    }

    static let lavrov = SentenceFixture.Named.person("سيرغي لافروف", "لافروف", country: "RUS", name: "Sergey Lavrov")

    static let cases: [Case] = [
        Case(source: "sample (Sputnik, 11 May 2021): a visit with its day, an earlier visit, a meeting",
             text: "هذا ووصل لافروف يوم أمس الاثنين، بزيارة عمل إلى باكو، و في وقت سابق، زار يريفان حيث التقى بوزير الوزراء الأرميني نيكول باشينيان القائم بأعمال وزير الخارجية اروي ايفازيان.",
             entities: [lavrov, .place("باكو", country: "AZE", name: "Baku"), .place("يريفان", country: "ARM", name: "Yerevan"),
                        .person("نيكول باشينيان", country: "ARM", name: "Nikol Pashinyan"), .person("اروي ايفازيان", country: "ARM", name: "Ara Aivazian")],
             times: [("يوم أمس الاثنين", "2021-05-10")], published: "2021-05-11",
             events: [Expected(cameo: "042", modality: .asserted, source: ["RUS"], target: ["AZE"], date: "2021-05-10"),
                      Expected(cameo: "042", modality: .asserted, source: ["RUS"], target: ["ARM"]),
                      Expected(cameo: "040", modality: .asserted, source: ["RUS"], target: ["ARM"])]),
        Case(source: "sample: two states sign (dual verb), under a third's auspices, in force on a date",
             text: "يذكر أن أرمينيا وأذربيجان وقعتا برعاية روسيا، اتّفاقاً لوقف إطلاق النار في ناغورني قره باغ، دخل حيز التنفيذ في الـ10 من تشرين الثاني /نوفمبر 2020.",
             entities: [.gpe("أرمينيا", country: "ARM", name: "Armenia"), .gpe("أذربيجان", country: "AZE", name: "Azerbaijan"),
                        .gpe("روسيا", country: "RUS", name: "Russia"), .place("ناغورني قره باغ", country: nil, name: "Nagorno-Karabakh")],
             times: [("الـ10 من تشرين الثاني /نوفمبر 2020", "2020-11-10")], published: "2021-05-11",
             events: [Expected(cameo: "057", modality: .asserted, source: ["ARM", "AZE"], target: ["ARM", "AZE"], date: "2020-11-10"),
                      Expected(cameo: "0871", modality: .asserted, source: ["ARM", "AZE"], target: ["ARM", "AZE"], date: "2020-11-10"),
                      Expected(cameo: "045", modality: .asserted, source: ["RUS"], target: ["ARM", "AZE"], date: "2020-11-10")]),
        Case(source: "BBC Arabic, 31 Jul 2018: the two leaders met (reciprocal) at a third place (044)",
             text: "والتقى الزعيمان ترامب وكيم في قمة تاريخية غير مسبوقة بين رئيس أمريكي في الخدمة وزعيم كوري شمالي في سنغافورة في يونيو/ حزيران الماضي.",
             entities: [.person("ترامب", country: "USA", name: "Donald Trump"), .person("كيم", country: "PRK", name: "Kim Jong-un"),
                        .gpe("سنغافورة", country: "SGP", name: "Singapore")],
             events: [Expected(cameo: "044", modality: .asserted, source: ["USA", "PRK"], target: ["USA", "PRK"])]),
        Case(source: "Al Arabiya, 24 Jun 2018: لم negates a meeting",
             text: "ولم يلتق كوشنير وغرينبلات اللذان توجها إلى الأردن والسعودية ومصر في إطار جولتهما بعباس الذي جمد جميع اتصالات السلطة الفلسطينية مع المسؤولين الأميركيين.",
             entities: [.person("كوشنير", country: "USA", name: "Jared Kushner"), .person("غرينبلات", country: "USA", name: "Jason Greenblatt"),
                        .gpe("الأردن", country: "JOR", name: "Jordan"), .gpe("السعودية", country: "SAU", name: "Saudi Arabia"),
                        .gpe("مصر", country: "EGY", name: "Egypt"), .person("عباس", country: "PSE", name: "Mahmoud Abbas")],
             events: [Expected(cameo: "040", modality: .negated, source: ["USA"], target: ["PSE"])]),
        Case(source: "Al Arabiya, 6 Jul 2018: لم negates a signing, which then names no agreement",
             text: "ولم توقع إسرائيل وسوريا على معاهدة سلام رسمية.",
             entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .gpe("سوريا", country: "SYR", name: "Syria")],
             events: [Expected(cameo: "057", modality: .negated, source: ["ISR", "SYR"], target: ["ISR", "SYR"])]),
        Case(source: "Al Arabiya, 11 May 2018: the future سـ, and a present verb joined to it",
             text: "أعلن المسؤول في وزارة الخارجية الروسية، زامير كابولوف، أن وزير الخارجية الإيراني، محمد جواد #ظريف، سيزور موسكو في 14 أيار/مايو، ويلتقي بنظيره الروسي، سيرغي #لافروف، وفق ما ذكرت وكالة الإعلام الروسية الجمعة.",
             entities: [.person("زامير كابولوف", country: "RUS", name: "Zamir Kabulov"), .person("محمد جواد #ظريف", "ظريف", country: "IRN", name: "Mohammad Javad Zarif"),
                        .place("موسكو", country: "RUS", name: "Moscow"), lavrov],
             times: [("14 أيار/مايو", "2018-05-14")], published: "2018-05-11",
             events: [Expected(cameo: "042", modality: .future, source: ["IRN"], target: ["RUS"], date: "2018-05-14"),
                      Expected(cameo: "040", modality: .future, source: ["IRN"], target: ["RUS"])]),
        Case(source: "France 24, 3 Jun 2018: يعتزم plans a visit and a meeting",
             text: "ونقلت الوكالة عن الرئيس السوري بشار الأسد قوله بأنه يعتزم زيارة كوريا الشمالية ولقاء الزعيم الكوري كيم جونغ أون.",
             entities: [.person("بشار الأسد", country: "SYR", name: "Bashar al-Assad"), .gpe("كوريا الشمالية", country: "PRK", name: "North Korea"),
                        .person("كيم جونغ أون", country: "PRK", name: "Kim Jong-un")],
             events: [Expected(cameo: "042", modality: .future, source: ["SYR"], target: ["PRK"]),
                      Expected(cameo: "040", modality: .future, source: ["SYR"], target: ["PRK"])]),
        Case(source: "BBC Arabic, 16 Aug 2018: قد + imperfect is hypothetical; a nationality adjective names the actor",
             text: "وحسب التلفزيون الإسرائيلي فإن الوزير المصري قد يزور رام الله في محاولة جديدة لإقناع الرئيس محمود عباس بمباركة التهدئة.",
             entities: [.gpe("مصر", country: "EGY", name: "Egypt"), .place("رام الله", country: "PSE", name: "Ramallah"),
                        .person("محمود عباس", country: "PSE", name: "Mahmoud Abbas")],
             events: [Expected(cameo: "042", modality: .hypothetical, source: ["EGY"], target: ["PSE"])]),
        Case(source: "Al-Riyadh, 26 Jul 2015: clashes between two named sides on a named day",
             text: "كما اندلعت اشتباكات عنيفة، امس السبت، بين الحوثيين والموالين لصالح والمقاومة الشعبية بمحافظة أبين جنوبي اليمن.",
             entities: [.organization("الحوثيين", country: "YEM", name: "Houthis"), .person("صالح", country: "YEM", name: "Ali Abdullah Saleh"),
                        .organization("المقاومة الشعبية", country: "YEM", name: "Popular Resistance"), .place("أبين", country: "YEM", name: "Abyan"),
                        .gpe("اليمن", country: "YEM", name: "Yemen")],
             times: [("امس السبت", "2015-07-25")], published: "2015-07-26",
             events: [Expected(cameo: "190", modality: .asserted, source: ["YEM"], target: ["YEM"], date: "2015-07-25")]),
        Case(source: "France 24, 29 Apr 2018 (dev-extra): a time in a relative clause set off by commas is another fact's",
             text: "والتقى لودريان، الذي وصل مساء السبت إلى العاصمة المصرية، السيسي ونظيره المصري سامح شكري.",
             entities: [.person("لودريان", country: "FRA", name: "Jean-Yves Le Drian"), .person("السيسي", country: "EGY", name: "Abdel Fattah el-Sisi"),
                        .person("سامح شكري", country: "EGY", name: "Sameh Shoukry"), .gpe("مصر", country: "EGY", name: "Egypt")],
             times: [("مساء السبت", "2018-04-28")], published: "2018-04-29",
             events: [Expected(cameo: "040", modality: .asserted, source: ["FRA"], target: ["EGY"], date: nil)]),
        Case(source: "France 24, 5 Jul 2018 (dev-extra): «اتفاقات \"مصالحة\" منفصلة مع X»: X is the other side",
             text: "وأبرمت روسيا في الأيام الأخيرة اتفاقات \"مصالحة\" منفصلة مع النظام السوري في أكثر من ثلاثين قرية وبلدة.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .organization("النظام السوري", country: "SYR", name: "Government of Syria")],
             events: [Expected(cameo: "057", modality: .asserted, source: ["RUS"], target: ["SYR"])]),
    ]

    @Test(arguments: cases)
    func events(_ c: Case) {
        Self.check(c)
    }

    /// Every expected event is read, with its spans in the text and its PLOVER type; with
    /// `anyDateWhenNil`, an expected date of nil accepts any date.
    static func check(_ c: Case, anyDateWhenNil: Bool = false) {
        let fixture = SentenceFixture(c.text, entities: c.entities, times: c.times, published: c.published)
        let events = fixture.analyze().events
        let summary = events.map { "\($0.cameo) \($0.modality) \(fixture.countries($0.source))→\(fixture.countries($0.target)) \($0.date ?? "-")" }
        if let count = c.count { #expect(events.count == count, "\(summary)") }
        for expected in c.events {
            let match = events.first { e in
                e.cameo == expected.cameo && e.modality == expected.modality
                    && fixture.countries(e.source) == expected.source && expected.target.isSubset(of: fixture.countries(e.target))
                    && (e.date == expected.date || (anyDateWhenNil && expected.date == nil))
            }
            #expect(match != nil, "\(expected.cameo) \(expected.modality) \(expected.source)→\(expected.target) in \(summary)")
            if let match {
                // Every span points into the text: the trigger inside its sentence and evidence.
                #expect(match.sentence.contains(match.trigger))
                #expect(match.evidence.contains { $0.contains(match.trigger) })
                #expect(!fixture.text(match.trigger).isEmpty)
                let code = OracleRun.lexicon.cameoCodes[match.cameo]
                #expect(match.plover.type == code?.ploverType)
            }
        }
    }

    @Test func newsOutletsAreNoSides() {
        // ANT AL-internationalNews-1714-20180621 (Reuters is named earlier in the report).
        let text = "وقالت رويترز إن الزعيم الكوري الشمالي كيم جونغ أون وصل إلى بكين.\nوجاء الاجتماع بين الزعيمين فى اليوم الثانى والأخير من زيارة الزعيم الكورى الشمالى إلى بكينن والتي امتدت يومين وبدأت الثلاثاء، حيث أطلع كيم، الرئيس الصينى على قمته مع الرئيس الأميركى #دونالد_ترمب فى الأسبوع الماضى."
        let fixture = SentenceFixture(text, entities: [
            .organization("رويترز", country: "GBR", name: "Reuters", cameo: "GBRMED"),
            .person("كيم جونغ أون", "كيم", country: "PRK", name: "Kim Jong-un"),
            .place("بكين", country: "CHN", name: "Beijing"),
            .person("دونالد_ترمب", country: "USA", name: "Donald Trump"),
        ], published: "2018-06-21")
        let events = fixture.analyze().events
        let sides = events.flatMap { fixture.countries($0.source).union(fixture.countries($0.target)) }
        #expect(!sides.contains("GBR"), "\(events.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    @Test func oneEventPerFact() {
        // Sample: the talks in Baku are told twice (المحادثات في باكو; اجتماع مع نظيره الأذربيجاني).
        let text = "أعلن وزير الخارجية الروسي، سيرغي لافروف، اليوم الثلاثاء، أن الوفد الروسي خلال المحادثات في باكو يريد تحديد خطوات ملموسة.\n\nقال لافروف خلال اجتماع مع نظيره الأذربيجاني جيهون بيراموف: \"نحن نركز على التنفيذ الكامل لجميع الاتفاقات\"."
        let fixture = SentenceFixture(text, entities: [
            Self.lavrov, .person("جيهون بيراموف", country: "AZE", name: "Jeyhun Bayramov"), .place("باكو", country: "AZE", name: "Baku"),
            .gpe("أذربيجان", country: "AZE", name: "Azerbaijan"), .gpe("روسيا", country: "RUS", name: "Russia"),
        ], times: [("اليوم الثلاثاء", "2021-05-11")], published: "2021-05-11")
        let consults = fixture.analyze().events.filter { $0.cameo == "040" }
        #expect(consults.count == 1)
        #expect(consults.first?.evidence.count == 2)
        #expect(consults.first?.date == "2021-05-11")
    }
}
