import Testing
import MarsadCore

struct FakeExtractor: Extractor {
    let name: String
    let requires: Set<Layer>
    let produces: Set<Layer>
    func extract(from document: Document, given upstream: Annotations) -> Annotations {
        Annotations(warnings: ["\(name) saw \(upstream.warnings.count) warnings"])
    }
}

@Suite struct PipelineTests {
    @Test func orderIsCheckedAtConstruction() {
        let times = FakeExtractor(name: "times", requires: [], produces: [.times])
        let entities = FakeExtractor(name: "entities", requires: [], produces: [.entities])
        let events = FakeExtractor(name: "events", requires: [.entities, .times], produces: [.events])
        #expect(throws: CoreError.missingLayer(component: "events", layer: .times)) {
            try Pipeline([entities, events, times])
        }
        #expect(throws: CoreError.layerProducedTwice(layer: .times, components: ["times", "other"])) {
            try Pipeline([times, FakeExtractor(name: "other", requires: [], produces: [.times])])
        }
        #expect(throws: Never.self) { try Pipeline([times, entities, events]) }
    }

    @Test func errorMessagesNameTheComponentAndLayer() {
        let message = CoreError.missingLayer(component: "events", layer: .times).description
        #expect(message.contains("`events`") && message.contains("`times`"))
    }
}
