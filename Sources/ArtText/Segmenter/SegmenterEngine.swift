import ArtCore

/// The rule engine behind `SentenceSegmenter`: one per call, over one text.
struct SegmenterEngine {
    let s: [Unicode.Scalar]
    let n: Int
    /// The abbreviations and word lists the rules weigh.
    let language: LanguageData
    /// Cuts for blocks mostly in scripts the rules do not cover; without
    /// one, the rules serve every script.
    let fallback: (any ScriptSentenceBreaker)?
    /// Cut positions in the current block (where one sentence ends and the next begins).
    var cuts: [Int] = []
    /// Periods that belong to list markers.
    var markerPeriods: Set<Int> = []
    /// Cuts that trailing marks must not move (`end. . . . Next`).
    var fixedCuts: Set<Int> = []
    /// Memo of "does this word occur in lower case in the text".
    var lowerEvidence: [UInt64: Bool] = [:]

    /// Positions of the scalars the rules look at, in order, and what they are.
    var events: [Int] = []
    var kinds: [UInt8] = []
    /// The events of the current block.
    var blockEvents: Range<Int> = 0..<0
    var eventCursor = 0

    static let newlineEvent: UInt8 = 1
    static let terminalEvent: UInt8 = 2
    static let markerEvent: UInt8 = 4  // `.` and `)` end list markers
    static let emoticonEvent: UInt8 = 8
    static let bulletEvent: UInt8 = 16
    static let otherScriptEvent: UInt8 = 32
    static let separatorEvent: UInt8 = 64  // - * _ = ~ #
    static let semicolonEvent: UInt8 = 128

    static let asciiEvents: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 128)
        for c in [0x0A, 0x0B, 0x0C, 0x0D] { t[c] = newlineEvent }
        t[0x2E] = terminalEvent | markerEvent  // .
        t[0x21] = terminalEvent  // !
        t[0x3F] = terminalEvent  // ?
        t[0x29] = markerEvent  // )
        for c in [0x3A, 0x3B, 0x3D, 0x5E, 0x3C] { t[c] = emoticonEvent }  // : ; = ^ <
        for c in [0x2D, 0x2A, 0x5F, 0x7E, 0x23] { t[c] |= separatorEvent }  // - * _ ~ #
        t[0x3D] |= separatorEvent
        t[0x3B] |= semicolonEvent
        return t
    }()

    init(
        _ s: [Unicode.Scalar], language: LanguageData, fallback: (any ScriptSentenceBreaker)?
    ) {
        self.s = s
        self.n = s.count
        self.language = language
        self.fallback = fallback
        let found = ScanEvents(s)
        self.events = found.positions
        self.kinds = found.kinds
    }

    /// The event kinds of a scalar at or above U+0080.
    @inline(never)
    static func classify(nonASCII c: Unicode.Scalar) -> UInt8 {
        let v = c.value
        var k: UInt8 = 0
        if v == 0x85 || v == 0x2028 || v == 0x2029 { k |= newlineEvent }
        if c.isSentenceTerminal { k |= terminalEvent }
        if isBullet(c) { k |= bulletEvent }
        if v >= 0x0590 && !(v >= 0x1D00 && v <= 0x1FFF) && !(v >= 0x2C60 && v <= 0x2C7F) && !(v >= 0xA720 && v <= 0xA7FF)
            && !(v >= 0xFB00 && v <= 0xFB06) && !(v >= 0x2000 && v <= 0x2BFF) && c.isLetter
        {
            k |= otherScriptEvent
        }
        return k
    }

    @inline(__always)
    func isNewline(_ i: Int) -> Bool {
        switch s[i].value {
        case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return true
        case 0x0D: return i + 1 >= n || s[i + 1] != "\n"
        default: return false
        }
    }

    @inline(__always)
    static func isBullet(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2022, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25BA, 0x25B6, 0x2023, 0x2043, 0x2219,
            0x27A2, 0x2794, 0x25C6, 0x25C7, 0x2713, 0x2714, 0x2756:
            return true
        default: return false
        }
    }

    // MARK: Blocks

    mutating func segmentBlock(_ from: Int, _ to: Int, into spans: inout [TextSpan]) {
        var a = from
        var b = to
        while a < b && s[a].isSpace { a += 1 }
        while b > a && s[b - 1].isSpace { b -= 1 }
        guard a < b else { return }
        while eventCursor < events.count && events[eventCursor] < a { eventCursor += 1 }
        var e = eventCursor
        var any: UInt8 = 0
        while e < events.count && events[e] < b {
            any |= kinds[e]
            e += 1
        }
        blockEvents = eventCursor..<e
        if let fallback, any & Self.otherScriptEvent != 0 && needsFallback(a, b) {
            emitAll(a, b, fallback.cuts(s, a, b), into: &spans)
            return
        }
        cuts.removeAll(keepingCapacity: true)
        markerPeriods.removeAll(keepingCapacity: true)
        fixedCuts.removeAll(keepingCapacity: true)
        if any & Self.newlineEvent != 0 { lineCuts(a, b) }
        if any & (Self.markerEvent | Self.bulletEvent) != 0 { listCuts(a, b) }
        if any & Self.terminalEvent != 0 { punctuationCuts(a, b) }
        if any & Self.emoticonEvent != 0 { emoticonCuts(a, b) }
        if any & Self.separatorEvent != 0 { separatorCuts(a, b) }
        if any & Self.emoticonEvent != 0 || any & Self.terminalEvent != 0 { addressCuts(a, b) }
        if any & Self.semicolonEvent != 0 && language.lowercaseAfterSemicolon { semicolonCuts(a, b) }
        cuts.sort()
        attachTrailers(a, b)
        emitAll(a, b, cuts, into: &spans)
    }

    func emitAll(_ a: Int, _ b: Int, _ cuts: [Int], into spans: inout [TextSpan]) {
        var start = a
        for p in cuts where p > start && p < b {
            emit(start, p, into: &spans)
            start = p
        }
        emit(start, b, into: &spans)
    }

    func emit(_ from: Int, _ to: Int, into spans: inout [TextSpan]) {
        var a = from
        var b = to
        while a < b && (s[a].isSpace || s[a].value == 0x200B || s[a].value == 0xFEFF) { a += 1 }
        while b > a && (s[b - 1].isSpace || s[b - 1].value == 0x200B || s[b - 1].value == 0xFEFF) { b -= 1 }
        if a < b { spans.append(TextSpan(start: a, end: b)) }
    }

    /// Whether most letters of the block are in scripts whose punctuation
    /// these rules do not know (CJK, Indic, Arabic, Thai...).
    func needsFallback(_ a: Int, _ b: Int) -> Bool {
        var other = 0
        var letters = 0
        var i = a
        while i < b {
            let v = s[i].value
            if v >= 0x0590 {
                if s[i].isLetter {
                    letters += 1
                    if !(v >= 0x1D00 && v <= 0x1FFF) && !(v >= 0x2C60 && v <= 0x2C7F) && !(v >= 0xA720 && v <= 0xA7FF)
                        && !(v >= 0xFB00 && v <= 0xFB06)
                    {
                        other += 1
                    }
                }
            } else if v < 0x80 ? ((v | 0x20) &- 0x61 < 26) : s[i].isLetter {
                letters += 1
            }
            i += 1
        }
        return other * 3 > letters
    }

}
