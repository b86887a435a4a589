import ArtCore

/// art-sentences' per-record work: adds `sentences`, the spans of the
/// sentences of `text` (art(7), SPANS AND OFFSETS), segmented with the rules
/// of the record's language. A record without a string `text` passes
/// through unchanged.
public struct SentenceFilter: RecordTransform {
    public let catalog: LanguageCatalog?
    public let fallback: (any ScriptSentenceBreaker)?
    /// The record's language (an ISO 639-1 code, nil when unknown).
    public let languageOf: @Sendable (Record) -> String?
    let english: SentenceSegmenter

    /// Segments every record with `segmenter`.
    public init(segmenter: SentenceSegmenter = SentenceSegmenter()) {
        catalog = nil
        fallback = segmenter.fallback
        languageOf = { _ in nil }
        english = segmenter
    }

    /// Segments each record with the rules of its language in `catalog`.
    public init(
        catalog: LanguageCatalog, fallback: (any ScriptSentenceBreaker)?,
        languageOf: @escaping @Sendable (Record) -> String?
    ) {
        self.catalog = catalog
        self.fallback = fallback
        self.languageOf = languageOf
        english = SentenceSegmenter(language: catalog.segmenterData(for: "en"), fallback: fallback)
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let scalars = record.scalars("text") else { return .unchanged }
        let spans = segmenter(for: record).sentences(in: scalars)
        // Written straight to JSON text rather than built as a tree of
        // values: building the tree was a fifth of the filter's time.
        var writer = JSONWriter(capacity: spans.count * 26 + 2)
        writer.writeSpans(spans)
        var update = RecordUpdate()
        update.set("sentences", encodedJSON: writer.bytes)
        return update
    }

    func segmenter(for record: Record) -> SentenceSegmenter {
        guard let catalog, let code = languageOf(record), code != "en" else { return english }
        return SentenceSegmenter(language: catalog.segmenterData(for: code), fallback: fallback)
    }
}
