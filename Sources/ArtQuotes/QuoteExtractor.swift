import ArtCore

/// Finds direct, indirect and partial quotations with their speakers and cues.
///
/// The work is rule-based and runs in linear time over the tokens:
/// 1. quotation marks are paired per paragraph (`QuoteMarks`);
/// 2. quotes that stand as speech (at a sentence start, after a cue or a
///    colon, or followed by an attribution) become direct quotes; their
///    attribution is searched right after the closing mark (`“…,” she said`,
///    `“…,” said the senator`) and right before the opening mark
///    (`She said: “…”`); a quote that follows its attribution (`“A,” she said,
///    “B.”`) or an attributed quote paragraph joins it as a fragment;
/// 3. reported speech is found from cue verbs and phrases, sentence by
///    sentence, outside direct quotes; its content is the reported clause;
/// 4. quoted words inside reported content make it `partial`;
/// 5. speakers get a canonical name from the entities when given, else from
///    the longest earlier mention; pronouns resolve to the nearest preceding
///    person.
public struct QuoteExtractor: Sendable {
    /// Also report beliefs and findings (think, believe, polls show), as PolNeAR does.
    public var includeBeliefs: Bool
    /// Join an unattributed quote paragraph to the attributed quote before it.
    public var joinContinuations: Bool

    public init(includeBeliefs: Bool = true, joinContinuations: Bool = true) {
        self.includeBeliefs = includeBeliefs
        self.joinContinuations = joinContinuations
    }

    public func extract(_ text: [Unicode.Scalar], entities: [QuoteEntity] = []) -> [Quote] {
        var doc = Analysis(text: text, entities: entities, options: self)
        return doc.run()
    }

    public func extract(_ text: String, entities: [QuoteEntity] = []) -> [Quote] {
        extract(Array(text.unicodeScalars), entities: entities)
    }
}

/// One attribution found while analysing: a speaker and a cue as token ranges.
struct Attribution {
    var speaker: Range<Int>?
    var cue: Range<Int>?
    /// Tokens the attribution occupies (for joining interrupted quotes).
    var span: Range<Int>
    /// Speaker already resolved elsewhere (participles, inheritance).
    var inherited: QuoteSpeaker?
}

struct Analysis {
    let text: [Unicode.Scalar]
    let tokens: [QToken]
    let entities: [QuoteEntity]
    let options: QuoteExtractor
    /// Sentence index per token, and sentence token ranges.
    var sentenceOf: [Int] = []
    var sentences: [Range<Int>] = []
    /// Token is inside a direct quote (marks included) or an indirect content.
    var used: [Bool]
    /// Capitalised name mentions in text order, for canonical names.
    var names: [(start: Int, end: Int, text: String, last: String)] = []
    /// Per surname, its mentions in text order, each with the longest
    /// mention of that surname so far (look-ups are searches, not scans:
    /// a scan per speaker is quadratic on a huge text).
    var longestByLast: [String: [(start: Int, longest: String)]] = [:]
    /// `entityEndSoFar[i]`: the largest end of entities[0...i] (entities are
    /// sorted by start but may overlap), to find those over a range quickly.
    let entityEndSoFar: [Int]
    /// Quotations inside clauses (partial-quote candidates).
    var embeddedPairs: [MarkPair] = []

    init(text: [Unicode.Scalar], entities: [QuoteEntity], options: QuoteExtractor) {
        self.text = text
        self.tokens = QuoteTokenizer.tokenize(text)
        self.entities = entities.sorted { $0.start < $1.start }
        var end = Int.min
        self.entityEndSoFar = self.entities.map { e in
            end = max(end, e.end)
            return end
        }
        self.options = options
        self.used = [Bool](repeating: false, count: tokens.count)
    }

    // MARK: - Helpers

