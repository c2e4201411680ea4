import MarsadCore
import Testing

/// Days, weeks, months and years named relative to the dateline, weekdays resolved by tense, and
/// the check of a weekday against the calendar.
@Suite struct RelativeTimeTests {
    static let cases: [TimeCase] = [
        // Relative days, with and without a weekday, with proclitics left out of the span.
        TimeCase(sentence: "أعلن وزير الخارجية الروسي، سيرغي لافروف، اليوم الثلاثاء، أن الوفد الروسي",
                 source: "seed karabakh-lavrov-2021-05-11", published: "2021-05-11", text: "اليوم الثلاثاء", kind: .date, value: "2021-05-11"),
        TimeCase(sentence: "نحن نركز على التنفيذ الكامل لجميع الاتفاقات الخاصة بتسوية نزاع ناغورني قره باغ. وبالأمس تم مناقشة",
                 source: "seed karabakh-lavrov-2021-05-11", published: "2021-05-11", text: "الأمس", kind: .date, value: "2021-05-10"),
        TimeCase(sentence: "هذا ووصل لافروف يوم أمس الاثنين، بزيارة عمل إلى باكو",
                 source: "seed karabakh-lavrov-2021-05-11", published: "2021-05-11", text: "يوم أمس الاثنين", kind: .date, value: "2021-05-10"),
        TimeCase(sentence: "وانضم الوزير الإيطالي أمس الجمعة إلى المشاورات، التي بدأت مساء أول من أمس الخميس، من أجل إقناع المؤتمر العام",
                 source: "dev hn33 (Asharq Al-Awsat)", published: "2015-08-01",
                 text: "مساء أول من أمس الخميس", kind: .date, value: "2015-07-30"),
        TimeCase(sentence: "الذي يضرب جزيرة سقطرى منذ صباح يوم أمس الأربعاء إلى 17، وذلك بعد غرق سفينتين",
                 source: "ant AL-internationalNews-1307-20180524", published: "2018-05-24", text: "صباح يوم أمس الأربعاء", kind: .date, value: "2018-05-23"),
        TimeCase(sentence: "وذكر أن القيادة الفلسطينية ستلتقي الليلة الاثنين وستنفذ قرارا للمجلس التشريعي الفلسطيني",
                 source: "ant AL-internationalNews-1164-20180514", published: "2018-05-14", text: "الليلة الاثنين", kind: .date, value: "2018-05-14"),
        // منذ before a relative day is "since": منذ أمس is yesterday (قبل أمس would be the day before).
        TimeCase(sentence: "في بلدة صيدا، التي تتعرض لغارات مستمرة منذ أمس وتحاول قوات النظام اقتحامها.",
                 source: "ant FR-internationalNews-2169-20180705", published: "2018-07-05", text: "أمس", kind: .date, value: "2018-07-04"),
        TimeCase(sentence: "إن \"وقف إطلاق النار ينتهي الليلة وستُستأنف عملياتنا إن شاء الله\"",
                 source: "ant AL-internationalNews-1656-20180617", published: "2018-06-17", text: "الليلة", kind: .date, value: "2018-06-17"),
        // A bare weekday: before the dateline in the past tense (the dateline's own weekday is the dateline) …
        TimeCase(sentence: "بدأ آلاف النازحين السوريين على الحدود الأردنية في العودة إلى منازلهم مساء الجمعة، إثر التوصل لاتفاق",
                 source: "dev hn07 (France 24)", published: "2018-07-07", text: "مساء الجمعة", kind: .date, value: "2018-07-06"),
        TimeCase(sentence: "وقع طرفا النزاع في جنوب السودان الرئيس سالفا كير وخصمه رياك مشار الأربعاء وثيقة لوقف",
                 source: "dev hn05 (France 24)", published: "2018-06-27", text: "الأربعاء", kind: .date, value: "2018-06-27"),
        // An attribution (حسب، وفقا) ends the tense search: the weekday after it dates the
        // statement, not the imperfect verb of a relative clause before it.
        TimeCase(sentence: "استقبل الفريق محمد فريد، رئيس أركان الجيش المصري، الفريق أول ركن فياض بن حامد الرويلي، رئيس هيئة الأركان العامة للجيش السعودي والوفد المرافق له الذى يزور مصر حالياً، حسب بيان القيادة العامة للقوات المسلحة المصرية، الأربعاء.",
                 source: "ant CN-middleEast-1396-20181004", published: "2018-10-04", text: "الأربعاء", kind: .date, value: "2018-10-03"),
        // … and after it in the future tense (سـ).
        TimeCase(sentence: "وكشف القاضي أنه سيتم تشريح جثته الثلاثاء ويدفن الخميس، حسبما أعلن فريقه",
                 source: "ant FR-internationalNews-281-20180306", published: "2018-03-06", text: "الخميس", kind: .date, value: "2018-03-08"),
        TimeCase(sentence: "وكشف القاضي أنه سيتم تشريح جثته الثلاثاء ويدفن الخميس، حسبما أعلن فريقه",
                 source: "ant FR-internationalNews-281-20180306", published: "2018-03-06", text: "الثلاثاء", kind: .date, value: "2018-03-06"),
        // … and after it when a future marker governs the complementizer, an imperfect verb of
        // scheduling governs the weekday, or the weekday follows عشية (dev-extra2 reports).
        TimeCase(sentence: "ومن المقرر أن يصل الوفد الجمعة.",
                 source: "constructed on «ومن المقرر أن يلتقي … يوم الجمعة» (BB-internationalNews-387)", published: "2018-03-14", text: "الجمعة", kind: .date, value: "2018-03-16"),
        TimeCase(sentence: "ومن المقرر أن يلتقي زعيم كوريا الشمالية، كيم جونغ-أون، بمون يوم الجمعة في قرية للهدنة في بانمونجوم.",
                 source: "dev-extra2 BB-internationalNews-387-20180423: the verb twelve tokens back", published: "2018-04-23", text: "يوم الجمعة", kind: .date, value: "2018-04-27"),
        TimeCase(sentence: "يعقد حلف شمال الأطلسي الخميس أول محادثات رسمية له مع روسيا منذ عامين.",
                 source: "ant AL-internationalNews-1366-20180528", published: "2018-05-28", text: "الخميس", kind: .date, value: "2018-05-31"),
        TimeCase(sentence: "وذلك في بيان يأتي عشية اجتماع مجلس الأمن حول إدلب، الجمعة.",
                 source: "ant CN-middleEast-1293-20180906", published: "2018-09-06", text: "الجمعة", kind: .date, value: "2018-09-07"),
        TimeCase(sentence: "لكن بحسب وسائل إعلامية سويدية وأجنبية، يبقى الوزير الكوري الشمالي في السويد حتى الأحد.",
                 source: "ant AL-internationalNews-497-20180316", published: "2018-03-16", text: "الأحد", kind: .date, value: "2018-03-18"),
        // An ordinal after a longer unit counts weeks or halves, not days: «الأسبوع الأول من أبريل» is
        // no 1 April (only the month is read).
        TimeCase(sentence: "ومن المتوقع أن تعقد هذه الجولة المؤجلة في الأسبوع الأول من أبريل المقبل بحسب السفير السوداني.",
                 source: "dev-extra3 SK-middleEast-400-20180319", published: "2018-03-19", text: "أبريل المقبل", kind: .month, value: "2018-04"),
        TimeCase(sentence: "وأكد \"أنه يعتزمُ طرح إطار العمل هذا أمام مجلس الأمن الدولي في النصف الأول من شهر حزيران/يونيو المقبل\".",
                 source: "ant AL-internationalNews-1184-20180515: a half with the article", published: "2018-05-15", text: "شهر حزيران/يونيو المقبل", kind: .month, value: "2018-06"),
        // Weeks (ISO), months and years.
        TimeCase(sentence: "وتأتي الأحكام في وقت تستعد فيه تركيا لإحياء ذكرى محاولة الانقلاب التي حدثت في 15 تموز/يوليو 2016، والتي تحل الأحد المقبل.",
                 source: "ant AL-internationalNews-1902-20180712", published: "2018-07-12", text: "الأحد المقبل", kind: .date, value: "2018-07-15"),
        TimeCase(sentence: "ظهرت في القدس، اليوم الاثنين، قبل افتتاح السفارة الأسبوع المقبل في المدينة.",
                 source: "ant AL-internationalNews-1037-20180507", published: "2018-05-07", text: "الأسبوع المقبل", kind: .week, value: "2018-W20"),
        TimeCase(sentence: "قالت الأمم المتحدة إن المليشيات المتناحرة التي تتقاتل في العاصمة الليبية طرابلس منذ الأسبوع الماضي توصلت إلى اتفاق",
                 source: "dev hn01 (BBC Arabic)", published: "2018-09-05", text: "الأسبوع الماضي", kind: .week, value: "2018-W35"),
        TimeCase(sentence: "وإعلان الرئيس رجب طيب أردوغان المفاجئ عن إجراء انتخابات رئاسية وبرلمانية مبكرة في يونيو المقبل.",
                 source: "ant FR-internationalNews-801-20180419", published: "2018-04-19", text: "يونيو المقبل", kind: .month, value: "2018-06"),
        TimeCase(sentence: "في مسعى لجذب مزيد من الناخبين الفرنسيين قبل الانتخابات التشريعية الأوروبية المقررة العام المقبل.",
                 source: "ant AL-internationalNews-1417-20180601", published: "2018-06-01", text: "العام المقبل", kind: .year, value: "2019"),
        // A number of units before or after the dateline.
        TimeCase(sentence: "بأن معارك ضارية تخوضها قوات الجيش مع ميليشيات الحوثي الانقلابية، منذ ثلاثة أيام، في منطقة الملاحيظ",
                 source: "ant AL-internationalNews-1715-20180621", published: "2018-06-21", text: "منذ ثلاثة أيام", kind: .date, value: "2018-06-18"),
        TimeCase(sentence: "ما يعزز الأمل في خروج البلاد من نفق الحرب الأهلية التي تشهدها منذ أربعة أعوام.",
                 source: "dev hn05 (France 24)", published: "2018-06-27", text: "منذ أربعة أعوام", kind: .year, value: "2014"),
        TimeCase(sentence: "لكن زيارته غير آمنة منذ خمسين عاماً بسبب وجود الألغام",
                 source: "ant AL-internationalNews-551-20180320", published: "2018-03-20", text: "منذ خمسين عاماً", kind: .year, value: "1968"),
        TimeCase(sentence: "وأطلقت النار في الهواء، في خطوة هي الأولى التي تحصل منذ تأسيس الجامعة قبل 42 عاما.",
                 source: "ant AL-internationalNews-400-20180307", published: "2018-03-07", text: "قبل 42 عاما", kind: .year, value: "1976"),
    ]

