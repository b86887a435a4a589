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
            "rt", "msgr", "sup", "asst", "assoc", "dept", "mssrs", "ald", "treas", "ex", "viz", "approx", "ca",
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
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "esq", "phd", "vs", "v", "etc", "al",
            "assn", "ave", "blvd", "rd", "hwy", "fwy", "pkwy", "sq", "univ", "est", "min", "max", "govt",
            "dist", "natl", "intl", "mfg", "mgr", "dir", "ed", "eds", "trans", "cal", "jud", "yr", "yrs",
            "mo", "mos", "wk", "wks", "hr", "hrs", "sr", "oz", "lb", "lbs", "mi", "km", "kg", "sq", "tel",
            "ext", "misc", "dept", "div", "gal", "ft", "in", "cu", "mt", "inst", "rep", "abbr", "orig",
            "ref", "var", "pop", "ser", "ibid", "op", "seq", "ff", "cit",
        ] {
            t[w] = ["in", "est", "min", "max", "ed", "trans", "cal", "mo", "mi", "gal", "cu", "pop", "var",
                    "ref", "ser", "div", "dir", "ext", "ft", "mt", "rep", "sr", "tel", "orig", "al", "v", "seq", "ff"]
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

    /// The kind of a word (without its period) as an abbreviation, or nil.
    /// `dotted` says the word had internal periods (U.S, e.g, a.m).
    public static func kind(of word: String, dotted: Bool) -> AbbreviationKind? {
        let lower = word.lowercased()
        let firstUpper = word.unicodeScalars.first.map { $0.isUppercaseLetter } ?? false
        if dotted {
            let key = String(lower.unicodeScalars.filter { $0 != "." })
            if modifiers.contains(key) { return .modifier }
            if neverFinal.contains(key) { return .prepositive }
            return .ordinary
        }
        if let wordToo = prepositive[lower] { return !wordToo || firstUpper ? .prepositive : nil }
        if let wordToo = dates[lower] { return !wordToo || firstUpper ? .date : nil }
        if let wordToo = ordinary[lower] { return !wordToo || firstUpper ? .ordinary : nil }
        return nil
    }
}
