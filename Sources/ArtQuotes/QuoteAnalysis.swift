import ArtCore

/// One attribution found while analysing: a speaker and a cue as token ranges.
struct Attribution {
    var speaker: Range<Int>?
    var cue: Range<Int>?
    /// Tokens the attribution occupies (for joining interrupted quotes).
    var span: Range<Int>
    /// Speaker already resolved elsewhere (participles, inheritance).
    var inherited: QuoteSpeaker?
}

/// The state of one document's analysis: its tokens, sentences and names,
/// and which tokens a quote has already taken. The steps live in extensions
/// by concern: direct quotes, noun phrases, speakers, indirect quotes.
struct QuoteAnalysis {
    let text: [Unicode.Scalar]
    let tokens: [QuoteToken]
    let entities: [QuoteEntity]
    let options: QuoteExtractor
    let lexicon: QuoteLexicon
    /// Sentence token ranges, in order and covering every token, and the sentence of each token.
    let sentences: [Range<Int>]
    let sentenceOf: [Int]
    /// Token is inside a direct quote (marks included) or an indirect content.
    var used: [Bool]
    /// Capitalised name mentions in text order, for canonical names.
    var names: [(start: Int, end: Int, text: String, last: String)] = []
    /// Mentions a pronoun may refer to when there are no entities, in text
    /// order, each with its fullest name: names that read as a person's and
    /// lone surnames of names mentioned before.
    var personMentions: [(end: Int, canonical: String)] = []
    /// For each of `names`, whether it reads as a person's (`readsAsPerson`).
    var nameIsPerson: [Bool] = []
    /// Per surname, its mentions in text order, each with the longest
    /// mention of that surname so far (look-ups are searches, not scans:
    /// a scan per speaker is quadratic on a huge text).
    var longestByLast: [String: [(start: Int, longest: String)]] = [:]
    /// The roles the text gives named people, in text order: a title before
    /// the name (`Foreign Minister Anna Lindqvist`) or a role beside it
    /// (`her spokesperson, Erik Dahl`; `Erik Dahl, her spokesperson`), so
    /// that a speaker named by the role (`the minister`) gets the name. Per
    /// role, its holders in text order (looked up by search, as surnames are).
    var roleMentions: [String: [(end: Int, name: String, last: String)]] = [:]
    /// The language's first-name statistics, when it has them: a pronoun
    /// does not resolve to a person whose first name says the other gender.
    var firstNames: FirstNames? = nil
    /// `entityEndSoFar[i]`: the largest end of entities[0...i] (entities are
    /// sorted by start but may overlap), to find those over a range quickly.
    let entityEndSoFar: [Int]
    /// What kind of cue each token's word can be, looked up once per token.
    let cueKinds: [CueKinds]
    /// Quotations inside clauses (partial-quote candidates).
    var embeddedPairs: [MarkPair] = []
    /// Participle cues right after a direct quote's attribution (`“…,” she
    /// said, adding that …`), by token, with that quote's speaker.
    var participleSpeakers: [Int: QuoteSpeaker] = [:]

    init(text: [Unicode.Scalar], entities: [QuoteEntity], sentences spans: [TextSpan], options: QuoteExtractor, lexicon: QuoteLexicon) {
        self.text = text
        self.tokens = QuoteToken.tokenize(text)
        self.entities = entities.sorted { $0.start < $1.start }
        var end = Int.min
        self.entityEndSoFar = self.entities.map { e in
            end = max(end, e.end)
            return end
        }
        self.options = options
        self.lexicon = lexicon
        self.used = [Bool](repeating: false, count: tokens.count)
        self.sentences = Self.tokenRanges(of: spans, tokens)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (s, r) in sentences.enumerated() {
            for k in r { sentenceOf[k] = s }
        }
        self.sentenceOf = sentenceOf
        self.cueKinds = tokens.map { $0.kind == .word ? lexicon.cueKinds(of: $0.lower) : [] }
    }

