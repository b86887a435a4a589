import ArtCore

extension Record {
    /// The record's `sentences` when they are spans of a text of
    /// `textLength` scalars, in order and not overlapping (art(7), SPANS AND
    /// OFFSETS); nil otherwise, and the filter segments the text itself with
    /// the same `SentenceSegmenter` that art-sentences runs.
    public func sentenceSpans(textLength: Int) -> [TextSpan]? {
        var spans: [TextSpan] = []
        var previousEnd = 0
        var valid = true
        let isArray = forEachSpan(of: "sentences") { span in
            guard let span, span.start >= previousEnd, span.start < span.end,
                span.end <= textLength
            else {
                valid = false
                return false
            }
            spans.append(span)
            previousEnd = span.end
            return true
        }
        return isArray && valid ? spans : nil
    }
}
