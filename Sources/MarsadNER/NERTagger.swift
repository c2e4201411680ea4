import Foundation
public import MarsadText

/// The named-entity tagger: an averaged perceptron trained on ANERcorp, tagging tokens with the
/// BIO tags of PERS, LOC, ORG and MISC.
///
/// ```swift
/// let tagger = try NERTagger.load()          // the bundled model, once; share the value
/// tagger.tag(words: ["وقال", "كوفي", "أنان", "في", "نيويورك"])
/// // [O, B-PERS, I-PERS, O, B-LOC]
///
/// // On a document's tokens (MarsadText's tokens split punctuation off, like ANERcorp):
/// let tags = tagger.tag(tokens: document.tokens, in: document.scalars)
/// ```
///
/// The value is immutable and `Sendable`: load it once and share it between threads.
/// - Complexity: O(n) in the number of tokens (about 60 feature lookups a token).
///
/// ## Topics
/// - ``load()``
/// - ``tag(words:)``
/// - ``tag(tokens:in:)``
/// - ``scoredTags(tokens:in:)``
public struct NERTagger: Sendable {
    public let model: NERModel
    public let extractor: NERFeatureExtractor
    /// Word caches and buffers, reused across calls (they change speed, never tags).
    let workspaces = WorkspacePool()
    /// What a token gets from beyond the sentence edge (``WordCache/Part`` order, from
    /// `asPrevious`: 4 × 9 sums).
    let edgeSums: [Int32]
    /// The model's transitions, widened for Viterbi.
    let transitions64: [Int64]
    /// The weights of the features with few values, in arrays.
    let dense: DenseWeights
    /// The weights of the document features, in arrays (two-stage models).
    let documentWeights: DocumentWeights
    /// Sentences either side of a sentence that make its document (two-stage models).
    var documentWindow = DocumentFeatures.defaultWindow

    /// Pairs a model with the lexicon it was trained with.
    /// - Throws: ``NERError/resourceMismatch(file:)`` when the lexicon differs from the model's.
    public init(model: NERModel, lexicon: NERLexicon, file: String = "the model") throws {
        guard model.lexiconFingerprint == lexicon.fingerprint else { throw NERError.resourceMismatch(file: file) }
        self.model = model
        let extractor = NERFeatureExtractor(features: model.features, lexicon: lexicon)
        self.extractor = extractor
        var edge = [Int32](repeating: 0, count: 4 * NERTag.count)
        var features: [UInt64] = []
        let parts: [(inout [UInt64]) -> Void] = [
            { extractor.appendFromPrevious(nil, to: &$0) }, { extractor.appendFromPrevious2(nil, to: &$0) },
            { extractor.appendFromNext(nil, to: &$0) }, { extractor.appendFromNext2(nil, to: &$0) },
        ]
        for (p, append) in parts.enumerated() {
            features.removeAll()
            append(&features)
            edge.withUnsafeMutableBufferPointer { e in
                features.withUnsafeBufferPointer { model.addWeights(of: $0, to: e.baseAddress! + p * NERTag.count) }
            }
        }
        self.edgeSums = edge
        self.transitions64 = model.transitions.map(Int64.init)
        self.dense = DenseWeights(table: model.table)
        self.documentWeights = DocumentWeights(table: model.table)
    }

    /// The bundled model (`Resources/anercorp.mner`), with the lists compiled into it.
    /// - Throws: ``NERError`` when a resource is missing or broken.
    public static func load() throws -> NERTagger {
        guard let url = Bundle.module.url(forResource: "Resources/anercorp.mner", withExtension: nil)
            ?? Bundle.module.url(forResource: "anercorp.mner", withExtension: nil)
        else { throw NERError.missingResource("anercorp.mner") }
        return try load(contentsOf: url.path)
    }

