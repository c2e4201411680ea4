import MarsadCore
import Testing

/// Dates written with a day, a month and (often) a year, in every month tradition and digit
/// system, Hijri dates, and the two calendars side by side.
@Suite struct ExplicitDateTests {
    static let cases: [TimeCase] = [
        // Egyptian/Gulf month names.
        TimeCase(sentence: "(پاکستان پوائنٹ نیوز / سبوتنيك - 11 مايو 2021ء) أعلن وزير الخارجية الروسي",
                 source: "seed karabakh-lavrov-2021-05-11", published: "2021-05-11", text: "11 مايو 2021", kind: .date, value: "2021-05-11"),
        // Levantine/Iraqi names, with the dual form and the article on the day.
        TimeCase(sentence: "دخل حيز التنفيذ في الـ10 من تشرين الثاني /نوفمبر 2020، وأعلن الكرملين",
                 source: "seed karabakh-lavrov-2021-05-11", published: "2021-05-11", text: "الـ10 من تشرين الثاني /نوفمبر 2020",
                 kind: .date, value: "2020-11-10"),
        // The Levantine month without its article (تشرين أول), after a slash, and "من عام".
        TimeCase(sentence: "في 3 أكتوبر/تشرين أول من عام 1924 أجبرت بريطانيا الشريف حسين على التنازل عن عرش المملكة الحجازية",
                 source: "ant CN-internationalNews-632-20181003", published: "2018-10-03", text: "3 أكتوبر/تشرين أول من عام 1924", kind: .date, value: "1924-10-03"),
        // "On the same day in 1932": the day and month of the date before, in the year after.
        TimeCase(sentence: "في 3 أكتوبر/تشرين أول من عام 1924 أجبرت بريطانيا الشريف حسين على التنازل عن عرش المملكة الحجازية الهاشمية ونفته إلى قبرص، وفي نفس اليوم من عام 1932 نال العراق استقلاله",
                 source: "ant CN-internationalNews-632-20181003", published: "2018-10-03", text: "نفس اليوم من عام 1932", kind: .date, value: "1932-10-03"),
        TimeCase(sentence: "بالمادة 3 المعدلة من قانون الجنسية اللبنانية الصادر بتاريخ 19 كانون الثاني 1925، ويتوافق مع شروطها",
                 source: "ant AL-internationalNews-1422-20180602", published: "2018-06-02", text: "19 كانون الثاني 1925",
                 kind: .date, value: "1925-01-19"),
        // Maghrebi names (Tunisia, Morocco).
        TimeCase(sentence: "ذاكر بن خليفة بن أحمد بوعجيلة من مواليد 16 فيفري 1992 بالوردانين (ولاية المنستير)",
                 source: "ant CN-middleEast-303-20180319", published: "2018-03-19", text: "16 فيفري 1992", kind: .date, value: "1992-02-16"),
        TimeCase(sentence: "إن آخر مرة زارت فيها أخاها الراحل، إسلام هباس، كانت في 13 نونبر 2012، ولم يدم اللقاء",
                 source: "ant SK-middleEast-3165-20180729", published: "2018-07-29", text: "13 نونبر 2012", kind: .date, value: "2012-11-13"),
        // Arabic-Indic digits, and a past date without a year.
        TimeCase(sentence: "لتخليد ذكرى الكولونيل أرنو بلترام الذي قتله الإرهابي رضوان القديم في ٢٣ مارس الماضي في بلدة تريب",
                 source: "ant AL-internationalNews-1589-20180613", published: "2018-06-13", text: "٢٣ مارس", kind: .date, value: "2018-03-23"),
        TimeCase(sentence: "على قتلة #العاملة_الفلبينية في الكويت جوانا ديمافيلس، والتي #عثر_على_جثتها_في_فريز شقة مخدوميها، يوم ٦ فبراير.",
                 source: "ant AL-internationalNews-230-20180226", published: "2018-02-26", text: "٦ فبراير", kind: .date, value: "2018-02-06"),
        // Eastern Arabic-Indic digits (the sentence above, its digits written as in Persian and Urdu).
        TimeCase(sentence: "لتخليد ذكرى الكولونيل أرنو بلترام الذي قتله الإرهابي رضوان القديم في ۲۳ مارس الماضي في بلدة تريب",
                 source: "ant AL-internationalNews-1589-20180613, digits rewritten", published: "2018-06-13", text: "۲۳ مارس",
                 kind: .date, value: "2018-03-23"),
        // An ordinal day in words, compound (الحادي والعشرين).
        TimeCase(sentence: "يذكر أن محاكمة التميمي بدأت في الثالث عشر من فبراير على أن تتواصل حتى الحادي والعشرين من مارس الحالي أمام المحكمة العسكرية",
                 source: "ant AL-internationalNews-539-20180320", published: "2018-03-20", text: "الحادي والعشرين من مارس",
                 kind: .date, value: "2018-03-21"),
        TimeCase(sentence: "يذكر أن محاكمة التميمي بدأت في الثالث عشر من فبراير على أن تتواصل حتى الحادي والعشرين من مارس الحالي أمام المحكمة العسكرية",
                 source: "ant AL-internationalNews-539-20180320", published: "2018-03-20", text: "الثالث عشر من فبراير",
                 kind: .date, value: "2018-02-13"),
        TimeCase(sentence: "واستولى المسلحون المرتبطون بتنظيم داعش على المدينة في الثالث والعشرين من مايو/أيار وتمكنت القوات الحكومية",
                 source: "ant AL-internationalNews-1006-20180505", published: "2018-05-05", text: "الثالث والعشرين من مايو/أيار",
                 kind: .date, value: "2018-05-23"),
        // A day and month without a year, in the past and in the future.
        TimeCase(sentence: "وهو مطار معيتيقة، الذي أغلق منذ 31 أغسطس/آب بسبب الاشتباكات.",
                 source: "dev hn01 (BBC Arabic)", published: "2018-09-05", text: "31 أغسطس/آب", kind: .date, value: "2018-08-31"),
        TimeCase(sentence: "ومن المقرر أن تعلن الهيئة الوطنية للرئاسيات النتيجة النهائية للانتخابات في 2 أبريل/نيسان المقبل.",
                 source: "ant SK-middleEast-604-20180328", published: "2018-03-28", text: "2 أبريل/نيسان", kind: .date, value: "2018-04-02"),
        // Numeric dates, the era sign left outside.
        TimeCase(sentence: "رسالة فخامة الرئيس عبدربه منصور هادي المؤرخة في 24/7/2015م الآتي نصها",
                 source: "dev hn24 (Al-Riyadh)", published: "2015-07-26", text: "24/7/2015", kind: .date, value: "2015-07-24"),
        TimeCase(sentence: "وأود أن أشير إلى كتابي لمقامكم بتاريخ 7 / يوليو /2015 م والذي طلبت فيه دعم موقفنا",
                 source: "dev hn24 (Al-Riyadh)", published: "2015-07-26", text: "7 / يوليو /2015", kind: .date, value: "2015-07-07"),
        // A Hijri date, through Umm al-Qura.
        TimeCase(sentence: "أن تبدأ الهدنة الإنسانية اعتباراً من الساعة (11:59) مساء بتوقيت اليمن يوم الأحد (10 شوال 1436ه ) الموافق",
                 source: "dev hn24 (Al-Riyadh)", published: "2015-07-26", text: "10 شوال 1436", kind: .date, value: "2015-07-26"),
        // The Hijri and Gregorian dates side by side: one time, the Gregorian value.
        TimeCase(sentence: "وأن ما تم تداوله في 6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018 م، بشأن دار الأوبرا",
                 source: "ant CN-middleEast-69-20180223", published: "2018-02-23", text: "6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018",
                 kind: .date, value: "2018-02-22"),
        // Month and year, a year alone.
        TimeCase(sentence: "وفي تموز/يوليو 2016 انهار اتفاق سلام أبرم في 2015 عقب فرار مشار",
                 source: "dev hn05 (France 24)", published: "2018-06-27", text: "تموز/يوليو 2016", kind: .month, value: "2016-07"),
        TimeCase(sentence: "وحصل جنوب السودان الذي يضم عدة إثنيات على استقلاله عن السودان في 2011 بعد حرب طويلة ودامية.",
                 source: "ant AL-internationalNews-1775-20180627", published: "2018-06-27", text: "2011", kind: .year, value: "2011"),
        TimeCase(sentence: "وقد ولد نجيب عام 1953، واسمه الكامل محمد نجيب عبد الرزاق، ترأس ائتلاف الجبهة الوطنية",
                 source: "ant BB-internationalNews-501-20180513", published: "2018-05-13", text: "عام 1953", kind: .year, value: "1953"),
    ]

