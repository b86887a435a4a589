import ArtCore
import ArtText

/// Finds the entities of a text: the tagger for names, rules for numbers and
/// dates, then the document-level pass (consistent types, canonical names).
public struct EntityRecognizer: Sendable {
    public let tagger: EntityTagger

    public init(model: EntityModel) {
        tagger = EntityTagger(model: model)
    }

    /// Entities of `text`; its `sentences` (scalar spans) are used when given
    /// and valid, and computed as art-sentences computes them otherwise.
    public func entities(in text: String, sentences: [TextSpan]? = nil) -> [Entity] {
        entities(in: Array(text.unicodeScalars), sentences: sentences)
    }

    /// Entities of the text `s`, with the same use of `sentences`.
    public func entities(in s: [Unicode.Scalar], sentences: [TextSpan]? = nil) -> [Entity] {
        let tokens = entityTokens(s)
        let ranges = SentenceRanges.of(s, tokens, sentences: sentences)
        let (names, lowerHashes) = tagger.tagged(s, tokens: tokens, sentences: ranges)
        var pass = DocumentPass(s, tokens: tokens, sentences: ranges, gazetteer: tagger.model.gazetteer, lowerHashes: lowerHashes)
        return pass.entities(names: names)
    }
}
