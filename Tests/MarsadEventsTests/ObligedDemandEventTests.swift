import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Branch events13 (docs/EVENTS.md): a demand told as the content of a statement — «يجب/يتعين/
/// ينبغي على X» and «إن/أن على X أن» inside a quotation are a demand (100) from the speaker to X;
/// not outside a quotation, not to the speaker's own side, not a past or future obligation. Real
/// sentences of benchmark reports in no gold set, named by their id.
@Suite struct ObligedDemandEventTests {
    typealias Expected = EventTests.Expected
    typealias Case = EventTests.Case

    static let cases: [Case] = [
        Case(source: "SK-middleEast-3663-20180912: «وقالت روسيا إن على تركيا أن تفصل الجماعات المتشددة» (100 RUS → TUR)",
             text: "وقالت روسيا إن على تركيا أن تفصل الجماعات المتشددة عن المعارضة المعتدلة في إدلب.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .gpe("تركيا", country: "TUR", name: "Turkey"),
                        .place("إدلب", country: "SYR", name: "Idlib")],
             published: "2018-09-12",
             events: [Expected(cameo: "100", modality: .asserted, source: ["RUS"], target: ["TUR"])]),
        Case(source: "CN-middleEast-915-20180514: «وقال نصر الله … إن على إسرائيل أن تبدأ بحساب الأمور» (100 Hezbollah → ISR)",
             text: "وقال نصر الله، في كلمة بمناسبة السنوية الثانية لمصطفى بدر الدين، إن على إسرائيل أن تبدأ بحساب الأمور بشكل مختلف، لأنها لا يمكن أن تقوم بمثل هذا الهجوم من دون أي رد من جهتنا.",
             entities: [.person("نصر الله", country: "LBN", name: "Hassan Nasrallah"), .person("مصطفى بدر الدين", country: "LBN", name: "Mustafa Badreddine"),
                        .gpe("إسرائيل", country: "ISR", name: "Israel")],
             published: "2018-05-14",
             events: [Expected(cameo: "100", modality: .asserted, source: ["LBN"], target: ["ISR"])]),
        Case(source: "BB-middleEast-271-20180331: «\"يجب على إسرائيل أن تلتزم بمسؤولياتها\"» said at the Security Council (100 UN → ISR)",
             text: "وقال نائب مفوض الشؤون السياسية في الأمم المتحدة تاي بروك زيريهون في المجلس \"يجب على إسرائيل أن تلتزم بمسؤولياتها ضمن قانون حقوق الإنسان الدولي\".",
             entities: [.organization("الأمم المتحدة", country: nil, name: "United Nations", cameo: "IGOUNO"),
                        .person("تاي بروك زيريهون", country: nil, name: "Taye-Brook Zerihoun"),
                        .gpe("إسرائيل", country: "ISR", name: "Israel")],
             published: "2018-03-31",
             events: [Expected(cameo: "100", modality: .asserted, source: ["Taye-Brook Zerihoun"], target: ["ISR"])]),
        Case(source: "AL-internationalNews-16-20180218: «وتقول واشنطن إنه يتعين على بيونغ يانغ اتخاذ خطوات ملموسة» (100 USA → PRK)",
             text: "وتقول واشنطن إنه يتعين على بيونغ يانغ اتخاذ خطوات ملموسة باتجاه نزع السلاح النووي قبل بدء المفاوضات.",
             entities: [.place("واشنطن", country: "USA", name: "Washington"), .place("بيونغ يانغ", country: "PRK", name: "Pyongyang"),
                        .gpe("الولايات المتحدة", country: "USA", name: "United States"), .gpe("كوريا الشمالية", country: "PRK", name: "North Korea")],
             published: "2018-02-18",
             events: [Expected(cameo: "100", modality: .asserted, source: ["USA"], target: ["PRK"])]),
        Case(source: "AL-internationalNews-1262-20180521: «وأن على إيران السماح لمفتشي الوكالة …، مشدداً: \"على إيران وقف إنتاج …\"» (100 USA → IRN: the demand read after أن and the one opening the marks are one fact)",
             text: "وقال بومبيو إن التوسع الإيراني في المنطقة زاد بعد توقيع الاتفاق النووي، مشيراً إلى أن آلية التحقق وتفتيش المواقع النووية الإيرانية حالياً ليست كافية، وأن على إيران السماح لمفتشي الوكالة الدولية بدخول كل مواقعها النووية، مشدداً: \"على إيران وقف إنتاج أي صواريخ قادرة على حمل رؤوس نووية\".",
             entities: [.person("بومبيو", country: "USA", name: "Mike Pompeo"), .gpe("إيران", country: "IRN", name: "Iran")],
             published: "2018-05-21",
             events: [Expected(cameo: "100", modality: .asserted, source: ["USA"], target: ["IRN"])]),
        Case(source: "dev-extra4 FR-internationalNews-786-20180418: «أن \"على السلطات اليمنية والحوثيين التعاون …\"» (100 → YEM; the Houthis coordinated after the adjective are not read yet)",
             text: "ورأى  من جهته بيل فريليك مدير برنامج حقوق اللاجئين في هيومن رايتس ووتش أن \"على السلطات اليمنية والحوثيين التعاون مع مفوضية الأمم المتحدة للاجئين لوضع إجراءات تسمح للمهاجرين الأفارقة بالتماس اللجوء أو الحصول على الحماية المنشودة\".",
             entities: [.person("بيل فريليك", country: nil, name: "Bill Frelick"),
                        .organization("هيومن رايتس ووتش", country: nil, name: "Human Rights Watch", cameo: "NGOHRI"),
                        .organization("الحوثيين", country: "YEM", name: "Houthis", cameo: "YEMREB"),
                        .organization("مفوضية الأمم المتحدة للاجئين", country: nil, name: "UNHCR", cameo: "IGOUNO"),
                        .gpe("اليمن", country: "YEM", name: "Yemen")],
             published: "2018-04-18",
             events: [Expected(cameo: "100", modality: .asserted, source: ["Bill Frelick"], target: ["YEM"])]),
        Case(source: "SK-internationalNews-3270-20181004: «وقال بومبيو إنه كان يتعين على الولايات المتحدة الانسحاب» (a regret about one's own side: no demand)",
             text: "وقال بومبيو إنه كان يتعين على الولايات المتحدة الانسحاب من المعاهدة قبل عقود.",
             entities: [.person("بومبيو", country: "USA", name: "Mike Pompeo"), .gpe("الولايات المتحدة", country: "USA", name: "United States")],
             published: "2018-10-04",
             events: [], count: 0),
        Case(source: "BB-internationalNews-453-20180503: «ووفقا للاتفاق، فإنه يجب على إيران الالتزام» (a provision the narrator tells: no demand)",
             text: "ووفقا للاتفاق، فإنه يجب على إيران الالتزام بخفض عدد أجهزة الطرد المركزي، التي تستخدم لتخصيب اليورانيوم.",
             entities: [.gpe("إيران", country: "IRN", name: "Iran")],
             published: "2018-05-03",
             events: [], count: 0),
    ]

    @Test(arguments: cases)
    func event(_ c: Case) {
        EventTests.check(c, anyDateWhenNil: true)
    }
}
