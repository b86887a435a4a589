import ArtText

/// A name found by the tagger: tokens `first..<end` of type `type`
/// (an index into `EntityLabels.types`).
public struct TokenSpan: Sendable, Hashable {
    public var first: Int
    public var end: Int
    public var type: Int
}

/// Decodes BIO labels into spans (an I without a B starts a span).
func spans(fromLabels labels: [Int], offset: Int) -> [TokenSpan] {
    var out: [TokenSpan] = []
    var i = 0
    while i < labels.count {
        let y = labels[i]
        if y == 0 { i += 1; continue }
        let type = EntityLabels.type(of: y)
        var j = i + 1
        while j < labels.count && labels[j] == EntityLabels.inside(type) { j += 1 }
        out.append(TokenSpan(first: offset + i, end: offset + j, type: type))
        i = j
    }
    return out
}

/// The statistical name tagger: features, emission scores and Viterbi.
public struct EntityTagger: Sendable {
    public let model: EntityModel

    public init(model: EntityModel) { self.model = model }

    /// Names in a document given its tokens and sentences (token ranges).
    public func tag(_ s: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>]) -> [TokenSpan] {
        tagged(s, tokens: tokens, sentences: sentences).names
    }

    /// The names, the tokens' `hashScalars(lower: true)` (for the rules) and
    /// whether each is in a sentence of capitals (for the document pass).
    func tagged(_ s: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>])
        -> (names: [TokenSpan], lowerHashes: [UInt64], capitalsLines: [Bool])
    {
        let infos = model.extractor.tokenInfos(s, tokens, sentences: sentences)
        var features = SentenceFeatures()
        var scores: [Float] = []
        var decoder = model.decoder()
        var path: [Int] = []
        var out: [TokenSpan] = []
        for r in sentences where !r.isEmpty {
            model.extractor.features(infos, r, into: &features)
            model.emissions(features, into: &scores)
            decoder.decode(scores, count: r.count, into: &path)
            out.append(contentsOf: spans(fromLabels: path, offset: r.lowerBound))
        }
        return (out, infos.map(\.lower), infos.map { $0.flags & TokenFlag.capsSentence != 0 })
    }
}
