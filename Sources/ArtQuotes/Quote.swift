import ArtCore

/// The kind of a quotation (art(7), "Spans and offsets").
public enum QuoteType: String, Sendable {
    /// Verbatim words in quotation marks.
    case direct
    /// Reported speech without quotation marks.
    case indirect
    /// Reported speech that contains a few quoted words.
    case partial
}

/// Who said it: the noun phrase as written, and the name it refers to.
public struct QuoteSpeaker: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    /// The fullest name of the speaker in the document, or nil when unknown.
    public var canonical: String?
    /// With `--gender`, for a speaker that is a person.
    public var gender: SpeakerGender? = nil

    public init(start: Int, end: Int, text: String, canonical: String?) {
        self.start = start
        self.end = end
        self.text = text
        self.canonical = canonical
    }
}

/// The word or phrase that marks the attribution: said, according to, a colon.
public struct QuoteCue: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// One quotation. `start`/`end` cover the quoted content without its marks;
/// an interrupted quote keeps its pieces in `fragments`.
public struct Quote: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var type: QuoteType
    public var speaker: QuoteSpeaker?
    public var cue: QuoteCue?
    /// The content pieces when there are two or more; empty otherwise.
    public var fragments: [TextSpan]

    public init(start: Int, end: Int, type: QuoteType, speaker: QuoteSpeaker?, cue: QuoteCue?, fragments: [TextSpan] = []) {
        self.start = start
        self.end = end
        self.type = type
        self.speaker = speaker
        self.cue = cue
        self.fragments = fragments
    }
}

extension Quote {
    /// The quote with every span moved `offset` scalars on (from a window of
    /// the text to the whole text).
    func shifted(by offset: Int) -> Quote {
        guard offset != 0 else { return self }
        var q = self
        q.start += offset
        q.end += offset
        q.speaker?.start += offset
        q.speaker?.end += offset
        q.cue?.start += offset
        q.cue?.end += offset
        q.fragments = fragments.map { TextSpan(start: $0.start + offset, end: $0.end + offset) }
        return q
    }
}

/// An entity from `art-entities`, as far as quotes need it.
public struct QuoteEntity: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var type: String
    public var canonical: String

    public init(start: Int, end: Int, type: String, canonical: String) {
        self.start = start
        self.end = end
        self.type = type
        self.canonical = canonical
    }
}
