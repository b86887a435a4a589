import ArtCore

/// art-sentences' per-record work: adds `sentences`, the spans of the
/// sentences of `text` (art(7), SPANS AND OFFSETS). A record without a string `text`
/// passes through unchanged.
public struct SentenceFilter: RecordTransform {
    public let segmenter: SentenceSegmenter

    public init(segmenter: SentenceSegmenter = SentenceSegmenter()) {
        self.segmenter = segmenter
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let scalars = record.scalars("text") else { return .unchanged }
        let spans = segmenter.sentences(in: scalars)
        // Written straight to JSON text rather than built as a tree of
        // values: building the tree was a fifth of the filter's time.
        var writer = JSONWriter(capacity: spans.count * 26 + 2)
        writer.writeSpans(spans)
        var update = RecordUpdate()
        update.set("sentences", encodedJSON: writer.bytes)
        return update
    }
}
