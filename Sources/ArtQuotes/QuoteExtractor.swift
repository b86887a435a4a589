import ArtCore
import ArtText

/// Finds direct, indirect and partial quotations with their speakers and cues.
///
/// The work is rule-based and runs in linear time over the tokens:
/// 1. quotation marks are paired per paragraph (`QuoteMarks`);
/// 2. quotes that stand as speech (at a sentence start, after a cue or a
///    colon, or followed by an attribution) become direct quotes; their
///    attribution is searched right after the closing mark (`“…,” she said`,
///    `“…,” said the senator`) and right before the opening mark
///    (`She said: “…”`); a quote that follows its attribution (`“A,” she said,
///    “B.”`) or an attributed quote paragraph joins it as a fragment;
/// 3. reported speech is found from cue verbs and phrases, sentence by
///    sentence, outside direct quotes; its content is the reported clause,
///    which ends where a report of someone else's starts (each attribution
///    is its own, as PolNeAR annotates them); an attribution that closes
///    its sentence (`…, according to X.`) is read first, one in mid-sentence
///    (`A, he said, B.`) gives a quote of two fragments, and a judgement
///    without a judge (`is expected to`, `seems`) a quote without a speaker;
/// 4. quoted words inside reported content make it `partial`;
/// 5. speakers get a canonical name from the entities when given, else from
///    the longest earlier mention; pronouns resolve to the nearest preceding
///    person whose first name does not contradict them, roles to the
///    person the text gave the role.
public struct QuoteExtractor: Sendable {
    /// Also report beliefs and findings (think, believe, polls show), as PolNeAR does.
    public var includeBeliefs: Bool
    /// Join an unattributed quote paragraph to the quote before or after it.
    public var joinContinuations: Bool
    /// Give person speakers a gender from the text's evidence (`SpeakerGender`).
    public var includeGender: Bool

    public init(includeBeliefs: Bool = true, joinContinuations: Bool = true, includeGender: Bool = false) {
        self.includeBeliefs = includeBeliefs
        self.joinContinuations = joinContinuations
        self.includeGender = includeGender
    }

    /// The quotes of `text`. `sentences` are the record's sentence spans
    /// (art(7), "Spans and offsets"); without them the text is segmented with
    /// ArtText's `SentenceSegmenter`, the segmenter art-sentences runs.
    /// `lexicon` is the text's language's, `segmenter` its sentence rules,
    /// `firstNames` its first-name statistics, for `includeGender` and for
    /// resolving `she` and `he`.
    public func extract(
        _ text: [Unicode.Scalar], entities: [QuoteEntity] = [], sentences: [TextSpan]? = nil,
        lexicon: QuoteLexicon = .english, segmenter: SentenceSegmenter = SentenceSegmenter(), firstNames: FirstNames? = nil
    ) -> [Quote] {
        let spans = sentences ?? segmenter.sentences(in: text)
        var analysis = QuoteAnalysis(text: text, entities: entities, sentences: spans, options: self, lexicon: lexicon)
        analysis.firstNames = firstNames
        var quotes = analysis.run()
        if includeGender {
            GenderAssigner(text: text, entities: entities, lexicon: lexicon, names: firstNames).assign(&quotes)
        }
        return quotes
    }

    public func extract(
        _ text: String, entities: [QuoteEntity] = [], sentences: [TextSpan]? = nil,
        lexicon: QuoteLexicon = .english, segmenter: SentenceSegmenter = SentenceSegmenter(), firstNames: FirstNames? = nil
    ) -> [Quote] {
        extract(
            Array(text.unicodeScalars), entities: entities, sentences: sentences, lexicon: lexicon, segmenter: segmenter,
            firstNames: firstNames)
    }
}
