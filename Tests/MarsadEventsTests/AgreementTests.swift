import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Agreements on real passages: merging of descriptions, parties, mediators, dates, provisions.
@Suite struct AgreementTests {
    struct Expected: Sendable {
        var date: String?
        var role: Agreement.DateRole?
        /// Countries of the parties.
        var parties: Set<String>
        var mediators: Set<String> = []
        var provisions: Set<String>
        var mentions: Int
        /// Labels of the parties the text names only by a description.
        var agents: Set<String> = []
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let text: String
        let entities: [SentenceFixture.Named]
        var times: [(String, String)] = []
        let agreements: [Expected]
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(source: "sample (Sputnik, 11 May 2021): a ceasefire agreement and a joint declaration are one agreement",
             text: "يذكر أن أرمينيا وأذربيجان وقعتا برعاية روسيا، اتّفاقاً لوقف إطلاق النار في ناغورني قره باغ، دخل حيز التنفيذ في الـ10 من تشرين الثاني /نوفمبر 2020، وأعلن الكرملين أن الرئيس الروسي، فلاديمير بوتين ونظيره الأذربيجاني، إلهام علييف ورئيس وزراء أرمينيا، نيكول باشينيان، وقعوا إعلانا مشتركا حول وقف شامل لإطلاق النار في قره باغ، تشرف عليه قوات روسية لحفظ السلام، تفصل بين مواقع الطرفين في الإقليم.\n\nكما تضمن الاتفاق رفع القيود عن حركة النقل والعبور وتبادل الأسرى بين طرفي النزاع، وعودة النازحين إلى قره باغ برعاية المفوض الأممي لشؤون اللاجئين.",
             entities: [.gpe("أرمينيا", country: "ARM", name: "Armenia"), .gpe("أذربيجان", country: "AZE", name: "Azerbaijan"),
                        .gpe("روسيا", country: "RUS", name: "Russia"), .place("ناغورني قره باغ", "قره باغ", country: nil, name: "Nagorno-Karabakh"),
                        .organization("الكرملين", country: "RUS", name: "Kremlin"), .person("فلاديمير بوتين", country: "RUS", name: "Vladimir Putin"),
                        .person("إلهام علييف", country: "AZE", name: "Ilham Aliyev"), .person("نيكول باشينيان", country: "ARM", name: "Nikol Pashinyan"),
                        .organization("المفوض الأممي لشؤون اللاجئين", country: nil, name: "UNHCR")],
             times: [("الـ10 من تشرين الثاني /نوفمبر 2020", "2020-11-10")],
             agreements: [Expected(date: "2020-11-10", role: .effective, parties: ["ARM", "AZE", "RUS"], mediators: ["RUS"],
                                   provisions: ["ceasefire", "peacekeeping", "transit", "prisoner_exchange", "displaced_return"], mentions: 3)]),
        Case(source: "France 24, 7 Jul 2018: a ceasefire reached on Friday evening, with evacuation",
             text: "وإثر مفاوضات قادتها روسيا مع الفصائل المعارضة في محافظة درعا، تم التوصل مساء الجمعة إلى اتفاق لوقف إطلاق النار يتضمن إجلاء المقاتلين والمدنيين الرافضين للتسوية إلى مناطق تسيطر عليها الفصائل المعارضة في شمال البلاد.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa")],
             times: [("مساء الجمعة", "2018-07-06")],
             agreements: [Expected(date: "2018-07-06", role: .signed, parties: ["RUS"], provisions: ["ceasefire", "evacuation"], mentions: 1)]),
        Case(source: "France 24, 27 Jun 2018: a new ceasefire and the 2015 peace agreement are two agreements; a hoped-for one is none",
             text: "وقع طرفا النزاع في جنوب السودان الرئيس سالفا كير وخصمه رياك مشار الأربعاء وثيقة لوقف \"دائم\" لإطلاق النار في العاصمة السودانية الخرطوم.\nوأعرب الزعيمان في الأيام الأخيرة عن أملهما في التوصل إلى اتفاق سلام.\nوفي تموز/يوليو 2016 انهار اتفاق سلام أبرم في 2015 عقب فرار مشار إلى جنوب أفريقيا.",
             entities: [.gpe("جنوب السودان", country: "SSD", name: "South Sudan"), .person("سالفا كير", country: "SSD", name: "Salva Kiir"),
                        .person("رياك مشار", "مشار", country: "SSD", name: "Riek Machar"), .place("الخرطوم", country: "SDN", name: "Khartoum"),
                        .gpe("جنوب أفريقيا", country: "ZAF", name: "South Africa")],
             times: [("الأربعاء", "2018-06-27")],
             agreements: [Expected(date: "2018-06-27", role: .signed, parties: ["SSD"], provisions: ["ceasefire"], mentions: 1,
                                   agents: ["SPLM-IO"]),   // Machar's group (affiliations.tsv)
                          // The dated earlier agreement names no side: the report's one pair of sides.
                          Expected(date: nil, role: nil, parties: ["SSD"], provisions: [], mentions: 1, agents: ["SPLM-IO"])]),
        Case(source: "Al Arabiya, 14 Jul 2018 (hn13): «بين X و Y» names the parties; the announcer only reports it",
             text: "أعلنت #حركة_الجهاد التوصل لاتفاق وقف لإطلاق النار في #غزة بين الفصائل و#إسرائيل.",
             entities: [.organization("#حركة_الجهاد", country: "PSE", name: "Palestinian Islamic Jihad", cameo: "PSEREB"),
                        .gpe("#إسرائيل", country: "ISR", name: "Israel"), .place("#غزة", country: "PSE", name: "Gaza")],
             agreements: [Expected(date: "2021-05-11", role: .signed, parties: ["ISR"], provisions: ["ceasefire"], mentions: 1,
                                   agents: ["Palestinian factions"])]),   // announced on the dateline's day
        Case(source: "BBC Arabic, 9 Jun 2018 (dev-extra): two sides each declaring a ceasefire are two unilateral ceasefires",
             text: "أعلنت حركة طالبان وقفا لإطلاق النار مع القوات الحكومية الأفغانية لمدة ثلاثة أيام بالزامن مع عيد الفطر.\nويأتي هذا بعد أيام من إعلان الحكومة الأفغانية وقفا لإطلاق النار أحادي الجانب.",
             entities: [.organization("حركة طالبان", country: "AFG", name: "Taliban", cameo: "AFGREB"),
                        .gpe("أفغانستان", country: "AFG", name: "Afghanistan")],
             // A declared ceasefire lists the declaring side only (docs/ANNOTATION.md), not the side after مع.
             agreements: [Expected(date: nil, role: nil, parties: ["AFG"], provisions: ["ceasefire"], mentions: 1),
                          Expected(date: nil, role: nil, parties: ["AFG"], provisions: ["ceasefire"], mentions: 1)]),
        Case(source: "BBC Arabic, 5 Sep 2018 (hn01): a subject with a relative clause before the verb is the party",
             text: "قالت الأمم المتحدة إن المليشيات المتناحرة التي تتقاتل في العاصمة الليبية طرابلس منذ الأسبوع الماضي توصلت إلى اتفاق لوقف إطلاق النار.",
             entities: [.organization("الأمم المتحدة", country: nil, name: "United Nations", cameo: "IGOUNO"),
                        .place("طرابلس", country: "LBY", name: "Tripoli")],
             agreements: [Expected(date: nil, role: nil, parties: [], provisions: ["ceasefire"], mentions: 1,
                                   agents: ["Libyan militias"])]),
        Case(source: "Al Arabiya, 6 Jul 2018: a negated signing names no agreement",
             text: "ولم توقع إسرائيل وسوريا على معاهدة سلام رسمية.",
             entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .gpe("سوريا", country: "SYR", name: "Syria")],
             agreements: []),
        Case(source: "Asharq Al-Awsat, 1 Aug 2015: initialled on a date, opening the way to a unity government",
             text: "وكانت أطراف النزاع الليبي التي حضرت إلى الصخيرات بالمغرب قد وقعت في 11 يوليو (تموز) الماضي بالأحرف الأولى على اتفاق «سلام ومصالحة» يفتح الطريق أمام تشكيل حكومة وحدة وطنية.",
             entities: [.gpe("ليبيا", country: "LBY", name: "Libya"), .place("الصخيرات", country: "MAR", name: "Skhirat"),
                        .gpe("المغرب", country: "MAR", name: "Morocco")],
             times: [("11 يوليو (تموز)", "2015-07-11")],
             agreements: [Expected(date: "2015-07-11", role: .signed, parties: ["LBY"], provisions: ["power_sharing"], mentions: 1)]),
        Case(source: "France 24, 30 Jun 2018 (FR-internationalNews-2099): the side after مع is a party",
             text: "ووقع رئيس جنوب السودان سلفا كير يوم الأربعاء اتفاق سلام مع المتمردين.",
             entities: [.gpe("جنوب السودان", country: "SSD", name: "South Sudan"), .person("سلفا كير", country: "SSD", name: "Salva Kiir")],
             times: [("يوم الأربعاء", "2018-06-27")],
             agreements: [Expected(date: "2018-06-27", role: .signed, parties: ["SSD"], provisions: [], mentions: 1,
                                   agents: ["SPLM-IO"])]),   // South Sudan's rebels (agent-labels.tsv)
        Case(source: "France 24, 30 Jun 2018 (FR-internationalNews-2099): a ceasefire the agreement includes is a provision, not a second agreement",
             text: "ووقع رئيس جنوب السودان سلفا كير يوم الأربعاء اتفاق سلام مع المتمردين شمل وقفا لإطلاق النار يبدأ خلال 72 ساعة من توقيع الاتفاق.",
             entities: [.gpe("جنوب السودان", country: "SSD", name: "South Sudan"), .person("سلفا كير", country: "SSD", name: "Salva Kiir")],
             times: [("يوم الأربعاء", "2018-06-27")],
             agreements: [Expected(date: "2018-06-27", role: .signed, parties: ["SSD"], provisions: ["ceasefire"], mentions: 2,
                                   agents: ["SPLM-IO"])]),
        Case(source: "France 24, 5 Jul 2018 (FR-internationalNews-2169): «تنص هذه الاتفاقات على … تسليم سلاحها» states disarmament",
             text: "في محاولة لإخضاع الفصائل في ريف درعا.\nوأبرمت روسيا في الأيام الأخيرة اتفاقات \"مصالحة\" منفصلة مع الفصائل المعارضة في أكثر من ثلاثين قرية وبلدة.\nوتنص هذه الاتفاقات بشكل رئيسي على استسلام الفصائل وتسليم سلاحها مقابل وقف القتال.",
             entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa")],
             agreements: [Expected(date: nil, role: nil, parties: ["RUS"], provisions: ["ceasefire", "disarmament"], mentions: 3,
                                   agents: ["Syrian rebels"])]),
        Case(source: "Al Arabiya, 14 Jul 2018 (hn13): an earlier dated agreement of the same sides takes the report's parties",
             text: "أعلنت #حركة_الجهاد التوصل لاتفاق وقف لإطلاق النار في #غزة بين الفصائل و#إسرائيل.\nوقال المتحدث باسم الجهاد داود شهاب: \"تم التوافق على وقف إطلاق النار بعد الاتصالات المكثفة التي جرت اليوم وفق تفاهمات القاهرة للعام 2014\".",
             entities: [.organization("#حركة_الجهاد", "الجهاد", country: "PSE", name: "Palestinian Islamic Jihad", cameo: "PSEREB"),
                        .gpe("#إسرائيل", country: "ISR", name: "Israel"), .place("#غزة", country: "PSE", name: "Gaza"),
                        .place("القاهرة", country: "EGY", name: "Cairo"), .person("داود شهاب", country: "PSE", name: "Daoud Shehab")],
             agreements: [Expected(date: "2021-05-11", role: .signed, parties: ["ISR"], provisions: ["ceasefire"], mentions: 2,
                                   agents: ["Palestinian factions"]),
                          Expected(date: nil, role: nil, parties: ["ISR"], provisions: [], mentions: 1,
                                   agents: ["Palestinian factions"])]),
        Case(source: "Al Arabiya, 27 Jun 2018 (benchmark AL-internationalNews-1781): a peace agreement announced is no unilateral ceasefire; the side after مع stays",
             text: "وقد جرت في العاصمة الإثيوبية مباحثات تاريخية بين إثيوبيا وإريتريا تهدف إلى إنهاء النزاع، وذلك بعد أن أعلن رئيس الوزراء الإثيوبي الجديد عزمه تطبيق اتفاق السلام الموقع في العام 2000 مع إريتريا.",
             entities: [.gpe("إثيوبيا", country: "ETH", name: "Ethiopia"), .gpe("إريتريا", country: "ERI", name: "Eritrea")],
             agreements: [Expected(date: nil, role: nil, parties: ["ETH", "ERI"], provisions: [], mentions: 1)]),
        Case(source: "France 24, 10 May 2018 (benchmark FR-internationalNews-1170): two nationality adjectives after the noun are its parties",
             text: "رغم مرور نحو 40 عاما على اتفاقية السلام المصرية الإسرائيلية، إلا أن احتفالا أقامته السفارة الإسرائيلية في القاهرة أثار سخطا واسعا لدى المصريين، وأقيم الحفل بمناسبة ذكرى إنشاء دولة إسرائيل مساء الثلاثاء في فندق يطل على ميدان التحرير.\nالاحتفال الأول من نوعه في مكان عام بمصر",
             entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .gpe("مصر", country: "EGY", name: "Egypt"),
                        .place("القاهرة", country: "EGY", name: "Cairo"), .place("ميدان التحرير", country: "EGY", name: "Tahrir Square")],
             agreements: [Expected(date: nil, role: nil, parties: ["EGY", "ISR"], provisions: [], mentions: 1)]),
        Case(source: "CNN Arabic, 21 May 2018 (benchmark CN-middleEast-990): one adjective names the Iran deal by one side, not its parties",
             text: "وقال بومبيو إن بلاده ستفرض \"أقوى عقوبات في التاريخ\" على إيران، وذلك بعد أيام على انسحاب واشنطن من الاتفاق النووي الإيراني، وهو الأمر الذي سيجعل طهران تعاني للحفاظ على اقتصادها حيا.",
             entities: [.gpe("إيران", "طهران", country: "IRN", name: "Iran"), .gpe("واشنطن", country: "USA", name: "United States"),
                        .person("بومبيو", country: "USA", name: "Mike Pompeo")],
             agreements: [Expected(date: nil, role: nil, parties: [], provisions: [], mentions: 1)]),
    ]

    @Test(arguments: cases)
    func agreements(_ c: Case) {
        let fixture = SentenceFixture(c.text, entities: c.entities, times: c.times)
        let agreements = fixture.analyze().agreements
        #expect(agreements.count == c.agreements.count, "\(agreements.map { $0.mentions.map(fixture.text) })")
        for (a, e) in zip(agreements, c.agreements) {
            #expect(a.date == e.date)
            #expect(a.dateRole == e.role)
            #expect(fixture.countries(a.parties) == e.parties)
            #expect(fixture.countries(a.mediators) == e.mediators)
            #expect(Set(a.provisions.map(\.kind)) == e.provisions)
            #expect(a.mentions.count == e.mentions, "\(a.mentions.map(fixture.text))")
            for p in a.provisions { #expect(!fixture.text(p.span).isEmpty) }
            #expect(a.nameAr == a.mentions.first.map(fixture.text))
            #expect(Set(a.partyAgents.map(\.label)) == e.agents)
        }
    }
}
