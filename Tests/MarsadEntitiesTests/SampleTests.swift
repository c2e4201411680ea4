import Foundation
import Marsad
import MarsadCore
import MarsadEntities
import MarsadText
import Testing

/// The acceptance criterion: the sample report's 14 entities with every mention span,
/// their types and countries, and nothing else (../shared/gold/seed.gold.json).
struct SampleTests {
    struct GoldEntity: Decodable {
        let type: String
        let name: String
        let country: String?
        let mentions: [[Int]]
    }

    struct Gold: Decodable {
        let entities: [GoldEntity]
    }

    @Test("the sample's entities and mention spans are the gold's")
    func sample() throws {
        let url = EntityFixture.packageRoot.appendingPathComponent("../shared/gold/seed.gold.json")
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
        let (doc, analysis) = try EntityFixture.sample()
        #expect(analysis.entities.count == gold.entities.count)
        for g in gold.entities {
            let spans = g.mentions.map { MarsadText.Span(start: $0[0], end: $0[1]) }
            let found = analysis.entities.first { !Set($0.mentions).isDisjoint(with: spans) }
            let entity = try #require(found, "\(g.name) not found")
            #expect(entity.type.rawValue == g.type, "\(g.name)")
            #expect(entity.country == g.country, "\(g.name)")
            #expect(entity.mentions == spans, "\(g.name): \(entity.mentions.map { doc.text(in: $0) })")
        }
    }

    @Test("the standard pipeline runs the entity layer: the sample's 14 entities in the contract")
    func pipeline() throws {
        let marsad = try Marsad()
        #expect(marsad.pipeline.extractors.map(\.name).contains("entities"))
        let analyzed = marsad.analyze(marsad.intake.document(from: try Marsad.builtInExample()))
        #expect(analyzed.annotations.entities.count == 14)
        #expect(analyzed.annotations.entities.map(\.id) == (1 ... 14).map { "e\($0)" })
    }

    @Test("the sample's roles: offices and the countries they are held for")
    func roles() throws {
        let (_, analysis) = try EntityFixture.sample()
        func roles(_ name: String) -> [Role] { analysis.entities.first { $0.name == name }?.roles ?? [] }
        #expect(roles("Sergey Lavrov") == [Role(title: "وزير الخارجية", titleEn: "Foreign Minister", of: "RUS")])
        #expect(roles("Jeyhun Bayramov") == [Role(title: "وزير الخارجية", titleEn: "Foreign Minister", of: "AZE")])
        #expect(roles("Ilham Aliyev") == [Role(title: "الرئيس", titleEn: "President", of: "AZE")])
        #expect(roles("Nikol Pashinyan").contains(Role(title: "رئيس وزراء", titleEn: "Prime Minister", of: "ARM")))
        #expect(roles("Ara Aivazian").first?.of == "ARM")
        let lavrov = analysis.entities.first { $0.name == "Sergey Lavrov" }
        #expect(lavrov?.cameo == "RUSGOV")
        #expect(analysis.entities.first { $0.name.contains("Refugees") }?.cameo == "IGOUNOREFHCR")
    }

    @Test("the sample without the actor dictionary: title patterns still find its officials")
    func sampleWithoutActors() throws {
        let marsad = try Marsad()
        let doc = marsad.intake.document(from: try Marsad.builtInExample())
        let analysis = EntityFixture.withoutActors.analyze(doc)
        let people = analysis.entities.filter { $0.type == .person }
        for (name, country) in [("سيرغي لافروف", "RUS"), ("جيهون بيراموف", "AZE"), ("إلهام علييف", "AZE"),
                                ("نيكول باشينيان", "ARM"), ("اروي ايفازيان", "ARM")] {
            #expect(people.contains { $0.nameAr == name && $0.country == country }, "\(name)")
        }
    }
}
