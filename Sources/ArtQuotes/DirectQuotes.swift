import ArtCore

/// Direct quotes: quotation marks that stand as speech, with the attribution
/// after or before them; interrupted quotes and quote paragraphs join as
/// fragments.
extension QuoteAnalysis {
    /// Where the last direct quote left off, for joining the next one to it.
    struct DirectRun {
        /// Index of the last direct quote in the list.
        var last: Int? = nil
        /// Paragraph of its last token.
        var para = -1
        /// The token after its attribution (or its closing mark).
        var attributionEnd = -1
        /// It was left open at its paragraph's end.
        var continuing = false
    }

    /// The quotes that stand as speech become direct quotes; the others are
    /// kept in `embeddedPairs` for partial quotes.
    mutating func findDirect(_ pairs: [MarkPair]) -> [Quote] {
        var quotes: [Quote] = []
        var run = DirectRun()
        for p in pairs where p.end > p.start {
            guard isStandalone(p), !insideHeadlineClaim(p) else {
                embeddedPairs.append(p)
                continue
            }
            var attribution = postAttribution(p) ?? preAttribution(p)
            // An interrupted quote: “A,” she said, “B.” — B follows A's attribution.
            if let last = run.last, options.joinContinuations || run.continuing, joinsPrevious(p, attribution, run) {
                join(p, attribution, to: &quotes[last], run: &run)
                continue
            }
            run.continuing = p.continues
            if attribution == nil && !p.continues && (wordCount(p.firstTok, p.endTok) < 3 || readsAsName(p)) {
                embeddedPairs.append(p)
                continue
            }
            if attribution == nil, let inherited = inheritedSpeaker(quotes.last, p) {
                attribution = Attribution(speaker: nil, cue: nil, span: p.firstTok..<p.firstTok, inherited: inherited)
            }
            quotes.append(
                Quote(
                    start: p.start, end: p.end, type: .direct, speaker: attribution.flatMap { speakerObject($0) },
                    cue: attribution.flatMap { cueObject($0) }))
            run.last = quotes.count - 1
            run.para = lastParagraph(of: p)
            markUsed(p)
            run.attributionEnd = closeEnd(p)
            if let a = attribution, a.speaker != nil || a.cue != nil {
                markUsed(a.span)
                if a.span.lowerBound > p.endTok { run.attributionEnd = a.span.upperBound }
                handOver(a, speaker: quotes[quotes.count - 1].speaker)
            }
        }
        return quotes
    }

    /// `“…,” she said, adding that …`: the participle's report is the
    /// indirect quotes', and its speaker is this attribution's.
    mutating func handOver(_ a: Attribution, speaker: QuoteSpeaker?) {
        let k = a.span.upperBound
        guard let speaker, isPunct(k, ","), isWord(k + 1), lower(k + 1).hasSuffix("ing") else { return }
        participleSpeakers[k + 1] = speaker
    }

    /// Whether quote `p` continues the last direct quote: it follows that
    /// quote's attribution, or it has none of its own and starts in the same
    /// paragraph or the next one.
    func joinsPrevious(_ p: MarkPair, _ attribution: Attribution?, _ run: DirectRun) -> Bool {
        let para = tokens[max(p.open, p.firstTok)].para
        let sameRun =
            run.continuing
            || (para == run.para && onlyPunctBetween(run.attributionEnd, max(p.open, 0)))
            || (attribution == nil && (para == run.para || (para == run.para + 1 && (p.open < 0 || isParaStart(p.open)))))
        guard sameRun else { return false }
        guard let a = attribution else { return true }
        // A quote that opens a sentence and has an attribution of its own is a new quote.
        let opensSentence = p.open > 0 && run.attributionEnd > 0 && sentenceOf[p.open] != sentenceOf[run.attributionEnd - 1]
        return run.continuing || (a.span.lowerBound > p.endTok && !opensSentence)
    }

    /// Adds quote `p` to `quote` as a fragment, with its attribution when the quote has none.
    mutating func join(_ p: MarkPair, _ attribution: Attribution?, to quote: inout Quote, run: inout DirectRun) {
        if quote.fragments.isEmpty { quote.fragments = [TextSpan(start: quote.start, end: quote.end)] }
        quote.fragments.append(TextSpan(start: p.start, end: p.end))
        quote.end = p.end
        if quote.speaker == nil, let a = attribution {
            quote.speaker = speakerObject(a)
            quote.cue = cueObject(a)
        }
        markUsed(p)
        if let a = attribution {
            run.attributionEnd = a.span.upperBound
            markUsed(a.span)
        } else {
            run.attributionEnd = closeEnd(p)
        }
        run.para = lastParagraph(of: p)
        run.continuing = p.continues
    }