    @Test(arguments: cases)
    func explicitDate(_ c: TimeCase) {
        let found = TimeFixtures.times(c.sentence, published: c.published).times
        #expect(found.contains(c.expected), "\(found)")
    }

    @Test func hijriDateAndItsConversionInBracketsAreTwoTimes() {
        // dev hn24: "يوم الأحد (10/شوال / 1436ه ) الموافق (26/7/2015م)": three times, one day.
        let text = "فقد تقرر الإعلان عن هدنة إنسانية لمدة خمسة أيام اعتباراً من يوم الأحد (10/شوال / 1436ه ) الموافق (26/7/2015م) الساعة الحادية عشرة"
        let found = TimeFixtures.times(text, published: "2015-07-26").times.filter { $0.kind == .date }
        #expect(found == [Found(text: "يوم الأحد", kind: .date, value: "2015-07-26"),
                          Found(text: "10/شوال / 1436", kind: .date, value: "2015-07-26"),
                          Found(text: "26/7/2015", kind: .date, value: "2015-07-26")])
    }

    @Test func impossibleDateIsNoTime() {
        // A slip of the pen in a real pattern ("الصادر بتاريخ 19 كانون الثاني 1925"): 31 November does not exist.
        let found = TimeFixtures.times("الصادر بتاريخ 31 تشرين الثاني 1925", published: "2018-06-02").times
        #expect(!found.contains { $0.kind == .date })
    }
}
