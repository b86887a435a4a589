/// English's word lists for attribution (`QuoteLexicon.english`; other
/// languages read theirs from `lang/<code>/quotes.txt`): cue verbs in every form, function words,
/// titles and roles. Entries are tokens as ArtText's tokenizer cuts them,
/// lower-cased, with `'` as the apostrophe: clitics are words of their own
/// (`n't`, `'ll`, and `ca`, `wo` of can't, won't).
enum Lexicon {
    /// Expands verb lemmas written as "base/past/3sg/ing[/participle]".
    private static func forms(_ entries: [String]) -> [String: String] {
        var map: [String: String] = [:]
        for e in entries {
            let parts = e.split(separator: "/").map(String.init)
            let base = parts[0]
            var all = parts
            if parts.count == 1 {
                // Regular verb: add -ed, -s, -ing.
                let stem = base.hasSuffix("e") ? String(base.dropLast()) : base
                if base.hasSuffix("y") && !base.hasSuffix("ay") && !base.hasSuffix("ey") {
                    let s = String(base.dropLast())
                    all += [s + "ied", s + "ies", base + "ing"]
                } else {
                    let es = base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x")
                    all += [stem + "ed", base + (es ? "es" : "s"), stem + "ing"]
                }
            }
            for f in all where map[f] == nil { map[f] = base }
        }
        return map
    }

    /// Verbs of saying and reporting: they introduce speech, direct or reported.
    static let speechVerbs: [String: String] = forms([
        "say/said/says/saying", "tell/told/tells/telling", "add", "note", "explain", "state", "argue",
        "claim", "confirm", "deny/denied/denies/denying", "insist", "warn", "announce",
        "write/wrote/writes/writing/written", "tweet", "acknowledge", "suggest", "ask", "reply/replied/replies/replying",
        "respond", "declare", "recall", "report", "predict", "promise", "vow", "pledge", "concede", "admit/admitted/admits/admitting",
        "contend", "maintain", "assert", "allege", "observe", "remark", "comment", "emphasize", "emphasise",
        "stress", "reiterate", "urge", "caution", "complain", "boast", "joke", "quip/quipped/quips/quipping",
        "conclude", "reveal", "disclose", "testify/testified/testifies/testifying", "recount", "mention",
        "speculate", "estimate", "advise", "assure", "remind", "inform", "exclaim", "counter", "retort",
        "shout", "yell", "scream", "whisper", "lament", "concur/concurred/concurs/concurring", "agree",
        "charge", "accuse", "signal/signaled/signals/signaling", "hint", "clarify/clarified/clarifies/clarifying",
        "posit/posited/posits/positing", "predict", "proclaim", "protest", "muse", "wonder", "continue",
        "threaten", "demand", "propose", "pointed/pointed/points/pointing", "conclude", "imply/implied/implies/implying",
        "indicate", "forecast/forecast/forecasts/forecasting", "insinuate", "opine", "post/posted/posts/posting",
        "email/emailed/emails/emailing", "testify/testified/testifies/testifying", "retweet", "read/read/reads/reading", "express",
    ])

    /// Verbs of thought and belief that PolNeAR-style attribution also covers.
    static let beliefVerbs: [String: String] = forms([
        "believe", "think/thought/thinks/thinking", "feel/felt/feels/feeling", "hope", "fear", "expect",
        "know/knew/knows/knowing/known", "worry/worried/worries/worrying", "doubt", "assume", "suspect",
        "understand/understood/understands/understanding", "recognize", "realize", "agree",
        "show/showed/shows/showing/shown", "find/found/finds/finding", "suggest",
    ])

