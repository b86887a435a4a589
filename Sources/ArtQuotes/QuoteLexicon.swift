import ArtCore
import ArtText

/// What the attribution rules know of one language: cue verbs and their
/// forms, function words, titles, pronouns and quotation marks. English's
/// is built in (`Lexicon`, tuned on PolNeAR); every other language's is
/// read from `lang/<code>/quotes.txt`, so adding a language is adding a file
/// (`data/lang/index.txt` then gives it `quotes`).
public struct QuoteLexicon: Sendable {
    /// The ISO 639-1 code.
    public let code: String
    /// Cue verb forms, each with its lemma.
    var speechVerbs: [String: String]
    var beliefVerbs: [String: String]
    var broadVerbs: [String: String]
    var namingVerbs: Set<String>
    var hearerVerbs: Set<String>
    /// Forms that may stand before their speaker after a quote: “…,” said X.
    var invertibleVerbs: Set<String>
    var auxiliaries: Set<String>
    /// Auxiliaries that start an inverted cue with their participle: « … », a déclaré X.
    var invertedAuxiliaries: Set<String>
    /// Words other than verbs that introduce a speaker after a quote: „…“, so Scholz.
    var quoteTags: Set<String>
    /// Phrases that attribute a clause to the noun phrase after them: according to, laut, selon, según.
    var attributionPhrases: [[String]]
    var passiveMarkers: Set<String>
    var determiners: Set<String>
    var personalPronouns: Set<String>
    /// Pronouns that can be a speaker before its cue, after it, and those that name a person to resolve.
    var speakerPronouns: Set<String>
    var invertedPronouns: Set<String>
    var resolvablePronouns: Set<String>
    var npStops: Set<String>
    var npPrepositions: Set<String>
    var clauseStarters: Set<String>
    var timeWords: Set<String>
    var titles: Set<String>
    /// Endings that make a compound a title: Bundes*minister*, Regierungs*sprecher*.
    var titleSuffixes: [String]
    /// Capitalised words that stand before a name without being part of it, besides titles.
    var nameLeaders: Set<String>
    var orgWords: Set<String>
    var roleNouns: Set<String>
    var bareClauseVerbs: Set<String>
    var objectVerbs: Set<String>
    var months: Set<String>
    var weekdays: Set<String>
    /// Opening marks with the mark that closes each (`„` `“`, `«` `»`); empty
    /// for English, whose marks are told apart by their context alone.
    var markPairs: [Unicode.Scalar: Unicode.Scalar]
    /// A dash at a paragraph's start opens a line of dialogue (French, Spanish).
    var dialogueDashes: Bool
    /// The finite verb comes second, so a cue before a quote may precede its speaker (German).
    var verbSecond: Bool
    /// Words that open a reported clause (that, dass, que), and whether a comma stands before them.
    var complementizers: Set<String>
    var commaBeforeComplementizer: Bool
    /// Conjunctions that join a second verb to the clause's subject: "… and said", "und sagte".
    var coordinators: Set<String>
    /// Pronouns a cue takes after a hyphen, longest first: dit-il, a-t-elle.
    var cliticPronouns: [String]
    /// Gender evidence (`art-quotes --gender`): the pronouns and the titles
    /// of women and of men, and the ending that makes a title a woman's
    /// (German Minister*in*).
    var femalePronouns: Set<String> = []
    var malePronouns: Set<String> = []
    var femaleTitles: Set<String> = []
    var maleTitles: Set<String> = []
    var feminineTitleSuffix: String? = nil
    /// Articles that say the gender of the title after them (la ministre: true, a woman).
    var genderedDeterminers: [String: Bool] = [:]
    /// Participles that make a judgement no one is named for after a form
    /// of "be" (is expected to, is seen as), and the lemmas of verbs that
    /// do it by themselves (seems, appears).
    var judgementParticiples: Set<String> = []
    var judgementVerbs: Set<String> = []
    /// Adjectives of belief after a form of "be" or "remain": are hopeful (that), is convinced.
    var beliefAdjectives: Set<String> = []
    /// Lemmas of verbs whose content may be an infinitive (vowed to fight,
    /// urged Congress to act): commitments, intentions and appeals.
    var infinitiveVerbs: Set<String> = []

    /// Every cue form with the kinds of cue it can be: one look-up per
    /// token instead of one per list (filled by `indexingCues()`).
    var cueWords: [String: CueKinds] = [:]
    /// One bit per `cueHash` value of the words in `cueWords` (65,536 bits):
    /// a word whose bit is clear is no cue, found without hashing it with
    /// the dictionary's hash and comparing it to the words that share its
    /// bucket. Most tokens are no cue.
    var cueFilter = [UInt64](repeating: 0, count: 1024)

