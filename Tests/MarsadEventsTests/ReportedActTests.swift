import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Praise, appeals, accusations told in the present, shootings (برصاص، بنيران), attacks by
/// transnational militant groups (18), subjects after كان and the UN envoy named by title (branch
/// events5), on real sentences of benchmark reports in no gold set (the report each comes from is
/// named) and of the development gold.
@Suite struct ReportedActTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "France 24, 17 May 2018 (FR-internationalNews-1299): هنأ + its object is praise (051)",
             text: "وفقا للكرملين، هنأ بوتين الرئيس السوري على \"نجاحات جيش الحكومة السورية في مكافحة الجماعات الإرهابية\" وشدد على \"ضرورة تهيئة ظروف جديدة لاستئناف العملية السياسية على نطاق واسع\".",
             entities: [.person("بوتين", country: "RUS", name: "Vladimir Putin"), .gpe("سوريا", country: "SYR", name: "Syria")],
             published: "2018-05-17",
             events: [Expected(cameo: "051", modality: .asserted, source: ["RUS"], target: ["SYR"])]),
        Case(source: "BBC Arabic, 30 Mar 2018 (BB-middleEast-267): أثنى على X is praise of X",
             text: "وبحسب بيان صادر عن مكتب ماكرون، فقد أثنى الرئيس الفرنسي على \"تضحيات\" قوات سوريا الديمقراطية في القتال ضد تنظيم \"الدولة الإسلامية\".",
             entities: [.person("ماكرون", country: "FRA", name: "Emmanuel Macron"), .gpe("فرنسا", country: "FRA", name: "France"),
                        .organization("قوات سوريا الديمقراطية", country: "SYR", name: "Syrian Democratic Forces"),
                        .organization("الدولة الإسلامية", country: nil, name: "Islamic State")],
             published: "2018-03-30",
             events: [Expected(cameo: "051", modality: .asserted, source: ["FRA"], target: ["SYR"])]),
        Case(source: "Al Arabiya, 27 Feb 2018 (AL-internationalNews-249): حث X على is an appeal to X (020)",
             text: "وحث مون الولايات المتحدة على \"الحد من شروطها\" لبدء حوار مع كوريا الشمالية.",
             entities: [.person("مون", country: "KOR", name: "Moon Jae-in"), .gpe("الولايات المتحدة", country: "USA", name: "United States"),
                        .gpe("كوريا الشمالية", country: "PRK", name: "North Korea")],
             published: "2018-02-27",
             events: [Expected(cameo: "020", modality: .asserted, source: ["KOR"], target: ["USA"])]),
        Case(source: "BBC Arabic, 1 Aug 2018 (BB-internationalNews-907): an accusation in the present is dated by the dateline",
             text: "وتتهم الولايات المتحدة الصين بسرقة حقوق الملكية الفكرية، كما أن واشنطن تسعى إلى تخفيض العجز التجاري مع ثاني أكبر اقتصاد في العالم.",
             entities: [.gpe("الولايات المتحدة", "واشنطن", country: "USA", name: "United States"), .gpe("الصين", country: "CHN", name: "China")],
             published: "2018-08-01",
             events: [Expected(cameo: "112", modality: .asserted, source: ["USA"], target: ["CHN"], date: "2018-08-01")]),
        Case(source: "Sky News Arabia, 11 May 2018 (SK-middleEast-1606): killed by a state's army's bullets is repression (175) in the place's country",
             text: "قتل فلسطينيان برصاص الجيش الإسرائيلي في غزة، الجمعة، خلال الاحتجاجات التي يشهدها القطاع منذ عدة أسابيع.",
             entities: [.organization("الجيش الإسرائيلي", country: "ISR", name: "Israel Defense Forces"), .place("غزة", country: "PSE", name: "Gaza")],
             times: [("الجمعة", "2018-05-11")], published: "2018-05-11",
             events: [Expected(cameo: "175", modality: .asserted, source: ["ISR"], target: ["PSE"], date: "2018-05-11")]),
        Case(source: "Sky News Arabia, 9 Jun 2018 (SK-internationalNews-2048): the subject stands between كانت and قد + the verb",
             text: "وكانت ميانمار ومنظمات الأمم المتحدة قد وقعت الأربعاء الماضي، اتفاقا يمكن أن يؤدي إلى عودة نحو 700 ألف لاجئ روهينغي فروا من الاضطهاد في وطنهم.",
             entities: [.gpe("ميانمار", country: "MMR", name: "Myanmar"), .organization("الأمم المتحدة", country: nil, name: "United Nations", cameo: "IGOUNO")],
             times: [("الأربعاء الماضي", "2018-06-06")], published: "2018-06-09",
             events: [Expected(cameo: "057", modality: .asserted, source: ["MMR", "United Nations"], target: ["MMR"], date: "2018-06-06")]),
        Case(source: "Sky News Arabia, 24 Jun 2018 (SK-middleEast-2573): attacks by a transnational militant group (IMG) are 18, not 19",
             text: "وشن تنظيم داعش، منذ طرده من الرقة هجمات محدودة ضد قوات سوريا الديمقراطية، في محيط المدينة.",
             entities: [.organization("تنظيم داعش", country: nil, name: "Islamic State", cameo: "IMG"), .place("الرقة", country: "SYR", name: "Raqqa"),
                        .organization("قوات سوريا الديمقراطية", country: "SYR", name: "Syrian Democratic Forces")],
             published: "2018-06-24",
             events: [Expected(cameo: "180", modality: .asserted, source: ["Islamic State"], target: ["SYR"])]),
        Case(source: "Sky News Arabia, 25 Jul 2018 (SK-middleEast-3089): قتل told actively, its subject and a count of victims after it",
             text: "قتل الجيش الإسرائيلي، الأربعاء، 3 فلسطينيين على الحدود الشرقية لغزة بقصف مدفعي، قال إنه وقع بعد تعرض جنوده لهجوم.",
             entities: [.organization("الجيش الإسرائيلي", country: "ISR", name: "Israel Defense Forces"), .place("غزة", country: "PSE", name: "Gaza")],
             times: [("الأربعاء", "2018-07-25")], published: "2018-07-25",
             events: [Expected(cameo: "190", modality: .asserted, source: ["ISR"], target: ["PSE"], date: "2018-07-25")]),
        Case(source: "BBC Arabic, 7 Apr 2018 (BB-middleEast-306): a plural قتلوا with its subject before it and the count after it",
             text: "أعلنت مصادر عسكرية ووسائل إعلام تابعة للحركة الحوثية في اليمن أن الحوثيين قتلوا العشرات من الجنود السودانيين التابعين للتحالف بقيادة السعودية في معارك شمالي اليمن.",
             entities: [.organization("الحوثيين", country: "YEM", name: "Houthis", cameo: "YEMREB"), .gpe("اليمن", country: "YEM", name: "Yemen"),
                        .gpe("السودان", country: "SDN", name: "Sudan"), .gpe("السعودية", country: "SAU", name: "Saudi Arabia")],
             published: "2018-04-07",
             events: [Expected(cameo: "190", modality: .asserted, source: ["YEM"], target: ["SDN"])]),
    ]

    /// Killings told with قتل in the passive (no diacritics tell it): victims, no agent.
    static let passiveKillings: [EventTests.Case] = [
        Case(source: "Al Arabiya, 13 May 2018 (AL-internationalNews-1150): «قتل 6 أشخاص» names victims only",
             text: "قتل 6 أشخاص وأصيب عشرات آخرين بسلسلة انفجارات في مدينة جلال آباد شرق أفغانستان، الأحد، وفق مسؤولين.",
             entities: [.place("جلال آباد", country: "AFG", name: "Jalalabad"), .gpe("أفغانستان", country: "AFG", name: "Afghanistan")],
             published: "2018-05-13", events: []),
        Case(source: "Asharq Al-Awsat, 1 Aug 2015 (hn33, dev-develop): «سبعة جنود ليبيين قتلوا أمس» — the soldiers were killed",
             text: "وعلى صعيد متصل بالأزمة في ليبيا، قال مسؤولون عسكريون إن سبعة جنود ليبيين قتلوا أمس الجمعة عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش تحرسها قوات موالية للحكومة المعترف بها دوليا.",
             entities: [.organization("تنظيم داعش", country: nil, name: "Islamic State", cameo: "IMG"), .gpe("ليبيا", country: "LBY", name: "Libya")],
             published: "2015-08-01", events: []),
    ]

    @Test(arguments: passiveKillings)
    func noKillingEvent(_ c: EventTests.Case) {
        let fixture = SentenceFixture(c.text, entities: c.entities, times: c.times, published: c.published)
        let killings = fixture.analyze().events.filter { ["قتل", "قتلوا"].contains(fixture.text($0.trigger)) }
        #expect(killings.isEmpty, "\(killings.map(\.cameo))")
    }

    @Test(arguments: cases)
    func events(_ c: Case) {
        EventTests.check(c)
    }

    @Test func theBulletsOfGunmenAreUnconventionalViolence() {
        // CNN Arabic, 27 May 2018 (CN-middleEast-1031): «بنيران مسلحين» — the shooters are an armed
        // group, not a state's forces: 180, not 175.
        let fixture = SentenceFixture("أعلنت وزارة الدفاع الروسية، الأحد، مقتل أربعة جنود روس بنيران مسلحين في سوريا، في معركة استمرت نحو ساعة.",
                                      entities: [.organization("وزارة الدفاع الروسية", country: "RUS", name: "Ministry of Defence (Russia)"),
                                                 .gpe("سوريا", country: "SYR", name: "Syria")],
                                      published: "2018-05-27")
        let events = fixture.analyze().events.filter { fixture.text($0.trigger) == "بنيران" }
        #expect(events.map(\.cameo) == ["180"])
        #expect(events.first?.sourceAgents.map { fixture.text($0.span) } == ["مسلحين"])
        #expect(events.first.map { fixture.countries($0.source) } == [])
    }

    @Test func aMeetingUnderAFutureVerbIsPlanned() {
        // Al Arabiya, 12 Jun 2018 (AL-internationalNews-1585): «وسيشارك … في اجتماع» — the meeting
        // the envoy will attend is future, not a fact (modality-markers.tsv: سيشارك).
        let fixture = SentenceFixture("وسيشارك المبعوث الدولي في اجتماع وزراء خارجية دول الاتحاد الأوروبي يوم الاثنين في لوكسمبورغ.",
                                      entities: [.organization("الاتحاد الأوروبي", country: nil, name: "European Union", cameo: "IGOEEC"),
                                                 .place("لوكسمبورغ", country: "LUX", name: "Luxembourg")],
                                      published: "2018-06-12")
        let meetings = fixture.analyze().events.filter { fixture.text($0.trigger) == "اجتماع" }
        #expect(!meetings.isEmpty)
        #expect(meetings.allSatisfy { $0.modality == .future }, "\(meetings.map(\.modality))")
    }

    @Test func theUNEnvoyByTitleActsForTheUN() {
        // Al Arabiya, 17 Jun 2018 (dev-extra, AL-internationalNews-1648): «المبعوث الأممي الذي وصل،
        // السبت، إلى صنعاء» — an arrival of the UN (IGOUNO) in Yemen; the envoy has no country of
        // his own, so Sanaa is a foreign capital to him.
        let fixture = SentenceFixture("وبحسب المصادر المقربة من قيادات حوثية، فإن المبعوث الأممي الذي وصل، السبت، إلى صنعاء، يصر على لقاء زعيم المتمردين، عبدالملك الحوثي.",
                                      entities: [.place("صنعاء", country: "YEM", name: "Sanaa"), .gpe("اليمن", country: "YEM", name: "Yemen"),
                                                 .person("عبدالملك الحوثي", country: "YEM", name: "Abdul-Malik al-Houthi")],
                                      times: [("السبت", "2018-06-16")], published: "2018-06-17")
        let visits = fixture.analyze().events.filter { $0.cameo == "042" }
        #expect(visits.count == 1)
        #expect(visits.first?.sourceAgents.map { "\(fixture.text($0.span))|\($0.cameo)|\($0.label)" } == ["المبعوث الأممي|IGOUNO|United Nations"])
        #expect(visits.first.map { fixture.countries($0.target) } == ["YEM"])
        #expect(visits.first?.date == "2018-06-16")
    }

    @Test func aPersonAfterTheUNEnvoysTitleActsForTheUN() {
        // Al Arabiya, 3 Jun 2018 (AL-internationalNews-1449): «لقائه مع المبعوث الأممي مارتن
        // غريفيث» — Griffiths is met, and with him the UN.
        let fixture = SentenceFixture("وتطرق هادي لحصيلة لقائه مع المبعوث الأممي مارتن غريفيث، مؤكداً موقف الحكومة الداعم للسلام المرتكز على المرجعيات الثلاث.",
                                      entities: [.person("هادي", country: "YEM", name: "Abdrabbuh Mansur Hadi"),
                                                 .person("مارتن غريفيث", country: "GBR", name: "Martin Griffiths")],
                                      published: "2018-06-03")
        let meetings = fixture.analyze().events.filter { $0.cameo == "040" }
        #expect(meetings.count == 1)
        #expect(meetings.first.map { fixture.countries($0.target) } == ["GBR"])
        #expect(meetings.first?.targetAgents.map { "\(fixture.text($0.span))|\($0.cameo)" } == ["مارتن غريفيث|IGOUNO"])
    }
}
