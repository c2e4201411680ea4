import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Branch events11 (docs/EVENTS.md): an accusation told as «إن X يقف وراء …» inside a quotation
/// (112 from the speaker to X), an agreement reached with the side after مع («اتفق مع X على»,
/// 057), a visitor written with ل after a visit noun («زيارة رسمية للبشير إلى القاهرة»), and
/// «جاء ذلك خلال» + an event noun dated by the sentence before, and the recall of one's own
/// ambassador (161, «استدعت سفيرها لدى X»), and relations cut with the subject between the verb and
/// the noun (161, «وقطعت السعودية والإمارات … روابط … مع قطر»). Real sentences of benchmark
/// reports in no gold set and of dev-extra3 (develop), named by their id.
@Suite struct StatementAccordEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "BB-internationalNews-309-20180407: «وقالت الحكومة البريطانية إن روسيا تقف وراء الهجوم» (112 GBR → RUS)",
             text: "وقالت الحكومة البريطانية إن روسيا تقف وراء الهجوم، بيد أن موسكو تنفي أي ضلوع لها فيه.",
             entities: [.organization("الحكومة البريطانية", country: "GBR", name: "Government of United Kingdom"),
                        .gpe("روسيا", country: "RUS", name: "Russia"), .place("موسكو", country: "RUS", name: "Moscow")],
             published: "2018-04-07",
             events: [Expected(cameo: "112", modality: .asserted, source: ["GBR"], target: ["RUS"])]),
        Case(source: "SK-internationalNews-3318-20181006: «ولم يعرف بعد من يقف وراء الهجوم» (no one is named: no event)",
             text: "وأدانت فرنسا الهجوم. ولم يعرف بعد من يقف وراء الهجوم.",
             entities: [.gpe("فرنسا", country: "FRA", name: "France")],
             published: "2018-10-06",
             events: [], count: 0),
        Case(source: "dev-extra3 SK-middleEast-400-20180319: «إنه اتفق مع نظيره السوداني عمر البشير، على العمل المشترك» (057 EGY → SDN)",
             text: "قال الرئيس المصري، عبد الفتاح السيسي، الاثنين، إنه اتفق مع نظيره السوداني عمر البشير، على العمل المشترك بين مصر والسودان وإثيوبيا لحل مشكلة سد النهضة.",
             entities: [.person("عبد الفتاح السيسي", country: "EGY", name: "Abdel Fattah el-Sisi"),
                        .person("عمر البشير", country: "SDN", name: "Omar al-Bashir"), .gpe("مصر", country: "EGY", name: "Egypt"),
                        .gpe("السودان", country: "SDN", name: "Sudan"), .gpe("إثيوبيا", country: "ETH", name: "Ethiopia")],
             times: [("الاثنين", "2018-03-19")], published: "2018-03-19",
             events: [Expected(cameo: "057", modality: .asserted, source: ["EGY"], target: ["SDN"])]),
        Case(source: "FR-middleEast-567-20180602: «واتفقت روسيا مع الولايات المتحدة والأردن في تموز/يوليو على وقف إطلاق النار» (057 with each)",
             text: "واتفقت روسيا مع الولايات المتحدة والأردن في تموز/يوليو على وقف إطلاق النار فيها.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .gpe("الولايات المتحدة", country: "USA", name: "United States"),
                        .gpe("الأردن", country: "JOR", name: "Jordan")],
             published: "2018-06-02",
             events: [Expected(cameo: "057", modality: .asserted, source: ["RUS"], target: ["USA"]),
                      Expected(cameo: "057", modality: .asserted, source: ["RUS"], target: ["JOR"])]),
        Case(source: "dev-extra3 SK-middleEast-400-20180319: «جاء ذلك خلال زيارة رسمية للبشير إلى القاهرة» (042 SDN → EGY, the day of the sentence before)",
             text: "قال الرئيس المصري، عبد الفتاح السيسي، الاثنين، إن البلدين سيعقدان اجتماعات دورية.\nجاء ذلك خلال زيارة رسمية للبشير إلى القاهرة، بعد أسبوعين من عودة سفير السودان إلى مصر.",
             entities: [.person("عبد الفتاح السيسي", country: "EGY", name: "Abdel Fattah el-Sisi"),
                        .person("البشير", "لبشير", country: "SDN", name: "Omar al-Bashir"), .place("القاهرة", country: "EGY", name: "Cairo"),
                        .gpe("السودان", country: "SDN", name: "Sudan"), .gpe("مصر", country: "EGY", name: "Egypt")],
             times: [("الاثنين", "2018-03-19")], published: "2018-03-19",
             events: [Expected(cameo: "042", modality: .asserted, source: ["SDN"], target: ["EGY"], date: "2018-03-19")]),
        Case(source: "SK-middleEast-2866-20180712: «وكانت آخر زيارة للبشير إلى روسيا في نوفمبر 2017» (the visitor after ل)",
             text: "وكانت آخر زيارة للبشير إلى روسيا في نوفمبر 2017، عندما اجتمع مع بوتن في منتجع سوتشي على البحر الأسود.",
             entities: [.person("البشير", "لبشير", country: "SDN", name: "Omar al-Bashir"), .gpe("روسيا", country: "RUS", name: "Russia"),
                        .person("بوتن", country: "RUS", name: "Vladimir Putin"), .place("سوتشي", country: "RUS", name: "Sochi")],
             published: "2018-07-12",
             events: [Expected(cameo: "042", modality: .asserted, source: ["SDN"], target: ["RUS"])]),
        Case(source: "FR-middleEast-887-20180806: «واستدعت سفيرها لدى كندا» (161 SAU → CAN)",
             text: "أعلنت المملكة العربية السعودية اليوم الاثنين طلبها من السفير الكندي لديها مغادرة البلاد، واستدعت سفيرها لدى كندا وجمدت التعاملات التجارية مع أوتاوا بسبب ما وصفته \"بالتدخل\" الكندي في شؤونها الداخلية.",
             entities: [.gpe("المملكة العربية السعودية", country: "SAU", name: "Saudi Arabia"), .gpe("كندا", country: "CAN", name: "Canada"),
                        .place("أوتاوا", country: "CAN", name: "Ottawa")],
             published: "2018-08-06",
             events: [Expected(cameo: "161", modality: .asserted, source: ["SAU"], target: ["CAN"])]),
        Case(source: "CN-middleEast-926-20180515: «وقررت تركيا استدعاء سفيرها في إسرائيل للتشاور» (161 TUR → ISR, a country after في)",
             text: "وقررت تركيا استدعاء سفيرها في إسرائيل للتشاور بسبب المواجهات في غزة التي أسفرت عن مقتل 60 شخصا، الاثنين.",
             entities: [.gpe("تركيا", country: "TUR", name: "Turkey"), .gpe("إسرائيل", country: "ISR", name: "Israel"),
                        .place("غزة", country: "PSE", name: "Gaza")],
             published: "2018-05-15",
             events: [Expected(cameo: "161", modality: .asserted, source: ["TUR"], target: ["ISR"])]),
        Case(source: "dev-extra3 BB-middleEast-1010-20180929: «وقطعت السعودية والإمارات والبحرين ومصر روابط السفر والتجارة مع قطر» (161 each → QAT)",
             text: "وقطعت السعودية والإمارات والبحرين ومصر روابط السفر والتجارة مع قطر في يونيو /حزيران 2017 متهمين إياها بمساندة غريمتهم إيران ودعم الإرهاب.",
             entities: [.gpe("السعودية", country: "SAU", name: "Saudi Arabia"), .gpe("الإمارات", country: "ARE", name: "United Arab Emirates"),
                        .gpe("البحرين", country: "BHR", name: "Bahrain"), .gpe("مصر", country: "EGY", name: "Egypt"),
                        .gpe("قطر", country: "QAT", name: "Qatar"), .gpe("إيران", country: "IRN", name: "Iran")],
             published: "2018-09-29",
             events: [Expected(cameo: "161", modality: .asserted, source: ["SAU"], target: ["QAT"]),
                      Expected(cameo: "161", modality: .asserted, source: ["ARE"], target: ["QAT"]),
                      Expected(cameo: "161", modality: .asserted, source: ["BHR"], target: ["QAT"]),
                      Expected(cameo: "161", modality: .asserted, source: ["EGY"], target: ["QAT"])]),
        Case(source: "AL-internationalNews-497-20180316 (dev-extra2): a meal with a counterpart is a meeting, on the day of the clause it is joined to",
             text: "ووصل ري يونغ هو، مساء الخميس، إلى العاصمة السويدية برفقة المدير العام لقسم مصالح أميركا الشمالية في وزارة الخارجية، شوي كانغ ايل، وتناول العشاء مع نظيرته السويدية، مارغوت فالستروم، قبل الذهاب إلى السفارة الكورية الشمالية.",
             entities: [.person("ري يونغ هو", country: "PRK", name: "Ri Yong-ho"), .person("مارغوت فالستروم", country: "SWE", name: "Margot Wallstrom")],
             times: [("مساء الخميس", "2018-03-15")], published: "2018-03-16",
             events: [Expected(cameo: "040", modality: .asserted, source: ["PRK"], target: ["SWE"], date: "2018-03-15")]),
    ]

    @Test(arguments: cases)
    func event(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }

    /// «واتفقت مع المملكة المتحدة بأن …» shares a view (no على): no agreement is read
    /// (CN-internationalNews-184-20180326, the European Council on the Skripal attack).
    @Test func sharedViewIsNoAgreement() {
        let fixture = SentenceFixture("جاء ذلك في مؤتمر صحفي لتسك حيث أكد على أن المجلس الأوروبي يدين \"بأشد العبارات الممكنة\" الهجوم الأخير واتفقت مع المملكة المتحدة بأن احتمال وقوف روسيا وراء ذلك عال.",
                                      entities: [.person("تسك", country: "POL", name: "Donald Tusk"),
                                                 .organization("المجلس الأوروبي", country: nil, name: "European Council"),
                                                 .gpe("المملكة المتحدة", country: "GBR", name: "United Kingdom"),
                                                 .gpe("روسيا", country: "RUS", name: "Russia")],
                                      published: "2018-03-26")
        let signed = fixture.analyze().events.filter { $0.cameo.hasPrefix("05") }
        #expect(signed.isEmpty, "\(signed.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    /// «اتفق مع X على أن» + a clause that states a fact is a view shared, no accord
    /// (SK-middleEast-1066-20180415: Putin and Rouhani on the Western strikes).
    @Test func agreeingThatIsNoAccord() {
        let fixture = SentenceFixture("وذكر بيان للكرملين أن بوتن اتفق مع نظيره الإيراني حسن روحاني في اتصال هاتفي على أن الضربات الغربية أضرت بفرص التوصل إلى حل سياسي للصراع السوري.",
                                      entities: [.organization("الكرملين", country: "RUS", name: "Kremlin"),
                                                 .person("بوتن", country: "RUS", name: "Vladimir Putin"),
                                                 .person("حسن روحاني", country: "IRN", name: "Hassan Rouhani")],
                                      published: "2018-04-15")
        let signed = fixture.analyze().events.filter { $0.cameo.hasPrefix("05") }
        #expect(signed.isEmpty, "\(signed.map { "\($0.cameo) \(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    /// «واستدعت سفيرها وجمدت …» names no country the ambassador is recalled from: no 161 (its
    /// subject had been read from «السفير الكندي»: FR-middleEast-905-20180810).
    @Test func recallNamesTheCountry() {
        let fixture = SentenceFixture("وتصاعدت الأزمة بين كندا والسعودية منذ الإثنين، عندما طردت الرياض السفير الكندي واستدعت سفيرها وجمدت العلاقات التجارية والاستثمارات ردًا على إدانة كندا.",
                                      entities: [.gpe("كندا", country: "CAN", name: "Canada"), .gpe("السعودية", country: "SAU", name: "Saudi Arabia"),
                                                 .place("الرياض", country: "SAU", name: "Riyadh")],
                                      published: "2018-08-10")
        let recalls = fixture.analyze().events.filter { $0.cameo == "161" }
        #expect(recalls.isEmpty, "\(recalls.map { "\(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }

    /// «فبعد أن قطعت مرحلة التقارب مع إيران» (Qatar went through a stage of rapprochement) cuts no
    /// relations: no 161 (AL-internationalNews-1452-20180603).
    @Test func cuttingNoRelations() {
        let fixture = SentenceFixture("فبعد أن قطعت مرحلة التقارب مع إيران، ها هي قطر تتجه إلى الدفاع عنها في المحافل الدولية.",
                                      entities: [.gpe("إيران", country: "IRN", name: "Iran"), .gpe("قطر", country: "QAT", name: "Qatar")],
                                      published: "2018-06-03")
        let severed = fixture.analyze().events.filter { $0.cameo == "161" }
        #expect(severed.isEmpty, "\(severed.map { "\(fixture.countries($0.source))→\(fixture.countries($0.target))" })")
    }
}