    /// Whether the sentence goes on in lower case after marks whose words
    /// end without punctuation: the lawyers said, “all command the same
    /// conclusion” that …; “I held and hugged” grieving families. Speech
    /// that stands alone ends with its punctuation inside the marks or
    /// before the attribution's comma.
    func sentenceGoesOn(after p: MarkPair) -> Bool {
        guard p.close >= 0, p.end > p.start, text[p.end - 1].isAlphanumeric else { return false }
        let k = p.close + 1
        return isWord(k) && !tokens[k].cap && tokens[k].para == tokens[p.close].para && sentenceOf[k] == sentenceOf[p.close] && !isCueVerb(k)
    }

    /// Whether the marks are part of a headline's claim, "Ryan: ‘Anti-Semitic
    /// Images’ Have ‘No Place In A Campaign.’": the claim after the colon is
    /// the quote (`headlineColon`), with these words quoted in it.
    func insideHeadlineClaim(_ p: MarkPair) -> Bool {
        guard p.open > 0, tokens[p.open].para == 0, let c = headlineColonIndex(sentences[sentenceOf[p.open]]), c < p.open else { return false }
        let s = sentences[sentenceOf[p.open]]
        for k in (c + 1)..<s.upperBound where isWord(k) && !(p.firstTok..<p.endTok).contains(k) { return true }
        return false
    }

    /// Whether unattributed marks hold a name or a heading rather than
    /// speech: words in capitals only (“DIVISIVE, STUPID AND WRONG”), or
    /// words without closing punctuation that the sentence goes on after
    /// (“Orange is the New Black” star …, ''The Big Short'' was nominated).
    func readsAsName(_ p: MarkPair) -> Bool {
        guard p.close >= 0, p.end > p.start else { return false }
        if !text[p.start..<p.end].contains(where: \.isLowercaseLetter) && wordCount(p.firstTok, p.endTok) >= 2 { return true }
        let k = p.close + 1
        guard text[p.end - 1].isAlphanumeric, isWord(k), tokens[k].para == tokens[p.close].para, sentenceOf[k] == sentenceOf[p.close] else { return false }
        return !tokens[k].cap && !isCueVerb(k) && !lexicon.personalPronouns.contains(lower(k))
    }

    /// The token after the closing mark, or after the content when the quote runs to its paragraph's end.
    func closeEnd(_ p: MarkPair) -> Int { p.close >= 0 ? p.close + 1 : p.endTok }

    func lastParagraph(of p: MarkPair) -> Int { tokens[min(max(p.endTok - 1, 0), tokens.count - 1)].para }

