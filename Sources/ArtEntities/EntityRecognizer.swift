import ArtCore
import ArtText

/// Finds the entities of a text: the tagger for names, rules for numbers and
/// dates, then the document-level pass (consistent types, canonical names).
/// One recognizer reads one language: its model, its number and date words,
/// and its sentence rules for a text without `sentences`.
public struct EntityRecognizer: Sendable {
    public let tagger: EntityTagger
    let rules: RuleLexicon
    let segmenter: SentenceSegmenter

    /// English's recognizer with `model`.
    public init(model: EntityModel) {
        self.init(model: model, rules: .english, segmenter: SentenceSegmenter())
    }

    init(model: EntityModel, rules: RuleLexicon, segmenter: SentenceSegmenter) {
        tagger = EntityTagger(model: model)
        self.rules = rules
        self.segmenter = segmenter
    }

    /// The recognizer of `code`: `model`, and the language's files
    /// (`lang/<code>/numbers.txt`; `language` for the segmenter).
    public static func load(
        _ code: String, model: EntityModel, language: LanguageData, from locator: ResourceLocator = .standard
    ) throws(ResourceError) -> EntityRecognizer {
        EntityRecognizer(
            model: model, rules: try RuleLexicon.load(code, from: locator), segmenter: SentenceSegmenter(language: language))
    }

    /// Entities of `text`; its `sentences` (scalar spans) are used when given
    /// and valid, and computed as art-sentences computes them otherwise.
    public func entities(in text: String, sentences: [TextSpan]? = nil) -> [Entity] {
        entities(in: Array(text.unicodeScalars), sentences: sentences)
    }

    /// Entities of the text `s`, with the same use of `sentences`.
    public func entities(in s: [Unicode.Scalar], sentences: [TextSpan]? = nil) -> [Entity] {
        let tokens = entityTokens(s)
        let ranges = SentenceRanges.of(s, tokens, sentences: sentences, segmenter: segmenter)
        let (names, lowerHashes, capitalsLines) = tagger.tagged(s, tokens: tokens, sentences: ranges)
        var pass = DocumentPass(
            s, tokens: tokens, sentences: ranges, gazetteer: tagger.model.gazetteer, lowerHashes: lowerHashes,
            capitalsLines: capitalsLines, rules: rules)
        return pass.entities(names: names)
    }
}
