import MarsadCore
import MarsadEntities
import Testing

/// Names of speakers read right after a verb of saying (`title-modifiers.tsv`, kind `speech`;
/// docs/ENTITIES.md, "Names of speakers"): sentences of develop reports of the ANT corpus
/// (dev-extra2) and generic subjects that must stay unnamed.
struct SpeakerNameTests {
    @Test("a speaker's name after a verb of saying", arguments: [
        ("قال أحمد الشيخو، رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء في محافظة إدلب السورية، لشبكة CNN، إن رجلا واحدا على الأقل قتل وأصيب 6 مدنيين.",
         "أحمد الشيخو", "SYR", "CN-middleEast-1293-20180906: a given name and a family name, the country of the sentence's places"),
        ("وقال لام بول جابرييل المتحدث باسم متمردي الجيش الشعبي لتحرير السودان - في المعارضة إن جيش جنوب السودان هاجم مواقع المتمردين في قرية مبورو الواقعة في الشمال الغربي بالقرب من الحدود مع السودان.",
         "لام بول جابرييل", nil, "FR-internationalNews-2099-20180630: three words before a title"),
        ("كان من المقرر أن تعقد، الخميس، بسبب عرقلة خطط سفرهم، حسبما تحدث علي عشال، أحد أعضاء الوفد الحكومي لـCNN، الخميس.",
         "علي عشال", nil, "dev-extra2 CN-middleEast-1291-20180906 (shortened): تحدث is a verb of saying too"),
    ] as [(String, String, String?, String)])
    func speakerName(_ text: String, name: String, country: String?, source: String) throws {
        let (doc, analysis) = EntityFixture.analyze(text)
        let entity = try #require(EntityFixture.entity(name, in: analysis, of: doc), "«\(name)» not found (\(source))")
        #expect(entity.type == .person, "\(source)")
        if let country { #expect(entity.country == country, "\(source)") }
    }

    @Test("an actor's surname after a verb of saying is found again, not a new person")
    func actorSurname() throws {
        let text = "قال الأمين العام لجماعة حزب الله اللبنانية حسن نصر الله، اليوم الجمعة، إن الحزب سيشارك. وأعلن نصر الله أن حزب الله سيشكل لجانا."
        let (doc, analysis) = EntityFixture.analyze(text)
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.count == 1, "\(people.map(\.name)) (ANT corpus, Al Arabiya)")
        #expect(people.first?.mentions.map { doc.text(in: $0) } == ["حسن نصر الله", "نصر الله"])
    }

    @Test("unnamed subjects of a verb of saying are no one", arguments: [
        "وقال قيادي بارز في الحركة إن الهجوم فشل.",
        "وقال مسلحون ملثمون إن الهجوم فشل.",
        "وقال مسؤول أمني إن الهجوم فشل.",
        "وقال شهود عيان، إن الهجوم فشل.",
        "وقال سكان محليون إن الهجوم فشل.",
    ])
    func noName(_ text: String) {
        let (_, analysis) = EntityFixture.analyze(text)
        #expect(!analysis.entities.contains { $0.type == .person }, "\(analysis.entities.map(\.name))")
    }
}
