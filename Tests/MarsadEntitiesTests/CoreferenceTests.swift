import MarsadCore
import MarsadEntities
import Testing

/// Merging and coreference: nationality adjectives, surnames, two people of one surname, metonyms,
/// reference words.
struct CoreferenceTests {
    @Test("a nationality adjective is not a mention, and is reported as an affiliation", arguments: [
        ("أن الوفد الروسي خلال المحادثات في باكو يريد تحديد خطوات ملموسة", "روس", "RUS"),
        ("حيث التقى بوزير الوزراء الأرميني نيكول باشينيان", "أرمين", "ARM"),
    ])
    func nationalityAdjective(_ text: String, _ stem: String, _ country: String) {
        let (doc, analysis) = EntityFixture.analyze(text)
        #expect(!analysis.entities.contains { $0.type == .gpe }, "\(analysis.entities.map(\.name))")
        #expect(analysis.nationalityAdjectives.contains { $0.country == country && doc.text(in: $0.span).contains(stem) })
    }

    @Test("the surname alone merges with the full name, in the title line too (sample)")
    func surnameMerge() throws {
        let (doc, analysis) = try EntityFixture.sample()
        let lavrov = try #require(analysis.entities.first { $0.name == "Sergey Lavrov" })
        #expect(lavrov.mentions.map { doc.text(in: $0) } == ["لافروف", "سيرغي لافروف", "لافروف", "لافروف", "لافروف"])
        #expect(lavrov.mentions.first?.start == 0)
    }

    @Test("two people of one surname stay apart; the bare surname goes to the first of them")
    func sharedSurname() throws {
        // BBC Arabic, ANT BB-middleEast-199-20180315.
        let text = "في ظل الرئيس بشار الأسد الذي خلف والده حافظ الأسد عام 2000. في مارس/آذار 2011 اندلعت مظاهرات. وتعهد الأسد بما وصفه بقمع \"الإرهاب المدعوم من الخارج\"."
        let (doc, analysis) = EntityFixture.analyze(text)
        let bashar = try #require(EntityFixture.entity("بشار الأسد", in: analysis, of: doc))
        let hafez = try #require(EntityFixture.entity("حافظ الأسد", in: analysis, of: doc))
        #expect(bashar.id != hafez.id)
        #expect(bashar.mentions.map { doc.text(in: $0) } == ["بشار الأسد", "الأسد"])
        #expect(hafez.mentions.map { doc.text(in: $0) } == ["حافظ الأسد"])
    }

    @Test("a capital as the subject of a verb of saying stands for its government", arguments: [
        ("وقالت موسكو إن \"التهديد البريطاني باتخاذ إجراءات عقابية ضد روسيا سيتم الرد عليه\"", "موسكو", "RUS", "RUSGOV"),
        ("وأعلنت واشنطن أن الرسوم الجديدة ستفرض قبل نهاية الشهر الجاري", "واشنطن", "USA", "USAGOV"),
    ])
    func metonym(_ text: String, _ city: String, _ country: String, _ cameo: String) throws {
        // BBC Arabic BB-internationalNews-149-20180314; Al Arabiya AL-internationalNews-413-20180310.
        let (doc, analysis) = EntityFixture.analyze(text)
        let entity = try #require(EntityFixture.entity(city, in: analysis, of: doc))
        #expect(entity.type == .location)  // the mention stays a city (docs/ANNOTATION.md)
        let metonym = try #require(analysis.metonyms.first)
        #expect(metonym.entity == entity.id && metonym.country == country && metonym.cameo == cameo)
    }

    @Test("a capital that is not a subject is no metonym")
    func notMetonym() {
        let (_, analysis) = EntityFixture.analyze("وصل لافروف يوم أمس الاثنين، بزيارة عمل إلى موسكو، وفي وقت سابق، زار يريفان")
        #expect(analysis.metonyms.isEmpty)
    }

    @Test("reference words are linked but never mentions (sample)")
    func references() throws {
        let (doc, analysis) = try EntityFixture.sample()
        func id(_ name: String) -> String? { analysis.entities.first { $0.name == name }?.id }
        let byWord = Dictionary(analysis.references.map { (doc.text(in: $0.span), $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byWord["بدوره"]?.entity == id("Jeyhun Bayramov"))
        #expect(byWord["نظيره"]?.kind == .counterpart)
        #expect(analysis.references.contains { $0.kind == .counterpart && $0.entity == id("Jeyhun Bayramov") && $0.antecedent == id("Sergey Lavrov") })
        #expect(analysis.references.contains { $0.kind == .counterpart && $0.entity == id("Ilham Aliyev") && $0.antecedent == id("Vladimir Putin") })
        #expect(byWord["الإقليم"]?.entity == id("Nagorno-Karabakh"))
        let mentioned = Set(analysis.entities.flatMap(\.mentions).map { doc.text(in: $0) })
        #expect(!mentioned.contains("بدوره") && !mentioned.contains("نظيره") && !mentioned.contains("الإقليم"))
    }
}
