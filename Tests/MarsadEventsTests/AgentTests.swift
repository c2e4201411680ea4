import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// Sides the text names only by a description (الفصائل المعارضة، الميليشيات، قوات النظام) on real
/// sentences: their group label and CAMEO code, the span they are read at, and a description
/// that heads a name (ميليشيات الحوثي) read as that name, not as an agent.
@Suite struct AgentTests {
    struct Expected: Sendable {
        /// The agent's text, as the contract gives it.
        let text: String
        let label: String
        let cameo: String
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let text: String
        let entities: [SentenceFixture.Named]
        var times: [(String, String)] = []
        /// Every agent of every event and agreement, once by (text, label).
        let agents: [Expected]
        /// Descriptions that must not be read as agents.
        var notAgents: [String] = []
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(source: "France 24, 7 Jul 2018: government forces and rebel factions in a report on Syria",
             text: "أفاد المرصد السوري لحقوق الإنسان الجمعة أن آلاف النازحين السوريين عند الحدود الأردنية بدأوا في العودة إلى ديارهم، مع توقف القصف بشكل كامل بعد التوصل لاتفاق بوقف القتال بين قوات النظام والفصائل المعارضة في المنطقة الجنوبية. وإثر مفاوضات قادتها روسيا مع الفصائل المعارضة في محافظة درعا، تم التوصل مساء الجمعة إلى اتفاق لوقف إطلاق النار.",
             entities: [.organization("المرصد السوري لحقوق الإنسان", country: "SYR", name: "Syrian Observatory for Human Rights"),
                        .gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa")],
             times: [("مساء الجمعة", "2018-07-06")],
             agents: [Expected(text: "قوات النظام", label: "Syrian government forces", cameo: "SYRMIL"),
                      Expected(text: "الفصائل المعارضة", label: "Syrian rebels", cameo: "SYRREB")]),
        Case(source: "Al Arabiya, 13 Jul 2018: a nationality adjective gives the factions their country",
             text: "وشنت إسرائيل غارات على قطاع غزة، فيما ردت الفصائل الفلسطينية بـ 17 صاروخاً.",
             entities: [.gpe("إسرائيل", country: "ISR", name: "Israel"), .place("قطاع غزة", country: "PSE", name: "Gaza Strip")],
             agents: [Expected(text: "الفصائل الفلسطينية", label: "Palestinian factions", cameo: "PSEREB")]),
        Case(source: "Al-Riyadh, 26 Jul 2015: rebels in a report on Yemen are the Houthis; ميليشيات الحوثي is a name",
             text: "كما كثف التحالف العربي، الجمعة، غاراته على مواقع ميليشيات الحوثي وصالح في اليمن، حيث أفيد عن تعرض المتمردين في عدة محافظات لضربات جوية.",
             entities: [.organization("التحالف العربي", country: "SAU", name: "Saudi-led coalition", cameo: "SAUMIL"),
                        .organization("الحوثي", country: "YEM", name: "Houthis", cameo: "YEMREB"),
                        .person("صالح", country: "YEM", name: "Ali Abdullah Saleh"), .gpe("اليمن", country: "YEM", name: "Yemen")],
             agents: [Expected(text: "المتمردين", label: "Houthis", cameo: "YEMREB")],
             notAgents: ["ميليشيات"]),
    ]

    /// Every agent mention the view reads, as "text|label|cameo".
    static func agents(in fixture: SentenceFixture) -> [String] {
        let view = DocumentView(document: fixture.document, upstream: fixture.upstream, lexicon: OracleRun.lexicon)
        return view.mentions.filter { view.isAgent($0.entity) }.map { m in
            "\(fixture.text(m.span))|\(view.entities[m.entity].name)|\(view.entities[m.entity].cameo ?? "")"
        }
    }