    /// The kinds of cue `word` (lower case) can be; empty for most words.
    @inline(__always)
    func cueKinds(of word: String) -> CueKinds {
        let h = Self.cueHash(word)
        guard cueFilter[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return [] }
        return cueWords[word] ?? []
    }

    /// 16 bits of the FNV-1a hash of `word`'s UTF-8 bytes.
    @inline(__always)
    static func cueHash(_ word: String) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: (h ^ (h >> 32)) & 0xFFFF)
    }

    /// The lexicon with `cueWords` filled from its verb lists.
    func indexingCues() -> QuoteLexicon {
        var l = self
        func add(_ words: some Sequence<String>, _ kind: CueKinds) {
            for w in words {
                l.cueWords[w, default: []].insert(kind)
                let h = Self.cueHash(w)
                l.cueFilter[h >> 6] |= 1 << UInt64(h & 63)
            }
        }
        add(speechVerbs.keys, .speech)
        add(beliefVerbs.keys, .belief)
        add(broadVerbs.keys, .broad)
        add(namingVerbs, .naming)
        add(judgementParticiples, .judgement)
        add(beliefAdjectives, .beliefAdjective)
        add(broadVerbs.filter { judgementVerbs.contains($0.value) }.keys, .judgement)
        return l
    }

    /// Whether `word` (lower case) is a title before a name.
    func isTitle(_ word: String) -> Bool {
        if titles.contains(word) { return true }
        // By UTF-8 bytes: String.count walks graphemes, and this runs for
        // every capitalised word (every noun, in German).
        let bytes = word.utf8
        for suffix in titleSuffixes where bytes.count > suffix.utf8.count && bytes.reversed().starts(with: suffix.utf8.reversed()) {
            return true
        }
        return false
    }

    public static let english = QuoteLexicon(
        code: "en", speechVerbs: Lexicon.speechVerbs, beliefVerbs: Lexicon.beliefVerbs, broadVerbs: Lexicon.broadVerbs,
        namingVerbs: Lexicon.namingVerbs, hearerVerbs: Lexicon.hearerVerbs, invertibleVerbs: Lexicon.invertibleVerbs,
        auxiliaries: Lexicon.auxiliaries, invertedAuxiliaries: [], quoteTags: [], attributionPhrases: [["according", "to"]],
        passiveMarkers: Lexicon.passiveMarkers, determiners: Lexicon.determiners, personalPronouns: Lexicon.personalPronouns,
        speakerPronouns: ["it", "he", "she", "they", "i", "we"], invertedPronouns: ["he", "she", "they", "we", "i"],
        resolvablePronouns: ["he", "she"], npStops: Lexicon.npStops, npPrepositions: Lexicon.npPrepositions,
        clauseStarters: Lexicon.clauseStarters, timeWords: Lexicon.timeWords, titles: Lexicon.titles, titleSuffixes: [], nameLeaders: [],
        orgWords: Lexicon.orgWords, roleNouns: Lexicon.roleNouns, bareClauseVerbs: Lexicon.bareClauseVerbs,
        objectVerbs: Lexicon.objectVerbs, months: Lexicon.months, weekdays: Lexicon.weekdays, markPairs: [:],
        dialogueDashes: false, verbSecond: false, complementizers: ["that"], commaBeforeComplementizer: false, coordinators: ["and", "but"],
        cliticPronouns: [], femalePronouns: ["she"], malePronouns: ["he"], femaleTitles: Lexicon.femaleTitles,
        maleTitles: Lexicon.maleTitles, judgementParticiples: Lexicon.judgementParticiples, judgementVerbs: ["seem", "appear"], beliefAdjectives: Lexicon.beliefAdjectives,
        infinitiveVerbs: Lexicon.infinitiveVerbs
    ).indexingCues()

    /// The lexicon of `code`: English's built-in one, or `lang/<code>/quotes.txt`.
    public static func load(_ code: String, from locator: ResourceLocator = .standard) throws(ResourceError) -> QuoteLexicon {
        if code == "en" { return .english }
        let name = "lang/\(code)/quotes.txt"
        let path: String
        do { path = try locator.locate(name) } catch { throw .notFound(error) }
        return try QuoteLexicon(code: code, file: try WordListFile(path: path, bytes: try readDataFile(path))).indexingCues()
    }
}

/// The kinds of cue a word can be (`QuoteLexicon.cueWords`).
struct CueKinds: OptionSet, Sendable {
    let rawValue: UInt8
    static let speech = CueKinds(rawValue: 1)
    static let belief = CueKinds(rawValue: 2)
    static let broad = CueKinds(rawValue: 4)
    static let naming = CueKinds(rawValue: 8)
    /// A judgement without its judge: expected (to), seems.
    static let judgement = CueKinds(rawValue: 16)
    static let beliefAdjective = CueKinds(rawValue: 32)
}