    @Test(arguments: cases)
    func relativeTime(_ c: TimeCase) {
        let result = TimeFixtures.times(c.sentence, published: c.published)
        #expect(result.times.contains(c.expected), "\(result.times)")
        #expect(result.warnings.isEmpty)
    }

    @Test func weekdayThatContradictsTheCalendarIsAWarning() {
        // The sample's sentence read as if published on Wednesday 12 May 2021: "اليوم الثلاثاء"
        // cannot be today; the date (the dateline) is kept and a warning says why.
        let text = "أعلن وزير الخارجية الروسي، سيرغي لافروف، اليوم الثلاثاء، أن الوفد الروسي"
        let result = TimeFixtures.times(text, published: "2021-05-12")
        #expect(result.times == [Found(text: "اليوم الثلاثاء", kind: .date, value: "2021-05-12")])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("Tuesday") == true)
        #expect(result.warnings.first?.contains("Wednesday") == true)
    }

    @Test func explicitDateWithAWrongWeekdayIsAWarning() {
        // ant CN-middleEast-1504-20181012: "انطلقت يوم أمس الخميس 11 أكتوبر/تشرين الأول" — right;
        // the same words with الأربعاء are not.
        let right = TimeFixtures.times("انطلقت يوم الخميس 11 أكتوبر/تشرين الأول وسط مدينة غزة", published: "2018-10-12")
        #expect(right.times == [Found(text: "يوم الخميس 11 أكتوبر/تشرين الأول", kind: .date, value: "2018-10-11")])
        #expect(right.warnings.isEmpty)
        let wrong = TimeFixtures.times("انطلقت يوم الأربعاء 11 أكتوبر/تشرين الأول وسط مدينة غزة", published: "2018-10-12")
        #expect(wrong.times.first?.value == "2018-10-11")
        #expect(wrong.warnings.count == 1)
    }

