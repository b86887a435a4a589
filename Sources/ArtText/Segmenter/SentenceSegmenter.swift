import ArtCore

/// Splits text into sentences, with rules for news text.
///
/// Spans are scalar offsets, end-exclusive, trimmed of white space, in order
/// and not overlapping (art(7), SPANS AND OFFSETS). The rules, in order of precedence:
///
/// 1. A blank line (or U+2029) always ends a sentence.
/// 2. A single line break ends a line without final punctuation (a headline,
///    dateline, caption or list item), unless the next line continues the
///    sentence in lower case in a block of running prose, or the line ends
///    with a comma, semicolon or hyphen.
/// 3. A bullet, or the next item of an enumeration (`1.` `2.`, `a)` `b)`),
///    starts a sentence.
/// 4. A capitalised word or another web address after a web address on the
///    same line starts a sentence (`the menu: http://example.com The`).
/// 5. `!` and `?` (and runs such as `?!`) end a sentence unless a lower-case
///    word follows (`Yahoo! in`, `"Why?" she asked`).
/// 6. A period ends a sentence unless it belongs to an abbreviation, an
///    initial, a number, a list marker, a URL, an e-mail address or a file
///    name; an abbreviation that can end a sentence (`U.S.`, `Inc.`, `etc.`)
///    ends one when the next word is one that typically starts a sentence.
/// 7. An ellipsis ends a sentence only before a capitalised word; a period
///    followed by an ellipsis (`end. . . .`) ends it before the ellipsis.
/// 8. Closing quotes and brackets after the final mark belong to the sentence
///    they close; a quotation followed by its attribution (`"...!" she
///    shouted`, `"...?" Smith asked`) stays one sentence.
///
/// A block of text mostly in scripts other than Latin, Greek and Cyrillic
/// goes to the `fallback` breaker when there is one (art-sentences gives
/// ICU's, from ArtTextICU); the rules serve it otherwise.
public struct SentenceSegmenter: Sendable {
    public let language: LanguageData
    public let fallback: (any ScriptSentenceBreaker)?

    public init(language: LanguageData = .english, fallback: (any ScriptSentenceBreaker)? = nil) {
        self.language = language
        self.fallback = fallback
    }

    public func sentences(in text: String) -> [TextSpan] {
        sentences(in: Array(text.unicodeScalars))
    }

    public func sentences(in s: [Unicode.Scalar]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var engine = SegmenterEngine(s, language: language, fallback: fallback)
        let n = s.count
        var blockStart = 0
        var skipTo = 0
        // Blocks: runs of text between blank lines.
        let events = engine.events
        let kinds = engine.kinds
        for e in events.indices where kinds[e] & SegmenterEngine.newlineEvent != 0 {
            let i = events[e]
            guard i >= skipTo, engine.isNewline(i) else { continue }
            var j = i + 1
            var blank = s[i].value == 0x2029
            while j < n, s[j].isSpace {
                if engine.isNewline(j) { blank = true }
                j += 1
            }
            if blank {
                engine.segmentBlock(blockStart, i, into: &spans)
                blockStart = j
            }
            skipTo = j
        }
        engine.segmentBlock(blockStart, n, into: &spans)
        return spans
    }
}

/// Sentence ends for text in scripts whose punctuation the rules do not
/// know: the scalar positions in `a..<b` where a sentence ends.
public protocol ScriptSentenceBreaker: Sendable {
    func cuts(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Int]
}
