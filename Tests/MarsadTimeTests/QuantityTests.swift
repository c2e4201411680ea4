import MarsadCore
import Testing

/// Durations, vague spans and ranges.
@Suite struct QuantityTests {
    static let cases: [TimeCase] = [
        // Durations, the number in words or digits.
        TimeCase(sentence: "فقد تقرر الإعلان عن هدنة إنسانية لمدة خمسة أيام اعتباراً من يوم الأحد",
                 source: "dev hn24 (Al-Riyadh)", published: "2015-07-26", text: "لمدة خمسة أيام", kind: .duration, value: "P5D"),
        TimeCase(sentence: "على وقف \"دائم\" لإطلاق النار يدخل حيز التنفيذ في غضون 72 ساعة، ما يثير أملاً بالتوصل إلى اتفاق سلام",
                 source: "ant AL-internationalNews-1775-20180627", published: "2018-06-27", text: "في غضون 72 ساعة", kind: .duration, value: "PT72H"),
        TimeCase(sentence: "أن يقدم إلى أعضاء مجلس الأمن تقريرا في غضون 30 يوماً من اعتماد القرار",
                 source: "ant AL-internationalNews-1234-20180518", published: "2018-05-18", text: "في غضون 30 يوماً", kind: .duration, value: "P30D"),
        TimeCase(sentence: "وتاهوا في عرض البحر المتوسط لمدة خمسة أيام قبل أن ترصدهم السفينة",
                 source: "ant FR-internationalNews-2532-20180730", published: "2018-07-30", text: "لمدة خمسة أيام", kind: .duration, value: "P5D"),
        // Counted from an event, not from the dateline: a duration.
        TimeCase(sentence: "أنه عطل نفقاً لحركة حماس يعبر قطاع غزة إلى أراضي #إسرائيل بعد أسبوعين على التوتر على طول الحدود",
                 source: "ant AL-internationalNews-929-20180415", published: "2018-04-15", text: "بعد أسبوعين", kind: .duration, value: "P2W"),
        // Vague spans.
        TimeCase(sentence: "هذا ووصل لافروف يوم أمس الاثنين، بزيارة عمل إلى باكو، و في وقت سابق، زار يريفان",
                 source: "seed karabakh-lavrov-2021-05-11", published: "2021-05-11", text: "في وقت سابق", kind: .vague, value: nil),
        TimeCase(sentence: "وبطبيعة الحال، فإن الوضع ليس سهلا، لسنوات عديدة لم يتم حله",
                 source: "seed karabakh-lavrov-2021-05-11", published: "2021-05-11", text: "سنوات عديدة", kind: .vague, value: nil),
        TimeCase(sentence: "إنها جمعت بيانات أشارت إلى أن شاكر يدعم منذ سنوات مقاطعة إسرائيل.",
                 source: "ant AL-internationalNews-1080-20180509", published: "2018-05-09", text: "منذ سنوات", kind: .vague, value: nil),
        TimeCase(sentence: "وأضاف في هذا السياق \"ما رأيته خلال الأيام الماضية يجعلني أشعر بالسعادة\"",
                 source: "ant AL-internationalNews-1474-20180604", published: "2018-06-04", text: "خلال الأيام الماضية", kind: .vague, value: nil),
        TimeCase(sentence: "وهو مالك المنزل الذي يسكن فيه الأول ويرفض دفع إيجاره منذ عدة أشهر.",
                 source: "ant AL-internationalNews-858-20180410", published: "2018-04-10", text: "منذ عدة أشهر", kind: .vague, value: nil),
        // Ranges: one time with an end value.
        TimeCase(sentence: "رئيس حزب عمال كوريا ورئيس لجنة شؤون الدولة يزور الصين من 19 إلى 20 يونيو/حزيران \".",
                 source: "ant AL-internationalNews-1693-20180619", published: "2018-06-19", text: "من 19 إلى 20 يونيو/حزيران",
                 kind: .date, value: "2018-06-19", endValue: "2018-06-20"),
        TimeCase(sentence: "لدعوة مبعوثي الشخصي إلى مائدة مستديرة أولية في جنيف\" ، يومي 5 و6 دجنبر 2018.",
                 source: "ant SK-middleEast-3739-20181005", published: "2018-10-05", text: "يومي 5 و6 دجنبر 2018",
                 kind: .date, value: "2018-12-05", endValue: "2018-12-06"),
        TimeCase(sentence: "لاجتماع المجلس الأوروبي في الثامن والعشرين والتاسع والعشرين من حزيران/يونيو الذي سيناقش",
                 source: "ant AL-internationalNews-1581-20180612", published: "2018-06-12", text: "الثامن والعشرين والتاسع والعشرين من حزيران/يونيو",
                 kind: .date, value: "2018-06-28", endValue: "2018-06-29"),
        // The modifier after the range places its end; the start is the last such day before it.
        TimeCase(sentence: "وتأتي هذه الحادثة بعد ثلاثة أيام من انطلاقة بطولة كأس العالم، التي تستضيفها روسيا بين 14 يونيو و15 يوليو المقبل.",
                 source: "ant SK-internationalNews-2169-20180616", published: "2018-06-16", text: "بين 14 يونيو و15 يوليو",
                 kind: .date, value: "2018-06-14", endValue: "2018-07-15"),
        TimeCase(sentence: "متهمة بتقديم أدوية مجانا للحكومة العراقية بين عامي 2005 و2009، رغم علمها",
                 source: "ant FR-internationalNews-2582-20180802", published: "2018-08-02", text: "بين عامي 2005 و2009",
                 kind: .year, value: "2005", endValue: "2009"),
    ]

    @Test(arguments: cases)
    func quantity(_ c: TimeCase) {
        let found = TimeFixtures.times(c.sentence, published: c.published).times
        #expect(found.contains(c.expected), "\(found)")
    }
}
