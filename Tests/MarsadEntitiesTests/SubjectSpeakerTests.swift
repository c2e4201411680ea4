import MarsadCore
import MarsadEntities
import Testing

/// Speakers the entity layer did not read before branch names12 (docs/QUALITY.md, "Branch
/// `names12`"): a later name word ending in يه or beginning with the English W (و before a vowel
/// letter), Ben (بن) before a foreign surname, a name before a description with the article or
/// before ل and an outlet, a name closing the subject of a verb of saying after a title or an
/// office no lexicon reads whole, military ranks, a word beginning with كال/بال that is no
/// preposition and the article, verbs of saying of the quotation layer (كشف، أقر، اتهم …), and two
/// actors' spellings. Sentences of the ANT
/// benchmark corpus (ids in the table; none of a gold set).
struct SubjectSpeakerTests {
    typealias Case = PersonCase

    static let cases: [Case] = [
        Case(text: "وقال لوران بيرجيه رئيس اتحاد (سي.إف.دي.تي) في لقاء تلفزيوني إن \"ما اقترحته الحكومة غير مقبول\".",
             mention: "لوران بيرجيه", actor: nil, source: "FR-internationalNews-581-20180406: a surname ending in يه"),
        Case(text: "أما الويلزي غاريث بايل لاعب ريال مدريد فيحتل المركز الرابع (44 ميلونا) متقدما على المدافع الإسباني جيرار بيكيه لاعب برشلونة (29 مليونا).",
             mention: "جيرار بيكيه", actor: nil, source: "FR-internationalNews-893-20180424: a surname ending in يه after a description"),
        Case(text: "وقال ماكس ويكفيلد، الناشط ضمن المجموعة، إنه على يقين بأن المجموعة ستحصل على جميع التراخيص.",
             mention: "ماكس ويكفيلد", actor: nil, source: "BB-internationalNews-754-20180706: و as the English W"),
        Case(text: "وقالت كايتي واطسون مراسلة بي بي سي إن \" لولا سيبقى طليقاً لفترة قصيرة حتى يتم تحضير مذكرة توقيفه\".",
             mention: "كايتي واطسون", actor: nil, source: "BB-internationalNews-293-20180405: و as the English W"),
        Case(text: "وقال بيتر وايزمان، الباحث في معهد ستوكهولم، إنه \"على الرغم من انخفاض أسعار النفط، فإن النزاعات المسلحة تدفع الزيادة في الإنفاق العسكري\".",
             mention: "بيتر وايزمان", actor: nil, source: "CN-internationalNews-335-20180510: و as the English W"),
        Case(text: "وقال بن كونابل الخبير في العلوم السياسية في مؤسسة راند \"يجب على الولايات المتحدة توخي الحذر الشديد لتجنب ضرب أهداف روسية أو قتل مستشارين روس\".",
             mention: "بن كونابل", actor: nil, source: "FR-internationalNews-695-20180412: Ben, before a description"),
        Case(text: "وقالت جانا جبور الخبيرة بالشؤون التركية إن \"هدف قمة أنقرة هو إعادة تنظيم مناطق النفوذ في سوريا\".",
             mention: "جانا جبور", actor: nil, source: "BB-middleEast-288-20180404: before a description with the article"),
        Case(text: "وأكد ماكسيم اوتشفاتشوف لفرانس برس \"تلقت النيابة الشكاوى وتقوم بدرسها.",
             mention: "ماكسيم اوتشفاتشوف", actor: nil, source: "AL-internationalNews-684-20180329: before ل and an outlet"),
        Case(text: "وذكر أستاذ الدراسات السياسية والشرق الأوسط في جامعة بار إيلان، هيليل فريش، في تحليله أن احتمالات الحرب تتزايد.",
             mention: "هيليل فريش", actor: nil, source: "SK-internationalNews-1438-20180508: a name closing the subject after an office"),
        Case(text: "أكد المتحدث باسم الحكومة البريطانية في الشرق الأوسط وشمال أفريقيا، إدوين سموأل، أن حكومة بلاده تعمل على التحقق من الوقائع.",
             mention: "إدوين سموأل", actor: nil, source: "CN-middleEast-1444-20181008: a name closing the subject after a title and a region"),
        Case(text: "وقال قائد الشرطة في مانديلينج ناتال، إرسان سينوحاجي، لرويترز إن السلطات تتحقق مما إذا كان هناك ضحايا آخرون محتملون.",
             mention: "إرسان سينوحاجي", actor: nil, source: "SK-internationalNews-3452-20181013: a name closing the subject after a title and an unknown place"),
        Case(text: "وكشف الناطق الإعلامي لمحور آزال، المقدم فايز أبوحمزة، أن بين قتلى الحوثيين في المواجهات الأخيرة مجموعة من القادة الميدانيين.",
             mention: "فايز أبوحمزة", actor: nil, source: "SK-middleEast-3700-20181004: the rank المقدم"),
        Case(text: "مما أدى لاستشهاد اثنين من رجال الأمن وهما الرائد زياد أحمد الحواجري والملازم حماد أحمد أبوسويرح.",
             mention: "زياد أحمد الحواجري", actor: nil, source: "CN-middleEast-333-20180322: the rank الرائد"),
        Case(text: "وقال المتحدث باسم الجيش الهندي، الكولونيل راجيش كاليا، إن الاشتباكات بدأت في وقت مبكر السبت عندما اعترض الجنود عدداً من المسلحين.",
             mention: "راجيش كاليا", actor: nil, source: "AL-internationalNews-1334-20180526: a rank after the comma; كاليا is no ك + the article"),
        Case(text: "والثلاثاء، اعتبر المتحدث باسم الرئاسة التركية إبراهيم كالين أن التهديدات الأمريكية \"مرفوضة تماما\".",
             mention: "إبراهيم كالين", actor: nil, source: "FR-middleEast-862-20180731: كالين is no ك + the article"),
        Case(text: "وقال وزير التجارة التركي روهسار بيكان إن على واشنطن توقع مزيد من الإجراءات المماثلة.",
             mention: "روهسار بيكان", actor: nil, source: "BB-internationalNews-991-20180817: a name right after a nationality adjective"),
        Case(text: "كشف أيمن دين، الجاسوس السابق لصالح الاستخبارات البريطانية داخل تنظيم القاعدة، إنه خطط لهجوم كيماوي يستهدف شبكة قطارات الانفاق في نيويورك.",
             mention: "أيمن دين", actor: nil, source: "CN-internationalNews-399-20180526: after كشف, a verb of saying of the quotation layer"),
        Case(text: "واتهم وزير الاتصالات في السلطة الفلسطينية، علام موسى، في بيان الثلاثاء، إسرائيل بعدم تطبيق مذكرة التفاهم التي وقعت في عام 2016.",
             mention: "علام موسى", actor: nil, source: "BB-middleEast-892-20180816: after اتهم, a name closing the subject"),
        Case(text: "قال جيم جيفري، الذي عيّن ممثلا خاصا جديدا للولايات المتحدة الأمريكية بسوريا، إن هناك العديد من الدلائل على أن أسلحة كيماوية تحضر.",
             mention: "جيم جيفري", actor: "James Jeffrey", source: "CN-middleEast-1285-20180907: a spelling of the actor"),
        Case(text: "أعلن محرم إينجه مرشح حزب \"الشعب الجمهوري\" أنه \"يتقبل\" خسارته في الانتخابات الرئاسية أمام رجب طيب أردوغان.",
             mention: "محرم إينجه", actor: "Muharrem Ince", source: "FR-internationalNews-1999-20180625: محرم is a month name, a stop word"),
    ]

