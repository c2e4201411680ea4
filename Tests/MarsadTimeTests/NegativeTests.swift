import MarsadCore
import Testing

/// Numbers that are not times: resolution numbers, counts, names built on dates, words that
/// contain a month name.
@Suite struct NegativeTests {
    static let sentences: [(sentence: String, source: String)] = [
        ("لأن أي حلول سياسية لا يجب أن تتم بتطبيق القرار الأممي 2216، الذي يلزم ميليشيا الحوثي بالإفراج عن المختطفين",
         "ant AL-internationalNews-140-20180221"),
        ("أسفر عن مقتل أكثر من 800 شخص وآلاف الجرحى", "ant AL-internationalNews-1003-20180504"),
        ("في المقابل، قتلت قوات الاحتلال العشرات وأصابت ألفين آخرين", "ant AL-internationalNews-1162-20180514"),
        ("البعض منكم يتساءل: أين هي ثورة الأرز وأين قوى 14 آذار؟", "ant AL-internationalNews-127-20180220"),
        // "باب" is not ب + آب (August); "في الثالثة والعشرين" is an age.
        ("ودخل عالم السياسة من باب البرلمان، حين أصبح أصغر نائب في مجلس النواب الماليزي، وهو في الثالثة والعشرين",
         "ant BB-internationalNews-501-20180513"),
        ("هل لي أن أذكرك بأن زوجي له أسرة من 7 أبناء و5 أحفاد", "ant AL-internationalNews-1109-20180511"),
        // "the hardest night", a headline: الليلة before an elative is not tonight.
        ("الليلة الأصعب والأعنف\nوأوضح مدير المرصد أن القصف لم يتوقف", "ant FR-internationalNews-2169-20180705"),
    ]

    @Test(arguments: sentences)
    func noTime(_ sentence: String, _ source: String) {
        let found = TimeFixtures.times(sentence, published: "2018-05-14").times
        #expect(found.isEmpty, "\(found) (\(source))")
    }

    @Test func securityCouncilResolutionNumberIsNotAYearButItsYearIs() {
        // ant AL-internationalNews-251-20180227 pattern: "الفقرة 14 من القرار 2216" gives nothing.
        let found = TimeFixtures.times("فإن إيران لا تمتثل للفقرة 14 من القرار 2216", published: "2018-02-27").times
        #expect(found.isEmpty, "\(found)")
    }
}
