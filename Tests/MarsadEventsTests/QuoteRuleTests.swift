import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// The quotation rules added for the dev-extra classes of misses, each on real sentences of the
/// benchmark corpus (ant-world-news): what is a quotation, where it ends, and who says it.
@Suite struct QuoteRuleTests {
    typealias Case = QuoteTests.Case

    static let haley = SentenceFixture.Named.person("نيكي هايلي", country: "USA", name: "Nikki Haley")
    static let usa = SentenceFixture.Named.gpe("الولايات المتحدة", country: "USA", name: "United States")

    static let notQuotations: [Case] = [
        Case(source: "CNN Arabic, 1 Oct 2018: Latin words in marks are a name, not words said",
             text: "تصدرت المملكة العربية السعودية ترتيب القوى العسكرية لدول مجلس التعاون الخليجي في قائمة موقع \"Global Fire Power\" لعام 2018، بينما تراجعت قطر إلى المرتبة السادسة والأخيرة بين دول مجلس التعاون.",
             entities: [.gpe("المملكة العربية السعودية", country: "SAU", name: "Saudi Arabia"), .gpe("قطر", country: "QAT", name: "Qatar"),
                        .organization("مجلس التعاون الخليجي", "مجلس التعاون", country: nil, name: "Gulf Cooperation Council")],
             quotes: []),
        Case(source: "BBC Arabic, 11 Jul 2018: a line of related headlines quotes no one",
             text: "ووقع زعماء الصراع في البلاد على اتفاق لوقف إطلاق النار.\n\"إجبار أطفال على مشاهدة أمهاتهم يتعرضن للاغتصاب\" في جنوب السودان\nأوغندا تستقبل ما يزيد عن مليون لاجئ من جنوب السودان",
             entities: [.gpe("جنوب السودان", country: "SSD", name: "South Sudan"), .gpe("أوغندا", country: "UGA", name: "Uganda")],
             quotes: []),
        Case(source: "BBC Arabic, 9 Jun 2018: a calendar indicates, it does not speak",
             text: "ولم يتضح على الفور موعد بدء وقف إطلاق النار، إذ يتوقف الأمر على رؤية هلال شهر شوال. لكن التقويم في أفغانستان يشير إلى أن أول أيام عيد الفطر هو الجمعة 15 يونيو/ حزيران.",
             entities: [.gpe("أفغانستان", country: "AFG", name: "Afghanistan")],
             quotes: []),
        Case(source: "Sky News Arabia, 4 Apr 2018: estimates indicate, they do not speak",
             text: "وتشير تقديرات إلى أن حوالي 10 آلاف شخص من غرب البلقان، قد قاتلوا في سوريا والعراق، منذ العام 2012.",
             entities: [.gpe("سوريا", country: "SYR", name: "Syria"), .gpe("العراق", country: "IRQ", name: "Iraq")],
             quotes: []),
        Case(source: "France 24, 29 Apr 2018: أنْ after ضرورة completes the noun; nothing is reported",
             text: "وخلال مؤتمر صحفي مشترك جمعه بنظيره المصري سامح شكري شدد على ضرورة أن يتقدم المسار السياسي في ليبيا ضمن خطة الأمم المتحدة.",
             entities: [.person("سامح شكري", country: "EGY", name: "Sameh Shoukry"), .gpe("ليبيا", country: "LBY", name: "Libya"),
                        .organization("الأمم المتحدة", country: nil, name: "United Nations")],
             quotes: []),
        Case(source: "Sky News Arabia, 20 May 2018: بعد أن is a conjunction of time, not a reported clause",
             text: "وكشفت قوات التحالف العربي في اليمن عن الوجه البشع لمليشيات إيران، بعد أن روى قصة اتخاذ الطفلة جميلة درعا بشريا.",
             entities: [.gpe("اليمن", country: "YEM", name: "Yemen"), .gpe("إيران", country: "IRN", name: "Iran")],
             quotes: []),
        Case(source: "CNN Arabic, 1 Oct 2018: a clause that is only a term in marks is no quotation",
             text: "وصف وزير التربية والتعليم المصري، الدكتور طارق شوقي، معالجتها بأنها \"تهين مصر\".",
             entities: [.person("طارق شوقي", country: "EGY", name: "Tarek Shawki"), .gpe("مصر", country: "EGY", name: "Egypt")],
             quotes: []),
    ]

