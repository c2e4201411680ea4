import MarsadCore
import MarsadEntities
import Testing

/// Speakers the entity layer did not read before branch names11 (docs/QUALITY.md, "Branch
/// `names11`"): a name before an office written without the article, a title in the construct
/// state before an office no lexicon reads, two descriptions joined by و, a speaker whose
/// surname is an actor's while the first name is not, and a surname beginning with ف. Sentences of the ANT benchmark corpus
/// (ids in the table; none of a gold set).
struct UnreadSpeakerTests {
    typealias Case = PersonCase

    static let cases: [Case] = [
        Case(text: "وقال بابار يعقوب سكرتير مفوضية الانتخابات في باكستان للصحفيين \"لا توجد مؤامرة ولا أي ضغوط في تأخير النتائج.",
             mention: "بابار يعقوب", source: "SK-internationalNews-2800-20180725: before سكرتير"),
        Case(text: "وقال فاضل ميراني سكرتير المكتب السياسي للحزب الديمقراطي \"تم تبادل وجهات النظر بيننا بخصوص تشكيل كتلة موسعة\".",
             mention: "فاضل ميراني", source: "SK-middleEast-2807-20180707: before سكرتير"),
        Case(text: "وتقول باربارة لودفيغ عمدة كيمنتس، وهي من الحزب الاشتراكي الديمقراطي:\" إنهم يمثلون تحديا غير مسبوق لديموقراطيتنا\".",
             mention: "باربارة لودفيغ", source: "BB-internationalNews-1011-20180901: before عمدة"),
        Case(text: "فيما ذكر زفيزدومير أندرونوف متزعّم المتظاهرين لوكالة فرانس برس \"لا نقبل أن نُصنّف بأننا معادون للسامية\".",
             mention: "زفيزدومير أندرونوف", source: "SK-internationalNews-12-20180218: before متزعم"),
        Case(text: "واعتبر دييجو جارسيا سايان مقرر الأمم المتحدة الخاص المعني باستقلال القضاة والمحامين يوم الجمعة أن إقالتها تبعث برسالة مخيفة.",
             mention: "دييجو جارسيا سايان", source: "AL-internationalNews-1435-20180603: before مقرر"),
        Case(text: "وقال الناطق باسم الحركة رومان اسبينو لوكالة فرانس برس إن الممر يعد \"نقطة عبور استراتيجية بالنسبة للمهاجرين غير الشرعيين\".",
             mention: "رومان اسبينو", source: "FR-internationalNews-847-20180421: a spokesman's title, a body no lexicon reads"),
        Case(text: "وكان الكاتب والباحث السياسي الليبي، عبد الباسط بن هامل، قال لسكاي نيوز عربية إن ميليشيات سرايا بنغازي تعاونت مع الجضران.",
             mention: "عبد الباسط بن هامل", source: "SK-middleEast-3664-20180912: two descriptions joined by و"),
        Case(text: "وأوضح رافيندر سينغ، حاكم المنطقة: \"قتل تسعة أشخاص في الإجمال وهم ثمانية أطفال وامرأة في ثلاثة انهيارات أرضية منفصلة\".",
             mention: "رافيندر سينغ", source: "SK-internationalNews-2585-20180711: Manmohan Singh's surname, another first name"),
        Case(text: "وقال شيروان بري، أحد رؤساء الهلال الأحمر الكردي ومقره القامشلي في شمال شرق سوريا \"تعرضت المدينة لقصف كثيف خلال النهار\".",
             mention: "شيروان بري", source: "FR-middleEast-167-20180317: Nabih Berri's surname, another first name"),
        Case(text: "وأكد ستيفن باول، رئيس الدفاع المدني “تورنتو فاير“، أن هناك العديد من الإصابات.",
             mention: "ستيفن باول", source: "CN-internationalNews-270-20180423: Colin Powell's surname, another first name"),
        Case(text: "ويقول غارو بيلان من حزب الشعوب الديمقراطي :\" بينما يسحق أردوغان حقوق الإنسان، يتم استقباله رسميا، ما يعني أن كل شيء يفعله بات أمرا طبيعيا.",
             mention: "غارو بيلان", source: "BB-middleEast-1015-20180928: before من"),
        Case(text: "وقال أندرو فابيان أستاذ علم الفلك بجامعة كمبردج \"يطلق عليه القمر الدموي لأن نور الشمس يخترق الغلاف الجوي للأرض\".",
             mention: "أندرو فابيان", source: "FR-internationalNews-2475-20180726: a surname beginning with ف that is no word of the corpus"),
        Case(text: "وقال سوك فياسنا، مسؤول بسلطات الهجرة الكمبودية: \"لابد من أن نتحقق من الغرض من زيارتهم [السوريين].",
             mention: "سوك فياسنا", source: "BB-middleEast-343-20180413: a surname beginning with ف"),
        Case(text: "قال وزير الدفاع الإثيوبي، سراج فقيسا، اليوم السبت، إن #حالة_الطوارئ التي فرضت في البلاد بعد استقالة رئيس الوزراء ستستمر 6 أشهر.",
             mention: "سراج فقيسا", source: "AL-internationalNews-23-20180217: a surname beginning with ف after a title"),
    ]

    @Test("a speaker the entity layer did not read", arguments: cases)
    func unreadSpeaker(_ c: Case) throws {
        // A person known only from the text: not linked to the actor whose surname it bears.
        try c.check()
    }

    @Test("an actor's first name and surname are still the actor")
    func sameBearer() throws {
        let text = "لكن سارة لم تكن لتتحدث عن ما كان مايك بومبيو بحاجة إلى سماعه من كيم جونغ تشول من أجل تحقيق ذلك."
        let (doc, analysis) = EntityFixture.analyze(text)
        let entity = try #require(EntityFixture.entity("مايك بومبيو", in: analysis, of: doc), "BB-internationalNews-592-20180531: \(analysis.entities.map(\.name))")
        #expect(entity.name == "Mike Pompeo")
    }
}
