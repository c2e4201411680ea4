import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// The speaker and shape rules of branch quotes5 (docs/EVENTS.md, Quotations 10), each on real
/// sentences of develop reports of the benchmark corpus (dev-extra, dev-extra2) or of the random
/// audit sample (docs/QUALITY.md, "Branch quotes5"); never on held-out texts.
@Suite struct QuoteSpeakerTests {
    typealias Case = QuoteTests.Case

    static let putin = SentenceFixture.Named.person("فلاديمير بوتن", "بوتن", country: "RUS", name: "Vladimir Putin")

    static let speakers: [Case] = [
        Case(source: "BBC Arabic, 3 Sep 2018 (BB-middleEast-949, benchmark): «ونقلت وكالة فارس عنه قوله» is the words of the one عنه stands for, not the agency's",
             text: "وذكرت وسائل إعلام إيرانية رسمية أن ظريف تحدث، في مستهل زيارته لدمشق، عن اجتماع يعقد في السابع من سبتمبر/أيلول بين إيران وتركيا وروسيا بشأن مواجهة المسلحين في إدلب.\nونقلت وكالة فارس عنه قوله \"يجب الحفاظ على جميع الأراضي السورية، ويجب أن تبدأ جميع الطوائف والمجموعات جولة إعادة البناء بشكل جماعي\".",
             entities: [.person("ظريف", country: "IRN", name: "Mohammad Javad Zarif"), .place("دمشق", country: "SYR", name: "Damascus"),
                        .gpe("إيران", country: "IRN", name: "Iran"), .gpe("تركيا", country: "TUR", name: "Turkey"), .gpe("روسيا", country: "RUS", name: "Russia"),
                        .place("إدلب", country: "SYR", name: "Idlib"), .organization("وكالة فارس", country: "IRN", name: "Fars News Agency")],
             quotes: [("ظريف تحدث", .indirect, nil), ("يجب الحفاظ على جميع", .direct, "Mohammad Javad Zarif")]),
        Case(source: "Sky News Arabia, 21 Jul 2018 (SK-internationalNews-2763, benchmark): «وأضاف شفيعي، بحسب ما نقلت عنه وكالة \"فارس\"، أن» is Shafiei's",
             text: "وقال حاكم مدينة مريوان غربي إيران محمد شفيعي إن \"11 عنصرا من التعبئة ومن الحرس الثوري قتلوا في اشتباك مع مجموعة مسلحة معادية\".\nوأضاف شفيعي، بحسب ما نقلت عنه وكالة \"فارس\" الإيرانية، أن \"الاشتباك أسفر أيضا عن إصابة 8 عناصر آخرين\".",
             entities: [.person("محمد شفيعي", "شفيعي", country: "IRN", name: "Mohammad Shafiei"), .gpe("إيران", country: "IRN", name: "Iran"),
                        .organization("فارس", country: "IRN", name: "Fars News Agency")],
             quotes: [("11 عنصرا من التعبئة", .direct, "Mohammad Shafiei"), ("الاشتباك أسفر أيضا", .direct, "Mohammad Shafiei")]),
        Case(source: "France 24, 16 Jul 2018 (dev-extra2): a spokesman's body gives way to the name after it",
             text: "وقال الناطق باسم حماس فوزي برهوم، إن \"حماية شعبنا والدفاع عنه هو مطلب وطني وخيار استراتيجي\".",
             entities: [.organization("حماس", country: "PSE", name: "Hamas"), .person("فوزي برهوم", country: "PSE", name: "Fawzi Barhoum")],
             quotes: [("حماية شعبنا والدفاع عنه", .direct, "Fawzi Barhoum")]),
        Case(source: "CNN Arabic, 6 Sep 2018 (dev-extra2): the name before a relative clause set off by commas is the subject",
             text: "محمد عبد السلام، الذي كان من المقرر أن يقود وفد الحوثي، كتب على تويتر أن \"نقل الجرحى في طائرة الوفد الوطني أمر طبيعي وإنساني\".",
             entities: [.person("محمد عبد السلام", country: "YEM", name: "Mohammed Abdulsalam"),
                        .organization("الحوثي", country: "YEM", name: "Houthis"), .organization("تويتر", country: "USA", name: "Twitter")],
             quotes: [("نقل الجرحى في طائرة", .direct, "Mohammed Abdulsalam")]),
        Case(source: "CNN Arabic, 6 Sep 2018 (dev-extra2): a description, a comma and the name in apposition",
             text: "دعا رجل الدين الشيعي العراقي، مقتدى الصدر، الخميس، إلى عقد \"جلسة علنية استثنائية\" بالبرلمان، في موعد لا يتجاوز، الأحد المقبل.",
             entities: [.person("مقتدى الصدر", country: "IRQ", name: "Muqtada al-Sadr")],
             quotes: [("جلسة علنية استثنائية", .direct, "Muqtada al-Sadr")]),
        Case(source: "BBC Arabic, 23 Apr 2018 (dev-extra2): a capital as the subject speaks for its country",
             text: "أوقفت كوريا الجنوبية بث الدعايات عبر مكبرات الصوت عبر الحدود مع كوريا الشمالية، قبل إجراء محادثات رفيعة المستوى بين البلدين هذا الأسبوع.\nوقالت سيول إن إسكات أصوات المكبرات قد يساعد في تهيئة الأجواء لمحادثات يوم الجمعة بين الزعيمين.",
             entities: [.gpe("كوريا الجنوبية", country: "KOR", name: "South Korea"), .gpe("كوريا الشمالية", country: "PRK", name: "North Korea"),
                        .place("سيول", country: "KOR", name: "Seoul")],
             quotes: [("إسكات أصوات المكبرات", .indirect, "South Korea")]),
        Case(source: "BBC Arabic, 29 Apr 2018 (dev-extra2): a nationality after an unnamed source is no speaker",
             text: "ولم يعط الرئيس الإيراني مزيدا من التفاصيل، لكن مسؤولين إيرانيين قالوا إن أنشطة تخصيب اليورانيوم قد تستأنف بقوة خلال أيام.",
             entities: [.gpe("إيران", country: "IRN", name: "Iran")],
             quotes: [("أنشطة تخصيب اليورانيوم", .indirect, nil)]),
        Case(source: "France 24, 16 Jul 2018 (dev-extra2): an unnamed source of a named body after بحسب ما speaks for it",
             text: "ويعمل المبعوث الخاص للأمم المتحدة للشرق الأوسط نيكولاي ملادنوف في غزة \"مع جميع الفاعلين المعنيين على تهدئة الوضع\"، بحسب ما أعلن مسؤول في الأمم المتحدة طالبا عدم كشف هويته.",
             entities: [.organization("الأمم المتحدة", country: nil, name: "United Nations"), .person("نيكولاي ملادنوف", country: nil, name: "Nickolay Mladenov")],
             quotes: [("مع جميع الفاعلين المعنيين", .direct, "United Nations")]),
        Case(source: "AFP via Al-Ain, 16 Mar 2018 (dev-extra2): a title of two words and an adjective is the person of that role",
             text: "التقى وزير خارجية كوريا الشمالية، ري يونغ هو، الجمعة، رئيس الوزراء السويدي، ستيفان لوفن.\nوصرّح رئيس الوزراء السويدي، الخميس، في هذا السياق، أن السويد لديها \"دور تلعبه\" إذا أبدى الطرفان رغبتهما في ذلك.",
             entities: [.titled("ستيفان لوفن", title: "رئيس الوزراء", of: "SWE", name: "Stefan Löfven"),
                        .titled("ري يونغ هو", title: "وزير خارجية", of: "PRK", name: "Ri Yong-ho"),
                        .gpe("كوريا الشمالية", country: "PRK", name: "North Korea"), .gpe("السويد", country: "SWE", name: "Sweden")],
             quotes: [("السويد لديها", .indirect, "Stefan Löfven")]),
        Case(source: "BBC Arabic, 23 Apr 2018 (dev-extra2): a plain noun after the verb leaves the subject named before it",
             text: "وكانت كوريا الشمالية قد أعلنت نهاية الأسبوع أنها ستعلق اختباراتها النووية، وتغلق موقعا من مواقع تلك الاختبارات.",
             entities: [.gpe("كوريا الشمالية", country: "PRK", name: "North Korea")],
             quotes: [("ستعلق اختباراتها النووية", .indirect, "North Korea")]),
        Case(source: "Sky News Arabia, 18 May 2018 (dev-extra2): an attribution opening the sentence relays the words of the person after its comma",
             text: "وفقا للكرملين، هنأ بوتن الرئيس السوري على \"نجاحات جيش الحكومة السورية في مكافحة الجماعات الإرهابية\"، وشدد على \"ضرورة تهيئة ظروف جديدة لاستئناف العملية السياسية على نطاق واسع\".",
             entities: [.organization("الكرملين", country: "RUS", name: "Kremlin"), putin,
                        .organization("الحكومة السورية", country: "SYR", name: "Government of Syria")],
             quotes: [("نجاحات جيش الحكومة", .direct, "Vladimir Putin"), ("ضرورة تهيئة ظروف", .direct, "Vladimir Putin")]),
        Case(source: "Sky News Arabia, 18 May 2018 (dev-extra2): a name starting with ف is no conjunction; a long subject set off by commas",
             text: "قال الرئيس الروسي، فلاديمير بوتن، خلال لقائه نظيره السوري، بشار الأسد، في سوتشي بجنوب روسيا، الخميس، إنه لا بد من سحب \"جميع القوات الأجنبية\" من سوريا مع تفعيل العملية السياسية.",
             entities: [putin, .person("بشار الأسد", country: "SYR", name: "Bashar al-Assad"), .place("سوتشي", country: "RUS", name: "Sochi"),
                        .gpe("روسيا", country: "RUS", name: "Russia"), .gpe("سوريا", country: "SYR", name: "Syria")],
             quotes: [("لا بد من سحب", .indirect, "Vladimir Putin")]),
        Case(source: "France 24, 30 Jun 2018 (dev-extra2): a word of one person's name used alone before a participle",
             text: "وقال لام بول جابرييل المتحدث باسم متمردي الجيش الشعبي لتحرير السودان - في المعارضة إن جيش جنوب السودان هاجم مواقع المتمردين في قرية مبورو.\nوأبلغ لام رويترز قائلا \"هذا عدوان استفزازي يهدف إلى إخراج عملية السلام عن مسارها\".",
             entities: [.person("لام بول جابرييل", country: "SSD", name: "Lam Paul Gabriel"),
                        .organization("جيش جنوب السودان", country: "SSD", name: "Armed Forces of South Sudan"),
                        .organization("رويترز", country: "GBR", name: "Reuters", cameo: "GBRMED")],
             quotes: [("جيش جنوب السودان هاجم", .indirect, "Lam Paul Gabriel"), ("هذا عدوان استفزازي", .direct, "Lam Paul Gabriel")]),
        Case(source: "CNN Arabic, 6 Sep 2018 (dev-extra2): a named group right after the plain noun describing it speaks",
             text: "ويقول المتمردون الحوثيون في اليمن إنهم لم يشاركوا في محادثات في جنيف، التي كان مقررا أن تعقد، الخميس، بسبب عرقلة خطط سفرهم من قبل الحكومة اليمنية المعترف بها دوليا والتحالف الذي تقوده السعودية.",
             entities: [.organization("الحوثيون", country: "YEM", name: "Houthis"), .gpe("اليمن", country: "YEM", name: "Yemen"),
                        .place("جنيف", country: "CHE", name: "Geneva"), .organization("الحكومة اليمنية", country: "YEM", name: "Government of Yemen"),
                        .gpe("السعودية", country: "SAU", name: "Saudi Arabia")],
             quotes: [("لم يشاركوا في محادثات", .indirect, "Houthis")]),
        Case(source: "France 24, 18 Apr 2018 (audit sample, FR-middleEast-313): a description and the body it belongs to, then the writer",
             text: "بدوره، اتهم فصيل جيش الإسلام المعارض الذي كان يسيطر على دوما النظام بـ\"طمس\" الأدلة على الهجوم الكيميائي المفترض.\nوكتب القيادي في جيش الإسلام محمد علوش على تويتر الأربعاء \"مراوغة وتفجيرات مفتعلة وسيارات مفخخة وشهود زور ومضايقات ومداهمات للمقابر بحثا عن شهداء الكيماوي وعراقيل لا تنتهي وإطلاق نار على فريق اللجنة الدولية ليهرب من دوما ويرجع إلى دمشق. هذا ما يفعله النظام لطمس أدلة الكيماوي\".",
             entities: [.organization("جيش الإسلام", country: "SYR", name: "Jaysh al-Islam"), .place("دوما", country: "SYR", name: "Douma"), .place("دمشق", country: "SYR", name: "Damascus"),
                        .person("محمد علوش", country: "SYR", name: "Mohammed Alloush"), .organization("تويتر", country: "USA", name: "Twitter")],
             quotes: [("مراوغة وتفجيرات مفتعلة", .direct, "Mohammed Alloush")]),
    ]

    static let shapes: [Case] = [
        Case(source: "CNN Arabic, 3 Oct 2018 (dev-extra): أعلن … أنها is the announcer's own statement",
             text: "أعلنت الحكومة الفرنسية أنها جمدت أموالاً تعود للمخابرات الإيرانية ومواطنين إيرانيين اثنين بتهمة التخطيط لهجوم.",
             entities: [.organization("الحكومة الفرنسية", country: "FRA", name: "Government of France")],
             quotes: [("جمدت أموالاً", .indirect, "Government of France")]),
        Case(source: "BBC Arabic, 26 Apr 2018 (audit sample): آن with madda is a name, not a complementizer",
             text: "وقالت النائبة العامة في ساكرامنتو، آن ماري شوبرت \"إن حل (لغز الجرائم) كان موجودا دائما في ساكرامنتو\".",
             entities: [.place("ساكرامنتو", country: "USA", name: "Sacramento")],
             quotes: [("إن حل (لغز الجرائم)", .direct, nil)]),
    ]

    @Test(arguments: speakers + shapes)
    func quotations(_ c: Case) {
        QuoteTests.check(c, bareEnds: false)
    }
}