    static let shapes: [Case] = [
        Case(source: "CNN Arabic, 3 Oct 2018: a name in marks between the verb and إن is the speaker, not its words",
             text: "وغولن رجل دين تركي، فيما قالت المنظمة التابعة له \"التحالف من أجل القيم المشتركة\" في بيان إن الرجل بدا مسلحا ولاذ بالفرار، بعد أن أطلق الحارس رصاصة تحذيرية في الهواء.",
             entities: [.person("غولن", country: "TUR", name: "Fethullah Gulen"),
                        .organization("التحالف من أجل القيم المشتركة", country: "USA", name: "Alliance for Shared Values")],
             quotes: [("الرجل بدا مسلحا", .indirect, "Alliance for Shared Values")]),
        Case(source: "BBC Arabic, 11 Jul 2018: marks after the clause's comma, to the sentence end, are the speaker's next words",
             text: "وقالت فتاة صغيرة، 14 عاما، إنها لن تنسى أبدا الفظائع التي شاهدتها، \"كيف يمكن أن أنسى منظر رجل عجوز تم ذبحه بسكين قبل حرقه؟\"",
             entities: [],
             quotes: [("لن تنسى أبدا الفظائع", .indirect, nil), ("كيف يمكن أن أنسى", .direct, nil)]),
        Case(source: "France 24, 29 Apr 2018: a speaker inside the reported clause says the words in marks",
             text: "وقال المتحدث باسم الرئاسة المصرية بسام راضي في بيان إن السيسي شدد خلال محادثاته مع لودريان على \"أهمية الاستمرار في العمل على الارتقاء بالتعاون بين البلدين خلال المرحلة المقبلة\".",
             entities: [.organization("الرئاسة المصرية", country: "EGY", name: "Presidency of Egypt"), .person("بسام راضي", country: "EGY", name: "Bassam Radi"),
                        .person("السيسي", country: "EGY", name: "Abdel Fattah el-Sisi"), .person("لودريان", country: "FRA", name: "Jean-Yves Le Drian")],
             quotes: [("أهمية الاستمرار في العمل", .direct, "Abdel Fattah el-Sisi")]),
        Case(source: "Asharq Al-Awsat, 1 Aug 2015: a name before the marks makes them a fragment of an indirect quotation",
             text: "وأفاد بيان لبعثة الأمم المتحدة أمس بأن ليون «سيقوم بعقد مشاورات في الجزائر العاصمة مع ممثلين عن المؤتمر الوطني العام».",
             entities: [.organization("بعثة الأمم المتحدة", country: nil, name: "UNSMIL"), .person("ليون", country: nil, name: "Bernardino León"),
                        .place("الجزائر العاصمة", country: "DZA", name: "Algiers")],
             quotes: [("ليون «سيقوم بعقد مشاورات", .indirect, "UNSMIL")]),
        Case(source: "France 24, 29 Apr 2018: a first person in the marks keeps them direct after a name",
             text: "وقال الوزير الفرنسي لودريان في المؤتمر الصحافي إن الحريات هي الحصن في مواجهة الإرهاب. وأكد أن السيسي \"هو الذي بادر إلى فتح هذا الموضوع معي في بداية المناقشات\" بعد ظهر الأحد.",
             entities: [.person("لودريان", country: "FRA", name: "Jean-Yves Le Drian"), .person("السيسي", country: "EGY", name: "Abdel Fattah el-Sisi")],
             quotes: [("الحريات هي الحصن", .indirect, "Jean-Yves Le Drian"), ("هو الذي بادر", .direct, "Jean-Yves Le Drian")]),
        Case(source: "CNN Arabic, 1 Oct 2018: a verb joined by و with its own أن opens a new quotation",
             text: "أكد وزير الخارجية البحريني، الشيخ خالد بن أحمد آل خليفة، أن الحكومة السورية هي \"حكومة سوريا\" ولفت إلى أن بلاده تتعامل مع الدول لا مع من يحاول إسقاطها.",
             entities: [.person("خالد بن أحمد آل خليفة", country: "BHR", name: "Khalid bin Ahmed Al Khalifa"),
                        .organization("الحكومة السورية", "حكومة سوريا", country: "SYR", name: "Government of Syria")],
             quotes: [("الحكومة السورية هي \"حكومة سوريا\"", .indirect, "Khalid bin Ahmed Al Khalifa"),
                      ("بلاده تتعامل مع الدول", .indirect, "Khalid bin Ahmed Al Khalifa")]),
        Case(source: "BBC Arabic, 11 Jul 2018: تحدث عن أن reports speech; a verb with its own marks after و is a new quotation",
             text: "والتقى المحققون الأمميون بشهود عيان منهم سيدة، تحدثت عن أنها فقدت كل شيء وقالت \"كان من الأفضل أن يقتلوني\".",
             entities: [],
             quotes: [("فقدت كل شيء", .indirect, nil), ("كان من الأفضل أن يقتلوني", .direct, nil)]),
    ]

