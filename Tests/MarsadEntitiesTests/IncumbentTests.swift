import MarsadCore
import MarsadEntities
import MarsadText
import Testing

/// Actors named by their surname alone after a title or «نظام», resolved by who held the office
/// on the report's date (sentences of the ANT benchmark corpus and dev-extra, 2018).
struct IncumbentTests {
    static func analyze(_ text: String, published: CivilDate?) -> (Document, EntityAnalysis) {
        var metadata = Metadata()
        metadata.published = published
        let doc = Document(id: "test", text: text, metadata: metadata, toolkit: EntityFixture.toolkit)
        return (doc, EntityFixture.extractor.analyze(doc))
    }

    @Test("a surname alone after a title or نظام is the actor in that office that day", arguments: [
        ("وقالت وزارة الخارجية الفرنسية إن لديها أدلة على تورط نظام الأسد في الهجوم الكيمياوي", "الأسد", "Bashar al-Assad",
         "ANT corpus: after نظام, the head of state in office (Bashar, not Hafez)"),
        ("وأضاف أن \"الرئيس ترمب يهتم إلى حد بعيد بهذا الملف\"", "ترمب", "Donald Trump",
         "ANT corpus: after الرئيس, the President (not Melania or Ivanka Trump)"),
        ("التقى الرئيس بوتين نظيره التركي في موسكو", "بوتين", "Vladimir Putin",
         "constructed on «التقى الرئيس X»: التقى is a verb, not a definite noun before an adjective"),
        ("لكن ذلك يحدث في الوقت الذي بدأ فيه حلفاء الأسد يستعيدون المزيد من الأراضي التي تسيطر عليها المعارضة. وتدعم إيران نظام الأسد المجرم في سوريا", "الأسد", "Bashar al-Assad",
         "dev-extra2 BB-middleEast-426-20180429 (shortened)"),
    ])
    func incumbent(_ text: String, surface: String, actor: String, source: String) throws {
        try Self.expect(surface, in: text, isActor: actor, published: CivilDate(year: 2018, month: 5, day: 1), source: source)
    }

    /// Checks that `surface` in `text`, read on `published`, is the actor named `actor`.
    static func expect(_ surface: String, in text: String, isActor actor: String, published: CivilDate?, source: String) throws {
        let (doc, analysis) = analyze(text, published: published)
        let entity = try #require(EntityFixture.entity(surface, in: analysis, of: doc), "«\(surface)» not found (\(source))")
        #expect(entity.name == actor, "\(source)")
    }

    @Test("a surname alone, with no title, is the one head of state or government in office whose country the report names", arguments: [
        ("وقال بيان لوزارة الخارجية الأميركية إن بومبيو تحدث هاتفيا مع ولي العهد السعودي", "بومبيو", "Mike Pompeo",
         "ANT corpus (2018-07): the Secretary of State; the ministry's nationality names the United States"),
        ("وكانت الولايات المتحدة قد انسحبت من الاتفاق النووي. ولماذا يريد ترامب الخروج منه؟", "ترامب", "Donald Trump",
         "dev-extra3 FR-internationalNews-1636 (the country named in the sentence before): the President, not the First Lady"),
    ])
    func incumbentWithoutTitle(_ text: String, surface: String, actor: String, source: String) throws {
        try Self.expect(surface, in: text, isActor: actor, published: CivilDate(year: 2018, month: 7, day: 20), source: source)
    }

    @Test("a surname alone is no actor where the report names no country of theirs, or as an adjective or ordinal")
    func notIncumbentWithoutTitle() {
        let cases: [(String, String)] = [
            // Macky Sall (Senegal) is no «سأل» (asked).
            ("والخميس، ذكرت صحيفة \"واشنطن بوست\" أن ترمب سأل ماكرون خلال اجتماعهما", "سأل"),
            // Nabil Elaraby is no «العربي» after a definite noun.
            ("لكن تركيا التي لم تبق صديقاً لها منذ بداية \"الخريف العربي\" وحتى اليوم في مصر", "العربي"),
            // Mohammed VI is no «السادس» before من.
            ("وسيعقد الاجتماع في السادس من مايو في المغرب", "السادس"),
        ]
        for (text, surface) in cases {
            let (doc, analysis) = Self.analyze(text, published: CivilDate(year: 2018, month: 6, day: 30))
            let linked = EntityFixture.entity(surface, in: analysis, of: doc).map(\.name)
            #expect(linked == nil || linked == surface, "«\(surface)» read as \(linked ?? "-") in «\(text)»")
        }
    }

    @Test("no surname alone is read without a report date, for a word beginning actors' names, or in another office")
    func notIncumbent() {
        let cases: [(String, String, CivilDate?)] = [
            ("وقالت وزارة الخارجية الفرنسية إن لديها أدلة على تورط نظام الأسد في الهجوم", "الأسد", nil),
            ("ما وافق عليه الرئيس ترمب والرئيس كيم في سنغافورة", "كيم", CivilDate(year: 2018, month: 6, day: 13)),
            ("وقال قائد اللواء الخامس حرس حدود العميد صالح قروش، إن وحدة خاصة", "صالح", CivilDate(year: 2018, month: 5, day: 1)),
            ("وقال محافظ تشيانغ راي السبت إن فرق الإنقاذ تعمل", "تشيانغ", CivilDate(year: 2018, month: 7, day: 7)),
        ]
        for (text, surface, date) in cases {
            let (doc, analysis) = Self.analyze(text, published: date)
            let linked = EntityFixture.entity(surface, in: analysis, of: doc).map(\.name)
            #expect(linked == nil || linked == surface, "«\(surface)» read as \(linked ?? "-") in «\(text)»")
        }
    }
}