    /// The token ranges of sentence spans: a token belongs to the sentence
    /// its first scalar is in; tokens outside every span make sentences of
    /// their own, so that every token has one.
    static func tokenRanges(of spans: [TextSpan], _ tokens: [QuoteToken]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var k = 0
        func take(while inside: (Int) -> Bool) {
            let first = k
            while k < tokens.count && inside(tokens[k].start) { k += 1 }
            if k > first { ranges.append(first..<k) }
        }
        for span in spans {
            take { $0 < span.start }
            take { $0 < span.end }
        }
        take { _ in true }
        return ranges
    }

    // MARK: - Token helpers

    func str(_ a: Int, _ b: Int) -> String { text.string(a, b) }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && (tokens[i].kind == .word || tokens[i].kind == .number) }
    func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func isPunct(_ i: Int, _ s: String) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].lower == s }

    func isCueVerb(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        let kinds = cueKinds[i]
        return kinds.contains(.speech) || (options.includeBeliefs && kinds.contains(.belief))
    }

    /// The attribution phrase (according to, laut, selon) whose last token is `k`.
    func attributionPhrase(endingAt k: Int) -> Range<Int>? {
        for phrase in lexicon.attributionPhrases where k - phrase.count + 1 >= 0 && lower(k) == phrase.last {
            let first = k - phrase.count + 1
            if attributionPhrase(at: first) == phrase.count { return first..<(k + 1) }
        }
        return nil
    }

    /// The length in tokens of the attribution phrase (according to, laut,
    /// selon) that starts at token `i`, if one does. A method, not a closure
    /// over `lower`: capturing `self` copied the whole analysis per token.
    func attributionPhrase(at i: Int) -> Int? {
        for phrase in lexicon.attributionPhrases where phrase.indices.allSatisfy({ lower(i + $0) == phrase[$0] }) {
            return phrase.count
        }
        return nil
    }

    /// A full stop, question or exclamation mark, or an ellipsis (also runs such as `?!`).
    func isSentenceEnd(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && text[tokens[i].start].isSentenceTerminal
    }

    func isParaStart(_ tok: Int) -> Bool { tok == 0 || tokens[tok - 1].para != tokens[tok].para }

    func onlyPunctBetween(_ a: Int, _ b: Int) -> Bool {
        guard a >= 0, a <= b else { return false }
        for k in a..<b where tokens[k].kind == .word || tokens[k].kind == .number { return false }
        return true
    }

    func wordCount(_ a: Int, _ b: Int) -> Int {
        var c = 0
        for k in a..<b where tokens[k].kind == .word || tokens[k].kind == .number { c += 1 }
        return c
    }

    mutating func markUsed(_ p: MarkPair) {
        let a = p.open >= 0 ? p.open : p.firstTok
        let b = p.close >= 0 ? p.close + 1 : p.endTok
        markUsed(a..<b)
    }

    mutating func markUsed(_ r: Range<Int>) {
        for k in r where k >= 0 && k < used.count { used[k] = true }
    }

    // MARK: - Sentences

    func sentenceStart(_ k: Int) -> Int { sentences[sentenceOf[k]].lowerBound }

    /// The first token after the sentence that contains `k`.
    func sentenceEndToken(from k: Int) -> Int {
        guard k < tokens.count else { return tokens.count }
        return sentences[sentenceOf[k]].upperBound
    }

    // MARK: - Run

    mutating func run() -> [Quote] {
        guard !tokens.isEmpty else { return [] }
        collectNames()
        let pairs = QuoteMarks(text: text, tokens: tokens, lexicon: lexicon).pairs()
        let direct = findDirect(pairs)
        var indirect = findIndirect()
        markPartials(&indirect)
        var all = direct + indirect
        all.sort { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
        return options.joinContinuations ? joinQuoteParagraphs(all) : all
    }

    /// Quoted words inside reported content make it partial; quoted words
    /// after a naming or speech verb with a speaker are partial quotes of
    /// their own: called the meeting “important”.
    func markPartials(_ indirect: inout [Quote]) {
        var left: [MarkPair] = []
        for p in embeddedPairs {
            if let k = indirect.firstIndex(where: { $0.start <= p.start && p.end <= $0.end + 1 }) {
                indirect[k].type = .partial
            } else {
                left.append(p)
            }
        }
        for p in left {
            if let q = partialWithoutClause(p) { indirect.append(q) }
        }
    }
}