    @Test(arguments: cases)
    func agents(_ c: Case) {
        let fixture = SentenceFixture(c.text, entities: c.entities, times: c.times)
        let read = Self.agents(in: fixture)
        for expected in c.agents {
            #expect(read.contains("\(expected.text)|\(expected.label)|\(expected.cameo)"), "\(read)")
        }
        for text in c.notAgents {
            #expect(!read.contains { $0.hasPrefix(text + "|") }, "\(read)")
        }
    }

    @Test func aDeclaredCeasefireWithTheOtherSide() {
        // BBC Arabic, 9 Jun 2018 (dev-extra): «وقفا لإطلاق النار مع القوات الحكومية الأفغانية»: the
        // Taliban declare it (0871), towards the Afghan government's forces.
        let fixture = SentenceFixture("أعلنت حركة طالبان وقفا لإطلاق النار مع القوات الحكومية الأفغانية لمدة ثلاثة أيام بالزامن مع عيد الفطر.",
                                      entities: [.organization("حركة طالبان", country: "AFG", name: "Taliban", cameo: "AFGREB"),
                                                 .gpe("أفغانستان", country: "AFG", name: "Afghanistan")])
        let declared = fixture.analyze().events.filter { $0.cameo == "0871" }
        #expect(declared.count == 1)
        #expect(declared.first.map { fixture.countries($0.source) } == ["AFG"])
        #expect(declared.first?.targetAgents.map { "\(fixture.text($0.span))|\($0.cameo)" } == ["القوات الحكومية الأفغانية|AFGMIL"])
    }

    @Test func aThreatToTheFactions() {
        // France 24, 5 Jul 2018 (dev-extra): «أنذرت روسيا الفصائل» (an ultimatum) is a threat (13)
        // to the rebel factions of a report on Daraa.
        let fixture = SentenceFixture("وقبل اجتماع التفاوض الأخير، أنذرت روسيا الفصائل بأنها تنتظر ردها النهائي على اقتراح وقف إطلاق النار في درعا.",
                                      entities: [.gpe("روسيا", country: "RUS", name: "Russia"), .place("درعا", country: "SYR", name: "Daraa")])
        let threats = fixture.analyze().events.filter { $0.cameo.hasPrefix("13") }
        #expect(threats.count == 1)
        #expect(threats.first.map { fixture.countries($0.source) } == ["RUS"])
        #expect(threats.first?.targetAgents.map(\.label) == ["Syrian rebels"])
    }

    @Test func sidesOfEventsAndAgreements() {
        // France 24, 7 Jul 2018 (hn07): Russia negotiates with the rebel factions; the ceasefire is
        // between the government's forces and the factions.
        let fixture = SentenceFixture(Self.cases[0].text, entities: Self.cases[0].entities, times: Self.cases[0].times)
        let annotations = fixture.analyze()
        let labels = Set(annotations.events.flatMap { ($0.sourceAgents + $0.targetAgents).map(\.label) }
                         + annotations.agreements.flatMap { $0.partyAgents.map(\.label) })
        #expect(labels.contains("Syrian rebels"), "\(labels)")
        for e in annotations.events {
            for a in e.sourceAgents + e.targetAgents { #expect(["قوات النظام", "الفصائل المعارضة"].contains(fixture.text(a.span))) }
        }
        // The ceasefire reached after Russia's negotiations with the factions: Russia, the regime's
        // forces and the factions each reached it with the others.
        let reached = annotations.events.filter { $0.cameo == "057" && $0.date == "2018-07-06" }
        #expect(reached.contains { e in
            fixture.countries(e.source) == ["RUS"] && Set(e.sourceAgents.map(\.label)) == ["Syrian government forces", "Syrian rebels"]
        }, "\(reached.map { (fixture.countries($0.source), $0.sourceAgents.map(\.label)) })")
        // Agents are never entity ids: every id of a side is an upstream entity.
        let ids = Set(fixture.upstream.entities.map(\.id))
        for e in annotations.events { #expect(Set(e.source + e.target).isSubset(of: ids)) }
        for a in annotations.agreements { #expect(Set(a.parties).isSubset(of: ids)) }
    }
}
