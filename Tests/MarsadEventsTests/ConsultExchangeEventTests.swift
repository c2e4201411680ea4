import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Branch events10 (docs/EVENTS.md): talks told with تباحث and تحادث, traded accusations
/// (تبادل الاتهامات, 112 both ways), an attack noun made verbal by its adjective (111), the
/// recognition of Jerusalem as a capital (054), one event per side met or aimed at, an
/// imperfect after «من المقرر أن» planned, «، وذلك خلال زيارته» dated by the clause before,
/// shootings told with «أطلق X النار على» (175), the agents of an attack noun ending at a
/// preposition, and the caller of a call received («اتصالا هاتفيا من»). Real sentences of benchmark reports in no gold set and
/// of dev-extra3 (develop), named by their id.
@Suite struct ConsultExchangeEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "FR-middleEast-14-20180216: «تباحث الرئيس التركي رجب طيب أردوغان … مع وزير الخارجية الأمريكي»",
             text: "تباحث الرئيس التركي رجب طيب أردوغان مساء الخميس مطولا مع وزير الخارجية الأمريكي ريكس تيلرسون، في لقاء هدفه تخفيف حدة التوتر بين أنقرة وواشنطن، على خلفية العملية العسكرية التركية في عفرين السورية.",
             entities: [.person("رجب طيب أردوغان", country: "TUR", name: "Recep Tayyip Erdogan"),
                        .person("ريكس تيلرسون", country: "USA", name: "Rex Tillerson"),
                        .place("أنقرة", country: "TUR", name: "Ankara"), .place("واشنطن", country: "USA", name: "Washington"),
                        .place("عفرين", country: "SYR", name: "Afrin")],
             published: "2018-02-16",
             events: [Expected(cameo: "040", modality: .asserted, source: ["TUR"], target: ["USA"])]),
        Case(source: "FR-internationalNews-2663-20180811: «أن أردوغان تحادث هاتفيا مع نظيره الروسي فلاديمير بوتين»",
             text: "وكما ولو أن في الأمر دلالة ما، أعلنت الرئاسة التركية بعيد هذه التغريدة أن أردوغان تحادث هاتفيا مع نظيره الروسي فلاديمير بوتين وأنهما تباحثا بشكل خاص في الوضع في سوريا والمبادلات التجارية.",
             entities: [.organization("الرئاسة التركية", country: "TUR", name: "Turkish Presidency"),
                        .person("أردوغان", country: "TUR", name: "Recep Tayyip Erdogan"),
                        .person("فلاديمير بوتين", country: "RUS", name: "Vladimir Putin"), .gpe("سوريا", country: "SYR", name: "Syria")],
             published: "2018-08-11",
             // هاتفيا after the verb: a phone call (main's rule, docs/EVENTS.md «Manner»).
             events: [Expected(cameo: "041", modality: .asserted, source: ["TUR"], target: ["RUS"])]),
        Case(source: "AL-internationalNews-639-20180326: «ومن المقرر أن يتباحث الوزير الفرنسي … مع رئيس الوزراء الإسرائيلي» (planned)",
             text: "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى القدس. ومن المقرر أن يتباحث الوزير الفرنسي بعد ظهر الاثنين مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو ووزير خارجيته خصوصاً بشأن الملفين السوري والإيراني.",
             entities: [.person("جان إيف لودريان", country: "FRA", name: "Jean-Yves Le Drian"),
                        .place("القدس", country: "ISR", name: "Jerusalem"),
                        .person("بنيامين نتنياهو", country: "ISR", name: "Benjamin Netanyahu")],
             published: "2018-03-26",
             events: [Expected(cameo: "040", modality: .future, source: ["FRA"], target: ["ISR"])]),
        Case(source: "SK-middleEast-3806-20181010: «ومن المقرر أن تشهد الزيارة لقاء السيسي مع …» (a noun governed by the planned imperfect)",
             text: "ومن المقرر أن تشهد الزيارة لقاء السيسي مع رئيس الوزراء اليوناني أليكسيس تسيبراس، والرئيس القبرصي نيكوس أناستاسيادس.",
             entities: [.person("السيسي", country: "EGY", name: "Abdel Fattah el-Sisi"),
                        .person("أليكسيس تسيبراس", country: "GRC", name: "Alexis Tsipras"),
                        .person("نيكوس أناستاسيادس", country: "CYP", name: "Nicos Anastasiades")],
             published: "2018-10-10",
             events: [Expected(cameo: "040", modality: .future, source: ["EGY"], target: ["GRC"])]),
        Case(source: "AL-internationalNews-1175-20180515: «أن اجتماع منظمة التعاون الإسلامي سيعقد الجمعة في اسطنبول» (the meeting's future verb after it: planned)",
             text: "وأكد مسؤول في الخارجية التركية لم يكشف هويته أن اجتماع منظمة التعاون الإسلامي سيعقد الجمعة في اسطنبول.",
             entities: [.organization("منظمة التعاون الإسلامي", country: nil, name: "Organisation of Islamic Cooperation"),
                        .place("اسطنبول", country: "TUR", name: "Istanbul")],
             published: "2018-05-15",
             events: [Expected(cameo: "040", modality: .future, source: ["Organisation of Islamic Cooperation"], target: [])]),
        Case(source: "SK-internationalNews-2336-20180627: «كان … قد تعهد في قمة جمعته بالرئيس الأميركي» (قد + a perfect: the summit took place)",
             text: "وكان زعيم كوريا الشمالية كيم جونغ أون قد تعهد في قمة جمعته بالرئيس الأميركي دونالد ترامب في سنغافورة بنزع السلاح النووي.",
             entities: [.person("كيم جونغ أون", country: "PRK", name: "Kim Jong-un"),
                        .person("دونالد ترامب", country: "USA", name: "Donald Trump"),
                        .gpe("سنغافورة", country: "SGP", name: "Singapore")],
             published: "2018-06-27",
             events: [Expected(cameo: "040", modality: .asserted, source: ["PRK"], target: [])]),
        Case(source: "FR-internationalNews-2262-20180711: «شن … ترامب الأربعاء هجوما حادا على ألمانيا» (verbal: 111, not 190)",
             text: "شن الرئيس الأمريكي دونالد ترامب الأربعاء هجوما حادا على ألمانيا متهما إياها بإثراء روسيا وعدم الوفاء بالتزاماتها خلال اليوم الأول من قمة حلف شمال الأطلسي في بروكسل.",
             entities: [.person("دونالد ترامب", country: "USA", name: "Donald Trump"), .gpe("ألمانيا", country: "DEU", name: "Germany"),
                        .gpe("روسيا", country: "RUS", name: "Russia"),
                        .organization("حلف شمال الأطلسي", country: nil, name: "NATO"), .place("بروكسل", country: "BEL", name: "Brussels")],
             published: "2018-07-11",
             events: [Expected(cameo: "111", modality: .asserted, source: ["USA"], target: ["DEU"])]),
        Case(source: "AL-internationalNews-1185-20180516: «وكان ترمب اعترف بالقدس عاصمة لإسرائيل» (054)",
             text: "وكان ترمب اعترف بالقدس عاصمة لإسرائيل في ديسمبر كانون الأول وتعهد بنقل السفارة الأمريكية إلى هناك.",
             entities: [.person("ترمب", country: "USA", name: "Donald Trump"), .place("القدس", country: "ISR", name: "Jerusalem"),
                        .gpe("إسرائيل", country: "ISR", name: "Israel")],
             published: "2018-05-16",
             events: [Expected(cameo: "054", modality: .asserted, source: ["USA"], target: ["ISR"])]),
        Case(source: "dev-extra3 CN-middleEast-1217-20180815: «، وذلك خلال زيارته إلى أنقرة» takes the day of the clause before it",
             text: "أعلنت السلطات القطرية والتركية، الأربعاء، أن أمير قطر الشيخ تميم بن حمد قرر دعم الاقتصاد التركي بـ15 مليار دولار في صورة استثمارات جديدة وودائع وضمانات، وذلك خلال زيارته إلى أنقرة، في ظل الأزمة الاقتصادية التي تشهدها تركيا وانهيار سعر الليرة.",
             entities: [.person("الشيخ تميم بن حمد", country: "QAT", name: "Tamim bin Hamad Al Thani"),
                        .place("أنقرة", country: "TUR", name: "Ankara"), .gpe("تركيا", country: "TUR", name: "Turkey")],
             times: [("الأربعاء", "2018-08-15")],
             published: "2018-08-15",
             events: [Expected(cameo: "042", modality: .asserted, source: ["QAT"], target: ["TUR"], date: "2018-08-15")]),
        Case(source: "FR-internationalNews-1867-20180617: «أطلق الجنود الإسرائيليون السبت النار على فلسطينيين اثنين» (175), with a sentence of its third paragraph that names Israel",
             text: "أطلق الجنود الإسرائيليون السبت النار على فلسطينيين اثنين كانا بصدد إطلاق بالونات \"حارقة\" من غزة في اتجاه الأراضي الإسرائيلية، ما أدى لإصابتهما بجروح.\nوصرحت متحدثة عسكرية إسرائيلية أن \"طائرة\" إسرائيلية أطلقت النار قرب مجموعة فلسطينيين كانوا يطلقون بالونات حارقة في اتجاه إسرائيل.",
             entities: [.place("غزة", country: "PSE", name: "Gaza"), .gpe("إسرائيل", country: "ISR", name: "Israel")],
             published: "2018-06-17",
             events: [Expected(cameo: "175", modality: .asserted, source: ["ISR"], target: ["PSE"])]),
        Case(source: "FR-middleEast-280-20180414: «الضربات العسكرية التي شنتها الولايات المتحدة وحليفتاها فرنسا وبريطانيا ضد نظام الرئيس بشار الأسد» (the agents end at ضد)",
             text: "أكد الجيش الروسي السبت أن الضربات العسكرية التي شنتها الولايات المتحدة وحليفتاها فرنسا وبريطانيا ضد نظام الرئيس بشار الأسد في سوريا، لم تتسبب بوقوع \"أية ضحية\" بين المدنيين والعسكريين.",
             entities: [.organization("الجيش الروسي", country: "RUS", name: "Armed Forces of Russia"),
                        .gpe("الولايات المتحدة", country: "USA", name: "United States"), .gpe("فرنسا", country: "FRA", name: "France"),
                        .person("بشار الأسد", country: "SYR", name: "Bashar al-Assad"), .gpe("سوريا", country: "SYR", name: "Syria")],
             published: "2018-04-14",
             events: [Expected(cameo: "190", modality: .asserted, source: ["USA"], target: ["SYR"]),
                      Expected(cameo: "190", modality: .asserted, source: ["FRA"], target: ["SYR"])]),
        Case(source: "SK-middleEast-741-20180402: «تلقى الرئيس المصري … اتصالا هاتفيا من الرئيس الأميركي» (the caller after من)",
             text: "تلقى الرئيس المصري، عبد الفتاح السيسي، الاثنين، اتصالا هاتفيا من الرئيس الأميركي دونالد ترامب، لتهنئته على الفوز في الانتخابات الرئاسية.",
             entities: [.person("عبد الفتاح السيسي", country: "EGY", name: "Abdel Fattah el-Sisi"),
                        .person("دونالد ترامب", country: "USA", name: "Donald Trump")],
             published: "2018-04-02",
             events: [Expected(cameo: "041", modality: .asserted, source: ["EGY"], target: ["USA"])]),
    ]

    @Test(arguments: cases)
    func event(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// A verbal attack is no use of force: no 19x event is left for it.
    @Test func verbalAttackIsNoForce() {
        let c = Self.cases[3]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: c.published)
        let force = fixture.analyze().events.filter { $0.cameo.hasPrefix("19") }
        #expect(force.isEmpty, "\(force.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    /// One event per side met or aimed at, each with that side alone; the sides of «بين X و Y و Z»
    /// stay one meeting.
    static let perTarget: [(source: String, text: String, entities: [SentenceFixture.Named], published: String, cameo: String, events: [(Set<String>, Set<String>)])] = [
        ("dev-extra3 BB-middleEast-1010-20180929: «واجتمع … بومبيو مع مسؤولين بدول الخليج ومصر والأردن يوم الجمعة»",
         "واجتمع وزير الخارجية الأمريكي مايك بومبيو مع مسؤولين بدول الخليج ومصر والأردن يوم الجمعة.",
         [.person("مايك بومبيو", country: "USA", name: "Mike Pompeo"), .gpe("مصر", country: "EGY", name: "Egypt"),
          .gpe("الأردن", country: "JOR", name: "Jordan")],
         "2018-09-29", "040", [(["USA"], ["EGY"]), (["USA"], ["JOR"])]),
        ("FR-middleEast-877-20180807: «من جهتها، حثت بريطانيا كندا والسعودية الثلاثاء على ضبط النفس»",
         "من جهتها، حثت بريطانيا كندا والسعودية الثلاثاء على ضبط النفس.",
         [.gpe("بريطانيا", country: "GBR", name: "United Kingdom"), .gpe("كندا", country: "CAN", name: "Canada"),
          .gpe("السعودية", country: "SAU", name: "Saudi Arabia")],
         "2018-08-07", "020", [(["GBR"], ["CAN"]), (["GBR"], ["SAU"])]),
        ("FR-internationalNews-970-20180428: «محادثات مشتركة بين وزراء خارجية روسيا وإيران وتركيا» (one meeting)",
         "تحتضن العاصمة الروسية موسكو اليوم السبت محادثات مشتركة بين وزراء خارجية روسيا وإيران وتركيا لبحث سبل التوصل لتسوية سياسية للنزاع السوري.",
         [.place("موسكو", country: "RUS", name: "Moscow"), .gpe("روسيا", country: "RUS", name: "Russia"),
          .gpe("إيران", country: "IRN", name: "Iran"), .gpe("تركيا", country: "TUR", name: "Turkey")],
         "2018-04-28", "040", [(["RUS"], ["IRN", "TUR"])]),
    ]

    @Test(arguments: perTarget.indices)
    func oneEventPerTarget(_ i: Int) {
        let c = Self.perTarget[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: c.published)
        let events = fixture.analyze().events.filter { $0.cameo == c.cameo }
        let read = events.map { (fixture.countries($0.source), fixture.countries($0.target)) }
        for (source, target) in c.events {
            #expect(read.contains { $0.0 == source && $0.1 == target }, "\(c.source): \(source)→\(target) in \(read)")
        }
        #expect(events.count == c.events.count, "\(c.source): \(read)")
    }

    /// Accusations traded between two named sides are one 112 each way; an exchange of prisoners
    /// accuses no one.
    @Test func tradedAccusations() {
        let fixture = SentenceFixture(
            "لكن الاتفاق تعثر منذ ذلك الحين سيما بعد تبادل اتهامات بين حماس والسلطة الوطنية الفلسطينية بالمسؤولية عن محاولة اغتيال تعرض لها رئيس حكومة الوفاق الوطني الفلسطيني رامي الحمدلله خلال زيارة لغزة في مارس/آذار الماضي.",
            entities: [.organization("حماس", country: "PSE", name: "Hamas", cameo: "PSEREB"),
                       .organization("السلطة الوطنية الفلسطينية", country: "PSE", name: "Palestinian Authority", cameo: "PSEGOV"),
                       .person("رامي الحمدلله", country: "PSE", name: "Rami Hamdallah"), .place("غزة", country: "PSE", name: "Gaza")],
            published: "2018-08-02")
        let accusations = fixture.analyze().events.filter { $0.cameo == "112" }
        let read = Set(accusations.map { "\($0.source.compactMap(fixture.name).sorted())→\($0.target.compactMap(fixture.name).sorted())" })
        #expect(read == ["[\"Hamas\"]→[\"Palestinian Authority\"]", "[\"Palestinian Authority\"]→[\"Hamas\"]"],
                "BB-middleEast-826-20180802: \(read)")

        let prisoners = SentenceFixture(
            "وكان قد تم تبادل مئات الأسرى والمساجين في الماضي بين القوات الحكومية والحوثيين وذلك خصوصا عبر وساطات قبلية.",
            entities: [.organization("الحوثيين", country: "YEM", name: "Houthis", cameo: "YEMREB")], published: "2018-05-17")
        #expect(prisoners.analyze().events.filter { $0.cameo == "112" }.isEmpty, "FR-internationalNews-1289-20180517")
    }

    /// A meeting noun governed by «قد» + an imperfect is hypothetical, whatever its sides
    /// (FR-internationalNews-750-20180416: the publisher may have consulted Cohen); one after
    /// خلال is the occasion of the clause and took place (AL-internationalNews-1586-20180613).
    @Test func nounGovernedByMayIsNotAsserted() {
        let may = SentenceFixture(
            "وذكرت صحيفة نيويورك تايمز أن الناشر ديفيد بيكير قد يكون أجرى مشاورات مع كوهين بشأن شهادة كارين ماكدوغال.",
            entities: [.person("ديفيد بيكير", country: "USA", name: "David Pecker"), .person("كوهين", country: "USA", name: "Michael Cohen")],
            published: "2018-04-16")
        let events = may.analyze().events
        #expect(events.contains { may.text($0.trigger) == "مشاورات" })
        #expect(events.allSatisfy { $0.modality == .hypothetical }, "\(events.map { "\(may.text($0.trigger)) \($0.modality)" })")
        let occasion = SentenceFixture(
            "وقال المسؤول: كنت آمل ان يثير ترمب قضية حقوق الانسان خلال اجتماعه مع كيم جونغ أون في سنغافورة.",
            entities: [.person("ترمب", country: "USA", name: "Donald Trump"), .person("كيم جونغ أون", country: "PRK", name: "Kim Jong-un"),
                       .gpe("سنغافورة", country: "SGP", name: "Singapore")],
            published: "2018-06-13")
        #expect(occasion.analyze().events.contains { occasion.text($0.trigger) == "اجتماعه" && $0.modality == .asserted })
    }
}
