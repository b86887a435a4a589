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
        guard let raw = record.rawValue("text"), raw.first == UInt8(ascii: "\"") else { return .unchanged }
        let spans: [TextSpan]
        var events = ScanEvents()
        if let scalars = decodeJSONStringScalars(raw, events: &events) {
            spans = segmenter.sentences(in: scalars, events: events)
        } else if let text = record.string("text") {
            spans = segmenter.sentences(in: Array(text.unicodeScalars))
        } else {
            return .unchanged
        }
        var update = RecordUpdate()
        update.set("sentences", .array(spans.map { .object([(key: "start", value: .int($0.start)), (key: "end", value: .int($0.end))]) }))
        return update
    }
}
