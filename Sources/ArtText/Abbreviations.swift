/// The abbreviations the tokenizer and the segmenter know, and how each
/// behaves before the next word.
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

public enum Abbreviations {
    // Keys are lower-case without periods. `true` means the entry is also an
    // ordinary lower-case word ("no", "sat"), so only its capitalised or
    // all-caps form is an abbreviation.
    static let prepositive: [String: Bool] = {
        var t: [String: Bool] = [:]
        for w in [
            "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs", "gen", "gens",
            "sen", "sens", "rep", "reps", "gov", "govs", "lt", "col", "capt", "cpt", "cmdr", "cdr", "sgt",
            "maj", "adm", "brig", "cpl", "pvt", "pfc", "amb", "atty", "supt", "insp", "det", "hon", "rev",
            "pres", "fr", "sr", "sra", "srta", "mt", "ft", "pt", "st", "ste", "no", "nos", "vol", "vols", "fig",
            "figs", "p", "pp", "ch", "chap", "sec", "art", "para", "op", "cf", "gov't", "lieut", "comdr",
            "rt", "msgr", "vs", "v", "eg", "ie", "sup", "asst", "assoc", "dept", "mssrs", "ald", "treas", "ex", "viz", "approx", "ca",
        ] {
            t[w] = ["no", "art", "sec", "para", "op", "ex", "sup", "ca", "pt", "ft", "det", "rev", "col", "ch", "vol"]
                .contains(w)
        }
        return t
    }()

    static let dates: [String: Bool] = {
        var t: [String: Bool] = [:]
        for w in ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"] {
            t[w] = ["mar", "jun", "sat", "sun", "dec", "wed"].contains(w)
        }
        return t
    }()

    static let ordinary: [String: Bool] = {
        var t: [String: Bool] = [:]
        for w in [
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "esq", "phd", "etc", "al",
            "assn", "ave", "blvd", "rd", "hwy", "fwy", "pkwy", "sq", "univ", "est", "min", "max", "govt",
            "dist", "natl", "intl", "mfg", "mgr", "dir", "ed", "eds", "trans", "cal", "jud", "yr", "yrs",
            "mo", "mos", "wk", "wks", "hr", "hrs", "sr", "oz", "lb", "lbs", "mi", "km", "kg", "sq", "tel",
            "ext", "misc", "dept", "div", "gal", "ft", "in", "cu", "mt", "inst", "rep", "abbr", "orig",
            "ref", "var", "pop", "ser", "ibid", "op", "seq", "ff", "cit",
            // Units and figures in agency copy.
            "pct", "bln", "mln", "bn", "mn", "deg", "cts", "pts", "approx", "tonnes", "yds", "mins", "secs",
            // US states as news agencies abbreviate them.
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
            "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
            "va", "vt", "wash", "wis", "wyo", "calif",
        ] {
            t[w] = ["in", "est", "min", "max", "ed", "trans", "cal", "mo", "mi", "gal", "cu", "pop", "var",
                    "ref", "ser", "div", "dir", "ext", "ft", "mt", "rep", "sr", "tel", "orig", "al", "v", "seq", "ff",
                    "ark", "del", "ill", "ind", "mass", "miss", "mo", "ore", "pa", "va", "wash", "wis", "ala", "md", "ky", "ga",
                    "kan", "neb", "nev", "tex", "vt", "colo", "conn", "mont"]
                .contains(w)
        }
        return t
    }()

    /// Dotted abbreviations that name a country or body and often modify the
    /// next word; keys without periods, lower-case.
    static let modifiers: Set<String> = [
        "us", "uk", "un", "eu", "dc", "usa", "ussr", "uae", "nz", "pa", "la", "nyc",
    ]

    /// Dotted abbreviations that introduce what follows (e.g., i.e., P.S.).
    static let neverFinal: Set<String> = ["eg", "ie", "ps", "pps", "cf", "viz", "vs", "nb"]

    struct Entry {
        var kind: AbbreviationKind
        var wordToo: Bool
    }

    /// Every plain abbreviation by its word key (titles first, then dates, then the rest).
    static let table: [UInt64: Entry] = {
        var t: [UInt64: Entry] = [:]
        for (list, kind) in [(prepositive, AbbreviationKind.prepositive), (dates, .date), (ordinary, .ordinary)] {
            for (w, wordToo) in list where t[WordKey.make(w)] == nil {
                t[WordKey.make(w)] = Entry(kind: kind, wordToo: wordToo)
            }
        }
        return t
    }()
    static let modifierKeys: Set<UInt64> = Set(modifiers.map { WordKey.make($0) })
    static let neverFinalKeys: Set<UInt64> = Set(neverFinal.map { WordKey.make($0) })

    /// The kind of a word (without its period) as an abbreviation, or nil.
    /// `dotted` says the word had internal periods (U.S, e.g, a.m).
    public static func kind(of word: String, dotted: Bool) -> AbbreviationKind? {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first else { return nil }
        return kind(key: WordKey.make(scalars, 0, scalars.count), firstUpper: first.isUppercaseLetter, dotted: dotted)
    }

    /// The same by word key (periods skipped).
    static func kind(key: UInt64, firstUpper: Bool, dotted: Bool) -> AbbreviationKind? {
        guard key != 0 else { return dotted ? .ordinary : nil }
        if dotted {
            if modifierKeys.contains(key) { return .modifier }
            if neverFinalKeys.contains(key) { return .prepositive }
            return .ordinary
        }
        if let e = table[key] { return !e.wordToo || firstUpper ? e.kind : nil }
        return nil
    }
}

/// A word packed into an integer: up to 12 ASCII letters (case folded) and
/// apostrophes, 5 bits each; periods are skipped. 0 for anything else. Table
/// lookups on these avoid building strings in the segmenter's hot path.
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
            if n > 12 { return 0 }
            k = k << 5 | UInt64(c)
        }
        return k
    }

    static func make(_ word: String) -> UInt64 {
        let s = Array(word.unicodeScalars)
        return make(s, 0, s.count)
    }

    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map { make($0) }) }
}
