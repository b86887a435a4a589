import ArtCore

extension Record {
    /// The record's `sentences` when they are spans of a text of
    /// `textLength` scalars, in order and not overlapping (art(7), SPANS AND
    /// OFFSETS); nil otherwise, and the filter segments the text itself with
    /// the same `SentenceSegmenter` that art-sentences runs.
    public func sentenceSpans(textLength: Int) -> [TextSpan]? {
        guard let list = value("sentences")?.arrayValue else { return nil }
        var spans: [TextSpan] = []
        spans.reserveCapacity(list.count)
        var previousEnd = 0
        for value in list {
            guard let span = TextSpan(json: value), span.start >= previousEnd, span.start < span.end,
                span.end <= textLength
            else { return nil }
            spans.append(span)
            previousEnd = span.end
        }
        return spans
    }
}
