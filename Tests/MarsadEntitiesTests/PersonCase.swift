import MarsadCore
import MarsadEntities
import Testing

/// A person the entity layer must read in a real sentence: one mention of it, and the actor it is
/// linked to (its English name), or `nil` for a person known only from the text. The table-driven
/// suites of unread names and speakers share it and its check.
struct PersonCase: Sendable, CustomStringConvertible {
    let text: String
    /// A mention of the person, as written.
    let mention: String
    /// The English name of a linked actor, or nil for a person known only from the text.
    var actor: String? = nil
    let source: String
    var description: String { mention }

    /// The person is read at `mention`, linked to `actor` (or, with none, named as written).
    func check() throws {
        let (doc, analysis) = EntityFixture.analyze(text)
        let entity = try #require(EntityFixture.entity(mention, in: analysis, of: doc),
                                  "«\(mention)» not found (\(source)): \(analysis.entities.map(\.name))")
        #expect(entity.type == .person, "\(source)")
        #expect(entity.name == (actor ?? entity.nameAr), "\(source): \(entity.name)")
    }
}

/// A person the entity layer must read whole in a real sentence: every mention of it, in order.
struct PersonMentionsCase: Sendable, CustomStringConvertible {
    let text: String
    /// Every mention of the one person, as written, in order.
    let mentions: [String]
    let source: String
    var description: String { mentions[0] }

    /// The person of the first mention is read with exactly these mentions.
    func check(with extractor: EntityExtractor = EntityFixture.extractor) throws {
        let (doc, analysis) = EntityFixture.analyze(text, with: extractor)
        let entity = try #require(EntityFixture.entity(mentions[0], in: analysis, of: doc),
                                  "«\(mentions[0])» not found (\(source)): \(analysis.entities.map { $0.mentions.map { doc.text(in: $0) } })")
        #expect(entity.type == .person, "\(source)")
        #expect(entity.mentions.map { doc.text(in: $0) } == mentions, "\(source)")
    }
}
