import ArtCore
import ArtText

/// The sentences the tagger reads, as token ranges.
///
/// art(7), "Spans and offsets": a record's `sentences` are used when they are valid
/// (in the text, in order, not overlapping); otherwise the text is segmented
/// with the code art-sentences runs, so that both give the same ranges.
enum SentenceRanges {
    /// Whether `spans` are sentences of a text of `count` scalars.
    static func areValid(_ spans: [TextSpan], count: Int) -> Bool {
        var previousEnd = 0
        for span in spans {
            guard span.start >= previousEnd, span.start <= span.end, span.end <= count else { return false }
            previousEnd = span.end
        }
        return true
    }

    /// The token ranges of `sentences`, or of the segmenter's sentences when
    /// they are missing or not valid.
    static func of(
        _ s: [Unicode.Scalar], _ tokens: [Token], sentences: [TextSpan]?, segmenter: SentenceSegmenter = SentenceSegmenter()
    ) -> [Range<Int>] {
        if let sentences, areValid(sentences, count: s.count) {
            return tokenRanges(s, tokens, sentences)
        }
        return tokenRanges(s, tokens, segmenter.sentences(in: s))
    }

    /// Token ranges of sentence spans: a sentence has the tokens that start
    /// in it (a token that runs past its end is not lost). A line break
    /// inside a sentence also ends a range (a headline or dateline the
    /// segmenter joined to the text).
    static func tokenRanges(_ s: [Unicode.Scalar], _ tokens: [Token], _ sentences: [TextSpan]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        for span in sentences {
            while i < tokens.count && tokens[i].start < span.start { i += 1 }
            let begin = i
            while i < tokens.count && tokens[i].start < span.end { i += 1 }
            guard i > begin else { continue }
            var lineStart = begin
            for k in (begin + 1)..<max(begin + 1, i) where hasLineBreak(s, from: tokens[k - 1].end, to: tokens[k].start) {
                out.append(lineStart..<k)
                lineStart = k
            }
            out.append(lineStart..<i)
        }
        return out
    }

    static func hasLineBreak(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        s[from..<to].contains { $0 == "\n" }
    }
}
