/// A span of a record's `text`: 0-based, end-exclusive, counted in Unicode
/// scalars (code points), as art(7), SPANS AND OFFSETS requires.
public struct TextSpan: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// `{"start":S,"end":E}`
    public var json: JSONValue { .object(["start": .int(start), "end": .int(end)]) }

    /// Reads `{"start":S,"end":E}`; nil when either is missing or not an integer.
    public init?(json: JSONValue) {
        guard let s = json["start"]?.intValue, let e = json["end"]?.intValue else { return nil }
        self.init(start: s, end: e)
    }
}
