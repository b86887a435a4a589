/// Speaker noun phrases: before a cue (`the senator said`), after it
/// (`said the senator`) and the subject of a clause.
extension QuoteAnalysis {
    /// The speaker noun phrase that ends just before token `end` (exclusive),
    /// within the sentence starting at `limit`. Appositions keep the name.
    func leftNP(endingBefore end: Int, limit: Int) -> Range<Int>? {
        var k = end - 1
        // Auxiliaries, adverbs and time adverbials between the speaker and
        // the cue: "has repeatedly said", "on Tuesday said", "last week said".
        while k >= limit {
            if let adverbial = timeAdverbialStart(endingAt: k, limit: limit) {
                k = adverbial - 1
            } else if isWord(k), lexicon.auxiliaries.contains(lower(k)) || (lower(k).hasSuffix("ly") && !tokens[k].cap) {
                k -= 1
            } else {
                break
            }
        }
        // "he's said": the clitic is "has" after a pronoun that a cue follows.
        if k > limit, lower(k) == "'s", lexicon.resolvablePronouns.contains(lower(k - 1)) { k -= 1 }
        guard k >= limit else { return nil }
        if let p = reportParticiple(before: k + 1, limit: limit), let report = leftNP(endingBefore: p, limit: limit, simple: true) {
            return report
        }
        if isWord(k) && lexicon.passiveMarkers.contains(lower(k)) { return nil }
        // "X, who ..., said" / "X, the alliance's chief, said": the name before the comma.
        if isPunct(k, ",") || isPunct(k, ")") || tokens[k].lower == "\u{2014}" {
            return appositionHead(before: k, limit: limit)
        }
        if lower(k) == "who", k - 1 >= limit {
            // The relative pronoun is the speaker as written; its antecedent gives the name.
            let ante = isPunct(k - 1, ",") ? k - 1 : k
            // "those who said", "anyone who says": a pronoun is the antecedent too.
            let pronoun = ante - 1 >= limit && Self.relativeAntecedents.contains(lower(ante - 1))
            return pronoun || leftNP(endingBefore: ante, limit: limit, simple: true) != nil ? k..<(k + 1) : nil
        }
        return leftNP(endingBefore: k + 1, limit: limit, simple: true)
    }

    /// Where a time adverbial that ends at token `k` starts: time words
    /// ("yesterday", "last week", "earlier this month"), weekdays and months
    /// with their day ("March 3"), and the preposition before them ("on
    /// Tuesday", "in June"). Nil when `k` ends none.
    func timeAdverbialStart(endingAt k: Int, limit: Int) -> Int? {
        var j = k
        var found = false
        while j >= limit {
            let w = lower(j)
            if isWord(j) && ((!tokens[j].cap && lexicon.timeWords.contains(w)) || lexicon.weekdays.contains(w) || lexicon.months.contains(w)) {
                found = true
            } else if tokens[j].kind == .number && j - 1 >= limit && isWord(j - 1) && lexicon.months.contains(lower(j - 1)) {
                // The day after its month: "March 3".
            } else {
                break
            }
            j -= 1
        }
        guard found else { return nil }
        if j >= limit && isWord(j) && !tokens[j].cap && lexicon.npPrepositions.contains(lower(j)) { j -= 1 }
        // Something must be left before it: the subject.
        return j >= limit ? j + 1 : nil
    }

    /// A document and the participle phrase that dates or sources it, before
    /// its cue: "A poll released Sunday by ABC News found", "a memo seen by
    /// Reuters said". The participle's position, when the words before `end`
    /// (within ten, no punctuation) hold one right after a document noun.
    func reportParticiple(before end: Int, limit: Int) -> Int? {
        var j = end - 1
        while j > limit && j >= end - 10 && (isWord(j) || tokens[j].kind == .number) {
            if !tokens[j].cap, Self.reportParticiples.contains(lower(j)), isWord(j - 1), Self.reportNouns.contains(lower(j - 1)) {
                return j
            }
            j -= 1
        }
        return nil
    }

    static let reportParticiples: Set<String> = [
        "published", "released", "issued", "obtained", "conducted", "filed", "seen", "posted", "sent", "written",
        "prepared", "commissioned", "unveiled", "signed", "dated", "aired", "leaked", "delivered", "circulated", "submitted",
        "broadcast", "reviewed", "distributed",
    ]