    static let speakers: [Case] = [
        Case(source: "Al Arabiya, 30 May 2018: a title and a nationality adjective with no name are the person of that country named before",
             text: "في حين طلبت الولايات المتحدة عقد اجتماع طارئ لمجلس الأمن الدولي.\nوقالت السفيرة الأميركية لدى المنظمة الدولية نيكي هايلي في بيان إن \"الهجمات الأخيرة الآتية من غزة هي الأكبر منذ 2014\".\nوشددت السفيرة الأميركية في بيانها على أنه \"يجب محاسبة القادة الفلسطينيين على ما يسمحون بحصوله في غزة\".",
             entities: [usa, haley, .place("غزة", country: "PSE", name: "Gaza")],
             quotes: [("الهجمات الأخيرة", .direct, "Nikki Haley"), ("يجب محاسبة القادة", .direct, "Nikki Haley")]),
        Case(source: "Al Arabiya, 30 May 2018: نقل عن X:قوله إن — the unnamed official speaks, not the agency",
             text: "في المقابل، نفت إسرائيل التوصل إلى تهدئة. ونقلت رويترز عن مسؤول إسرائيلي:قوله إن الأنباء عن وقف إطلاق النار في غزة غير صحيحة.",
             entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .organization("رويترز", country: "GBR", name: "Reuters"),
                        .place("غزة", country: "PSE", name: "Gaza")],
             quotes: [("الأنباء عن وقف إطلاق النار", .indirect, nil)]),
        Case(source: "Al Arabiya, 16 Mar 2018: نقل عن X قوله — X speaks",
             text: "نقلت وكالة الإعلام الروسية عن نائب وزير الخارجية الروسي، سيرغي ريابكوف، قوله الجمعة، إن موسكو سترد على حزمة عقوبات أميركية جديدة بتوسيع قائمتها السوداء للأميركيين.",
             entities: [.person("سيرغي ريابكوف", country: "RUS", name: "Sergei Ryabkov"), .place("موسكو", country: "RUS", name: "Moscow")],
             quotes: [("موسكو سترد", .indirect, "Sergei Ryabkov")]),
        Case(source: "France 24, 5 Jul 2018: أنذر بأن is reported speech",
             text: "وقبل اجتماع التفاوض الأخير، أنذرت روسيا الفصائل بأنها تنتظر ردها النهائي على اقتراح وقف إطلاق النار.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia")],
             quotes: [("تنتظر ردها النهائي", .indirect, "Russia")]),
        Case(source: "Sky News Arabia, 24 Apr 2018: كشف أن is reported speech",
             text: "كشف وزير الخارجية السعودي، عادل الجبير، أن الرئيس الأميركي، دونالد ترامب، كان يقصد قطر.",
             entities: [.person("عادل الجبير", country: "SAU", name: "Adel al-Jubeir"), .person("دونالد ترامب", country: "USA", name: "Donald Trump"),
                        .gpe("قطر", country: "QAT", name: "Qatar")],
             quotes: [("الرئيس الأميركي", .indirect, "Adel al-Jubeir")]),
        Case(source: "BBC Arabic, 18 May 2018: وصف … بأنها \"…\" is a quotation of the describer",
             text: "ووصف الرئيس دونالد ترامب الأنباء الواردة حول الحادث بأنها \"لا تبشر بخير\".",
             entities: [.person("دونالد ترامب", country: "USA", name: "Donald Trump")],
             quotes: [("لا تبشر بخير", .direct, "Donald Trump")]),
        Case(source: "France 24, 2 Jun 2018: the agency a titled speaker talks to (لوكالة \"…\") is not the speaker",
             text: "وقال رئيس اتحاد المظليين فاليري فوستروتين لوكالة \"ريا نوفوستي\" الروسية \"لا يزال حيا. إنه أمر مدهش للغاية\".",
             entities: [.organization("ريا نوفوستي", country: "RUS", name: "RIA Novosti", cameo: "RUSMED")],
             quotes: [("لا يزال حيا", .direct, nil)]),
        Case(source: "Sky News Arabia, 26 Apr 2018: تساءل introduces a question said",
             text: "وتساءل يلدريم بصيغة موجهة لغول: \"ماذا يتعين عليك أن تقول بشأن ذلك؟ لماذا لم تقل ذلك عندما كنت تشغل هذه المناصب؟\".",
             entities: [.person("يلدريم", country: "TUR", name: "Binali Yildirim"), .person("غول", country: "TUR", name: "Abdullah Gul")],
             quotes: [("ماذا يتعين عليك", .direct, "Binali Yildirim")]),
    ]

    /// Branch quotes4: the most frequent errors of an audit of random benchmark reports and of the
    /// dev-extra2 first measure (docs/QUALITY.md), each on a real sentence.
    static let audited: [Case] = [
        Case(source: "France 24, 28 Jul 2018: a party's name in marks is no quotation",
             text: "ومن بين هذه الأحزاب \"الرابطة الإسلامية-نواز\" بقيادة شهباز شريف \"حزب الشعب الباكستاني\" بزعامة بيلاوال بوتو زرداري.",
             entities: [.organization("الرابطة الإسلامية", country: "PAK", name: "Pakistan Muslim League (N)"),
                        .person("شهباز شريف", country: "PAK", name: "Shahbaz Sharif"),
                        .organization("حزب الشعب الباكستاني", country: "PAK", name: "Pakistan Peoples Party")],
             quotes: []),
        Case(source: "Al Arabiya, 24 Mar 2018: the outlet interviewed in marks after مقابلة مع is not the speaker",
             text: "وقال فلاديمير تيموشكوف إنه فقد الاتصال بسكريبال لفترة. وروى في مقابلة مع \"بي بي سي\" أنه \"في عام 2012، اتصل بي من لندن وتحدثنا على مدى نصف ساعة\".",
             entities: [.person("فلاديمير تيموشكوف", country: "RUS", name: "Vladimir Timoshkov"),
                        .organization("بي بي سي", country: "GBR", name: "BBC", cameo: "GBRMED")],
             quotes: [("فقد الاتصال", .indirect, "Vladimir Timoshkov"), ("في عام 2012", .direct, "Vladimir Timoshkov")]),
        Case(source: "Sky News Arabia, 6 Jul 2018: marks after مراسل hold the outlet's name, not words said",
             text: "وكان جيش الاحتلال الإسرائيلي شرع بهدم القرية الفلسطينية في منطقة الخان الأحمر جنوب شرقي مدينة القدس، وفق ما ذكر مراسل \"سكاي نيوز عربية\" في الضفة الغربية، الأربعاء.",
             entities: [.gpe("القدس", country: "ISR", name: "Jerusalem")],
             quotes: []),
        Case(source: "Sky News Arabia, 18 May 2018: a relay of the speaker already named (نقلت عنه) is read through",
             text: "وأوضح بوتن، وفق ما نقلت عنه وكالة الأنباء السورية الرسمية :\"نؤكد أنه مع تحقيق الانتصارات الكبرى والنجاحات الملحوظة في الحرب على الإرهاب ومع تفعيل العملية السياسية لا بد من سحب كل القوات الأجنبية من أراضي سوريا\".",
             entities: [.person("بوتن", country: "RUS", name: "Vladimir Putin"),
                        .organization("وكالة الأنباء السورية", country: "SYR", name: "SANA", cameo: "SYRMED"), .gpe("سوريا", country: "SYR", name: "Syria")],
             quotes: [("نؤكد أنه مع تحقيق", .direct, "Vladimir Putin")]),
        Case(source: "Sky News Arabia, 18 May 2018: a cue inside quoted words does not change the current speaker",
             text: "وأضاف بوتن :\" بهذا الصدد أكد الرئيس الأسد أنه سيرسل لائحة بأسماء المرشحين لعضوية لجنة مناقشة الدستور في أقرب وقت ممكن إلى الأمم المتحدة\".\nوتابع أن :\"روسيا رحبت بهذا القرار وتدعمه كل الدعم وذلك في ضوء الاتفاقات التي خرج بها مؤتمر الحوار الوطني الذي عقد قبل أشهر في سوتشي\".",
             entities: [.person("بوتن", country: "RUS", name: "Vladimir Putin"), .person("الأسد", country: "SYR", name: "Bashar al-Assad"),
                        .organization("الأمم المتحدة", country: nil, name: "United Nations"), .gpe("روسيا", country: "RUS", name: "Russia")],
             quotes: [("بهذا الصدد أكد الرئيس الأسد", .direct, "Vladimir Putin"), ("سيرسل لائحة", .indirect, "Bashar al-Assad"),
                      ("روسيا رحبت", .direct, "Vladimir Putin")]),
        Case(source: "France 24, 16 Jul 2018: the subject after من جهته speaks, not the other party",
             text: "وأكد رئيس وزراء إسرائيل بنيامين نتنياهو في مستهل اجتماع مجلس الوزراء، أن الجيش كبد حماس \"أقسى ضربة\" منذ 2014.\nوأضاف \"يقال إن إسرائيل وافقت على وقف لإطلاق النار، يتيح متابعة أعمال الرعب الحارقة باستخدام بالونات وطائرات ورقية، هذا خطأ، لن نقبل بشن أي هجوم علينا\".\nواعتبر من جهته رئيس المكتب السياسي لحركة حماس إسماعيل هنية، خلال كلمة ألقاها أثناء مشاركته في تشييع القتيلين، \"إما أن يرفع الحصار أو تواجهون مسيرات أقوى وأشد، وكلما تعرض شعبنا للضغط تقدم أكثر\".",
             entities: [.person("بنيامين نتنياهو", country: "ISR", name: "Benjamin Netanyahu"), .person("إسماعيل هنية", country: "PSE", name: "Ismail Haniyeh"),
                        .organization("حماس", country: "PSE", name: "Hamas"), .gpe("إسرائيل", country: "ISR", name: "Israel")],
             quotes: [("الجيش كبد حماس", .indirect, "Benjamin Netanyahu"), ("يقال إن إسرائيل", .direct, "Benjamin Netanyahu"),
                      ("إما أن يرفع الحصار", .direct, "Ismail Haniyeh")]),
        Case(source: "BBC Arabic, 30 Aug 2018: a bare title is the person the report gave it; أنه + verb keeps that speaker",
             text: "أعرب السفير الروسي لدى الولايات المتحدة، أناتولي أنتونوف، عن قلق بلاده إزاء مؤشرات على استعدادات أمريكية لشن ضربات جوية أخرى ضد سوريا.\nوحذّر أنتونوف من \"أي عدوان غير مبرر وغير شرعي على سوريا\".\nوأضاف السفير أنه أبلغ المسؤولين الأمريكيين، في وقت مبكر من هذا الأسبوع، أن بلاده تشعر بقلق شديد إزاء تلك المؤشرات.",
             entities: [.titled("أناتولي أنتونوف", "أنتونوف", title: "السفير", of: "RUS", name: "Anatoly Antonov"), usa,
                        .gpe("سوريا", country: "SYR", name: "Syria")],
             quotes: [("أي عدوان غير مبرر", .direct, "Anatoly Antonov"), ("أبلغ المسؤولين", .indirect, "Anatoly Antonov"),
                      ("بلاده تشعر بقلق", .indirect, "Anatoly Antonov")]),
        Case(source: "Sky News Arabia, 8 Sep 2018: a participle continues the person named as subject, not the title's country",
             text: "وخلال الكلمة طمأن الرئيس اليمني عبدربه منصور هادي الشعب اليمني على حالته الصحية مؤكدا أنه سيحل قريباً في أرض اليمن",
             entities: [.person("عبدربه منصور هادي", country: "YEM", name: "Abd Rabbuh Mansur Hadi"), .gpe("اليمن", country: "YEM", name: "Yemen")],
             quotes: [("سيحل قريباً", .indirect, "Abd Rabbuh Mansur Hadi")]),
        Case(source: "Al Arabiya, 18 Feb 2018: the participle after a verb that is not a speech verb",
             text: "وفي رده على إصابة الجنود الإسرائيليين ، توعد رئيس الوزراء الإسرائيلي بنيامين نتنياهو غزة، قائلاً إن إسرائيل سترد بالشكل المناسب.",
             entities: [.person("بنيامين نتنياهو", country: "ISR", name: "Benjamin Netanyahu"), .gpe("إسرائيل", country: "ISR", name: "Israel"),
                        .place("غزة", country: "PSE", name: "Gaza")],
             quotes: [("إسرائيل سترد", .indirect, "Benjamin Netanyahu")]),
        Case(source: "France 24, 26 Apr 2018: analysts are an unnamed source",
             text: "وكان الكونغرس الأمريكي قد استدعى زوكربرغ للمثول أمامه إثر الكشف عن استيلاء شركة الاستشارات السياسية كامبريدج أناليتيكا على معلومات خاصة لنحو 87 مليون مستخدم خلال عملها لصالح حملة دونالد ترامب.\nلكن محللين اعتبروا، أنه فيما لو كان للفضيحة تأثير على عدد المستخدمين أو الإعلانات في الموقع، فمن غير المرجح أن يظهر تأثيرها في عائدات الأشهر الثلاث الأولى من هذا العام.",
             entities: [.organization("الكونغرس", country: "USA", name: "United States Congress"), .person("زوكربرغ", country: "USA", name: "Mark Zuckerberg"),
                        .person("دونالد ترامب", country: "USA", name: "Donald Trump")],
             quotes: [("فيما لو كان", .indirect, nil)]),
        Case(source: "BBC Arabic, 14 Oct 2018: وأضاف after a quotation of several sentences continues its speaker",
             text: "وقال نتنياهو خلال اجتماع الحكومة الأسبوعي \"يبدو أن حماس لم تفهم. إذا استمرت هذه الهجمات فسنوقفها بطريقة أخرى، بتوجيه ضربات قوية جدا\".\nوأضاف \"نحن نقترب من القيام بعمل مختلف يتضمن ضربات قوية. لو كانت حماس ذكية ستوقف العنف في الحال\".",
             entities: [.person("نتنياهو", country: "ISR", name: "Benjamin Netanyahu"), .organization("حماس", country: "PSE", name: "Hamas")],
             quotes: [("يبدو أن حماس لم تفهم", .direct, "Benjamin Netanyahu"), ("نحن نقترب", .direct, "Benjamin Netanyahu")]),
        Case(source: "Sky News Arabia, 28 Apr 2018: the platform written on is not the speaker of marks with no cue",
             text: "وكتب ترامب على تويتر \"أجريت للتو حديثا مسهبا وجيدا جدا مع رئيس كوريا الجنوبية مون. الأمور تسير في شكل جيد جدا، يجري العمل لتحديد موعد ومكان اللقاء مع كوريا الشمالية\".",
             entities: [.person("ترامب", country: "USA", name: "Donald Trump"), .organization("تويتر", country: "USA", name: "Twitter", cameo: "USABUS"),
                        .gpe("كوريا الجنوبية", country: "KOR", name: "South Korea"), .gpe("كوريا الشمالية", country: "PRK", name: "North Korea")],
             quotes: [("أجريت للتو", .direct, "Donald Trump")]),
        Case(source: "France 24, 15 Jun 2018: an unnamed official of a named ministry speaks for the ministry",
             text: "قال مسؤول في وزارة الدفاع الأفغانية الجمعة إن زعيم طالبان باكستان الملا فضل الله، قتل الخميس في ضربة جوية أمريكية في أفغانستان قرب الحدود بين البلدين.",
             entities: [.organization("وزارة الدفاع الأفغانية", country: "AFG", name: "Ministry of Defense (Afghanistan)", cameo: "AFGMIL"),
                        .gpe("أفغانستان", country: "AFG", name: "Afghanistan")],
             quotes: [("زعيم طالبان باكستان", .indirect, "Ministry of Defense (Afghanistan)")]),
    ]

    @Test(arguments: notQuotations + shapes + speakers + audited)
    func quotations(_ c: Case) {
        QuoteTests.check(c, bareEnds: false)
    }

    /// A quotation ends where the next one begins: the first clause does not run into «ولفت إلى أن».
    @Test func clauseEndsBeforeTheNextVerb() {
        let c = Self.shapes[5]
        let fixture = SentenceFixture(c.text, entities: c.entities)
        let first = fixture.analyze().quotes.first.map { fixture.text($0.span) }
        #expect(first == "الحكومة السورية هي \"حكومة سوريا\"")
    }
}