    /// Verbs of stance and intention that PolNeAR-style attribution covers with their object.
    static let broadVerbs: [String: String] = forms([
        "endorse", "support", "want", "criticize", "criticise", "defend", "urge", "refuse", "decline", "cite",
        "describe", "propose", "seek/sought/seeks/seeking", "oppose", "praise", "reject", "blame", "accuse",
        "question", "plan/planned/plans/planning", "expect", "seem", "appear", "recommend", "encourage",
        "applaud", "welcome", "condemn", "dismiss", "challenge", "demand", "threaten", "favor",
        "favour", "embrace", "blast", "slam/slammed/slams/slamming", "mock", "attack", "consider",
        "insist", "vow", "promise", "pledge", "intend", "aim", "offer", "request", "call", "characterize",
        "dispute", "contest", "fault", "credit", "thank", "congratulate", "apologize", "apologise",
        "refer/referred/refers/referring/referred", "prefer/preferred/prefers/preferring/preferred",
        "tout", "highlight", "emphasize", "acknowledge", "recognize", "decry", "lament", "denounce",
        "ridicule", "deride", "hail", "laud", "commend", "excoriate", "lambaste", "pan", "reaffirm", "decide",
    ])

    /// Verbs of commitment, intention and appeal whose content may be an
    /// infinitive: vowed to fight, hopes to win, urged Congress to act.
    static let infinitiveVerbs: Set<String> = [
        "vow", "promise", "pledge", "threaten", "hope", "plan", "decide", "agree", "refuse", "decline", "intend",
        "aim", "seek", "expect", "offer", "urge", "ask", "tell", "encourage", "advise", "warn", "remind",
    ]

    /// Participles of a judgement without its judge: is expected to, is seen as.
    static let judgementParticiples: Set<String> = [
        "expected", "seen", "considered", "believed", "thought", "viewed", "regarded", "perceived", "projected",
    ]

    /// Adjectives of belief that a form of "be" makes a cue: Democrats are hopeful they can win.
    static let beliefAdjectives: Set<String> = [
        "hopeful", "confident", "convinced", "optimistic", "sure", "certain", "skeptical", "sceptical", "worried",
        "concerned", "aware", "afraid", "unsure", "pessimistic", "doubtful", "adamant", "fearful",
    ]

    /// Verbs whose content is an object with a complement: called X "Y".
    static let namingVerbs: Set<String> = [
        "call", "called", "calls", "calling", "describe", "described", "describes", "describing",
        "dub", "dubbed", "dubs", "dubbing", "label", "labeled", "labelled", "labels", "labeling", "brand", "branded",
        "brands", "branding", "deride", "derided", "derides", "deriding", "praise", "praised", "praises", "praising",
        "criticize", "criticized", "criticizes", "criticizing", "blame", "blamed", "blames", "blaming",
        "slam", "slammed", "slams", "slamming", "term", "termed", "terms", "characterize", "characterized",
        "characterizes", "decry", "decried", "decries", "hail", "hailed", "hails", "mock", "mocked", "mocks",
        "accuse", "accused", "accuses", "accusing", "lambaste", "lambasted", "attack", "attacked", "attacks",
        "attacking", "defend", "defended", "defends", "defending", "dismiss", "dismissed", "dismisses", "dismissing",
    ]

    /// Verbs that take a hearer before the content: told reporters that ...
    static let hearerVerbs: Set<String> = [
        "tell", "told", "tells", "telling", "assure", "assured", "assures", "assuring", "remind", "reminded",
        "reminds", "reminding", "inform", "informed", "informs", "informing", "warn", "warned", "warns", "warning",
        "advise", "advised", "advises", "advising", "ask", "asked", "asks", "asking", "urge", "urged", "urges",
        "urging", "promise", "promised", "promises", "promising", "convince", "convinced",
        "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing",
    ]

    /// Cue verbs that may introduce an inverted attribution: “...,” said X.
    static let invertibleVerbs: Set<String> = [
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues", "explained",
        "explains", "noted", "notes", "replied", "replies", "recalled", "recalls", "responded", "responds",
        "told", "tells", "declared", "insisted", "insists", "argued", "argues", "tweeted", "warned", "warns",
        "observed", "remarked", "quipped", "joked", "countered", "concluded", "concludes", "stated", "states",
        "announced", "offered", "conceded", "acknowledged", "predicted", "suggested", "suggests", "cautioned",
        "retorted", "shouted", "exclaimed", "whispered", "read", "reads",
    ]