    @Test("a speaker the entity layer did not read", arguments: cases)
    func unreadSpeaker(_ c: Case) throws {
        try c.check()
    }

    struct NoName: Sendable, CustomStringConvertible {
        let text: String
        /// Words that are no person's whole name.
        let phrase: String
        let source: String
        var description: String { phrase }
    }

    static let noNames: [NoName] = [
        NoName(text: "وبرغم التعليقات السلبية، تزوج إيان وجيجي، البالغة 32 عاما، وهما يعيشان معا في بريطانيا مع طفليهما.",
               phrase: "إيان وجيجي", source: "BB-internationalNews-783-20180711: two people joined by و"),
        NoName(text: "كما أعلن الشيخ سلطان بن سحيم أن أكثر من 400 شخص من #أسرة_آل_ثاني تم منعهم من السفر بعد مقاطعة الدول الأربع لقطر.",
               phrase: "بن سحيم", source: "AL-internationalNews-392-20180307: بن after a name is a patronymic"),
        NoName(text: "وقالت محامية جادج، صديق طفولة كافانو، إن \"التحقيق معه لم ينته بعد\".",
               phrase: "صديق طفولة كافانو", source: "BB-internationalNews-1093-20181002: an apposition of common words"),
    ]

    @Test("words that are no speaker's name", arguments: noNames)
    func noName(_ c: NoName) {
        let (doc, analysis) = EntityFixture.analyze(c.text)
        #expect(EntityFixture.entity(c.phrase, in: analysis, of: doc) == nil, "\(c.source)")
    }
}
