import ArtCore

/// How an abbreviation behaves before the next word.
public enum AbbreviationKind: Sendable, Hashable {
    /// A title or word that precedes a name or number (Mr., Dr., Gen., Mt., No.):
    /// it never ends a sentence when a word or number follows.
    case prepositive
    /// A month or day name (Jan., Sept., Wed.): usually followed by a number.
    case date
    /// An abbreviation that often modifies the next word (U.S., U.N., D.C.):
    /// ends a sentence only before a word that typically starts one.
    case modifier
    /// Anything else (Inc., Co., Jr., etc., a.m.): ends a sentence before a
    /// capitalised word that typically starts one.
    case ordinary
}

/// The abbreviations of one language (`lang/<code>/abbreviations.txt`).
public struct AbbreviationTable: Sendable {
    struct Entry: Sendable {
        var kind: AbbreviationKind
        /// Also an ordinary lower-case word: only the capitalised form counts.
        var wordToo: Bool
        /// Numbers what follows (`No. 5`, `p. 3`).
        var numbering: Bool
        /// Starts a place name (`St.`, `Mt.`).
        var place: Bool
        /// A unit after a figure (`$3 bln.`).
        var unit: Bool
        /// A single capital that is this abbreviation, not an initial (French `M.`).
        var letter: Bool
    }

    /// Plain abbreviations (one final period) by word key.
    let entries: [UInt64: Entry]
    /// Dotted forms that modify the next word (`U.S.`).
    let modifiers: Set<UInt64>
    /// Dotted forms that introduce what follows (`e.g.`).
    let introducers: Set<UInt64>
    /// Short forms that a lower-case word may follow inside a sentence.
    let beforeLowercase: Set<UInt64>

    init(_ file: WordListFile) throws(ResourceError) {
        var entries: [UInt64: Entry] = [:]
        for (section, kind) in [("title", AbbreviationKind.prepositive), ("date", .date), ("ordinary", .ordinary)] {
            for entry in try file.entries(section) {
                let key = try file.key(entry)
                if entries[key] != nil { continue }
                for flag in entry.flags where !["word", "numbering", "place", "unit", "letter"].contains(flag) {
                    throw .malformed(path: file.path, line: entry.line, reason: "unknown flag '\(flag)'")
                }
                entries[key] = Entry(
                    kind: kind, wordToo: entry.flags.contains("word"), numbering: entry.flags.contains("numbering"),
                    place: entry.flags.contains("place"), unit: entry.flags.contains("unit"),
                    letter: entry.flags.contains("letter"))
            }
        }
        self.entries = entries
        modifiers = try file.keys("modifier")
        introducers = try file.keys("introducer")
        beforeLowercase = try file.keys("before-lowercase")
    }

    /// The kind of a word (without its period) as an abbreviation, or nil.
    /// `dotted` says the word had internal periods (U.S, e.g, a.m).
    public func kind(of word: String, dotted: Bool) -> AbbreviationKind? {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first else { return nil }
        return kind(key: WordKey.make(scalars, 0, scalars.count), firstUpper: first.isUppercaseLetter, dotted: dotted)
    }

    /// The same by word key (periods skipped).
    func kind(key: UInt64, firstUpper: Bool, dotted: Bool) -> AbbreviationKind? {
        entry(key: key, firstUpper: firstUpper, dotted: dotted)?.kind
    }

    /// The entry of a word key, with the kinds of dotted forms.
    func entry(key: UInt64, firstUpper: Bool, dotted: Bool) -> Entry? {
        guard key != 0 else { return dotted ? Entry(kind: .ordinary) : nil }
        if dotted {
            if modifiers.contains(key) { return Entry(kind: .modifier) }
            if introducers.contains(key) { return Entry(kind: .prepositive) }
            return Entry(kind: .ordinary)
        }
        if let e = entries[key], !e.wordToo || firstUpper { return e }
        return nil
    }
}

extension AbbreviationTable.Entry {
    init(kind: AbbreviationKind) {
        self.init(kind: kind, wordToo: false, numbering: false, place: false, unit: false, letter: false)
    }
}

/// The English abbreviations, for code that has no language at hand.
public enum Abbreviations {
    /// The kind of a word (without its period) as an English abbreviation, or nil.
    public static func kind(of word: String, dotted: Bool) -> AbbreviationKind? {
        LanguageData.english.abbreviations.kind(of: word, dotted: dotted)
    }

    /// The same for the word `s[range]`, without making it a `String`.
    static func kind(of s: [Unicode.Scalar], _ range: Range<Int>, dotted: Bool) -> AbbreviationKind? {
        guard !range.isEmpty else { return nil }
        return LanguageData.english.abbreviations.kind(
            key: WordKey.make(s, range.lowerBound, range.upperBound), firstUpper: s[range.lowerBound].isUppercaseLetter,
            dotted: dotted)
    }
}

/// A word as an integer, for table lookups that build no strings in the
/// segmenter's hot path. Letters (case folded) and apostrophes count;
/// periods are skipped; any other scalar gives 0. A word of up to 12 ASCII
/// letters is packed 5 bits each, so a key tells its word; a longer word, or
/// one with a letter beyond ASCII (`Präs`, `págs`), gets a hash with the top
/// bit set, which no packed key has.
enum WordKey {
    @inline(__always)
    static func make(_ s: [Unicode.Scalar], _ x: Int, _ y: Int) -> UInt64 {
        var k: UInt64 = 0
        var n = 0
        var i = x
        while i < y {
            let v = s[i].value
            i += 1
            let c: UInt32
            if v &- 0x61 < 26 {
                c = v - 0x60
            } else if v &- 0x41 < 26 {
                c = v - 0x40
            } else if v == 0x27 || v == 0x2019 {
                c = 27
            } else if v == 0x2E {
                continue
            } else if v >= 0x80 && (s[i - 1].isLetter || s[i - 1].isMark) {
                return hashed(s, x, y)
            } else {
                return 0
            }
            n += 1
            k = n <= 12 ? k << 5 | UInt64(c) : (k ^ UInt64(c)) &* 0x100_0000_01B3
        }
        return n <= 12 ? k : k | 1 << 63
    }

    /// The key of a word with letters beyond ASCII: a hash of its scalars,
    /// lower-cased, with the top bit set.
    @inline(never)
    static func hashed(_ s: [Unicode.Scalar], _ x: Int, _ y: Int) -> UInt64 {
        var k: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in x..<y {
            let c = s[i]
            if c.value == 0x2E { continue }
            if c.value == 0x2019 {
                k = (k ^ 0x27) &* 0x100_0000_01B3
                continue
            }
            guard c.isLetter || c.isMark || c.value == 0x27 else { return 0 }
            for l in lowercased(c).utf8 { k = (k ^ UInt64(l)) &* 0x100_0000_01B3 }
        }
        return k | 1 << 63
    }

    /// A scalar in lower case (`Ä` → `ä`).
    @inline(__always)
    static func lowercased(_ c: Unicode.Scalar) -> String {
        c.isUppercaseLetter ? c.properties.lowercaseMapping : String(Character(c))
    }

    static func make(_ word: String) -> UInt64 {
        let s = Array(word.unicodeScalars)
        return make(s, 0, s.count)
    }
}