    /// Nouns of documents that report: a poll, a memo, a filing.
    static let reportNouns: Set<String> = messageNouns.union([
        "report", "reports", "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "document", "documents",
        "memos", "audit", "review", "filing", "filings", "complaint", "lawsuit", "ruling", "order", "indictment", "affidavit",
        "transcript", "assessment", "video", "ad", "ads", "notice", "cable", "cables",
    ])

    /// Pronouns that a relative clause with a cue can follow: those who said.
    static let relativeAntecedents: Set<String> = ["those", "these", "anyone", "everyone", "someone", "anybody", "everybody"]

    /// The speaker before appositions that end at the separator `k`: "X,
    /// who …, said", "X, the alliance's chief, said", and several in a row
    /// ("Lance Beebe, 49, a Navy veteran who …, said"): the name before the
    /// first of them, or a role that opens the sentence ("The employee, a
    /// registered Republican, said").
    func appositionHead(before k: Int, limit: Int) -> Range<Int>? {
        func isSeparator(_ c: Int) -> Bool { isPunct(c, ",") || tokens[c].lower == "\u{2014}" || isPunct(c, "(") }
        var c = k - 1
        var segment = 0
        while true {
            while c >= limit && !isSeparator(c) && tokens[c].kind != .quote { c -= 1 }
            guard c > limit, isSeparator(c), k - c <= (segment == 0 ? 20 : 45) else { return nil }
            // "Carson's manager, Armstrong Williams, stated": the name between the commas.
            let between = segment == 0 ? nameBetween(c, k) : nil
            // "Trump, speaking at a rally in Wilmington, N.C., warned": a participle phrase is no name.
            if let name = leftNP(endingBefore: c, limit: limit, simple: true), !(isWord(name.lowerBound) && !tokens[name.lowerBound].cap && lower(name.lowerBound).hasSuffix("ing")) {
                if tokens[name.upperBound - 1].cap { return name }
                // A role or a group that opens the sentence, maybe after a conjunction: "Yet Democratic economists, like …, say";
                // but a role with the name after it is that person ("The union's regional secretary, Tom Harrowby, told").
                let opensSentence = name.lowerBound == limit || (name.lowerBound == limit + 1 && Self.openingConjunctions.contains(lower(limit)))
                if opensSentence && (segment > 0 || name.count >= 2) && between == nil { return name }
            }
            if let between { return between }
            segment += 1
            guard segment < 4 else { return nil }
            c -= 1
        }
    }

    static let openingConjunctions: Set<String> = ["yet", "but", "and", "so", "still"]

    /// A name of capitalised words (and `'s`) between the separators `c` and `k`.
    func nameBetween(_ c: Int, _ k: Int) -> Range<Int>? {
        guard k - c >= 2, k - c <= 5, tokens[c + 1].cap, tokens[k - 1].cap, lower(c + 1) != "who" else { return nil }
        for m in (c + 1)..<k where !(tokens[m].cap || tokens[m].lower == "'s") { return nil }
        return (c + 1)..<k
    }

