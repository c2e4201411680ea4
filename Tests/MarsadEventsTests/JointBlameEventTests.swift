import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Branch events9 (docs/EVENTS.md): «حمّل X المسؤولية» is an accusation (112) with X between the
/// subject and المسؤولية; several states doing one thing each on its own account are one event
/// each; a call to stop the fighting is aimed at the sides of the fight told before. Real
/// sentences of develop gold reports (dev-extra, dev-extra2) and of benchmark reports in no gold
/// set, named by their id.
@Suite struct JointBlameEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let blames: [Case] = [
        Case(source: "FR-middleEast-472-20180515: «حملت الولايات المتحدة حركة حماس المسؤولية»",
             text: "في المقابل، حملت الولايات المتحدة حركة حماس المسؤولية ومنعت صدور بيان في مجلس الأمن الدولي حول غزة.",
             entities: [.gpe("الولايات المتحدة", country: "USA", name: "United States"),
                        .organization("حركة حماس", country: "PSE", name: "Hamas", cameo: "PSEREB"),
                        .organization("مجلس الأمن الدولي", country: nil, name: "UN Security Council"),
                        .place("غزة", country: "PSE", name: "Gaza")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["USA"], target: ["PSE"])]),
        Case(source: "BB-middleEast-337-20180412: «حملت إثيوبيا القاهرة المسؤولية» (a capital as the one blamed)",
             text: "حملت إثيوبيا القاهرة المسؤولية عن فشل اجتماع الخرطوم الثلاثي الأسبوع الماضي بشأن سد النهضة الإثيوبي.",
             entities: [.gpe("إثيوبيا", country: "ETH", name: "Ethiopia"), .place("القاهرة", country: "EGY", name: "Cairo"),
                        .place("الخرطوم", country: "SDN", name: "Khartoum"), .gpe("مصر", country: "EGY", name: "Egypt")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["ETH"], target: ["EGY"])]),
        Case(source: "AL-internationalNews-1947-20180715: «وتحمل هولندا وأستراليا موسكو مسؤولية» (two accusers, a capital blamed)",
             text: "وتحمل هولندا وأستراليا موسكو مسؤولية نشر الصاروخ ومقتل مواطنيها، علما بأن عددا كبيرا من هؤلاء كانوا بين الضحايا الـ298.",
             entities: [.gpe("هولندا", country: "NLD", name: "Netherlands"), .gpe("أستراليا", country: "AUS", name: "Australia"),
                        .place("موسكو", country: "RUS", name: "Moscow"), .gpe("روسيا", country: "RUS", name: "Russia")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["NLD"], target: ["RUS"]),
                      Expected(cameo: "112", modality: .asserted, source: ["AUS"], target: ["RUS"])]),
        Case(source: "dev-extra2 FR-middleEast-770-20180716: «وإسرائيل تحمل حماس مسؤولية التصعيد» (the subject before the verb)",
             text: "وإسرائيل  تحمل حماس مسؤولية التصعيد الأخير. علما أن مواجهات السبت هي الأعنف منذ الحرب التي خلفت دمارا هائلا في قطاع غزة قبل أربعة أعوام.",
             entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .organization("حماس", country: "PSE", name: "Hamas", cameo: "PSEREB"),
                        .place("قطاع غزة", country: "PSE", name: "Gaza Strip")],
             events: [Expected(cameo: "112", modality: .asserted, source: ["ISR"], target: ["PSE"])]),
        // Breaking relations (161), one event per state that breaks them (main, 2026-11-30).
        Case(source: "FR-internationalNews-709-20180413: «قطعت علاقاتها مع قطر» after four coordinated states",
             text: "وكانت السعودية والإمارات والبحرين ومصر قطعت علاقاتها مع قطر في5 \u{00A0}حزيران/يونيو2017 ، فارضة عليها عقوبات اقتصادية، إثر اتهامها بدعم مجموعات إسلامية متطرفة وبالتقارب مع إيران.",
             entities: [.gpe("السعودية", country: "SAU", name: "Saudi Arabia"), .gpe("الإمارات", country: "ARE", name: "United Arab Emirates"),
                        .gpe("البحرين", country: "BHR", name: "Bahrain"), .gpe("مصر", country: "EGY", name: "Egypt"),
                        .gpe("قطر", country: "QAT", name: "Qatar"), .gpe("إيران", country: "IRN", name: "Iran")],
             events: [Expected(cameo: "161", modality: .asserted, source: ["SAU"], target: ["QAT"]),
                      Expected(cameo: "161", modality: .asserted, source: ["ARE"], target: ["QAT"]),
                      Expected(cameo: "161", modality: .asserted, source: ["BHR"], target: ["QAT"]),
                      Expected(cameo: "161", modality: .asserted, source: ["EGY"], target: ["QAT"])]),
    ]

    @Test(arguments: blames)
    func blame(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// تحمّل as a verbal noun bears responsibility, and an actor read as the subject is never the
    /// one blamed.
    static let notBlames: [(source: String, text: String, entities: [SentenceFixture.Named])] = [
        ("SK-middleEast-1314-20180429: «على تحمل حماس المسؤولية» (the verbal noun after a preposition)",
         "وتابع \"ما قدمته حماس من أكاذيب لا يكفي ليغطي جزءا بسيطا من الحقيقة الواضحة التي تدل دون ريب على تحمل حماس المسؤولية\".",
         [.organization("حماس", country: "PSE", name: "Hamas", cameo: "PSEREB")]),
        ("SK-middleEast-922-20180410: «بعد أن كان قد حمل بشار الأسد وحليفيه الروسي والإيراني المسؤولية» (a pronoun subject)",
         "وكان البيت الأبيض قال إن الرئيس الأميركي، دونالد ترامب، الذي كان من المقرر أن يسافر إلى بيرو يوم الجمعة، ألغى جولة في أميركا اللاتينية للتركيز على الرد على الهجوم الكيماوي، بعد أن كان قد حمل بشار الأسد وحليفيه الروسي والإيراني المسؤولية.",
         [.organization("البيت الأبيض", country: "USA", name: "White House"), .person("دونالد ترامب", country: "USA", name: "Donald Trump"),
          .gpe("بيرو", country: "PER", name: "Peru"), .person("بشار الأسد", country: "SYR", name: "Bashar al-Assad")]),
    ]

    @Test(arguments: notBlames.indices)
    func notABlame(_ i: Int) {
        let c = Self.notBlames[i]
        let fixture = SentenceFixture(c.text, entities: c.entities, published: "2018-05-02")
        let blames = fixture.analyze().events.filter { $0.cameo == "112" && fixture.text($0.trigger).contains("حمل") }
        let wrong = blames.filter { fixture.countries($0.source) == fixture.countries($0.target) || $0.target.isEmpty
            || fixture.countries($0.source).contains("PSE") || fixture.countries($0.source).contains("SYR") }
        #expect(wrong.isEmpty, "\(c.source): \(wrong.map { "\(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    /// dev-extra (FR-internationalNews-2169-20180705, Daraa): two attackers coordinated, one air campaign each.
    @Test func jointAttackIsOneEventPerSide() {
        let fixture = SentenceFixture(
            "ويأتي هذا القصف بعد إعلان فشل المفاوضات بين فصائل المعارضة المسلحة وروسيا لتسليم السلاح مقابل وقف إطلاق النار.\nنفذت قوات النظام السوري وحليفتها روسيا مئات الضربات الجوية على بلدات في محافظة درعا في جنوب سوريا، في تصعيد \"غير مسبوق\".",
            entities: [.organization("قوات النظام السوري", country: "SYR", name: "Syrian Armed Forces", cameo: "SYRMIL"),
                       .gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa"),
                       .gpe("سوريا", country: "SYR", name: "Syria")],
            published: "2018-07-05")
        let strikes = fixture.analyze().events.filter { $0.cameo == "195" && $0.modality == .asserted }
        #expect(Set(strikes.map { fixture.countries($0.source) }) == [["SYR"], ["RUS"]], "\(strikes.map { fixture.countries($0.source) })")
    }

    /// A person and the state he speaks for are one side: «روسيا ولافروف» stay one event.
    @Test func oneCountryIsOneSide() {
        let fixture = SentenceFixture(
            "وانتقدت روسيا ووزير خارجيتها سيرغي لافروف الولايات المتحدة.",
            entities: [.gpe("روسيا", country: "RUS", name: "Russia"), EventTests.lavrov,
                       .gpe("الولايات المتحدة", country: "USA", name: "United States")])
        let criticisms = fixture.analyze().events.filter { $0.cameo == "111" }
        #expect(criticisms.count == 1, "\(criticisms.map { fixture.countries($0.source) })")
    }

    /// dev-extra2 (BB-middleEast-909-20180903): a joint call to stop the clashes is one appeal per
    /// state, aimed at the armed groups whose fighting the report told before.
    @Test func jointCallToStopFighting() {
        let text = "اندلع العنف الأسبوع الماضي حينما هاجمت جماعة مسلحة من مدينة تقع إلى الجنوب من طرابلس مناطق جنوبية بالعاصمة، وهو ما أدى إلى قتال مع جماعة مسلحة محلية مؤيدة لحكومة الوفاق الوطني المعترف بها دوليا.\nويوم السبت، دعت كل من الولايات المتحدة وبريطانيا وفرنسا وإيطاليا إلى وقف فوري للاشتباكات الدامية في العاصمة الليبية.\nوتعاني ليبيا من فوضى مستمرة منذ أن أطاحت جماعات مسلحة مدعومة من حلف شمال الأطلسي (ناتو) بنظام العقيد الراحل معمر القذافي في أكتوبر/ تشرين الأول عام 2011."
        let fixture = SentenceFixture(text, entities: [
            .place("طرابلس", country: "LBY", name: "Tripoli"), .gpe("ليبيا", country: "LBY", name: "Libya"), .organization("حكومة الوفاق الوطني", country: "LBY", name: "Government of National Accord"),
            .gpe("الولايات المتحدة", country: "USA", name: "United States"), .gpe("بريطانيا", country: "GBR", name: "United Kingdom"),
            .gpe("فرنسا", country: "FRA", name: "France"), .gpe("إيطاليا", country: "ITA", name: "Italy"),
        ], published: "2018-09-03")
        let calls = fixture.analyze().events.filter { $0.cameo == "020" && $0.modality == .asserted }
        #expect(Set(calls.map { fixture.countries($0.source) }) == [["USA"], ["GBR"], ["FRA"], ["ITA"]],
                "\(calls.map { fixture.countries($0.source) })")
        for call in calls {
            #expect(call.targetAgents.contains { $0.cameo.hasPrefix("LBY") }, "\(call.targetAgents.map(\.label))")
        }
    }
}
