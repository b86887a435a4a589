import ArtCore

/// A piece of a long text: its scalars, where it starts in the text, and
/// the record's sentences that lie in it, relative to the piece.
public struct TextWindow {
    /// The scalar offset of the window in the whole text.
    public var offset: Int
    public var scalars: [Unicode.Scalar]
    public var sentences: [TextSpan]?
}

/// Cuts a long text into windows of at most `limit` scalars, so that the
/// annotators' per-token work is bounded by the window, not by the record
/// (art(7), BAD INPUT AND FAILURES: memory stays within a few times the
/// largest record). Cuts fall at a sentence end followed by a line break,
/// else a line break, a sentence end, or a space, in the window's second
/// half. A text of at most `limit` scalars, any article, is one window: the
/// windowing never changes what a filter finds in one.
public struct TextWindows {
    /// About 40,000 words: longer than any news article, and small enough
    /// that a tagger's per-token tables (some 40 bytes a scalar) stay near
    /// ten megabytes.
    public static let defaultLimit = 1 << 18

    let limit: Int

    public init(limit: Int = TextWindows.defaultLimit) {
        precondition(limit >= 2)
        self.limit = limit
    }

    /// Calls `body` with each window of `text` in order; `sentences` are
    /// spans of the whole text, in order (`Record.sentenceSpans`).
    public func forEach(in text: String, sentences: [TextSpan]?, _ body: (TextWindow) -> Void) {
        // Any article: no more UTF-8 bytes than the limit, so no more scalars.
        if text.utf8.count <= limit {
            body(TextWindow(offset: 0, scalars: Array(text.unicodeScalars), sentences: sentences))
            return
        }
        var pending = text.unicodeScalars.makeIterator()
        var buffer: [Unicode.Scalar] = []
        var offset = 0
        var nextSentence = 0
        var exhausted = false
        while true {
            while !exhausted && buffer.count < limit {
                if let c = pending.next() { buffer.append(c) } else { exhausted = true }
            }
            if exhausted && buffer.isEmpty && offset > 0 { return }
            let cut = exhausted ? buffer.count : self.cut(buffer, offset: offset, sentences: sentences, from: nextSentence)
            var window = TextWindow(offset: offset, scalars: Array(buffer[0..<cut]), sentences: nil)
            if let sentences {
                window.sentences = Self.spans(sentences, from: &nextSentence, in: offset..<(offset + cut))
            }
            body(window)
            if exhausted && cut == buffer.count { return }
            buffer.removeSubrange(0..<cut)
            offset += cut
        }
    }

    /// The same for a text already decoded to scalars (`Record.scalars`):
    /// an article is handed on as it is, with no `String` made and read
    /// again scalar by scalar; a longer text is windowed as above.
    public func forEach(scalars: [Unicode.Scalar], sentences: [TextSpan]?, _ body: (TextWindow) -> Void) {
        var fits = scalars.count <= limit / 4
        if !fits && scalars.count <= limit {
            var bytes = 0
            for c in scalars { bytes += UTF8.width(c) }
            fits = bytes <= limit
        }
        if fits {
            body(TextWindow(offset: 0, scalars: scalars, sentences: sentences))
        } else {
            forEach(in: scalars.string(0, scalars.count), sentences: sentences, body)
        }
    }

    /// Where to end the window that `buffer` (full, more text to come) starts.
    func cut(_ buffer: [Unicode.Scalar], offset: Int, sentences: [TextSpan]?, from first: Int) -> Int {
        let half = buffer.count / 2
        var lastEnd: Int?
        var lastEndAtBreak: Int?
        if let sentences {
            var i = first
            while i < sentences.count, sentences[i].end - offset <= buffer.count {
                let end = sentences[i].end - offset
                if end >= half {
                    lastEnd = end
                    if end < buffer.count, buffer[end] == "\n" { lastEndAtBreak = end + 1 }
                }
                i += 1
            }
        }
        if let lastEndAtBreak { return lastEndAtBreak }
        if let lineBreak = buffer[half...].lastIndex(of: "\n") { return lineBreak + 1 }
        if let lastEnd { return lastEnd }
        if let space = buffer[half...].lastIndex(where: { $0 == " " || $0 == "\t" }) { return space + 1 }
        return buffer.count
    }

    /// The spans from `next` on that overlap `range`, clipped to it and made
    /// relative to its start; `next` moves past those that end in it.
    static func spans(_ sentences: [TextSpan], from next: inout Int, in range: Range<Int>) -> [TextSpan] {
        var inside: [TextSpan] = []
        var i = next
        while i < sentences.count, sentences[i].start < range.upperBound {
            let s = sentences[i]
            let start = max(s.start, range.lowerBound), end = min(s.end, range.upperBound)
            if start < end { inside.append(TextSpan(start: start - range.lowerBound, end: end - range.lowerBound)) }
            if s.end > range.upperBound { break }
            i += 1
        }
        next = i
        return inside
    }
}