    func leftNP(endingBefore end: Int, limit: Int, simple: Bool) -> Range<Int>? {
        var k = end - 1
        guard k >= limit, isWord(k) else { return nil }
        let head = lower(k)
        if lexicon.speakerPronouns.contains(head) { return k..<(k + 1) }
        if ["another", "one", "some", "many", "others", "most", "several", "both", "few"].contains(head),
            k == limit || !isWord(k - 1) || lexicon.npStops.contains(lower(k - 1))
        {
            return k..<(k + 1)
        }
        if lexicon.npStops.contains(head) || lexicon.determiners.contains(head) || lexicon.npPrepositions.contains(head) {
            return nil
        }
        if head == "'s" { return nil }
        if !tokens[k].cap && head.count > 4 && head.hasSuffix("ed") { return nil }
        var start = k
        var count = 0
        while k >= limit {
            let t = tokens[k]
            if t.kind == .word || t.kind == .number {
                if lexicon.npStops.contains(t.lower) && !(t.cap && k == start) {
                    if !(t.cap && t.lower != "i" && k != limit && !lexicon.personalPronouns.contains(t.lower)) { break }
                }
                // A lowercase verb-like word ends the phrase: "-ed" past forms.
                // … unless it is the head noun after a determiner: "the report said", "her tweet read".
                if !t.cap && lexicon.speechVerbs[t.lower] != nil && !(k == end - 1 && k > limit && (lexicon.determiners.contains(lower(k - 1)) || lower(k - 1) == "'s")) { break }
                if !t.cap && k != end - 1 && t.lower.count > 4 && t.lower.hasSuffix("ed") && !(k > limit && lexicon.determiners.contains(lower(k - 1))) { break }
                start = k
                if lexicon.determiners.contains(t.lower) && !(k > limit && (lexicon.npPrepositions.contains(lower(k - 1)) || lower(k - 1) == "of")) {
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
        let phraseStart = start
        while start < end && isWord(start) && lexicon.npPrepositions.contains(lower(start)) { start += 1 }
        while start < end && isWord(start) && lower(start) == "'s" { start += 1 }
        guard start < end else { return nil }
        // The subject is before the adverbial: "Gore's allies have in the past said", "the report on Wednesday cited".
        if start > phraseStart, phraseStart > limit, let subject = leftNP(endingBefore: phraseStart, limit: limit) { return subject }
        if end - start > 1, lexicon.personalPronouns.contains(lower(end - 1)) { return (end - 1)..<end }
        // A phrase that starts with a lowercase non-determiner after a clause is suspicious, but keep it.
        return start..<end
    }

    /// A speaker noun phrase starting at token `start`: said the senator, said Mark Dubowitz, ...
    func rightNP(startingAt start: Int, limit: Int) -> Range<Int>? {
        guard start < limit, isWord(start) else { return nil }
        let t = tokens[start]
        let w = t.lower
        if !(t.cap || lexicon.determiners.contains(w) || lexicon.roleNouns.contains(w) || lexicon.invertedPronouns.contains(w))
            || (lexicon.npStops.contains(w) && !t.cap)
        {
            return nil
        }
        if lexicon.npPrepositions.contains(w) || lexicon.weekdays.contains(w) { return nil }
        if lexicon.personalPronouns.contains(w) { return start..<(start + 1) }
        return npForward(start, limit: limit)
    }

    /// The noun phrase from `start` up to a clause boundary.
    func npForward(_ start: Int, limit: Int) -> Range<Int>? {
        var k = start
        while k < limit {
            let u = tokens[k]
            if u.kind == .word || u.kind == .number {
                if k > start && lexicon.npStops.contains(u.lower) && !u.cap { break }
                // A cue form that ends the phrase before a comma or the sentence's end is a plural noun: according to press reports.
                let pluralNoun = u.lower.hasSuffix("s") && (isSentenceEnd(k + 1) || isPunct(k + 1, ","))
                // … and one after a determiner, with no object after it, is the phrase's noun: according to a report by …, an email obtained by ….
                let headNoun = lexicon.determiners.contains(lower(start)) && !lexicon.determiners.contains(lower(k + 1))
                    && !lexicon.personalPronouns.contains(lower(k + 1))
                if k > start && !u.cap && ((lexicon.speechVerbs[u.lower] != nil && !pluralNoun && !headNoun) || lexicon.timeWords.contains(u.lower)) { break }
                if k > start && lexicon.weekdays.contains(u.lower) { break }
                // A date after the name is no part of it: "dijo Sánchez el 3 de octubre", "a déclaré M. Macron le 3 octobre".
                if k > start && !u.cap && (lexicon.months.contains(u.lower) || (lexicon.determiners.contains(u.lower) && k + 1 < limit && tokens[k + 1].kind == .number)) {
                    break
                }
            } else if !(u.kind == .punct && (u.lower == "&" || u.lower == "-")) {
                break
            }
            k += 1
            if k - start > 14 { break }
        }
        // Do not end on a preposition or determiner.
        while k > start && (lexicon.npPrepositions.contains(lower(k - 1)) || lexicon.determiners.contains(lower(k - 1)) || lower(k - 1) == "'s") {
            k -= 1
        }
        return k > start ? start..<k : nil
    }

    /// The first token of the main verb group after the subject at `start` (for participle subjects).
    func firstVerbAfter(_ start: Int, before limit: Int) -> Int {
        var k = start
        while k < limit {
            if isCueVerb(k) || lexicon.passiveMarkers.contains(lower(k)) || lexicon.auxiliaries.contains(lower(k))
                || isPunct(k, ",")
            {
                return k
            }
            if isWord(k) && !tokens[k].cap && k > start && lower(k).hasSuffix("ed") { return k }
            k += 1
        }
        return limit
    }

    /// Where the subject of sentence `s` can start: after an adverbial that
    /// opens it with a comma ("In a statement, Scott said", "Hours later,
    /// Trump returned", "Essentially, the lawyers found"), which is never
    /// the speaker of a participle cue later in the sentence.
    func subjectStart(_ s: Range<Int>) -> Int {
        let f = afterDateline(s)
        guard isWord(f) else { return f }
        var c = f + 1
        while c < s.upperBound && c < f + 20 && !isPunct(c, ",") {
            // A subject and its verb before the comma make it a clause: On Tuesday she doubled down, …
            let w = lower(c)
            if tokens[c].kind == .quote || lexicon.personalPronouns.contains(w) || lexicon.passiveMarkers.contains(w) || isCueVerb(c)
                || (!tokens[c].cap && w.count > 4 && w.hasSuffix("ed"))
            {
                return f
            }
            c += 1
        }
        guard c + 1 < s.upperBound, isPunct(c, ",") else { return f }
        let first = lower(f)
        let last = lower(c - 1)
        let opensAdverbial = Self.adverbialPrepositions.contains(first) || Self.adverbialOpeners.contains(first)
            || (c == f + 1 && first.hasSuffix("ly")) || last == "later" || last == "ago" || last == "earlier"
        return opensAdverbial ? c + 1 : f
    }

    /// The first token after a dateline that opens sentence `s` ("WASHINGTON
    /// —", "BERLIN (Reuters) -"): words in capitals, a parenthesis, a dash.
    func afterDateline(_ s: Range<Int>) -> Int {
        var k = s.lowerBound
        while k < s.upperBound && k < s.lowerBound + 4 && isWord(k) && !text[tokens[k].start..<tokens[k].end].contains(where: \.isLowercaseLetter) { k += 1 }
        guard k > s.lowerBound else { return s.lowerBound }
        if isPunct(k, ",") { k += 1; while k < s.upperBound && k < s.lowerBound + 8 && isWord(k) { k += 1 } }
        if isPunct(k, "(") { while k < s.upperBound && k < s.lowerBound + 10 && !isPunct(k, ")") { k += 1 }; k += 1 }
        guard k + 1 < s.upperBound, Self.dashes.contains(lower(k)) else { return s.lowerBound }
        return k + 1
    }

    /// Words besides prepositions that open a sentence's adverbial: Shortly after …, Appearing before …
    static let adverbialOpeners: Set<String> = [
        "shortly", "appearing", "speaking", "with", "without", "for", "under", "like", "unlike", "among", "despite", "amid",
        "following", "earlier", "later", "meanwhile", "yesterday", "today", "back",
    ]

    /// The noun phrase that opens a clause at `start` and ends before a
    /// finite verb (a form in -s or -ed) before `limit`: "The email goes on
    /// to say:".
    func subjectOpening(_ start: Int, before limit: Int) -> Range<Int>? {
        for v in (start + 1)..<max(start + 1, min(limit, start + 6)) where isWord(v) && !tokens[v].cap && (lower(v).hasSuffix("s") || lower(v).hasSuffix("ed")) {
            if let np = leftNP(endingBefore: v, limit: start, simple: true), np.lowerBound == start, !lexicon.determiners.contains(lower(np.upperBound - 1)) { return np }
        }
        return nil
    }

    /// The subject of the clause before token `i`: a name or pronoun followed by a verb.
    func subjectBefore(_ i: Int, _ s: Range<Int>) -> Range<Int>? {
        var v = i - 1
        while v > s.lowerBound {
            if isWord(v), !tokens[v].cap, isWord(v - 1), tokens[v - 1].cap || lexicon.personalPronouns.contains(lower(v - 1)),
                !lexicon.npStops.contains(lower(v)) || lexicon.auxiliaries.contains(lower(v)),
                !lexicon.npPrepositions.contains(lower(v)), !lexicon.determiners.contains(lower(v)), lower(v) != "'s"
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
}
