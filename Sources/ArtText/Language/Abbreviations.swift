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
                for flag in entry.flags where !["word", "numbering", "place", "unit"].contains(flag) {
                    throw .malformed(path: file.path, line: entry.line, reason: "unknown flag '\(flag)'")
                }
                entries[key] = Entry(
                    kind: kind, wordToo: entry.flags.contains("word"), numbering: entry.flags.contains("numbering"),
                    place: entry.flags.contains("place"), unit: entry.flags.contains("unit"))
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
        self.init(kind: kind, wordToo: false, numbering: false, place: false, unit: false)
    }
}

/// The English abbreviations, for code that has no language at hand.
public enum Abbreviations {
    /// The kind of a word (without its period) as an English abbreviation, or nil.
    public static func kind(of word: String, dotted: Bool) -> AbbreviationKind? {
        LanguageData.english.abbreviations.kind(of: word, dotted: dotted)
    }
}

/// A word as an integer, for table lookups that build no strings in the
/// segmenter's hot path. ASCII letters (case folded) and apostrophes count;
/// periods are skipped; any other scalar gives 0. Up to 12 letters are packed
/// 5 bits each, so a key tells its word; a longer word gets a hash with the
/// top bit set, which no packed key has.
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
            } else {
                return 0
            }
            n += 1
            k = n <= 12 ? k << 5 | UInt64(c) : (k ^ UInt64(c)) &* 0x100_0000_01B3
        }
        return n <= 12 ? k : k | 1 << 63
    }

    static func make(_ word: String) -> UInt64 {
        let s = Array(word.unicodeScalars)
        return make(s, 0, s.count)
    }
}