    @Test func relativeTimesWithoutADatelineKeepTheirSpan() {
        let result = TimeFixtures.times("هذا ووصل لافروف يوم أمس الاثنين، بزيارة عمل إلى باكو", published: nil)
        #expect(result.times == [Found(text: "يوم أمس الاثنين", kind: .date, value: nil)])
    }

    static let notToday: [(String, String)] = [
        // "اليوم التالي": the next day of the story.
        ("من القمة التي كان مقرراً لها 12 يونيو/حزيران ليعيد النظر في قراره في اليوم التالي.", "ant AL-internationalNews-1359-20180527"),
        // "اليوم العالمي": a world day.
        ("وجرت مراسم سيامة سارة مولالي في كاتدرائية القديس بولس بالتزامن مع اليوم العالمي للممرضين", "ant AL-internationalNews-1148-20180513"),
        // "ذلك اليوم": that day.
        ("وعندما تركت تشاريتي المنزل وذهبت إلى العمل في ذلك اليوم، كانت الأجواء متوترة بالمنزل", "ant BB-internationalNews-1184-20181011"),
    ]

    @Test(arguments: notToday)
    func todayThatIsNotTheDatelineIsNoTime(_ sentence: String, _ source: String) {
        let found = TimeFixtures.times(sentence, published: "2018-05-27").times
        #expect(!found.contains { $0.text.contains("اليوم") }, "\(found) (\(source))")
    }
}