    /// Auxiliaries and adverbs that may stand between a speaker and its cue.
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "later", "then", "previously", "repeatedly", "once", "often", "recently",
        "again", "just", "already", "reportedly", "allegedly", "similarly", "separately", "frequently", "flatly",
        "bluntly", "publicly", "privately", "openly", "earlier", "initially", "first", "since", "will", "would",
        "could", "might", "may", "can", "did", "does", "do", "never", "always", "famously", "subsequently",
        "ultimately", "finally", "simply", "quickly", "even", "still", "long", "not", "n't", "'ve",
        "'ll", "'d", "ca", "wo", "sha", "reportedly", "apparently",
        "specifically", "explicitly", "angrily", "proudly", "sharply", "forcefully", "emphatically", "correctly",
        "falsely", "wrongly", "routinely", "consistently", "continually", "constantly", "clearly", "only",
        "further", "both", "widely", "however",
    ]

    /// Passive or raising contexts: "was told", "is said to" (the subject is not the speaker).
    static let passiveMarkers: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "am", "get", "got", "gets", "getting",
    ]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "some", "many", "several", "other", "another", "both", "all", "each", "most", "few", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
        "more", "no", "any", "such",
    ]

    static let personalPronouns: Set<String> = ["he", "she", "they", "i", "we", "you", "it"]

    /// Titles and role nouns that say a woman or a man (`--gender`).
    static let femaleTitles: Set<String> = [
        "mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "duchess", "baroness", "countess",
        "sister", "mother", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "assemblywoman",
        "policewoman", "sportswoman", "stateswoman", "actress", "waitress", "empress", "grandmother", "aunt", "widow",
        "wife", "daughter", "girl", "woman",
    ]
    static let maleTitles: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "duke", "baron", "count", "brother", "father", "spokesman", "chairman",
        "congressman", "businessman", "councilman", "assemblyman", "policeman", "sportsman", "statesman", "actor",
        "waiter", "emperor", "grandfather", "uncle", "widower", "husband", "son", "boy", "man",
    ]

    /// Words that cannot be inside a speaker noun phrase (clause boundaries, verbs).
    static let npStops: Set<String> = [
        "and", "or", "but", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if",
        "as", "although", "though", "since", "after", "before", "than", "so", "then", "not", "to", "is", "was",
        "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "what", "why", "how", "there", "here", "also",
        "once", "until", "unless", "whether", "yet", "nor", "said", "says", "told", "by", "about", "into",
        "over", "under", "against", "between", "through", "during", "without", "within", "upon", "like",
        "him", "them", "me", "us", "it", "this", "these", "those", "now", "just", "even", "only", "still",
        "however", "meanwhile", "instead", "indeed", "yes", "no", "thus", "hence", "although", "despite",
        "amid", "among", "toward", "towards", "across", "behind", "around", "near", "off", "out", "up",
        "down", "all", "both", "either", "neither",
    ]

    /// Prepositions allowed inside a speaker noun phrase.
    static let npPrepositions: Set<String> = ["of", "for", "at", "from", "in", "with", "on"]

    /// Words that start a content clause right after a cue (besides names).
    static let clauseStarters: Set<String> = [
        "he", "she", "they", "i", "we", "you", "it", "there", "the", "a", "an", "this", "that", "these",
        "those", "his", "her", "their", "its", "our", "my", "your", "no", "some", "many", "most", "all",
        "if", "when", "whether", "why", "how", "what", "who", "nobody", "everyone", "everybody", "nothing",
        "something", "anyone", "people", "americans", "voters", "both", "neither", "each", "one", "any",
        "more", "fewer", "several", "several", "much", "only", "not", "even", "such", "every", "none",
    ]

    /// Time words skipped between a cue and its content: said Tuesday that ...
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "recently", "earlier", "later", "last", "this", "week", "month", "year", "morning",
        "afternoon", "evening", "night", "again", "repeatedly", "also", "previously", "once", "then",
        "privately", "publicly", "flatly", "bluntly", "simply", "frequently", "often", "separately",
        "subsequently", "ago", "weeks", "months", "years", "days", "day",
    ]

    /// Titles that precede a name and are not part of the person's name.
    static let titles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "prof.",
        "rev.", "hon.", "pres.", "adm.", "maj.", "president", "vice", "senator", "governor", "secretary",
        "minister", "deputy", "foreign", "prime", "chancellor", "ambassador", "general", "judge", "justice",
        "mayor", "speaker", "chairman", "chairwoman", "chair", "director", "representative", "congressman",
        "congresswoman", "rev", "pope", "king", "queen", "prince", "princess", "sheikh", "former", "candidate",
        "nominee", "leader", "spokesman", "spokeswoman", "spokesperson", "commissioner", "attorney",
        "sir", "lord", "lady", "dame", "chief", "executive", "officer", "u.s.", "republican", "democratic",
        "democrat", "gop", "state", "assistant", "acting", "house", "senate", "majority", "minority",
        "presidential", "hopeful", "first", "businessman", "billionaire", "colonel", "lieutenant", "sergeant",
        "captain", "admiral", "professor", "economist", "analyst", "pollster", "strategist", "adviser",
        "advisor", "aide", "russian", "american", "british", "french", "german", "chinese", "ukrainian",
        "defense", "interior", "finance", "treasury", "trade", "labor", "commerce", "energy", "health",
        "homeland", "security", "national", "campaign", "manager", "chairperson", "ceo", "founder",
    ]

    /// Words whose presence marks a capitalised phrase as an organisation or place.
    static let orgWords: Set<String> = [
        "house", "council", "party", "news", "times", "post", "journal", "department", "ministry", "committee",
        "agency", "university", "college", "institute", "center", "centre", "foundation", "association",
        "union", "commission", "office", "court", "senate", "congress", "administration", "campaign", "group",
        "inc.", "corp.", "co.", "company", "corporation", "bank", "fund", "network", "press", "reuters", "cnn",
        "fox", "nbc", "abc", "cbs", "msnbc", "tass", "afp", "ap", "states", "nations", "kingdom", "republic",
        "federation", "organization", "organisation", "service", "services", "bureau", "police", "army",
        "navy", "force", "forces", "church", "school", "magazine", "daily", "tribune", "herald", "gazette",
        "review", "wire", "radio", "television", "tv", "club", "team", "alliance", "coalition", "movement",
        "project", "poll", "survey", "council", "board", "authority", "ministry", "parliament", "assembly",
        "street", "county", "city", "state", "valley", "island", "river", "east", "west", "north", "south",
    ]

    /// Role nouns that may head a speaker noun phrase without a determiner: said spokesman X.
    static let roleNouns: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "sources", "source", "analysts", "analyst", "experts",
        "expert", "critics", "supporters", "observers", "economists", "economist", "pollster", "pollsters",
        "strategist", "strategists", "lawmakers", "diplomats", "diplomat", "residents", "witnesses",
        "investigators", "prosecutors", "police", "authorities", "democrats", "republicans", "voters",
        "organizers", "researchers", "scientists", "activists", "leaders", "officers", "staff", "staffers",
        "democratic", "republican", "campaign", "secretary", "president", "senator", "candidate",
    ]

    /// Verbs whose content may be a clause without "that": said he would run.
    static let bareClauseVerbs: Set<String> = [
        "say", "add", "note", "explain", "state", "argue", "claim", "insist", "write", "tweet", "suggest",
        "predict", "contend", "maintain", "assert", "allege", "observe", "remark", "stress", "emphasize",
        "emphasise", "reiterate", "concede", "acknowledge", "admit", "complain", "boast", "joke", "quip",
        "conclude", "reveal", "report", "speculate", "estimate", "declare", "recall", "believe", "think",
        "hope", "fear", "feel", "know", "worry", "continue", "respond", "reply", "counter", "retort", "post",
        "confirm", "announce", "warn", "agree", "signal", "hint", "indicate", "mention", "lament", "posit",
        // Evidence shows its finding as a clause: a poll shows Sanders leading, records show the plane flew.
        "show", "find", "demonstrate", "prove",
    ]

    /// Verbs whose content may be a plain object: denied the report, announced his candidacy.
    static let objectVerbs: Set<String> = [
        "deny", "confirm", "announce", "acknowledge", "admit", "reveal", "report", "propose", "demand",
        "predict", "promise", "pledge", "vow", "threaten", "urge", "question", "dismiss", "reject",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
