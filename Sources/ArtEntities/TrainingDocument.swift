import ArtText

/// One training document: its text, tokens, sentences and, per token, the
/// set of labels the annotation allows (one bit per label).
public struct TrainingDocument: Sendable {
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token]
    public var sentences: [Range<Int>]
    public var allowed: [UInt32]

    public init(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>], allowed: [UInt32]) {
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.allowed = allowed
    }

    /// Tokenizes and segments `text` as the filter does, and builds the
    /// label masks from annotated spans (scalar offsets).
    ///
    /// - `spans`: (start, end, type index) of the annotated names.
    /// - `openTypes`: types the source does not annotate in full: a token
    ///   outside every span may also carry them (partial annotation).
    public init(
        text: [Unicode.Scalar], spans: [(Int, Int, Int)], openTypes: [Int]
    ) {
        let tokens = entityTokens(text)
        var allowed = [UInt32](repeating: 1, count: tokens.count)
        var open: UInt32 = 1
        for t in openTypes { open |= (1 << EntityLabels.begin(t)) | (1 << EntityLabels.inside(t)) }
        for i in allowed.indices { allowed[i] = open }
        // Map scalar offsets to tokens.
        var tokenAt = [Int](repeating: -1, count: text.count + 1)
        for (i, t) in tokens.enumerated() { for k in t.start..<t.end { tokenAt[k] = i } }
        let all: UInt32 = (1 << EntityLabels.count) - 1
        for (start, end, type) in spans.sorted(by: { $0.0 < $1.0 }) {
            guard start >= 0, end <= text.count, start < end else { continue }
            var first = -1
            var last = -1
            for k in start..<end where tokenAt[k] >= 0 {
                if first < 0 { first = tokenAt[k] }
                last = tokenAt[k]
            }
            guard first >= 0 else { continue }
            // A span that cuts a token: leave those tokens unconstrained.
            if tokens[first].start != start || tokens[last].end != end {
                for i in first...last { allowed[i] = all }
                continue
            }
            allowed[first] = 1 << EntityLabels.begin(type)
            if last > first { for i in (first + 1)...last { allowed[i] = 1 << EntityLabels.inside(type) } }
        }
        // The sentences art-entities reads when a record has none.
        let sentences = SentenceRanges.of(text, tokens, sentences: nil)
        self.init(scalars: text, tokens: tokens, sentences: sentences, allowed: allowed)
    }
}
