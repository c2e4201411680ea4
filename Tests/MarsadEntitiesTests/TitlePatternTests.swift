import MarsadCore
import MarsadEntities
import Testing

/// Title patterns: people with their roles and affiliations, read from the text — here without
/// the actor dictionary, so the patterns alone must find them.
struct TitlePatternTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let name: String
        let country: String?
        let title: String
        let of: String?
        let source: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(text: "وقال المتحدث باسم الائتلاف، النائب صلاح حسب الله، إن المنظمة دأبت على بث الأكاذيب.",
             name: "صلاح حسب الله", country: nil, title: "النائب", of: nil, source: "ANT CN-middleEast-117 (shortened): الله ends a compound name, and is not Nasrallah's surname"),
        Case(text: "أعلن وزير الخارجية الروسي، سيرغي لافروف، اليوم الثلاثاء، أن الوفد الروسي خلال المحادثات في باكو",
             name: "سيرغي لافروف", country: "RUS", title: "وزير الخارجية", of: "RUS", source: "sample"),
        Case(text: "ورئيس وزراء أرمينيا، نيكول باشينيان، وقعوا إعلانا مشتركا حول وقف شامل لإطلاق النار في قره باغ",
             name: "نيكول باشينيان", country: "ARM", title: "رئيس وزراء", of: "ARM", source: "sample"),
        Case(text: "وتحت رعاية مبعوث الأمم المتحدة غسان سلامة، تم التوصل إلى اتفاق لوقف إطلاق النار",
             name: "غسان سلامة", country: nil, title: "مبعوث الأمم المتحدة", of: nil, source: "dev hn01 (BBC Arabic)"),
        Case(text: "وصرّح النائب في البرلمان المصري محمد حمزة خلال لقاء له مع قناة \"الحدث\" أن الفصائل الفلسطينية",
             name: "محمد حمزة", country: "EGY", title: "النائب", of: "EGY", source: "dev hn13 (Al Arabiya)"),
        Case(text: "وصرح وزير خارجية السودان الدرديري محمد أحمد \"اتفق كل الأطراف على وقف دائم لإطلاق النار\"",
             name: "الدرديري محمد أحمد", country: "SDN", title: "وزير خارجية", of: "SDN", source: "dev hn05 (France 24)"),
        Case(text: "وأفادت المتحدثة باسم وزارة الخارجية الصينية هوا تشونيينغ أنه \"بعد تحقيق متأن، أبلغت الصين",
             name: "هوا تشونيينغ", country: "CHN", title: "المتحدثة باسم", of: "CHN", source: "ANT corpus (Al Arabiya)"),
    ]

    @Test("a title gives a person, a role and a country", arguments: cases)
    func titlePattern(_ c: Case) throws {
        let (doc, analysis) = EntityFixture.analyze(c.text, with: EntityFixture.withoutActors)
        let person = try #require(EntityFixture.entity(c.name, in: analysis, of: doc), "\(c.name) not found (\(c.source))")
        #expect(person.type == .person)
        #expect(person.country == c.country)
        #expect(person.roles.contains { $0.title == c.title && $0.of == c.of }, "roles: \(person.roles)")
    }

    /// ANT SK-internationalNews-1395-20180506: «الرئيس» here is the object of وبخ (Trump), not
    /// McCain's title.
    @Test("a bare title set off by commas after a titled person is not an apposition")
    func bareTitleAfterTitledPerson() throws {
        let text = "ووبخ السناتور الأميركي، جون ماكين، الرئيس، واتهمه في كتاب جديد بالتقاعس عن الدفاع عن القيم الديمقراطية."
        let (doc, analysis) = EntityFixture.analyze(text, with: EntityFixture.withoutActors)
        let person = try #require(EntityFixture.entity("جون ماكين", in: analysis, of: doc))
        #expect(person.roles.map(\.title) == ["السناتور"])
        #expect(person.roles.first?.of == "USA")
    }

    @Test("a spokesman's body in quotes after باسم is skipped to read the name", arguments: [
        ("يعلن مسؤوليته عن إطلاق هذه القذائف، لكن المتحدث باسم \"حماس\" فوزي برهوم كتب على صفحته على فيس بوك \"كل التحية للمقاومة الباسلة\"",
         "فوزي برهوم", "PSE", "FR-internationalNews-1918-20180620: a known body in quotes gives the country"),
        ("وأكد الناطق الرسمي باسم \"غرفة العمليات المركزية في الجنوب\" إبراهيم الجباوي من جهته لوكالة الأنباء الفرنسية الاتفاق على وقف إطلاق النار",
         "إبراهيم الجباوي", nil, "FR-internationalNews-2198-20180706: an unknown body states nothing"),
    ])
    func quotedBody(_ text: String, name: String, country: String?, source: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text, with: EntityFixture.withoutActors)
        let person = try #require(EntityFixture.entity(name, in: analysis, of: doc), "\(name) not found (\(source))")
        #expect(person.roles.contains { $0.title.hasSuffix("باسم") }, "roles: \(person.roles)")
        if let country { #expect(person.country == country, "\(source)") }
    }

    @Test("a counterpart takes the office of the official before it, for its own country")
    func counterpart() throws {
        let text = "أعلن وزير الخارجية الروسي، سيرغي لافروف، اليوم الثلاثاء.\nقال لافروف خلال اجتماع مع نظيره الأذربيجاني جيهون بيراموف: \"نحن نركز على التنفيذ الكامل\". بدوره، أكد بيراموف أن عددًا كبيرًا من القضايا تراكمت."
        let (doc, analysis) = EntityFixture.analyze(text, with: EntityFixture.withoutActors)
        let bayramov = try #require(EntityFixture.entity("جيهون بيراموف", in: analysis, of: doc))
        #expect(bayramov.country == "AZE")
        #expect(bayramov.roles.contains(Role(title: "وزير الخارجية", titleEn: "Foreign Minister", of: "AZE")))
        #expect(bayramov.mentions.map { doc.text(in: $0) } == ["جيهون بيراموف", "بيراموف"])
    }

    @Test("an official right after another without a country takes theirs (sample, «القائم بأعمال»)")
    func inheritedAffiliation() throws {
        let text = "زار يريفان حيث التقى بوزير الوزراء الأرميني نيكول باشينيان القائم بأعمال وزير الخارجية اروي ايفازيان. وقال رئيس وزراء أرمينيا، نيكول باشينيان، إن"
        let (doc, analysis) = EntityFixture.analyze(text, with: EntityFixture.withoutActors)
        let acting = try #require(EntityFixture.entity("اروي ايفازيان", in: analysis, of: doc))
        #expect(acting.country == "ARM")
        #expect(acting.roles.first?.titleEn == "Acting Foreign Minister")
        // القائم is not the Iraqi town al-Qaim inside the title.
        #expect(EntityFixture.entity("القائم", in: analysis, of: doc) == nil)
    }

    /// Sentences of develop reports (dev-extra2) and of the benchmark corpus: what stands between
    /// a title and the name — a rank or honorific, an adjective no lexicon knows — and names
    /// whose first word is some actor's surname or whose last word precedes a weekday.
    @Test("a rank, an honorific or an unknown adjective between a title and the name", arguments: [
        ("وأكد رئيس الأركان الأفغاني الجنرال شريف يفتالي أمام الصحافيين بعد ظهر الأحد، أن \"قوات الأمن\"",
         "شريف يفتالي", "رئيس الأركان", "dev-extra2 FR-internationalNews-2690-20180812: a rank; شريف is Nawaz Sharif's surname"),
        ("قالت وزيرة التخطيط والتعاون الدولي الأردنية الدكتورة ماري قعوار، إن الأردن ملتزم بسياسته",
         "ماري قعوار", "الدكتورة", "dev-extra2 CN-middleEast-1291-20180906: an honorific after the nationality"),
        ("وأيدت النائبة القبطية مارجريت عازر، وجهة النظر بأن \"تعمل الدولة في القضاء\"",
         "مارجريت عازر", "النائبة", "dev-extra2 CN-middleEast-1291-20180906: an adjective no lexicon knows"),
        ("وقال قائد الشرطة المحلية فريد أحمد مرشال، إن طالبان شنت هجومها مساء الخميس",
         "فريد أحمد مرشال", "قائد الشرطة", "dev-extra2 FR-internationalNews-2690-20180812"),
        ("وقال المتحدث باسم المجلس الأفغاني الأعلى للسلام سيد إحسان طاهري الأحد لوكالة الأنباء الفرنسية",
         "سيد إحسان طاهري", "المتحدث باسم", "dev-extra2 FR-internationalNews-2690-20180812: a third word before a weekday"),
        ("وقال الأسقف ميخائيل كوري، رئيس الكنيسة الأسقفية في الولايات المتحدة",
         "ميخائيل كوري", "رئيس", "ANT corpus: a name before a title after a comma"),
        ("ومن المزمع أن تصوت اللجنة الجمعة، ولكن رئيسها السيناتور الجمهوري تشاك غراسلي ترك الباب مفتوحا أمام احتمال إرجاء التصويت",
         "تشاك غراسلي", "السيناتور", "ANT BB-internationalNews-1115-20180927: a party adjective (title-modifiers.tsv)"),
        ("ويقول القاضي أنطونيو كارفالو بأن نظام العمل والدراسة موجود في أنظمة السجون العادية أيضا",
         "أنطونيو كارفالو", "القاضي", "ANT BB-internationalNews-570-20180525: بأن (function-words.tsv) ends the name"),
    ])
    func betweenTitleAndName(_ text: String, name: String, title: String, source: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text)
        let person = try #require(EntityFixture.entity(name, in: analysis, of: doc), "\(name) not found (\(source))")
        #expect(person.type == .person)
        #expect(person.mentions.map { doc.text(in: $0) } == [name], "\(source)")
        #expect(person.roles.contains { $0.title == title }, "roles: \(person.roles) (\(source))")
    }

    /// A minister's portfolio no lexicon lists, then the country (benchmark corpus and dev-extra2).
    @Test("the words of a portfolio or office stand between a title and its country or body", arguments: [
        ("أقال وزير العدل الأمريكي، جيف سيشنز، مسؤول مكتب التحقيقات الفيدرالي", "جيف سيشنز", "USA",
         "ANT corpus (BBC Arabic): a portfolio, then the nationality"),
        ("وقال وزير الشؤون الخارجية والتعاون الدولي المغربي ناصر بوريطة إن", "ناصر بوريطة", "MAR",
         "constructed on the pattern: a portfolio joined by و"),
        ("قالت وزيرة التخطيط والتعاون الدولي الأردنية الدكتورة ماري قعوار، إن الأردن ملتزم بسياسته", "ماري قعوار", "JOR",
         "dev-extra2 CN-middleEast-1291-20180906: the office's country reaches the name past an honorific"),
        ("قال أحمد الشيخو، رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء في محافظة إدلب السورية، لشبكة CNN، إن رجلا واحدا على الأقل قتل", "أحمد الشيخو", "SYR",
         "dev-extra2 CN-middleEast-1293-20180906: an office of a body named after ل"),
        ("وشارك في الاجتماع الثلاثي وزير التجارة الأميركي روبير ليغتهيزير، ووزير التجارة الياباني سيكو هيروشيغو", "روبير ليغتهيزير", "USA",
         "ANT corpus: a comma after the name"),
    ])
    func portfolio(_ text: String, name: String, country: String, source: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text, with: EntityFixture.withoutActors)
        let person = try #require(EntityFixture.entity(name, in: analysis, of: doc), "\(name) not found (\(source))")
        #expect(person.country == country, "\(source)")
    }

    @Test("a name before a spokesman's title, opened by a verb of saying or begun by a given name", arguments: [
        ("وقال لام بول جابرييل المتحدث باسم متمردي الجيش الشعبي لتحرير السودان - في المعارضة إن جيش جنوب السودان هاجم مواقع المتمردين",
         "لام بول جابرييل", "dev-extra2 FR-internationalNews-2099-20180630: three words after قال, an unknown body"),
        ("قال أحمد الشيخو، رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء في محافظة إدلب السورية، لشبكة CNN، إن رجلا واحدا على الأقل قتل",
         "أحمد الشيخو", "dev-extra2 CN-middleEast-1293-20180906: a family name with the article after a given name"),
    ])
    func nameBeforeTitle(_ text: String, name: String, source: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text)
        let person = try #require(EntityFixture.entity(name, in: analysis, of: doc), "\(name) not found (\(source))")
        #expect(person.type == .person)
        #expect(person.mentions.map { doc.text(in: $0) } == [name], "\(source)")
    }

    @Test("a compound surname with الله links to no actor named «… عبد الله»")
    func compoundSurname() throws {
        let text = "فيما رفض المتحدث باسم البرلمان المصرى صلاح حسب الله، وصف الحوادث المتكررة ضد الأقباط بالطائفية"
        let (doc, analysis) = EntityFixture.analyze(text)
        let person = try #require(EntityFixture.entity("صلاح حسب الله", in: analysis, of: doc))
        #expect(person.name == "صلاح حسب الله", "linked to \(person.name) (dev-extra2 CN-middleEast-1291-20180906)")
        #expect(person.country == "EGY")
    }

    @Test("a longer name with a similar first name is not the actor («سعيد أبو بكر الحريري» is not Saad Hariri)")
    func longerNameSimilarFirst() throws {
        let text = "نقلت صحيفة \"الشرق الأوسط\" عن تسريبات في جبهة الساحل الغربي، السبت، تفيد بأن العسكري البارز المعين من الحوثيين قائداً للمنطقة الخامسة في الحديدة، اللواء سعيد أبو بكر الحريري، انشق عن الانقلابيين بعد أن وصل إلى قناعة بدنو نهايتها في الحديدة والساحل الغربي، معلناً انضمامه إلى صفوف قوات الشرعية."
        let (doc, analysis) = EntityFixture.analyze(text)
        let person = try #require(EntityFixture.entity("سعيد أبو بكر الحريري", in: analysis, of: doc))
        #expect(person.name == "سعيد أبو بكر الحريري", "linked to \(person.name) (ANT AL-internationalNews-1756-20180624)")
        #expect(person.country == "YEM")
    }

    @Test("the surname of an actor of the article's country ends the name («الرئيس هادي كلف»)")
    func dominantSurname() {
        let text = "أعلن الرئيس اليمني عبد ربه منصور هادي أن الحوثيين رفضوا الحوار. وفي اليمن، الرئيس هادي كلف رئيس الوزراء برئاسة لجنة في عدن اليمنية."
        let (doc, analysis) = EntityFixture.analyze(text)
        let people = analysis.entities.filter { $0.type == .person }.flatMap(\.mentions).map { doc.text(in: $0) }
        #expect(!people.contains { $0.contains("كلف") }, "\(people)")
    }

    /// Sentences of the ANT benchmark corpus (Al Arabiya, 2018) where words after a title are not a name.
    @Test("words after a title that are not a name make no person", arguments: [
        ("وفي وقت سابق، قال لاريجاني إن الرئيس الأميركي لا يصلح لمنصبه، وذلك وفقاً لما أورده موقع ميزان", "يصلح"),
        ("المتحدثة باسم البيت الأبيض، سارة ساندرز: \"الرئيس ملتزم بإصلاح نظام الهجرة المعيب وحدودنا غير المحكمة.", "ملتزم"),
        ("خلال عقدين من الزمن، متقدماً على التحالف الحاكم باريسان ناسيونال (الجبهة الوطنية).", "باريسان"),
        ("وتعد إيران حليفاً رئيسياً لرئيس النظام السوري #بشار_الأسد، وقدمت", "حليفاً"),
        ("ومن بين هؤلاء 13 شخصا وجه لهم المستشار الخاص لوزارة العدل الأمريكية روبرت مولر تهما الشهر الماضي", "تهما"),
        ("وكان القس البروتستانتي دوشو إيشتي يعمد قرابة 80 شخصا", "البروتستانتي"),
        ("بهذا الإعلان لم يضع وزير البيئة والتخطيط العمراني التركي نهاية لوجوده", "العمراني"),
        ("وقال مساعد وزير الدفاع السعودي، الفريق طيار محمد عبدالله العايش إن الزيارة ناجحة", "طيار"),
        // A text that ends on a title and an adjective (the reader once read past the last token).
        ("وصلت النائبة القبطية", "القبطية"),
    ])
    func notAName(_ text: String, _ word: String) {
        let (doc, analysis) = EntityFixture.analyze(text, with: EntityFixture.withoutActors)
        let people = analysis.entities.filter { $0.type == .person }.flatMap(\.mentions).map { doc.text(in: $0) }
        #expect(!people.contains { $0.contains(word) }, "\(people)")
    }

    /// A title of office followed by a nationality adjective is a title, not the ministry it
    /// resembles (الدفاع + a feminine nisba); a spokesperson's title leaves the body it names.
    @Test("a minister's title is no ministry; a spokesperson's body is one")
    func titleIsNoMinistry() throws {
        let text = "وكانت وسائل إعلام قطرية نشرت الجمعة الماضي مقابلة مزعومة مع وزيرة الدفاع الألمانية باللغتين العربية والإنجليزية"
        let (doc, analysis) = EntityFixture.analyze(text)
        let organizations = analysis.entities.filter { $0.type == .organization }.flatMap(\.mentions).map { doc.text(in: $0) }
        #expect(organizations.isEmpty, "\(organizations) (ANT AL-internationalNews-1952-20180716)")
        let spokesperson = "وأفادت المتحدثة باسم وزارة الخارجية الصينية هوا تشونيينغ أنه \"بعد تحقيق متأن، أبلغت الصين"
        let (doc2, analysis2) = EntityFixture.analyze(spokesperson)
        #expect(EntityFixture.entity("وزارة الخارجية الصينية", in: analysis2, of: doc2)?.type == .organization)
    }
}