    /// A model file, with the lists compiled into it (the list files are not read).
    public static func load(contentsOf path: String) throws -> NERTagger {
        let model = try NERModel(contentsOf: path)
        return try NERTagger(model: model, lexicon: model.lexicon, file: path)
    }

    /// Tags CoNLL-style words (one token each, punctuation as separate tokens) of one sentence.
    public func tag(words: [String]) -> [NERTag] {
        decode(NERSentence(words: words), margins: false).map(\.tag)
    }

    /// Tags several sentences (of one document or file), one tag array each.
    public func tag(sentences: [NERSentence]) -> [[NERTag]] {
        workspaces.withWorkspace { w in decodeDocument(sentences, margins: false, workspace: &w).map { $0.map(\.tag) } }
    }

    /// ``tag(sentences:)`` with margins.
    public func scoredTags(sentences: [NERSentence]) -> [[ScoredTag]] {
        workspaces.withWorkspace { w in decodeDocument(sentences, margins: true, workspace: &w) }
    }

    /// Tags one sentence.
    public func tag(_ sentence: NERSentence) -> [NERTag] {
        decode(sentence, margins: false).map(\.tag)
    }

    /// Tags one sentence, with margins.
    public func scoredTags(_ sentence: NERSentence) -> [ScoredTag] {
        decode(sentence, margins: true)
    }

    /// Tags a document's tokens (any number of sentences), one tag a token.
    ///
    /// The tokens are cut into sentences after `.` `!` `?` `؟` `…` and line breaks, as ANERcorp's
    /// sentences are, and each is tagged alone; punctuation tokens are tagged like words (they
    /// come out `O` but for rare cases such as a `.` inside a name). A two-stage model
    /// (``FeatureSet/document``) takes the tokens as one document.
    public func tag(tokens: [Token], in scalars: [Unicode.Scalar]) -> [NERTag] {
        tagPieces(tokens: tokens, in: scalars, margins: false).map(\.tag)
    }

    /// ``tag(tokens:in:)`` with margins.
    public func scoredTags(tokens: [Token], in scalars: [Unicode.Scalar]) -> [ScoredTag] {
        tagPieces(tokens: tokens, in: scalars, margins: true)
    }

    func tagPieces(tokens: [Token], in scalars: [Unicode.Scalar], margins: Bool) -> [ScoredTag] {
        var result: [ScoredTag] = []
        result.reserveCapacity(tokens.count)
        workspaces.withWorkspace { w in
            if isTwoStage {
                let sentences = Self.sentenceRanges(tokens: tokens, in: scalars).map { NERSentence(scalars: scalars, tokens: Array(tokens[$0])) }
                for tags in decodeDocument(sentences, margins: margins, workspace: &w) { result += tags }
                return
            }
            for range in Self.sentenceRanges(tokens: tokens, in: scalars) {
                result += decode(NERSentence(scalars: scalars, tokens: Array(tokens[range])), margins: margins, workspace: &w)
            }
        }
        return result
    }

    /// The sentences ``tag(tokens:in:)`` tags one at a time: token ranges cut after `.` `!` `?`
    /// `؟` `…` and at line breaks (as ANERcorp's sentences are), covering all the tokens in order.
    public static func sentenceRanges(tokens: [Token], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, token) in tokens.enumerated() {
            if i + 1 == tokens.count || endsSentence(token, next: tokens[i + 1], in: scalars) {
                ranges.append(start ..< i + 1)
                start = i + 1
            }
        }
        return ranges
    }

    /// A sentence-final sign, or a line break before the next token.
    static func endsSentence(_ token: Token, next: Token, in scalars: [Unicode.Scalar]) -> Bool {
        if token.kind == .punctuation {
            switch scalars[token.start].value {
            case 0x2E, 0x21, 0x3F, 0x061F, 0x2026: return true
            default: break
            }
        }
        for i in token.end ..< next.start where ArabicScalar.isLineBreak(scalars[i].value) { return true }
        return false
    }
}