    /// Whether a quote stands as speech rather than as a few words inside a clause.
    func isStandalone(_ p: MarkPair) -> Bool {
        if p.open < 0 || p.dialogue { return true }
        let o = p.open
        if sentenceGoesOn(after: p) { return false }
        if isParaStart(o) { return true }
        let prev = tokens[o - 1]
        if prev.para != tokens[o].para { return true }
        // After the end of a sentence (also one that ends with an abbreviation: Fla. “…”).
        if isSentenceEnd(o - 1) || sentenceOf[o - 1] != sentenceOf[o] || prev.lower == ":" || prev.kind == .quote { return true }
        if prev.lower == "\u{2014}" || prev.lower == "(" { return p.endTok - p.firstTok >= 4 }
        if prev.kind == .word && (lexicon.invertibleVerbs.contains(prev.lower) || Self.quotingParticiples.contains(prev.lower)) {
            // Obama said “there is love” in Orlando: the sentence goes on, so the words are quoted inside a report.
            if p.close >= 0, isWord(p.close + 1), !tokens[p.close + 1].cap, sentenceOf[p.close + 1] == sentenceOf[o], !isCueVerb(p.close + 1),
                !lexicon.personalPronouns.contains(lower(p.close + 1))
            {
                return false
            }
            return wordCount(p.firstTok, p.endTok) >= 3 || (p.firstTok < p.endTok && tokens[p.firstTok].cap)
        }
        if prev.lower == "," {
            // "…, she said, “…”" or "In a statement, “…”": standalone when a cue is near.
            var k = o - 2
            var steps = 0
            var clause = false
            while k >= 0 && tokens[k].para == prev.para && steps < 8 && !isSentenceEnd(k) {
                // "said it's unrealistic to think that if the U.S. pulls back, “…”": the marks go on with the cue's clause.
                if isCueVerb(k) { return !clause }
                if lexicon.complementizers.contains(lower(k)) { clause = true }
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
        if let a = cliticAttribution(j, after: p, limit: limit) { return a }
        // Inverted: said X, a déclaré X (an auxiliary and its participle), „…“, so X.
        let cueEnd = lexicon.invertedAuxiliaries.contains(lower(j)) && isCueVerb(j + 1) ? j + 2 : j + 1
        let verb = cueEnd - 1
        if (isCueVerb(verb) && (lexicon.invertibleVerbs.contains(lower(verb)) || lexicon.speechVerbs[lower(verb)] != nil))
            || (isWord(j) && lexicon.quoteTags.contains(lower(j)))
        {
            let w1 = lower(cueEnd)
            var np = rightNP(startingAt: cueEnd, limit: limit)
            if np == nil, cueEnd < limit, isWord(cueEnd), !lexicon.npStops.contains(w1), !lexicon.npPrepositions.contains(w1),
                !lexicon.timeWords.contains(w1), !lexicon.weekdays.contains(w1), !w1.hasSuffix("ly")
            {
                np = npForward(cueEnd, limit: limit)
            }
            if let np {
                let end = attributionEnd(from: np.upperBound, limit: limit)
                return Attribution(speaker: np, cue: j..<cueEnd, span: (p.close + 1)..<end, inherited: nil)
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
                    // “A.” Mr. Zahed said: “B.” — a new sentence whose cue opens the next quotation is that one's.
                    if endsSentence && introducesQuotation(after: k) { return nil }
                    // “A.” Reid said both men are “non-entities.” — a cue with content of its own starts a new report.
                    if endsSentence && clauseStart(after: k, sentences[sentenceOf[k]]) != nil { return nil }
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
            while m < limit && m < j + 6 && isWord(m) && (tokens[m].cap || lexicon.determiners.contains(lower(m)) || lexicon.personalPronouns.contains(lower(m)) || lower(m) == "'s") { m += 1 }
            // A particle may follow: “…,” Trump shot back.
            let after = Self.verbParticles.contains(lower(m + 1)) ? m + 2 : m + 1
            if m > j, m < limit, isWord(m), !tokens[m].cap, !lexicon.npStops.contains(lower(m)),
                after >= limit || isSentenceEnd(after) || isPunct(after, ",") || tokens[after].kind == .quote || lower(after) == "and",
                lower(m).hasSuffix("ed") || lower(m).hasSuffix("s") || after > m + 1
            {
                let np = j..<m
                return Attribution(speaker: np, cue: m..<after, span: (p.close + 1)..<attributionEnd(from: after, limit: limit), inherited: nil)
            }
            // “This is fantastic!” beamed Donald Hartley: any past form before a name.
            if isWord(j), !tokens[j].cap, lower(j).hasSuffix("ed"), !lexicon.npStops.contains(lower(j)), j + 1 < limit, tokens[j + 1].cap,
                let np = rightNP(startingAt: j + 1, limit: limit)
            {
                return Attribution(speaker: np, cue: j..<(j + 1), span: (p.close + 1)..<attributionEnd(from: np.upperBound, limit: limit), inherited: nil)
            }
        }
        return nil
    }

    /// « … », dit-il / a-t-elle ajouté: a cue whose subject is a pronoun
    /// joined to it by a hyphen, which is the speaker.
    func cliticAttribution(_ j: Int, after p: MarkPair, limit: Int) -> Attribution? {
        guard isWord(j), let suffix = lexicon.cliticPronouns.first(where: { lower(j).hasSuffix($0) && lower(j).count > $0.count }) else { return nil }
        let verb = String(lower(j).dropLast(suffix.count))
        let cueEnd: Int
        if lexicon.speechVerbs[verb] != nil {
            cueEnd = j + 1
        } else if lexicon.invertedAuxiliaries.contains(verb), isCueVerb(j + 1) {
            cueEnd = j + 2
        } else {
            return nil
        }
        let pronoun = String(suffix.split(separator: "-").last ?? "")
        let end = tokens[j].end
        let start = end - pronoun.unicodeScalars.count
        let canonical = lexicon.resolvablePronouns.contains(pronoun) ? resolvePronoun(at: tokens[j].start, pronoun) : nil
        let speaker = QuoteSpeaker(start: start, end: end, text: str(start, end), canonical: canonical ?? str(start, end))
        return Attribution(speaker: nil, cue: j..<cueEnd, span: (p.close + 1)..<attributionEnd(from: cueEnd, limit: limit), inherited: speaker)
    }

    /// The end of an attribution clause: up to the sentence end, an opening
    /// mark, or a comma that starts a report of its own (`said Ann Lee, who
    /// said she …`, `Lee said, adding that …`), which is left to the
    /// indirect quotes.
    func attributionEnd(from k0: Int, limit: Int) -> Int {
        var k = k0
        while k < limit {
            if tokens[k].kind == .quote { return k }
            if isPunct(k, ","), startsOwnReport(k + 1, limit: limit) { return k }
            // “…,” she said when asked whether …: the question is a report of its own.
            if lower(k + 1) == "asked", Self.questionLeaders.contains(lower(k)) { return k }
            k += 1
        }
        return limit
    }

    static let dashes: Set<String> = ["-", "--", "\u{2013}", "\u{2014}"]

    /// Participles right before the words they give: saying “…”, adding “…”.
    static let quotingParticiples: Set<String> = [
        "saying", "adding", "writing", "tweeting", "asking", "declaring", "telling",
    ]

    /// Nouns of the things that carry a sender's words: a statement saying …
    static let messageNouns: Set<String> = [
        "statement", "statements", "message", "messages", "letter", "letters", "email", "emails", "e-mail", "note", "tweet",
        "tweets", "post", "release", "memo", "sign", "signs", "banner", "banners", "placard", "placards",
    ]

    /// Particles that complete a verb of saying: shot back, chimed in, spoke up.
    static let verbParticles: Set<String> = ["back", "in", "up", "out", "on"]

    /// Words before an agentless "asked": when asked whether …
    static let questionLeaders: Set<String> = ["when", "after", "if", "once"]

    /// Whether the cue at `k` opens what follows: a colon (`said: “…”`), or
    /// a comma and an opening mark (`said, “…”`).
    func introducesQuotation(after k: Int) -> Bool {
        isPunct(k + 1, ":") || (isPunct(k + 1, ",") && k + 2 < tokens.count && tokens[k + 2].kind == .quote)
    }

    /// Whether a clause with a cue of its own starts at `k`: a relative
    /// pronoun with its cue verb a few words on (`who said`, `who has long
    /// argued`), or a participle cue (`adding`, `saying`).
    func startsOwnReport(_ k: Int, limit: Int) -> Bool {
        guard k < limit, isWord(k) else { return false }
        if lower(k).hasSuffix("ing") {
            // `…,” she said, adding, “B.”`: the quote after it is this attribution's.
            for m in k..<limit where tokens[m].kind == .quote { return false }
            return isCueVerb(k) || (options.includeBeliefs && lexicon.broadVerbs[lower(k)] != nil)
        }
        guard lower(k) == "who" else { return false }
        var m = k + 1
        while m < limit && m <= k + 3 && isWord(m) {
            if isCueVerb(m) { return true }
            m += 1
        }
        return false
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
        if isColon, let a = dashedName(beforeColon: o - 1) { return a }
        while k >= 0 && tokens[k].para == para && steps < 14 {
            if tokens[k].kind == .quote { break }
            if isSentenceEnd(k) { break }
            let phrase = attributionPhrase(endingAt: k)
            if isCueVerb(k) || phrase != nil {
                if used[k] { return nil }
                let limit = sentenceStart(k)
                let cueRange = phrase ?? k..<(k + 1)
                // Verb second: "Am Montag sagte Scholz: „…“" — the speaker follows the cue.
                if lexicon.verbSecond, phrase == nil, let np = rightNP(startingAt: k + 1, limit: o), np.upperBound == (isColon ? o - 1 : o),
                    !(np.count == 1 && lexicon.personalPronouns.contains(lower(np.lowerBound)) && lexicon.determiners.contains(lower(limit)))
                {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                // A subject pronoun right after the verb is the subject, whatever
                // fills the first place or follows: "Endlich sprach er wieder: »…«";
                // not after a noun phrase, which is the subject ("Die Kinder fragten sie: …").
                if lexicon.verbSecond, phrase == nil, k + 1 < o, isWord(k + 1), lexicon.invertedPronouns.contains(lower(k + 1)),
                    !lexicon.determiners.contains(lower(limit))
                {
                    return Attribution(speaker: (k + 1)..<(k + 2), cue: cueRange, span: k..<o, inherited: nil)
                }
                let subject = min(subjectStart(sentences[sentenceOf[k]]), k)
                // "…, Nefzi said, adding, “…”": the speaker of the cue just before.
                if lower(k).hasSuffix("ing"), isPunct(k - 1, ","), isCueVerb(k - 2), let np = leftNP(endingBefore: k - 2, limit: subject) {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                // "…, Sanders stepped up his emphasis on the issues, saying, “…”": the clause's subject.
                if lower(k).hasSuffix("ing"), isPunct(k - 1, ",") || lower(k - 1) == "and",
                    let np = subjectBefore(k - 1, subject..<k) ?? leftNP(endingBefore: firstVerbAfter(subject, before: k), limit: subject)
                {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                if let np = leftNP(endingBefore: cueRange.lowerBound, limit: limit) {
                    // "Mr. Trump issued a statement Tuesday saying, “…”": a message says its sender's words.
                    if lower(k).hasSuffix("ing"), let head = np.last(where: { isWord($0) && !lexicon.timeWords.contains(lower($0)) && !lexicon.weekdays.contains(lower($0)) }),
                        Self.messageNouns.contains(lower(head)), let sender = subjectBefore(np.lowerBound, sentences[sentenceOf[k]])
                    {
                        return Attribution(speaker: sender, cue: cueRange, span: k..<o, inherited: nil)
                    }
                    return Attribution(speaker: np, cue: cueRange, span: np.lowerBound..<o, inherited: nil)
                }
                // "was asked by host Bill Maher, “…”": the agent of a passive cue is its speaker.
                if lower(k + 1) == "by", isWord(k + 2), !lexicon.npStops.contains(lower(k + 2)), let np = rightNP(startingAt: k + 2, limit: o) ?? npForward(k + 2, limit: o) {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                // "and said", "goes on to say", "und sagte": the clause's subject.
                if lexicon.coordinators.contains(lower(k - 1)) || lower(k - 1) == "to",
                    let np = verbSecondSubject(limit, before: k - 1) ?? subjectBefore(k - 1, sentences[sentenceOf[k]])
                        ?? leftNP(endingBefore: firstVerbAfter(limit, before: k), limit: limit)
                        ?? (lower(k - 1) == "to" ? subjectOpening(limit, before: k - 1) : nil)
                {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                // "Said Dorothy Poynter, who grew up with him, “…”", "Continued Stone: “…”": a cue that opens the sentence inverts it.
                if phrase != nil || k == limit, let np = rightNP(startingAt: k + 1, limit: o) {
                    return Attribution(speaker: np, cue: cueRange, span: cueRange.lowerBound..<o, inherited: nil)
                }
                // Participle: "…, saying: “…”" — the sentence subject.
                if lower(k).hasSuffix("ing"), let np = leftNP(endingBefore: firstVerbAfter(subject, before: k), limit: subject) {
                    return Attribution(speaker: np, cue: cueRange, span: k..<o, inherited: nil)
                }
                return Attribution(speaker: nil, cue: cueRange, span: k..<o, inherited: nil)
            }
            k -= 1
            steps += 1
        }
        if isColon {
            // Headline style: Gillibrand: “…”; a name right before the colon: "… surprise pollster Daron Shaw: “…”".
            let limit = sentenceStart(o - 1)
            // "Here's Clinton in December 1992: “…”": the name presented.
            if lower(limit) == "here", lower(limit + 1) == "'s" || lower(limit + 1) == "is", isWord(limit + 2), tokens[limit + 2].cap,
                let np = rightNP(startingAt: limit + 2, limit: o - 1)
            {
                return Attribution(speaker: np, cue: (o - 1)..<o, span: limit..<o, inherited: nil)
            }
            if var np = leftNP(endingBefore: o - 1, limit: limit, simple: true), np.count <= 6 {
                // "… doesn't surprise Republican pollster Daron Shaw:": the words before the name are the clause's, not the speaker's.
                if np.lowerBound != limit {
                    var a = np.lowerBound
                    while a < np.upperBound - 2 && !tokens[a].cap && !lexicon.roleNouns.contains(lower(a)) { a += 1 }
                    np = a..<np.upperBound
                }
                // A name after a preposition is a place or an object: "He arrived in New York City:".
                let object = np.lowerBound > limit && lexicon.npPrepositions.contains(lower(np.lowerBound - 1))
                if np.lowerBound == limit || (!object && np.count >= 2 && np.count <= 5 && tokens[o - 2].cap && tokens[np.lowerBound].cap) {
                    return Attribution(speaker: np, cue: (o - 1)..<o, span: np.lowerBound..<o, inherited: nil)
                }
            }
            // "Rubio fired back: “…”" — the subject of the clause before the colon.
            if let np = subjectBefore(o - 1, sentences[sentenceOf[o - 1]]) {
                return Attribution(speaker: np, cue: (o - 1)..<o, span: np.lowerBound..<o, inherited: nil)
            }
        }
        return nil
    }

    /// In a verb-second language, the subject pronoun right after the
    /// clause's first verb, when the first place holds something else: "Da
    /// schmiegte sie sich an ihn und sagte: »…«" gives `sie`; "Die Kinder
    /// sahen sie an und sagten: …" gives nil. Nil in other languages.
    func verbSecondSubject(_ start: Int, before end: Int) -> Range<Int>? {
        // A first place that opens with a determiner is a noun phrase, the subject.
        guard lexicon.verbSecond, !lexicon.determiners.contains(lower(start)) else { return nil }
        var k = start + 1
        while k < end && k < start + 5 && isWord(k) {
            // The verb: a lower-case word (nouns are capitalised), then the pronoun.
            if !tokens[k].cap, k + 1 < end, isWord(k + 1), lexicon.invertedPronouns.contains(lower(k + 1)) {
                return (k + 1)..<(k + 2)
            }
            k += 1
        }
        return nil
    }

    /// "… FAVORS TRUMP - David Wasserman: “…”", "Pollsters agree - Carl
    /// Bialik: “…”": a name between a dash and the colon at `c` is the
    /// speaker, whatever the words before the dash say.
    func dashedName(beforeColon c: Int) -> Attribution? {
        let limit = sentenceStart(c)
        var n = c - 1
        while n >= limit && n > c - 5 && isWord(n) && (tokens[n].cap || lower(n) == "and") { n -= 1 }
        guard n < c - 1, n >= limit, Self.dashes.contains(lower(n)), tokens[n + 1].cap else { return nil }
        return Attribution(speaker: (n + 1)..<c, cue: c..<(c + 1), span: (n + 1)..<(c + 1), inherited: nil)
    }

    /// "Trump said:" closing the previous paragraph introduces this one.
    func colonFromPreviousParagraph(_ p: MarkPair) -> Attribution? {
        let first = p.open >= 0 ? p.open : p.firstTok
        guard first > 0, isPunct(first - 1, ":") else { return nil }
        if let a = dashedName(beforeColon: first - 1) { return a }
        let k = first - 2
        let limit = sentenceStart(max(k, 0))
        var c = k
        var steps = 0
        while c >= limit && steps < 10 {
            if isCueVerb(c) {
                if let np = leftNP(endingBefore: c, limit: limit) {
                    return Attribution(speaker: np, cue: c..<(c + 1), span: np.lowerBound..<first, inherited: nil)
                }
                // "Stated Stone:": a cue that opens the sentence inverts it.
                if c == limit, let np = rightNP(startingAt: c + 1, limit: first - 1) {
                    return Attribution(speaker: np, cue: c..<(c + 1), span: c..<first, inherited: nil)
                }
                // "The Times confirmed it, reporting:": a participle's speaker is the clause's subject.
                if lower(c).hasSuffix("ing"), c > limit, isPunct(c - 1, ","),
                    let np = subjectBefore(c - 1, limit..<c) ?? leftNP(endingBefore: firstVerbAfter(limit, before: c), limit: limit)
                {
                    return Attribution(speaker: np, cue: c..<(c + 1), span: np.lowerBound..<first, inherited: nil)
                }
                return nil
            }
            c -= 1
            steps += 1
        }
        // "17-year-old Jared Potts echoed:", "Clinton released the following statement:": the clause's subject.
        if let np = subjectBefore(first - 1, sentences[sentenceOf[first - 1]]) {
            return Attribution(speaker: np, cue: (first - 1)..<first, span: np.lowerBound..<first, inherited: nil)
        }
        return nil
    }

    /// A direct quote with no attribution of its own, right after a quote with a speaker.
    /// The speaker of `last` when it ends in this quote's paragraph or the one before.
    func inheritedSpeaker(_ last: Quote?, _ p: MarkPair) -> QuoteSpeaker? {
        guard let last, let s = last.speaker else { return nil }
        let para = tokens[max(p.open, p.firstTok)].para
        let lastTok = firstToken(atOrAfter: last.end)
        let lastPara = tokens[max(0, min(lastTok, tokens.count - 1))].para
        return para - lastPara <= 1 ? s : nil
    }
}
