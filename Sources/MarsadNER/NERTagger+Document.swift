import MarsadText

extension NERTagger {
    /// Whether the model has a second, document-level stage (``FeatureSet/document``).
    var isTwoStage: Bool { model.features.contains(.document) && model.decoding == .viterbi }

    /// Tags the sentences of one document: with a two-stage model, the first stage tags every
    /// sentence, then the second adds the weights of the ``DocumentFeatures`` those tags give
    /// to the same emission scores and decodes again; otherwise each sentence alone.
    func decodeDocument(_ sentences: [NERSentence], margins: Bool, workspace w: inout TaggerWorkspace) -> [[ScoredTag]] {
        guard isTwoStage else { return sentences.map { decode($0, margins: margins, workspace: &w) } }
        let k = NERTag.count
        var emissions: [Int64] = [], keys: [DocumentFeatures.Keys] = [], first: [UInt8] = [], confidence: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(sentences.count + 1)
        for sentence in sentences {
            let n = sentence.tokens.count
            if n > 0 {
                computeEmissions(sentence, workspace: &w)
                emissions += w.emissions
                for f in w.facts { keys.append(DocumentFeatures.Keys(f)) }
                for t in viterbi(w.emissions, count: n, margins: true) {
                    first.append(UInt8(t.tag.index))
                    confidence.append(DocumentFeatures.confidence(t.margin))
                }
            }
            starts.append(keys.count)
        }
        emissions.withUnsafeMutableBufferPointer { e in
            DocumentFeatures(window: documentWindow).forEach(keys: keys, tags: first, starts: starts) { token, template, value in
                documentWeights.add(template, value, bucket: confidence[token], to: e.baseAddress! + token * k)
            }
        }
        return sentences.indices.map { s in
            let n = starts[s + 1] - starts[s]
            guard n > 0 else { return [] }
            return viterbi(Array(emissions[starts[s] * k ..< starts[s + 1] * k]), count: n, margins: margins)
        }
    }

    /// The first stage alone on one sentence: its emission scores (model quanta) and tags.
    func firstStage(_ sentence: NERSentence) -> (emissions: [Int64], tags: [Int], confidence: [UInt8], keys: [DocumentFeatures.Keys]) {
        let n = sentence.tokens.count
        guard n > 0 else { return ([], [], [], []) }
        return workspaces.withWorkspace { w in
            computeEmissions(sentence, workspace: &w)
            let tags = viterbi(w.emissions, count: n, margins: true)
            return (w.emissions, tags.map(\.tag.index), tags.map { DocumentFeatures.confidence($0.margin) }, w.facts.map(DocumentFeatures.Keys.init))
        }
    }
}
