import ArtCore

/// art-sentences' per-record work: adds `sentences`, the spans of the
/// sentences of `text` (SPEC §3). A record without a string `text` passes
/// through unchanged.
public struct SentenceFilter: RecordTransform {
    public let segmenter: SentenceSegmenter

    public init(segmenter: SentenceSegmenter = SentenceSegmenter()) {
        self.segmenter = segmenter
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.string("text") else { return .unchanged }
        let spans = segmenter.sentences(in: text)
        var update = RecordUpdate()
        update.set("sentences", .array(spans.map { $0.json }))
        return update
    }
}