    func str(_ a: Int, _ b: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[a..<b])
        return String(s)
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && (tokens[i].kind == .word || tokens[i].kind == .number) }
    func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func isPunct(_ i: Int, _ s: String) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].lower == s }

    func isCueVerb(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let w = tokens[i].lower
        return Lexicon.speechVerbs[w] != nil || (options.includeBeliefs && Lexicon.beliefVerbs[w] != nil)
    }

    func isSentenceEnd(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count, tokens[i].kind == .punct else { return false }
        let w = tokens[i].lower
        return w == "." || w == "!" || w == "?" || w == "\u{2026}"
    }

    // MARK: - Sentences

    mutating func segment() {
        sentenceOf = [Int](repeating: 0, count: tokens.count)
        var s = 0
        var startTok = 0
        var i = 0
        let n = tokens.count
        while i < n {
            sentenceOf[i] = s
            var boundary = false
            if i + 1 < n && tokens[i + 1].para != tokens[i].para {
                boundary = true
            } else if i + 1 < n {
                let t = tokens[i]
                var endsHere = isSentenceEnd(i)
                if !endsHere && t.kind == .word && t.lower.hasSuffix(".") && t.lower.count > 2 && !Lexicon.titles.contains(t.lower) {
                    endsHere = tokens[i + 1].cap && (t.lower == "u.s." || t.lower == "u.k." || t.lower == "d.c.")
                        && !(tokens[i + 1].kind == .word && Lexicon.orgWords.contains(tokens[i + 1].lower))
                }
                if endsHere {
                    // Closing marks after the end belong to this sentence.
                    var k = i + 1
                    while k < n && tokens[k].para == t.para && tokens[k].kind == .quote
                        && (QuoteMarks(text: text, tokens: tokens).role(tokens[k]) == .close
                            || QuoteMarks(text: text, tokens: tokens).role(tokens[k]) == .either)
                        && tokens[k].start == tokens[k - 1].end
                    {
                        sentenceOf[k] = s
                        k += 1
                    }
                    if k < n && tokens[k].para == t.para {
                        let nx = tokens[k]
                        if nx.cap || nx.kind == .quote || nx.kind == .number || nx.lower == "(" {
                            i = k - 1
                            boundary = true
                        } else {
                            i = k - 1
                        }
                    } else {
                        i = k - 1
                        boundary = k < n
                    }
                }
            }
            if boundary || i + 1 >= n {
                sentences.append(startTok..<(i + 1))
                startTok = i + 1
                s += 1
            }
            i += 1
        }
        if startTok < n {
            sentences.append(startTok..<n)
            for k in startTok..<n { sentenceOf[k] = s }
        }
    }

    // MARK: - Noun phrases

    /// The speaker noun phrase that ends just before token `end` (exclusive),
    /// within the sentence starting at `limit`. Appositions keep the name.
    func leftNP(endingBefore end: Int, limit: Int) -> Range<Int>? {
        var k = end - 1
        // Auxiliaries and adverbs between the speaker and the cue.
        while k >= limit, isWord(k), Lexicon.auxiliaries.contains(lower(k)) || (lower(k).hasSuffix("ly") && !tokens[k].cap) || Lexicon.weekdays.contains(lower(k)) {
            k -= 1
        }
        guard k >= limit else { return nil }
        if isWord(k) && Lexicon.passiveMarkers.contains(lower(k)) { return nil }
        // "X, who ..., said" / "X, the alliance's chief, said": the name before the comma.
        if isPunct(k, ",") || isPunct(k, ")") || tokens[k].lower == "\u{2014}" {
            // Find the previous comma in the sentence.
            var c = k - 1
            while c >= limit && !(isPunct(c, ",") || tokens[c].lower == "\u{2014}" || isPunct(c, "(")) && tokens[c].kind != .quote { c -= 1 }
            if c > limit, isPunct(c, ",") || tokens[c].lower == "\u{2014}" || isPunct(c, "("), k - c <= 20 {
                if let name = leftNP(endingBefore: c, limit: limit, simple: true), tokens[name.upperBound - 1].cap {
                    return name
                }
                // "Carson's manager, Armstrong Williams, stated": the name between the commas.
                if k - c >= 2, k - c <= 5, tokens[c + 1].cap, tokens[k - 1].cap, lower(c + 1) != "who" {
                    var allCap = true
                    for m in (c + 1)..<k where !(tokens[m].cap || tokens[m].lower == "'s") { allCap = false }
                    if allCap { return (c + 1)..<k }
                }
            }
            return nil
        }
        if lower(k) == "who", k - 1 >= limit {
            // The relative pronoun is the speaker as written; its antecedent gives the name.
            let ante = isPunct(k - 1, ",") ? k - 1 : k
            return leftNP(endingBefore: ante, limit: limit, simple: true) != nil ? k..<(k + 1) : nil
        }
        return leftNP(endingBefore: k + 1, limit: limit, simple: true)
    }

    func leftNP(endingBefore end: Int, limit: Int, simple: Bool) -> Range<Int>? {
        var k = end - 1
        guard k >= limit, isWord(k) else { return nil }
        let head = lower(k)
        if head == "it" || head == "he" || head == "she" || head == "they" || head == "i" || head == "we" { return k..<(k + 1) }
        if ["another", "one", "some", "many", "others", "most", "several", "both", "few"].contains(head),
            k == limit || !isWord(k - 1) || Lexicon.npStops.contains(lower(k - 1))
        {
            return k..<(k + 1)
        }
        if Lexicon.npStops.contains(head) || Lexicon.determiners.contains(head) || Lexicon.npPrepositions.contains(head) {
            return nil
        }
        if head == "'s" { return nil }
        if !tokens[k].cap && head.count > 4 && head.hasSuffix("ed") { return nil }
        var start = k
        var count = 0
        while k >= limit {
            let t = tokens[k]
            if t.kind == .word || t.kind == .number {
                if Lexicon.npStops.contains(t.lower) && !(t.cap && k == start) {
                    if !(t.cap && t.lower != "i" && k != limit && !Lexicon.personalPronouns.contains(t.lower)) { break }
                }
                // A lowercase verb-like word ends the phrase: "-ed" past forms.
                if !t.cap && (Lexicon.speechVerbs[t.lower] != nil) { break }
                if !t.cap && k != end - 1 && t.lower.count > 4 && t.lower.hasSuffix("ed") && !(k > limit && Lexicon.determiners.contains(lower(k - 1))) { break }
                start = k
                if Lexicon.determiners.contains(t.lower) && !(k > limit && (Lexicon.npPrepositions.contains(lower(k - 1)) || lower(k - 1) == "of")) {
                    break
                }
            } else if t.kind == .punct && (t.lower == "&" || t.lower == "-") && k > limit && isWord(k - 1) {
                start = k
            } else {
                break
            }
            count += 1
            if count > 14 { break }
            k -= 1
        }
        // A leading preposition makes an adverbial, not a subject: "in the past said".
        while start < end && isWord(start) && Lexicon.npPrepositions.contains(lower(start)) { start += 1 }
        while start < end && isWord(start) && lower(start) == "'s" { start += 1 }
        guard start < end else { return nil }
        if end - start > 1, Lexicon.personalPronouns.contains(lower(end - 1)) { return (end - 1)..<end }
        // A phrase that starts with a lowercase non-determiner after a clause is suspicious, but keep it.
        return start..<end
    }

    /// A speaker noun phrase starting at token `start`: said the senator, said Mark Dubowitz, ...
    func rightNP(startingAt start: Int, limit: Int) -> Range<Int>? {
        guard start < limit, isWord(start) else { return nil }
        let t = tokens[start]
        let w = t.lower
        if !(t.cap || Lexicon.determiners.contains(w) || Lexicon.roleNouns.contains(w) || w == "he" || w == "she" || w == "they" || w == "we" || w == "i")
            || (Lexicon.npStops.contains(w) && !t.cap)
        {
            return nil
        }
        if Lexicon.npPrepositions.contains(w) || Lexicon.weekdays.contains(w) { return nil }
        if Lexicon.personalPronouns.contains(w) { return start..<(start + 1) }
        return npForward(start, limit: limit)
    }

    /// The noun phrase from `start` up to a clause boundary.
    func npForward(_ start: Int, limit: Int) -> Range<Int>? {
        var k = start
        while k < limit {
            let u = tokens[k]
            if u.kind == .word || u.kind == .number {
                if k > start && Lexicon.npStops.contains(u.lower) && !u.cap { break }
                if k > start && !u.cap && (Lexicon.speechVerbs[u.lower] != nil || Lexicon.timeWords.contains(u.lower)) { break }
                if k > start && Lexicon.weekdays.contains(u.lower) { break }
            } else if !(u.kind == .punct && (u.lower == "&" || u.lower == "-")) {
                break
            }
            k += 1
            if k - start > 14 { break }
        }
        // Do not end on a preposition or determiner.
        while k > start && (Lexicon.npPrepositions.contains(lower(k - 1)) || Lexicon.determiners.contains(lower(k - 1)) || lower(k - 1) == "'s") {
            k -= 1
        }
        return k > start ? start..<k : nil
    }

    // MARK: - Run

    mutating func run() -> [Quote] {
        guard !tokens.isEmpty else { return [] }
        segment()
        collectNames()
        var quotes: [(quote: Quote, attribution: Attribution?, firstTok: Int)] = []
        let marks = QuoteMarks(text: text, tokens: tokens)
        let pairs = marks.pairs()
        var embedded: [MarkPair] = []

        // Direct quotes.
        var lastDirect: Int? = nil  // index in quotes
        var lastDirectEndTok = -1
        var lastDirectPara = -1
        var lastAttribEnd = -1
        var continuing = false
        for p in pairs {
            guard p.end > p.start else { continue }
            let words = wordCount(p.firstTok, p.endTok)
            let standalone = isStandalone(p)
            if !standalone {
                embedded.append(p)
                continue
            }
            var attribution = postAttribution(p) ?? preAttribution(p)
            let canJoin = lastDirect != nil && options.joinContinuations
            // An interrupted quote: “A,” she said, “B.” — B follows A's attribution.
            if let li = lastDirect, canJoin || continuing {
                let prev = quotes[li]
                let sameRun =
                    continuing
                    || (tokens[max(p.open, p.firstTok)].para == lastDirectPara && onlyPunctBetween(lastAttribEnd, max(p.open, 0)))
                    || (attribution == nil && (tokens[max(p.open, p.firstTok)].para == lastDirectPara
                        || (tokens[max(p.open, p.firstTok)].para == lastDirectPara + 1 && (p.open < 0 || isParaStart(p.open)))))
                if sameRun && (attribution == nil || continuing || attribution!.span.lowerBound > p.endTok) {
                    var q = prev.quote
                    if q.fragments.isEmpty { q.fragments = [TextSpan(start: q.start, end: q.end)] }
                    q.fragments.append(TextSpan(start: p.start, end: p.end))
                    q.end = p.end
                    if q.speaker == nil, let a = attribution {
                        q.speaker = speakerObject(a)
                        q.cue = cueObject(a)
                    }
                    quotes[li].quote = q
                    markUsed(p)
                    if let a = attribution { lastAttribEnd = a.span.upperBound; markUsed(a.span) } else { lastAttribEnd = p.close >= 0 ? p.close + 1 : p.endTok }
                    lastDirectEndTok = p.endTok
                    lastDirectPara = tokens[min(max(p.endTok - 1, 0), tokens.count - 1)].para
                    continuing = p.continues
                    continue
                }
            }
            continuing = p.continues
            if attribution == nil && words < 3 && !p.continues {
                embedded.append(p)
                continue
            }
            if attribution == nil, let inherited = inheritedSpeaker(quotes.map { $0.quote }, p) {
                attribution = Attribution(speaker: nil, cue: nil, span: p.firstTok..<p.firstTok, inherited: inherited)
            }
            let q = Quote(
                start: p.start, end: p.end, type: .direct, speaker: attribution.flatMap { speakerObject($0) },
                cue: attribution.flatMap { cueObject($0) })
            quotes.append((q, attribution, p.firstTok))
            lastDirect = quotes.count - 1
            lastDirectEndTok = p.endTok
            lastDirectPara = tokens[min(max(p.endTok - 1, 0), tokens.count - 1)].para
            markUsed(p)
            if let a = attribution, a.speaker != nil || a.cue != nil {
                markUsed(a.span)
                lastAttribEnd = a.span.lowerBound > p.endTok ? a.span.upperBound : (p.close >= 0 ? p.close + 1 : p.endTok)
            } else {
                lastAttribEnd = p.close >= 0 ? p.close + 1 : p.endTok
            }
        }
        _ = lastDirectEndTok

        // Indirect quotes.
        embeddedPairs = embedded
        var indirect = findIndirect()
        // Quoted words inside reported content make it partial.
        var embeddedLeft: [MarkPair] = []
        for p in embedded {
            if let k = indirect.firstIndex(where: { $0.start <= p.start && p.end <= $0.end + 1 }) {
                indirect[k].type = .partial
            } else {
                embeddedLeft.append(p)
            }
        }
        // Quoted words after a naming or speech verb with a speaker: called the meeting “important”.
        for p in embeddedLeft {
            if let q = partialWithoutClause(p) { indirect.append(q) }
        }
        var all = quotes.map { $0.quote } + indirect
        all.sort { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
        return all
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

    /// Whether a quote stands as speech rather than as a few words inside a clause.
    func isStandalone(_ p: MarkPair) -> Bool {
        if p.open < 0 { return true }
        let o = p.open
        if isParaStart(o) { return true }
        let prev = tokens[o - 1]
        if prev.para != tokens[o].para { return true }
        if isSentenceEnd(o - 1) || prev.lower == ":" || prev.kind == .quote { return true }
        if prev.lower == "\u{2014}" || prev.lower == "(" { return p.endTok - p.firstTok >= 4 }
        if prev.kind == .word && (Lexicon.invertibleVerbs.contains(prev.lower) || ["saying", "adding", "writing", "tweeting", "asking", "declaring", "telling"].contains(prev.lower)) {
            return wordCount(p.firstTok, p.endTok) >= 3 || (p.firstTok < p.endTok && tokens[p.firstTok].cap)
        }
        if prev.lower == "," {
            // "…, she said, “…”" or "In a statement, “…”": standalone when a cue is near.
            var k = o - 2
            var steps = 0
            while k >= 0 && tokens[k].para == prev.para && steps < 8 && !isSentenceEnd(k) {
                if isCueVerb(k) { return true }
                k -= 1
                steps += 1
            }
            // A full sentence in marks.
            let first = p.firstTok
            return first < p.endTok && tokens[first].cap && wordCount(p.firstTok, p.endTok) >= 6
        }
        return false
    }

    /// “…,” she said / “…,” said the senator, a Democrat from Ohio.
    func postAttribution(_ p: MarkPair) -> Attribution? {
        guard p.close >= 0 else { return nil }
        var j = p.close + 1
        let n = tokens.count
        let para = tokens[p.close].para
        // The content must not end a sentence with a full stop outside: “…”. She said … is not an attribution.
        if j < n && tokens[j].para == para && isPunct(j, ",") { j += 1 }
        guard j < n, tokens[j].para == para else { return nil }
        let limit = sentenceEndToken(from: j)
        // Inverted: said X
        if isCueVerb(j) && (Lexicon.invertibleVerbs.contains(lower(j)) || Lexicon.speechVerbs[lower(j)] != nil) {
            let w1 = lower(j + 1)
            var np = rightNP(startingAt: j + 1, limit: limit)
            if np == nil, j + 1 < limit, isWord(j + 1), !Lexicon.npStops.contains(w1), !Lexicon.npPrepositions.contains(w1),
                !Lexicon.timeWords.contains(w1), !Lexicon.weekdays.contains(w1), !w1.hasSuffix("ly")
            {
                np = npForward(j + 1, limit: limit)
            }
            if let np {
                let end = attributionEnd(from: np.upperBound, limit: limit)
                return Attribution(speaker: trimApposition(np), cue: j..<(j + 1), span: (p.close + 1)..<end, inherited: nil)
            }
            return nil
        }
        // X said
        let endsSentence = p.end > p.start && (text[p.end - 1] == "." ) && tokens[j].cap
        var k = j
        var steps = 0
        while k < limit && steps < (endsSentence ? 5 : 32) {
            if isCueVerb(k) {
                if let np = leftNP(endingBefore: k, limit: j), np.lowerBound == j || (!endsSentence && np.lowerBound > j && isWord(j)) {
                    let end = attributionEnd(from: k + 1, limit: limit)
                    if endsSentence && end - k > 8 { return nil }
                    return Attribution(speaker: np, cue: k..<(k + 1), span: (p.close + 1)..<end, inherited: nil)
                }
                return nil
            }
            if tokens[k].kind == .quote { return nil }
            k += 1
            steps += 1
        }
        // “…,” Trump barked. — any verb right after a short subject.
        if p.end > p.start, [",", "?", "!", "\u{2014}"].contains(text[p.end - 1]) {
            var m = j
            while m < limit && m < j + 6 && isWord(m) && (tokens[m].cap || Lexicon.determiners.contains(lower(m)) || Lexicon.personalPronouns.contains(lower(m)) || lower(m) == "'s") { m += 1 }
            if m > j, m < limit, isWord(m), !tokens[m].cap, !Lexicon.npStops.contains(lower(m)),
                m + 1 >= limit || isSentenceEnd(m + 1) || isPunct(m + 1, ",") || tokens[m + 1].kind == .quote || lower(m + 1) == "and",
                lower(m).hasSuffix("ed") || lower(m).hasSuffix("s")
            {
                let np = j..<m
                return Attribution(speaker: np, cue: m..<(m + 1), span: (p.close + 1)..<attributionEnd(from: m + 1, limit: limit), inherited: nil)
            }
        }
        return nil
    }

    /// Keeps the name of "Mark Dubowitz, executive director of …".
    func trimApposition(_ r: Range<Int>) -> Range<Int> { r }

    /// The end of an attribution clause: up to the sentence end, a comma before a quote, or an opening mark.
    func attributionEnd(from k0: Int, limit: Int) -> Int {
        var k = k0
        while k < limit {
            if tokens[k].kind == .quote { return k }
            k += 1
        }
        return limit
    }

    /// The first token after the sentence that contains `k` (bounded by the paragraph).
    func sentenceEndToken(from k: Int) -> Int {
        guard k < tokens.count else { return tokens.count }
        let s = sentenceOf[k]
        var e = sentences[s].upperBound
        // A sentence that ends inside a quote: keep going to the next quote mark at most.
        if e <= k { e = k + 1 }
        return e
    }

    /// She said: “…” / He told reporters, “…”
    func preAttribution(_ p: MarkPair) -> Attribution? {
        guard p.open > 0 else {
            return p.open < 0 ? nil : colonFromPreviousParagraph(p)
        }
        let o = p.open
        if isParaStart(o) { return colonFromPreviousParagraph(p) }
        let para = tokens[o].para
        var k = o - 1
        var steps = 0
        let isColon = isPunct(k, ":")
        while k >= 0 && tokens[k].para == para && steps < 14 {
            if tokens[k].kind == .quote { break }
            if isSentenceEnd(k) { break }
            if isCueVerb(k) || (lower(k) == "to" && lower(k - 1) == "according") {
                if used[k] { return nil }
                let limit = sentenceStart(k)
                let cueRange = lower(k) == "to" ? (k - 1)..<(k + 1) : k..<(k + 1)
                if lower(k).hasSuffix("ing"), isPunct(k - 1, ",") || lower(k - 1) == "and",
                    let np = leftNP(endingBefore: firstVerbAfter(limit, before: k), limit: limit)
                {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                if let np = leftNP(endingBefore: cueRange.lowerBound, limit: limit) {
                    return Attribution(speaker: np, cue: cueRange, span: np.lowerBound..<o, inherited: nil)
                }
                if lower(k - 1) == "and" || lower(k - 1) == "but", let np = subjectBefore(k - 1, sentences[sentenceOf[k]]) ?? leftNP(endingBefore: firstVerbAfter(limit, before: k), limit: limit) {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                if lower(k) == "to", let np = rightNP(startingAt: k + 1, limit: o) {
                    return Attribution(speaker: np, cue: cueRange, span: cueRange.lowerBound..<o, inherited: nil)
                }
                // Participle: "…, saying: “…”" — the sentence subject.
                if lower(k).hasSuffix("ing"), let np = leftNP(endingBefore: firstVerbAfter(limit, before: k), limit: limit) {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                return Attribution(speaker: nil, cue: cueRange, span: k..<o, inherited: nil)
            }
            k -= 1
            steps += 1
        }
        if isColon {
            // Headline style: Gillibrand: “…”
            let limit = sentenceStart(o - 1)
            if let np = leftNP(endingBefore: o - 1, limit: limit, simple: true), np.lowerBound == limit, np.count <= 5 {
                return Attribution(speaker: np, cue: (o - 1)..<o, span: np.lowerBound..<o, inherited: nil)
            }
            // "Rubio fired back: “…”" — the subject of the clause before the colon.
            if let np = subjectBefore(o - 1, sentences[sentenceOf[o - 1]]) {
                return Attribution(speaker: np, cue: (o - 1)..<o, span: np.lowerBound..<o, inherited: nil)
            }
        }
        return nil
    }

    /// "Trump said:" closing the previous paragraph introduces this one.
    func colonFromPreviousParagraph(_ p: MarkPair) -> Attribution? {
        let first = p.open >= 0 ? p.open : p.firstTok
        guard first > 0, isPunct(first - 1, ":") else { return nil }
        let k = first - 2
        let limit = sentenceStart(max(k, 0))
        var c = k
        var steps = 0
        while c >= limit && steps < 10 {
            if isCueVerb(c) {
                if let np = leftNP(endingBefore: c, limit: limit) {
                    return Attribution(speaker: np, cue: c..<(c + 1), span: np.lowerBound..<first, inherited: nil)
                }
                return nil
            }
            c -= 1
            steps += 1
        }
        return nil
    }

    func sentenceStart(_ k: Int) -> Int { sentences[sentenceOf[k]].lowerBound }

    /// The first token of the main verb group after the subject at `start` (for participle subjects).
    func firstVerbAfter(_ start: Int, before limit: Int) -> Int {
        var k = start
        while k < limit {
            if isCueVerb(k) || Lexicon.passiveMarkers.contains(lower(k)) || Lexicon.auxiliaries.contains(lower(k))
                || isPunct(k, ",")
            {
                return k
            }
            if isWord(k) && !tokens[k].cap && k > start && lower(k).hasSuffix("ed") { return k }
            k += 1
        }
        return limit
    }

    /// A direct quote with no attribution of its own, right after a quote with a speaker.
    func inheritedSpeaker(_ quotes: [Quote], _ p: MarkPair) -> QuoteSpeaker? {
        guard let last = quotes.last, let s = last.speaker else { return nil }
        let para = tokens[max(p.open, p.firstTok)].para
        // Within this paragraph or the one before.
        // The first token at or after the end of the last quote (binary search).
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < last.end { lo = mid + 1 } else { hi = mid }
        }
        let lastTok = lo
        let lastPara = tokens[max(0, min(lastTok, tokens.count - 1))].para
        return para - lastPara <= 1 ? s : nil
    }

    // MARK: - Speakers

    mutating func collectNames() {
        var i = 0
        let n = tokens.count
        while i < n {
            guard tokens[i].kind == .word, tokens[i].cap else { i += 1; continue }
            var j = i
            while j < n && tokens[j].kind == .word && tokens[j].cap && tokens[j].para == tokens[i].para { j += 1 }
            // Strip titles.
            var a = i
            while a < j && Lexicon.titles.contains(tokens[a].lower) { a += 1 }
            if j - a >= 2 && j - a <= 4 {
                var org = false
                for k in a..<j where Lexicon.orgWords.contains(tokens[k].lower) || Lexicon.npStops.contains(tokens[k].lower) { org = true }
                if !org {
                    names.append((tokens[a].start, tokens[j - 1].end, str(tokens[a].start, tokens[j - 1].end), tokens[j - 1].lower))
                }
            }
            i = j
        }
        var longestSoFar: [String: (count: Int, text: String)] = [:]
        for nm in names {
            let count = nm.text.unicodeScalars.count
            // Ties keep the earlier mention.
            if count > longestSoFar[nm.last]?.count ?? -1 { longestSoFar[nm.last] = (count, nm.text) }
            longestByLast[nm.last, default: []].append((nm.start, longestSoFar[nm.last]!.text))
        }
    }

    /// The entities over scalars start..<end: a run of `entities` (sorted by
    /// start) found by binary search, in order.
    func entities(over start: Int, _ end: Int) -> ArraySlice<QuoteEntity> {
        var lo = 0
        var hi = entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entityEndSoFar[mid] <= start { lo = mid + 1 } else { hi = mid }
        }
        let first = lo
        hi = entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[mid].start < end { lo = mid + 1 } else { hi = mid }
        }
        return entities[first..<max(first, lo)]
    }

    /// The canonical name the entities give a speaker's words: the person
    /// named in them ("Deputy Foreign Minister Sergei Ryabkov"), else an
    /// entity that is the whole speaker ("Russia", "the OSCE"). A role that
    /// only mentions a place or an organisation ("the White House
    /// spokesperson", "Russian officials") is not that place or organisation.
    func entityCanonical(_ start: Int, _ end: Int) -> (String, String)? {
        var person: QuoteEntity? = nil
        let over = entities(over: start, end)
        for e in over where e.type == "PERSON" && e.start < end && start < e.end {
            if person == nil || e.start > person!.start { person = e }
        }
        if let person { return (person.canonical, person.type) }
        for e in over where e.start < end && start < e.end {
            // Allow a leading article and a trailing possessive around the entity.
            if e.start - start <= 4 && end - e.end <= 2 { return (e.canonical, e.type) }
        }
        return nil
    }

    /// The person a pronoun at `start` refers to: the nearest preceding person mention.
    func resolvePronoun(at start: Int) -> String? {
        var best: (Int, String)? = nil
        if !entities.isEmpty {
            // The latest start among persons that end by `start`: scan back
            // from the last entity starting at or before it.
            var k = entities.count
            var lo = 0
            while lo < k {
                let mid = (lo + k) / 2
                if entities[mid].start <= start { lo = mid + 1 } else { k = mid }
            }
            while k > 0 {
                k -= 1
                let e = entities[k]
                if let found = best, e.start < found.0 { break }
                // Of persons with the same start, the first in order wins.
                if e.type == "PERSON" && e.end <= start { best = (e.start, e.canonical) }
            }
            return best?.1
        }
        // Names are disjoint and in order: the last one that ends by `start`.
        var lo = 0
        var hi = names.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if names[mid].end <= start { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let nm = names[lo - 1]
        return canonicalName(nm.text, last: nm.last, before: nm.end) ?? nm.text
    }

    /// The longest earlier mention that ends with the same surname.
    func canonicalName(_ text: String, last: String, before: Int) -> String? {
        guard let group = longestByLast[last] else { return nil }
        var lo = 0
        var hi = group.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if group[mid].start < before { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? group[lo - 1].longest : nil
    }

    func speakerObject(_ a: Attribution) -> QuoteSpeaker? {
        if let s = a.inherited { return s }
        guard let r = a.speaker, r.lowerBound < r.upperBound else { return nil }
        return speakerObject(r)
    }

    func speakerObject(_ r: Range<Int>) -> QuoteSpeaker {
        let start = tokens[r.lowerBound].start
        let end = tokens[r.upperBound - 1].end
        let text = str(start, end)
        var canonical: String? = nil
        if r.count == 1, tokens[r.lowerBound].lower == "who", r.lowerBound >= 2,
            let ante = leftNP(endingBefore: isPunct(r.lowerBound - 1, ",") ? r.lowerBound - 1 : r.lowerBound, limit: sentenceStart(r.lowerBound), simple: true)
        {
            let a = speakerObject(ante)
            return QuoteSpeaker(start: start, end: end, text: text, canonical: a.canonical)
        }
        if let (c, _) = entityCanonical(start, end) {
            canonical = c
        } else if r.count == 1, Lexicon.personalPronouns.contains(tokens[r.lowerBound].lower) {
            let w = tokens[r.lowerBound].lower
            if w == "he" || w == "she" {
                canonical = resolvePronoun(at: start)
            }
        } else {
            // Name core: trailing capitalised words after any titles; a role with a
            // prepositional phrase ("a spokesperson for the Council") stays as written.
            var b = r.upperBound
            while b > r.lowerBound && !tokens[b - 1].cap { b -= 1 }
            var a = b
            while a > r.lowerBound && tokens[a - 1].cap && tokens[a - 1].kind == .word { a -= 1 }
            var hasPreposition = false
            for k in r.lowerBound..<a where Lexicon.npPrepositions.contains(tokens[k].lower) || tokens[k].lower == "'s" { hasPreposition = true }
            var org = false
            for k in a..<b where Lexicon.orgWords.contains(tokens[k].lower) { org = true }
            if a < b && b == r.upperBound && !hasPreposition {
                if org {
                    canonical = str(tokens[a].start, tokens[b - 1].end)
                } else {
                    while a < b - 1 && Lexicon.titles.contains(tokens[a].lower) { a += 1 }
                    let core = str(tokens[a].start, tokens[b - 1].end)
                    canonical = canonicalName(core, last: tokens[b - 1].lower, before: end) ?? core
                }
            }
        }
        return QuoteSpeaker(start: start, end: end, text: text, canonical: canonical ?? text)
    }

    func cueObject(_ a: Attribution) -> QuoteCue? {
        guard let r = a.cue, r.lowerBound < r.upperBound else { return nil }
        let start = tokens[r.lowerBound].start
        let end = tokens[r.upperBound - 1].end
        return QuoteCue(start: start, end: end, text: str(start, end))
    }

    // MARK: - Indirect quotes

    mutating func findIndirect() -> [Quote] {
        var out: [Quote] = []
        for s in sentences {
            var i = s.lowerBound
            var lastSpeaker: QuoteSpeaker? = nil
            if tokens[s.lowerBound].para == 0, let q = headlineColon(s) {
                out.append(q)
                markUsed(s)
                continue
            }
            while i < s.upperBound {
                defer { i += 1 }
                if used[i] || !isWord(i) { continue }
                let w = tokens[i].lower
                // according to SPEAKER, CLAUSE / CLAUSE, according to SPEAKER
                if w == "according" && lower(i + 1) == "to" {
                    if let q = accordingTo(i, s) {
                        out.append(q.quote)
                        lastSpeaker = q.quote.speaker
                        markUsed(q.used)
                        i = q.used.upperBound - 1
                    }
                    continue
                }
                if w == "asked", i == s.lowerBound || (i == s.lowerBound + 1 && ["when", "after", "if", "once"].contains(lower(i - 1))),
                    let q = agentlessQuestion(i, s)
                {
                    out.append(q.quote)
                    markUsed(q.used)
                    i = q.used.upperBound - 1
                    continue
                }
                guard isCueVerb(i) || Lexicon.namingVerbs.contains(w) || (options.includeBeliefs && Lexicon.broadVerbs[w] != nil) else { continue }
                if (w == "state" || w == "states" || w == "report" || w == "reports" || w == "support" || w == "call") && lower(i + 1) != "that" && !isPunct(i + 1, ":") { continue }
                if let q = verbCue(i, s, lastSpeaker: lastSpeaker) {
                    out.append(q.quote)
                    lastSpeaker = q.quote.speaker
                    markUsed(q.used)
                    i = max(i, q.contentStart)
                }
            }
        }
        return out
    }

    /// The end of reported content that starts at `a` in sentence `s`, running on to
    /// the close of a quotation opened inside it.
    func contentEnd(from a: Int, _ s: Range<Int>) -> Int {
        let e = contentEndInSentence(from: a, s)
        for p in embeddedPairs where p.open >= a && p.open < e && p.close >= e {
            return max(a, min(p.close + 1, sentenceEndToken(from: p.close)))
        }
        return e
    }

    func contentEndInSentence(from a: Int, _ s: Range<Int>) -> Int {
        var k = a
        while k < s.upperBound {
            if used[k] && tokens[k].kind == .quote {
                // A direct quote starts: the content stops before it.
                if k > a { return k }
            }
            if isPunct(k, ";") { return k }
            // ", saying …" / "and expressing hope …": a new participle cue.
            if k > a, isWord(k), lower(k).hasSuffix("ing"), isCueVerb(k) || lower(k) == "expressing",
                isPunct(k - 1, ",") || lower(k - 1) == "and"
            {
                var e = k - 1
                if lower(e) == "and" && isPunct(e - 1, ",") { e -= 1 }
                // ", and saying" right at the start leaves no content, not less.
                return max(e, a)
            }
            if k > a, lower(k) == "and" || lower(k) == "but", isCueVerb(k + 1) || (Lexicon.auxiliaries.contains(lower(k + 1)) && isCueVerb(k + 2)) {
                return isPunct(k - 1, ",") ? k - 1 : k
            }
            if k > a, lower(k) == "according", lower(k + 1) == "to" {
                return isPunct(k - 1, ",") ? k - 1 : k
            }
            if k > a, isPunct(k, ","), lower(k + 1) == "but" || lower(k + 1) == "while" || lower(k + 1) == "although" {
                return k
            }
            k += 1
        }
        return s.upperBound
    }

    func trimmedContent(_ a: Int, _ b: Int) -> (Int, Int)? {
        var lo = a
        var hi = b
        while hi > lo && tokens[hi - 1].kind == .punct && tokens[hi - 1].lower != ")" { hi -= 1 }
        while lo < hi && tokens[lo].kind == .punct && tokens[lo].lower != "(" { lo += 1 }
        guard hi > lo, wordCount(lo, hi) >= 2 else { return nil }
        var start = tokens[lo].start
        var end = tokens[hi - 1].end
        // Quotation marks at the edges stay out, unless the content opens one: the plan “reckless”.
        if tokens[lo].kind == .quote { start = tokens[lo].end }
        if tokens[hi - 1].kind == .quote {
            var opened = false
            for m in lo..<(hi - 1) where tokens[m].kind == .quote { opened = true }
            if !opened || tokens[lo].kind == .quote { end = tokens[hi - 1].start }
        }
        while end > start && (CharClass.isSpace(text[end - 1])) { end -= 1 }
        guard end > start else { return nil }
        return (start, end)
    }

    /// The start of the content after a cue verb at `i`, or nil when none follows.
    func clauseStart(after i: Int, _ s: Range<Int>) -> Int? {
        var j = i + 1
        let e = s.upperBound
        let w = lower(i)
        // Prepositional particles: "pointed out that", "went on to say".
        if lower(j) == "out" || lower(j) == "up" { j += 1 }
        if w == "called" || w == "calls" || w == "call" || w == "calling" {
            if lower(j) == "for" || lower(j) == "on" { return nil }
        }
        // A hearer: told reporters (that), told the AFP news agency on Monday that.
        if Lexicon.hearerVerbs.contains(w) {
            var k = j
            while k < e && k < j + 12 {
                if lower(k) == "that" { return k + 1 }
                if tokens[k].kind != .word && tokens[k].kind != .number && tokens[k].lower != "'s" && tokens[k].lower != "-" { break }
                k += 1
            }
            // told reporters he …
            if isWord(j) {
                let o = lower(j)
                var after = j + 1
                if ["him", "her", "them", "me", "us", "reporters", "journalists", "supporters", "voters", "listeners", "viewers", "host", "interviewer", "you", "everyone", "people"].contains(o) {
                    after = j + 1
                } else if tokens[j].cap {
                    while after < e && tokens[after].cap && isWord(after) { after += 1 }
                } else if o == "the" || o == "a" || o == "an" {
                    after = j + 1
                    while after < e && after < j + 4 && isWord(after) && !Lexicon.personalPronouns.contains(lower(after)) { after += 1 }
                } else {
                    return w.hasPrefix("ask") && ["whether", "if", "why", "how", "what", "when", "who"].contains(o) ? j : nil
                }
                if after < e, isWord(after), Lexicon.personalPronouns.contains(lower(after)) || ["whether", "if", "why", "how", "what"].contains(lower(after)) {
                    return after
                }
            }
            return nil
        }
        // Skip time words and short adverbials: said Tuesday that, said in a statement that.
        var k = j
        var skipped = 0
        while k < e && skipped < 10 {
            let t = lower(k)
            if Lexicon.timeWords.contains(t) || Lexicon.weekdays.contains(t) || (tokens[k].kind == .number && skipped > 0) {
                k += 1
                skipped += 1
                continue
            }
            break
        }
        while k + 1 < e, ["on", "in", "last", "this", "early", "late", "earlier"].contains(lower(k)), isTimeWord(k + 1) {
            k += 2
            while k < e && (isTimeWord(k) || isPunct(k, ",") && isTimeWord(k + 1)) { k += 1 }
        }
        if k < e, ["in", "on", "at", "during", "after", "before", "to", "from", "while", "last", "via", "through", "of"].contains(lower(k)), !(lower(k) == "to" && !Lexicon.speechVerbs.keys.contains(w)) {
            var m = k + 1
            while m < e && m < k + 12 {
                if lower(m) == "that" { return m + 1 }
                if isPunct(m, ",") {
                    // said in a statement, "…" or said on Monday, adding …
                    if m + 1 < e, isWord(m + 1), Lexicon.clauseStarters.contains(lower(m + 1)) || tokens[m + 1].cap { return m + 1 }
                    return nil
                }
                if tokens[m].kind != .word && tokens[m].kind != .number && tokens[m].lower != "'s" { return nil }
                m += 1
            }
            return nil
        }
        if k < e && lower(k) == "that" { return k + 1 }
        if k < e && isPunct(k, ":") { return k + 1 < e ? k + 1 : nil }
        if k < e && isPunct(k, ",") {
            // said, however, that …
            if lower(k + 1) == "however" || lower(k + 1) == "though" {
                if isPunct(k + 2, ","), lower(k + 3) == "that" { return k + 4 }
            }
            return nil
        }
        guard k < e, isWord(k) else {
            if k < e, tokens[k].kind == .quote, !used[k] { return k }
            return nil
        }
        var t = lower(k)
        if let ap = t.firstIndex(of: "'"), ap != t.startIndex { t = String(t[..<ap]) }
        let lemma = Lexicon.speechVerbs[w] ?? Lexicon.beliefVerbs[w] ?? w
        if Lexicon.speechVerbs[w] == nil && Lexicon.beliefVerbs[w] == nil, Lexicon.broadVerbs[w] != nil {
            if t == "to" || t == "that" || Lexicon.determiners.contains(t) || Lexicon.personalPronouns.contains(t) || ["how", "what", "whether", "him", "her", "them"].contains(t) {
                return t == "that" ? k + 1 : k
            }
            if Lexicon.npStops.contains(t) || Lexicon.npPrepositions.contains(t) { return nil }
            return k
        }
        if Lexicon.namingVerbs.contains(w) || Lexicon.objectVerbs.contains(lemma) {
            // An object as content: denied the report, called the meeting “important”.
            if Lexicon.npStops.contains(t) && !Lexicon.determiners.contains(t) && !Lexicon.personalPronouns.contains(t) { return nil }
            return k
        }
        if Lexicon.beliefVerbs[w] != nil && Lexicon.speechVerbs[w] == nil {
            // Beliefs need a clause: thinks he can win.
            return Lexicon.personalPronouns.contains(t) || t == "there" ? k : nil
        }
        if Lexicon.bareClauseVerbs.contains(lemma) {
            if Lexicon.clauseStarters.contains(t) || tokens[k].cap || tokens[k].kind == .number { return k }
            if lemma == "say" || lemma == "add" || lemma == "write" || lemma == "argue" || lemma == "insist" || lemma == "claim" || lemma == "note" {
                if !Lexicon.npStops.contains(t) && !Lexicon.npPrepositions.contains(t) && !Lexicon.timeWords.contains(t) && !t.hasSuffix("ly") { return k }
            }
        }
        if w.hasPrefix("ask") && ["whether", "if", "why", "how", "what", "when", "who"].contains(t) { return k }
        return nil
    }

    /// The subject of the clause before token `i`: a name or pronoun followed by a verb.
    func subjectBefore(_ i: Int, _ s: Range<Int>) -> Range<Int>? {
        var v = i - 1
        while v > s.lowerBound {
            if isWord(v), !tokens[v].cap, isWord(v - 1), tokens[v - 1].cap || Lexicon.personalPronouns.contains(lower(v - 1)),
                !Lexicon.npStops.contains(lower(v)) || Lexicon.auxiliaries.contains(lower(v)),
                !Lexicon.npPrepositions.contains(lower(v)), !Lexicon.determiners.contains(lower(v)), lower(v) != "'s"
            {
                if let np = leftNP(endingBefore: v, limit: s.lowerBound, simple: true),
                    np.lowerBound == s.lowerBound || isPunct(np.lowerBound - 1, ",") || ["and", "but", "as", "while", "when"].contains(lower(np.lowerBound - 1))
                {
                    return np
                }
            }
            v -= 1
        }
        return nil
    }

    func looksAdjective(_ w: String) -> Bool {
        if Lexicon.roleNouns.contains(w) || Lexicon.personalPronouns.contains(w) { return false }
        if ["president", "resident", "agent", "student", "opponent", "correspondent", "superintendent", "candidate",
            "official", "professional", "critic", "national", "ally", "rival", "republican", "democrat", "liberal",
            "conservative", "individual", "executive", "representative", "relative", "detective", "native", "general",
            "principal", "veteran", "military", "secretary", "constituent", "respondent", "participant", "economist",
            "analyst", "activist", "journalist", "scientist", "specialist", "strategist", "columnist"].contains(w)
        {
            return false
        }
        for suf in ["al", "ive", "ful", "ous", "ic", "able", "ible", "ant", "ent", "est", "ary", "less", "ish"] where w.hasSuffix(suf) && w.count > suf.count + 2 {
            return true
        }
        return ["simple", "best", "new", "big", "good", "great", "long", "short", "high", "low", "strong", "full", "entire",
            "whole", "first", "last", "next", "final", "main", "key", "major", "real", "own", "top", "recent", "latest",
            "early", "late", "much", "more", "less", "such", "same", "only", "public", "private", "old", "young", "free",
            "clear", "open", "wide", "broad", "deep", "hard", "easy", "true", "false", "bad", "worst", "better"].contains(w)
    }

    func isTimeWord(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        let t = lower(k)
        return Lexicon.weekdays.contains(t) || Lexicon.months.contains(t) || tokens[k].kind == .number
            || ["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "day", "days", "weeks", "months", "years"].contains(t)
    }

    /// A headline "Mark Ruiz: We Will Win" — a short name, a colon, the claim.
    func headlineColon(_ s: Range<Int>) -> Quote? {
        var c = s.lowerBound
        while c < s.upperBound && c < s.lowerBound + 6 && !isPunct(c, ":") { c += 1 }
        guard c < s.upperBound, isPunct(c, ":"), c > s.lowerBound, c + 1 < s.upperBound else { return nil }
        for k in s.lowerBound..<c where !isWord(k) && tokens[k].lower != "'s" { return nil }
        guard tokens[s.lowerBound].cap, !used[c + 1] || tokens[c + 1].kind != .quote else { return nil }
        if tokens[c + 1].kind == .quote { return nil }
        guard let (a, b) = trimmedContent(c + 1, s.upperBound) else { return nil }
        let sp = speakerObject(s.lowerBound..<c)
        return Quote(start: a, end: b, type: .indirect, speaker: sp, cue: QuoteCue(start: tokens[c].start, end: tokens[c].end, text: ":"))
    }

    /// "Asked whether the talks failed, the minister said …": the question, with no speaker.
    func agentlessQuestion(_ i: Int, _ s: Range<Int>) -> (quote: Quote, used: Range<Int>)? {
        var k = i + 1
        while k < s.upperBound && k < i + 8 && !["whether", "if", "what", "why", "how", "when", "who", "about"].contains(lower(k)) {
            if isPunct(k, ",") || tokens[k].kind == .quote { return nil }
            k += 1
        }
        guard k < s.upperBound, k < i + 8 else { return nil }
        var c = k + 1
        while c < s.upperBound && !isPunct(c, ",") { c += 1 }
        guard c < s.upperBound, let (a, b) = trimmedContent(k, c) else { return nil }
        let cue = QuoteCue(start: tokens[i].start, end: tokens[i].end, text: str(tokens[i].start, tokens[i].end))
        return (Quote(start: a, end: b, type: .indirect, speaker: nil, cue: cue), i..<(c + 1))
    }

    struct Found {
        var quote: Quote
        var used: Range<Int>
        var contentStart: Int
    }

    mutating func verbCue(_ i: Int, _ s: Range<Int>, lastSpeaker: QuoteSpeaker?) -> Found? {
        let w = lower(i)
        let isParticiple = (w.hasSuffix("ing") && (isPunct(i - 1, ",") || lower(i - 1) == "and"))
            || ((lower(i - 1) == "and" || lower(i - 1) == "but") && isCueVerb(i))
        // Passive: was told, is said to.
        var b = i - 1
        while b >= s.lowerBound && isWord(b) && Lexicon.auxiliaries.contains(lower(b)) { b -= 1 }
        if b >= s.lowerBound && isWord(b) && Lexicon.passiveMarkers.contains(lower(b)) { return nil }
        if lower(i + 1) == "to" && Lexicon.speechVerbs[w] == "say" { return nil }

        // Progressive forms need a form of "be": is saying; other -ing forms are not cues here.
        if w.hasSuffix("ing") && !isParticiple {
            guard b >= s.lowerBound, isWord(b), ["is", "was", "are", "were", "been", "am", "'s"].contains(lower(b)) else { if true { return nil } }
        }
        // A noun that looks like a verb: "a simple question", "expansive plans", "best hope".
        if !w.hasSuffix("ed") && !w.hasSuffix("ing") && !["said", "told", "wrote", "says", "tells", "writes", "thought", "knew", "felt", "found", "showed", "shown", "sought"].contains(w), i - 1 >= s.lowerBound, isWord(i - 1) {
            let prev = lower(i - 1)
            if Lexicon.determiners.contains(prev) || prev == "'s" || prev == "of" || Lexicon.npPrepositions.contains(prev) { return nil }
            if !tokens[i - 1].cap && looksAdjective(prev) { return nil }
        }
        let naming = Lexicon.namingVerbs.contains(w)
        var speakerRange: Range<Int>? = nil
        var speaker: QuoteSpeaker? = nil
        if isParticiple {
            speaker = lastSpeaker
            if speaker == nil, let np = subjectBefore(i, s) {
                speakerRange = np
                speaker = speakerObject(np)
            }
            if speaker == nil && !w.hasSuffix("ing"), let np = leftNP(endingBefore: firstVerbAfter(s.lowerBound, before: i - 1), limit: s.lowerBound) {
                speakerRange = np
                speaker = speakerObject(np)
            }
            if speaker == nil, let np = leftNP(endingBefore: firstVerbAfter(s.lowerBound, before: i), limit: s.lowerBound) {
                speakerRange = np
                speaker = speakerObject(np)
            }
        } else if let np = leftNP(endingBefore: i, limit: s.lowerBound) {
            // Reject phrases inside a used span.
            var ok = true
            for k in np where used[k] { ok = false }
            if ok {
                speakerRange = np
                speaker = speakerObject(np)
            }
        }
        let cue = QuoteCue(start: tokens[i].start, end: tokens[i].end, text: str(tokens[i].start, tokens[i].end))
        // Appearances are the writer's reading, not the subject's words: he seems to ...
        let lemma = Lexicon.broadVerbs[w] ?? ""
        let impersonal = lemma == "seem" || lemma == "appear"

        // SPEAKER CUE (that) CLAUSE
        if speaker != nil, let cs = clauseStart(after: i, s) {
            if cs < s.upperBound && tokens[cs].kind == .quote && used[cs] { return nil }
            let ce = contentEnd(from: cs, s)
            if let (a, bnd) = trimmedContent(cs, ce) {
                if naming && !containsEmbeddedQuote(cs, ce) && Lexicon.speechVerbs[w] == nil && !(options.includeBeliefs && Lexicon.broadVerbs[w] != nil) { return nil }
                for k in cs..<ce where used[k] && tokens[k].kind != .quote { return nil }
                let q = Quote(start: a, end: bnd, type: .indirect, speaker: impersonal ? nil : speaker, cue: cue)
                return Found(quote: q, used: i..<ce, contentStart: cs)
            }
        }
        if naming && Lexicon.speechVerbs[w] == nil { return nil }
        // CLAUSE, SPEAKER CUE. / CLAUSE, CUE SPEAKER.
        guard !isParticiple else { return nil }
        var afterCue = i + 1
        // Adjuncts after the cue up to the sentence end: told the AFP news agency on Monday.
        var inverted: Range<Int>? = nil
        if speakerRange == nil, isPunct(i - 1, ",") || (i - 1 >= s.lowerBound && tokens[i - 1].kind == .quote) {
            if let np = rightNP(startingAt: i + 1, limit: s.upperBound) {
                inverted = np
                afterCue = np.upperBound
            }
        }
        var tail = afterCue
        while tail < s.upperBound && !isSentenceEnd(tail) && tokens[tail].kind != .quote {
            if lower(tail) == "that" || isPunct(tail, ":") || isPunct(tail, ";") { return nil }
            tail += 1
        }
        guard tail - afterCue <= 14 else { return nil }
        let subjectStart: Int
        if let r = speakerRange {
            subjectStart = r.lowerBound
            // The speaker must follow a comma (or "as").
            guard subjectStart - 1 >= s.lowerBound, isPunct(subjectStart - 1, ",") || lower(subjectStart - 1) == "as" else {
                // Apposition: "…, Smith, a pollster, said."
                return appositionPost(i, s, speakerRange: r, speaker: speaker, cue: cue)
            }
        } else if let r = inverted {
            subjectStart = i
            speaker = speakerObject(r)
            speakerRange = r
        } else {
            return nil
        }
        var ce = subjectStart - 1
        if lower(ce) == "as" { ce -= 0 }
        let cs = s.lowerBound
        guard ce > cs else { return nil }
        for k in cs..<ce where used[k] { return nil }
        if let (a, bnd) = trimmedContent(cs, ce) {
            let q = Quote(start: a, end: bnd, type: .indirect, speaker: speaker, cue: cue)
            return Found(quote: q, used: cs..<max(tail, i + 1), contentStart: tail)
        }
        return nil
    }

    /// "…, Jens Stoltenberg, the alliance's chief, said." — the content before the name.
    mutating func appositionPost(_ i: Int, _ s: Range<Int>, speakerRange: Range<Int>, speaker: QuoteSpeaker?, cue: QuoteCue) -> Found? {
        let nameStart = speakerRange.lowerBound
        guard nameStart - 1 > s.lowerBound, isPunct(nameStart - 1, ",") else { return nil }
        var tail = i + 1
        while tail < s.upperBound && !isSentenceEnd(tail) {
            if lower(tail) == "that" || tokens[tail].kind == .quote { return nil }
            tail += 1
        }
        let ce = nameStart - 1
        for k in s.lowerBound..<ce where used[k] { return nil }
        if let (a, b) = trimmedContent(s.lowerBound, ce) {
            return Found(quote: Quote(start: a, end: b, type: .indirect, speaker: speaker, cue: cue), used: s.lowerBound..<tail, contentStart: tail)
        }
        return nil
    }

    func containsEmbeddedQuote(_ a: Int, _ b: Int) -> Bool {
        for k in a..<b where tokens[k].kind == .quote && !used[k] { return true }
        return false
    }

    mutating func accordingTo(_ i: Int, _ s: Range<Int>) -> (quote: Quote, used: Range<Int>)? {
        var found = rightNP(startingAt: i + 2, limit: s.upperBound)
        if found == nil, isWord(i + 2), !Lexicon.npStops.contains(lower(i + 2)) { found = npForward(i + 2, limit: s.upperBound) }
        guard let np = found else { return nil }
        let cue = QuoteCue(start: tokens[i].start, end: tokens[i + 1].end, text: str(tokens[i].start, tokens[i + 1].end))
        let speaker = speakerObject(np)
        var k = i - 1
        while k >= s.lowerBound && (isPunct(k, ",") || lower(k) == "but" || lower(k) == "and") { k -= 1 }
        if k < s.lowerBound {
            // According to X, CLAUSE.
            var c = np.upperBound
            while c < s.upperBound && !isPunct(c, ",") && c < np.upperBound + 8 { c += 1 }
            guard c < s.upperBound, isPunct(c, ",") else { return nil }
            let ce = contentEnd(from: c + 1, s)
            for m in (c + 1)..<ce where used[m] && tokens[m].kind != .quote { return nil }
            guard let (a, b) = trimmedContent(c + 1, ce) else { return nil }
            return (Quote(start: a, end: b, type: .indirect, speaker: speaker, cue: cue), s.lowerBound..<ce)
        }
        // CLAUSE, according to X.
        let ce = i
        for m in s.lowerBound..<ce where used[m] { return nil }
        guard let (a, b) = trimmedContent(s.lowerBound, ce) else { return nil }
        return (Quote(start: a, end: b, type: .indirect, speaker: speaker, cue: cue), s.lowerBound..<np.upperBound)
    }

    /// Quoted words after a naming or speech verb that no reported clause covers.
    func partialWithoutClause(_ p: MarkPair) -> Quote? {
        guard p.open > 0, !used[p.open] else { return nil }
        let s = sentences[sentenceOf[p.open]]
        var k = p.open - 1
        var steps = 0
        while k >= s.lowerBound && steps < 10 {
            if used[k] { return nil }
            if isWord(k) && (Lexicon.namingVerbs.contains(lower(k)) || isCueVerb(k)) {
                guard let np = leftNP(endingBefore: k, limit: s.lowerBound) else { return nil }
                let sp = speakerObject(np)
                let cue = QuoteCue(start: tokens[k].start, end: tokens[k].end, text: str(tokens[k].start, tokens[k].end))
                var start = tokens[k + 1].start
                if tokens[k + 1].kind == .quote { start = tokens[k + 1].end }
                let end = p.close >= 0 ? tokens[p.close].end : p.end
                return Quote(start: start, end: end, type: .partial, speaker: sp, cue: cue)
            }
            k -= 1
            steps += 1
        }
        return nil
    }
}
