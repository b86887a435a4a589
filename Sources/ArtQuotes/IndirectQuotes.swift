import ArtCore

/// Reported speech: cue verbs and phrases, sentence by sentence, outside
/// direct quotes.
extension QuoteAnalysis {
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
            // A speaker label's words run to the end of its paragraph.
            if tokens[s.lowerBound].para > 0, isParaStart(s.lowerBound), opensWithSpeakerLabel(s) {
                var e = s.upperBound
                while e < tokens.count && tokens[e].para == tokens[s.lowerBound].para { e += 1 }
                if let q = headlineColon(s.lowerBound..<e) {
                    out.append(q)
                    markUsed(s.lowerBound..<e)
                    continue
                }
            }
            if let q = documentOpener(s) {
                out.append(q)
                markUsed(s)
                continue
            }
            if let q = closingAttribution(s) {
                out.append(q.quote)
                markUsed(q.used)
                continue
            }
            while i < s.upperBound {
                defer { i += 1 }
                if used[i] || !isWord(i) { continue }
                let w = tokens[i].lower
                // according to SPEAKER, CLAUSE / CLAUSE, according to SPEAKER
                if let length = attributionPhrase(at: i) {
                    if let q = accordingTo(i, length: length, s) {
                        out.append(q.quote)
                        lastSpeaker = q.quote.speaker
                        markUsed(q.used)
                        i = q.used.upperBound - 1
                    }
                    continue
                }
                if w == "asked", i == s.lowerBound || Self.questionLeaders.contains(lower(i - 1)),
                    let q = agentlessQuestion(i, s)
                {
                    out.append(q.quote)
                    markUsed(q.used)
                    i = q.used.upperBound - 1
                    continue
                }
                if options.includeBeliefs, cueKinds[i].contains(.beliefAdjective), let q = beliefAdjective(i, s) {
                    out.append(q.quote)
                    markUsed(q.used)
                    i = q.contentStart - 1
                    continue
                }
                if options.includeBeliefs, cueKinds[i].contains(.judgement), let q = agentlessJudgement(i, s) {
                    out.append(q.quote)
                    markUsed(q.used)
                    i = q.contentStart - 1
                    continue
                }
                guard isCueVerb(i) || cueKinds[i].contains(.naming) || (options.includeBeliefs && cueKinds[i].contains(.broad)) else { continue }
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

    /// An attribution that closes its sentence after a comma, "CLAUSE, X
    /// said.", "CLAUSE, according to X.", "CLAUSE, said X.", covers all of
    /// the sentence before it, reports inside included ("Kasich said he
    /// would have fired him, according to press reports."): it is read
    /// before the cues inside.
    mutating func closingAttribution(_ s: Range<Int>) -> Found? {
        var e = s.upperBound
        while e > s.lowerBound && !isWord(e - 1) { e -= 1 }
        var c = e - 1
        while c > s.lowerBound && e - c <= 16 && !isPunct(c, ",") {
            // “…,” Clinton said.: the comma inside the closing mark.
            if tokens[c].kind == .quote, !used[c], let comma = comma(before: c + 1) {
                c = comma
                break
            }
            if tokens[c].kind == .quote || used[c] { return nil }
            c -= 1
        }
        guard c > s.lowerBound + 2, isPunct(c, ",") else { return nil }
        if let length = attributionPhrase(at: c + 1) { return accordingTo(c + 1, length: length, s).map { Found(quote: $0.quote, used: $0.used, contentStart: $0.used.upperBound) } }
        // The speaker and the cue right after the comma; a clause that goes on
        // ("…, while 9 percent found it a deterrent") is a report of its own.
        for k in (c + 1)..<min(e, c + 9) where isCueVerb(k) && !lower(k).hasSuffix("ing") {
            guard k == c + 1 || leftNP(endingBefore: k, limit: c + 1)?.lowerBound == c + 1 else { continue }
            guard let f = verbCue(k, s, lastSpeaker: nil), f.quote.end <= tokens[c].start else { return nil }
            return f
        }
        return nil
    }

    /// A judgement no one is named for, "The White House is expected to sign
    /// the measure", "The economy seemed impervious to shocks": the whole
    /// clause, its subject too, with no speaker; the cue is the verb group.
    func agentlessJudgement(_ i: Int, _ s: Range<Int>) -> Found? {
        let w = lower(i)
        var cueStart = i
        if lexicon.judgementParticiples.contains(w) {
            guard lower(i + 1) == "to" || lower(i + 1) == "as" else { return nil }
            var b = i - 1
            while b > s.lowerBound && isWord(b) && (lower(b).hasSuffix("ly") || lower(b) == "not" || lower(b) == "n't" || lower(b) == "also") { b -= 1 }
            guard b > s.lowerBound, ["is", "was", "are", "were", "be", "been", "'s", "'re"].contains(lower(b)) else { return nil }
            cueStart = b
        } else if let lemma = lexicon.broadVerbs[w], lexicon.judgementVerbs.contains(lemma) {
            // "trying to appear moderate": an infinitive is no judgement of the writer's.
            guard cueStart > s.lowerBound, !w.hasSuffix("ing"), isWord(i - 1), !lexicon.determiners.contains(lower(i - 1)), lower(i - 1) != "to" else { return nil }
            // "appeared on Fox News" is no judgement.
            if lexicon.npPrepositions.contains(lower(i + 1)) || lower(i + 1) == "before" { return nil }
        } else {
            return nil
        }
        if cueStart == i, lower(i + 1) == "to", isWord(i + 2), isCueVerb(i + 2) || lexicon.broadVerbs[lower(i + 2)] != nil || lexicon.namingVerbs.contains(lower(i + 2)) {
            return judgedReport(cueStart, i + 2, s)
        }
        let ce = contentEnd(from: i + 1, s)
        for k in s.lowerBound..<ce where used[k] { return nil }
        guard wordCount(i + 1, ce) >= 2, let (a, b) = trimmedContent(s.lowerBound, ce) else { return nil }
        let cue = QuoteCue(start: tokens[cueStart].start, end: tokens[i].end, text: str(tokens[cueStart].start, tokens[i].end))
        return Found(quote: Quote(start: a, end: b, type: .indirect, speaker: nil, cue: cue), used: s.lowerBound..<ce, contentStart: ce)
    }

    /// "Some Democrats are hopeful they can win", "She remains convinced
    /// that …": a belief said by an adjective after a form of "be" or
    /// "remain"; the subject is the speaker, the cue runs from the verb to
    /// the adjective, the content is the clause after it.
    func beliefAdjective(_ i: Int, _ s: Range<Int>) -> Found? {
        var b = i - 1
        while b > s.lowerBound && isWord(b) && (lower(b).hasSuffix("ly") || ["not", "n't", "still", "very", "more", "less", "so", "also"].contains(lower(b))) { b -= 1 }
        guard b > s.lowerBound, ["is", "was", "are", "were", "be", "been", "'s", "'re", "am", "remain", "remains", "remained"].contains(lower(b)) else { return nil }
        var cs = i + 1
        if lexicon.complementizers.contains(lower(cs)) || lower(cs) == "about" || lower(cs) == "of" {
            cs += 1
        } else {
            guard isWord(cs), lexicon.personalPronouns.contains(lower(cs)) || lexicon.determiners.contains(lower(cs)) || tokens[cs].cap else { return nil }
        }
        var v = b
        while v - 1 > s.lowerBound && isWord(v - 1) && lexicon.auxiliaries.contains(lower(v - 1)) { v -= 1 }
        guard cs < s.upperBound, let np = leftNP(endingBefore: v, limit: s.lowerBound) else { return nil }
        let ce = contentEnd(from: cs, s)
        for k in np.lowerBound..<ce where used[k] && tokens[k].kind != .quote { return nil }
        guard let (a, e) = trimmedContent(cs, ce) else { return nil }
        let cue = QuoteCue(start: tokens[b].start, end: tokens[i].end, text: str(tokens[b].start, tokens[i].end))
        return Found(quote: Quote(start: a, end: e, type: .indirect, speaker: speakerObject(np), cue: cue), used: np.lowerBound..<ce, contentStart: ce)
    }

    /// "Mr. Cruz seemed to mock his vague talk": the judgement is about a report, whose speaker is the
    /// subject and whose content follows the verb at `v`; the cue runs from
    /// `cueStart` to it.
    func judgedReport(_ cueStart: Int, _ v: Int, _ s: Range<Int>) -> Found? {
        guard let np = leftNP(endingBefore: cueStart, limit: s.lowerBound), let cs = clauseStart(after: v, s) ?? (isWord(v + 1) ? v + 1 : nil) else { return nil }
        let ce = contentEnd(from: cs, s)
        for k in np.lowerBound..<ce where used[k] && tokens[k].kind != .quote { return nil }
        guard let (a, b) = trimmedContent(cs, ce) else { return nil }
        let cue = QuoteCue(start: tokens[cueStart].start, end: tokens[v].end, text: str(tokens[cueStart].start, tokens[v].end))
        return Found(quote: Quote(start: a, end: b, type: .indirect, speaker: speakerObject(np), cue: cue), used: np.lowerBound..<ce, contentStart: ce)
    }

    /// "Asked whether the talks failed, the minister said …": the question, with no speaker.
    func agentlessQuestion(_ i: Int, _ s: Range<Int>) -> (quote: Quote, used: Range<Int>)? {
        var k = i + 1
        while k < s.upperBound && k < i + 8 && !["whether", "if", "what", "why", "how", "when", "who", "about"].contains(lower(k)) {
            if isPunct(k, ",") || tokens[k].kind == .quote { return nil }
            k += 1
        }
        guard k < s.upperBound, k < i + 8 else { return nil }
        // To the comma that closes the clause, or to where the content ends: "…,” he said when asked about it.
        var c = k + 1
        while c < s.upperBound && !isPunct(c, ",") { c += 1 }
        if c == s.upperBound { c = contentEnd(from: k, s) }
        for m in k..<c where used[m] { return nil }
        guard let (a, b) = trimmedContent(k, c) else { return nil }
        let cue = QuoteCue(start: tokens[i].start, end: tokens[i].end, text: str(tokens[i].start, tokens[i].end))
        return (Quote(start: a, end: b, type: .indirect, speaker: nil, cue: cue), i..<(c + 1))
    }

    struct Found {
        var quote: Quote
        var used: Range<Int>
        var contentStart: Int
    }

    /// What one step of reading a cue decided.
    enum CueOutcome {
        case found(Found)
        /// The cue has no content here; no later reading applies.
        case rejected
        /// This reading does not apply; try the next.
        case notFound
    }

    /// Reported speech around the cue verb at `i`: SPEAKER CUE (that) CLAUSE,
    /// or CLAUSE, SPEAKER CUE / CLAUSE, CUE SPEAKER.
    mutating func verbCue(_ i: Int, _ s: Range<Int>, lastSpeaker: QuoteSpeaker?) -> Found? {
        guard let isParticiple = cueForm(i, s) else { return nil }
        let w = lower(i)
        let (speakerRange, speaker) = cueSpeaker(i, s, isParticiple: isParticiple, lastSpeaker: lastSpeaker)
        let cue = QuoteCue(start: tokens[i].start, end: tokens[i].end, text: str(tokens[i].start, tokens[i].end))
        if let speaker {
            switch contentAfterCue(i, s, speaker: speaker, cue: cue) {
            case .found(let f): return f
            case .rejected: return nil
            case .notFound: break
            }
        }
        if lexicon.namingVerbs.contains(w) && lexicon.speechVerbs[w] == nil { return nil }
        guard !isParticiple else { return nil }
        return contentBeforeCue(i, s, speakerRange: speakerRange, speaker: speaker, cue: cue)
    }

    /// Whether the word at `i` is used as a cue here: nil when it is not (a
    /// passive, a noun, a bare -ing form), else whether it is a participle
    /// cue (`…, saying`, `and added`) that takes the sentence's speaker.
    func cueForm(_ i: Int, _ s: Range<Int>) -> Bool? {
        let w = lower(i)
        // "…, saying", "and added", and a gerund after a preposition: "by saying", "before adding".
        // A coordinated verb takes the subject too, after its auxiliaries: "has expressed concerns but has said".
        var c = i - 1
        while c > s.lowerBound && isWord(c) && lexicon.auxiliaries.contains(lower(c)) { c -= 1 }
        let isParticiple = (w.hasSuffix("ing") && (isPunct(i - 1, ",") || lower(i - 1) == "and" || Self.gerundPrepositions.contains(lower(i - 1))))
            || ((lower(c) == "and" || lower(c) == "but") && isCueVerb(i))
        // Passive: was told, is said to.
        var b = i - 1
        while b >= s.lowerBound && isWord(b) && lexicon.auxiliaries.contains(lower(b)) { b -= 1 }
        if b >= s.lowerBound && isWord(b) && lexicon.passiveMarkers.contains(lower(b)) { return nil }
        if lower(i + 1) == "to" && lexicon.speechVerbs[w] == "say" { return nil }
        // Progressive forms need a form of "be": is saying; other -ing forms are not cues here.
        if w.hasSuffix("ing") && !isParticiple {
            guard b >= s.lowerBound, isWord(b), ["is", "was", "are", "were", "been", "am", "'s"].contains(lower(b)) else { return nil }
        }
        // A noun that looks like a verb: "a simple question", "expansive plans", "best hope".
        if !w.hasSuffix("ed") && !w.hasSuffix("ing") && !Self.irregularCueForms.contains(w), i - 1 >= s.lowerBound, isWord(i - 1) {
            let prev = lower(i - 1)
            if lexicon.determiners.contains(prev) || prev == "'s" || prev == "of" || lexicon.npPrepositions.contains(prev) { return nil }
            if !tokens[i - 1].cap && looksAdjective(prev) { return nil }
        }
        return isParticiple
    }

    /// Prepositions whose gerund cue takes the sentence's speaker: soared in the polls by saying that …
    static let gerundPrepositions: Set<String> = ["by", "after", "before", "while", "without", "upon", "when"]

    /// Verb forms that are never nouns, though they end neither in -ed nor in -ing.
    static let irregularCueForms: Set<String> = [
        "said", "told", "wrote", "says", "tells", "writes", "thought", "knew", "felt", "found", "showed", "shown", "sought",
    ]

    /// The speaker of the cue at `i`: for a participle the last speaker or the
    /// sentence's subject, else the noun phrase right before the cue.
    func cueSpeaker(_ i: Int, _ s: Range<Int>, isParticiple: Bool, lastSpeaker: QuoteSpeaker?) -> (Range<Int>?, QuoteSpeaker?) {
        guard isParticiple else {
            guard let np = leftNP(endingBefore: i, limit: s.lowerBound) else { return (nil, nil) }
            // Reject phrases inside a used span.
            for k in np where used[k] { return (nil, nil) }
            return (np, speakerObject(np))
        }
        if let speaker = participleSpeakers[i] ?? lastSpeaker { return (nil, speaker) }
        let clause = subjectStart(s)..<s.upperBound
        if let np = subjectBefore(i, clause) { return (np, speakerObject(np)) }
        if !lower(i).hasSuffix("ing"), let np = leftNP(endingBefore: firstVerbAfter(clause.lowerBound, before: i - 1), limit: clause.lowerBound) {
            return (np, speakerObject(np))
        }
        if let np = leftNP(endingBefore: firstVerbAfter(clause.lowerBound, before: i), limit: clause.lowerBound) {
            return (np, speakerObject(np))
        }
        return (nil, nil)
    }

    /// SPEAKER CUE (that) CLAUSE: the content after the cue.
    func contentAfterCue(_ i: Int, _ s: Range<Int>, speaker: QuoteSpeaker, cue: QuoteCue) -> CueOutcome {
        guard let cs = clauseStart(after: i, s) else { return .notFound }
        let w = lower(i)
        if cs < s.upperBound && tokens[cs].kind == .quote && used[cs] { return .rejected }
        let ce = relativeClauseEnd(cue: i, from: cs) ?? contentEnd(from: cs, s)
        guard let (a, b) = trimmedContent(cs, ce) ?? oneWordContent(cs, ce, verb: w) else { return .notFound }
        if lexicon.namingVerbs.contains(w) && !containsEmbeddedQuote(cs, ce) && lexicon.speechVerbs[w] == nil
            && !(options.includeBeliefs && lexicon.broadVerbs[w] != nil)
        {
            return .rejected
        }
        for k in cs..<ce where used[k] && tokens[k].kind != .quote { return .rejected }
        // Appearances are the writer's reading, not the subject's words: he seems to ...
        let lemma = lexicon.broadVerbs[w] ?? ""
        let impersonal = lemma == "seem" || lemma == "appear"
        let q = Quote(start: a, end: b, type: .indirect, speaker: impersonal ? nil : speaker, cue: cue)
        return .found(Found(quote: q, used: i..<ce, contentStart: cs))
    }

    /// Content of one word: the person or pronoun a stance is about
    /// (endorsed Trump, attacked him) or an answer (said yes, said so).
    func oneWordContent(_ cs: Int, _ ce: Int, verb w: String) -> (Int, Int)? {
        var e = ce
        while e > cs && !isWord(e - 1) { e -= 1 }
        guard e == cs + 1, isWord(cs) else { return nil }
        let t = lower(cs)
        let stance = lexicon.broadVerbs[w] != nil || lexicon.namingVerbs.contains(w)
        let fits = stance ? tokens[cs].cap || Self.objectPronouns.contains(t) : lexicon.speechVerbs[w] != nil && Self.answers.contains(t)
        return fits ? (tokens[cs].start, tokens[cs].end) : nil
    }

    static let objectPronouns: Set<String> = ["him", "her", "them", "it", "me", "us"]
    static let answers: Set<String> = ["yes", "no", "so"]

    /// A report in a relative clause, "Mr. Scott, who has called the
    /// comments “racially toxic,” portrayed …", ends at the comma that
    /// closes the clause; nil when the cue at `i` is not in one.
    func relativeClauseEnd(cue i: Int, from cs: Int) -> Int? {
        var k = i - 1
        while k > cs - 8 && k > 0 && isWord(k) && lower(k) != "who" && (lexicon.auxiliaries.contains(lower(k)) || lower(k).hasSuffix("ly")) { k -= 1 }
        // "…, who said …," and "those who said …,": the clause closes at its comma.
        guard lower(k) == "who", isPunct(k - 1, ",") || Self.relativeAntecedents.contains(lower(k - 1)) else { return nil }
        let s = sentences[sentenceOf[i]]
        var m = cs + 1
        while m < s.upperBound && !isPunct(m, ",") && !isSentenceEnd(m) { m += 1 }
        guard m < s.upperBound, isPunct(m, ",") else { return nil }
        // The comma inside a closing mark: called the comments “racially toxic,” portrayed …
        let end = m + 1 < s.upperBound && tokens[m + 1].kind == .quote ? m + 2 : m
        return min(end, contentEnd(from: cs, s))
    }

    /// CLAUSE, SPEAKER CUE. / CLAUSE, CUE SPEAKER.: the content before the speaker.
    mutating func contentBeforeCue(_ i: Int, _ s: Range<Int>, speakerRange: Range<Int>?, speaker: QuoteSpeaker?, cue: QuoteCue) -> Found? {
        var afterCue = i + 1
        var inverted: Range<Int>? = nil
        if speakerRange == nil, isPunct(i - 1, ",") || (i - 1 >= s.lowerBound && tokens[i - 1].kind == .quote) {
            if let np = rightNP(startingAt: i + 1, limit: s.upperBound) {
                inverted = np
                afterCue = np.upperBound
            }
        }
        var tail = afterCue
        let rest = speakerRange == nil ? nil : contentAfterParenthetical(afterCue, s)
        if let rest {
            tail = rest.end
        } else {
            // Adjuncts after the cue up to the sentence end: told the AFP news agency on Monday.
            while tail < s.upperBound && !isSentenceEnd(tail) && tokens[tail].kind != .quote {
                if lexicon.complementizers.contains(lower(tail)) || isPunct(tail, ":") || isPunct(tail, ";") { return nil }
                tail += 1
            }
            // An apposition after an inverted speaker may be long: said Ann Lee, an expert who has …
            guard tail - afterCue <= (inverted != nil && isPunct(afterCue, ",") ? 40 : 14) else { return nil }
        }
        var speaker = speaker
        let subjectStart: Int
        if let r = speakerRange {
            subjectStart = r.lowerBound
            // The speaker must follow a comma, or "as" with a cue of saying that ends there: "…, as Cruz said."
            let asSaid = lower(subjectStart - 1) == "as" && lexicon.speechVerbs[lower(i)] != nil
                && (isSentenceEnd(i + 1) || isPunct(i + 1, ",") || Self.adverbialPrepositions.contains(lower(i + 1)) || lexicon.weekdays.contains(lower(i + 1)))
            guard subjectStart - 1 >= s.lowerBound, comma(before: subjectStart) != nil || asSaid else {
                // Apposition: "…, Smith, a pollster, said."
                return appositionPost(i, s, speakerRange: r, speaker: speaker, cue: cue)
            }
        } else if let r = inverted {
            subjectStart = i
            speaker = speakerObject(r)
        } else {
            return nil
        }
        let ce = comma(before: subjectStart) ?? subjectStart - 1
        let cs = s.lowerBound
        // Only an opening adverbial before the speaker is no content: "Just three hours later, Obama found himself …".
        guard ce > cs, rest != nil || speakerRange == nil || self.subjectStart(s) != subjectStart else { return nil }
        for k in cs..<ce where used[k] { return nil }
        // Before a parenthetical attribution one word is enough: "Survival, he says, depends on …".
        let oneWord = rest != nil && ce == cs + 1 && isWord(cs) ? (tokens[cs].start, tokens[cs].end) : nil
        guard let (a, b) = trimmedContent(cs, ce) ?? oneWord else { return nil }
        var q = Quote(start: a, end: b, type: .indirect, speaker: speaker, cue: cue)
        if let rest {
            q.end = rest.span.end
            q.fragments = [TextSpan(start: a, end: b), rest.span]
        }
        return Found(quote: q, used: cs..<max(tail, i + 1), contentStart: tail)
    }

    /// A parenthetical attribution in mid-sentence, "The goal, he said, is a
    /// durable cease-fire.": the content goes on after the comma at `k`, to
    /// where reported content ends. Nil when no comma follows the cue, or a
    /// report of its own starts there (`…, she said, adding that …`).
    func contentAfterParenthetical(_ k: Int, _ s: Range<Int>) -> (span: TextSpan, end: Int)? {
        guard k + 1 < s.upperBound, isPunct(k, ","), !startsOwnReport(k + 1, limit: s.upperBound), attributionPhrase(at: k + 1) == nil else { return nil }
        let end = contentEnd(from: k + 1, s)
        for m in (k + 1)..<end where used[m] { return nil }
        guard let (a, b) = trimmedContent(k + 1, end) else { return nil }
        return (TextSpan(start: a, end: b), end)
    }

    /// "…, Jens Stoltenberg, the alliance's chief, said." — the content before the name.
    mutating func appositionPost(_ i: Int, _ s: Range<Int>, speakerRange: Range<Int>, speaker: QuoteSpeaker?, cue: QuoteCue) -> Found? {
        let nameStart = speakerRange.lowerBound
        guard nameStart - 1 > s.lowerBound, isPunct(nameStart - 1, ",") else { return nil }
        var tail = i + 1
        while tail < s.upperBound && !isSentenceEnd(tail) {
            if lexicon.complementizers.contains(lower(tail)) || tokens[tail].kind == .quote { return nil }
            tail += 1
        }
        let ce = nameStart - 1
        for k in s.lowerBound..<ce where used[k] { return nil }
        if let (a, b) = trimmedContent(s.lowerBound, ce) {
            return Found(quote: Quote(start: a, end: b, type: .indirect, speaker: speaker, cue: cue), used: s.lowerBound..<tail, contentStart: tail)
        }
        return nil
    }

    /// The comma that ends the clause before token `k`: right before it, or
    /// inside the closing mark right before it (`…turbulence,” Clinton said`).
    func comma(before k: Int) -> Int? {
        if isPunct(k - 1, ",") { return k - 1 }
        if k - 2 >= 0, tokens[k - 1].kind == .quote, isPunct(k - 2, ",") { return k - 2 }
        return nil
    }

    func containsEmbeddedQuote(_ a: Int, _ b: Int) -> Bool {
        for k in a..<b where tokens[k].kind == .quote && !used[k] { return true }
        return false
    }

    /// According to SPEAKER, CLAUSE / CLAUSE, according to SPEAKER (the phrase is `length` tokens).
    mutating func accordingTo(_ i: Int, length: Int, _ s: Range<Int>) -> (quote: Quote, used: Range<Int>)? {
        let after = i + length
        var found = rightNP(startingAt: after, limit: s.upperBound)
        if found == nil, isWord(after), !lexicon.npStops.contains(lower(after)) { found = npForward(after, limit: s.upperBound) }
        guard var np = found else { return nil }
        if lexicon.verbSecond { np = verbSecondPhrase(np) }
        let last = after - 1
        let cue = QuoteCue(start: tokens[i].start, end: tokens[last].end, text: str(tokens[i].start, tokens[last].end))
        let speaker = speakerObject(np)
        var k = i - 1
        while k >= s.lowerBound && (isPunct(k, ",") || lower(k) == "but" || lower(k) == "and") { k -= 1 }
        if k < s.lowerBound {
            // According to X, CLAUSE.
            var c = np.upperBound
            while c < s.upperBound && !isPunct(c, ",") && c < np.upperBound + 8 { c += 1 }
            let contentStart: Int
            if c < s.upperBound, isPunct(c, ",") {
                contentStart = c + 1
            } else if lexicon.verbSecond, isWord(np.upperBound) {
                // Laut X soll …: the phrase fills the first place, the verb follows.
                contentStart = np.upperBound
            } else {
                return nil
            }
            let ce = contentEnd(from: contentStart, s)
            for m in contentStart..<ce where used[m] && tokens[m].kind != .quote { return nil }
            guard let (a, b) = trimmedContent(contentStart, ce) else { return nil }
            return (Quote(start: a, end: b, type: .indirect, speaker: speaker, cue: cue), s.lowerBound..<ce)
        }
        // CLAUSE, according to X.
        let ce = i
        for m in s.lowerBound..<ce where used[m] { return nil }
        guard let (a, b) = trimmedContent(s.lowerBound, ce) else { return nil }
        var q = Quote(start: a, end: b, type: .indirect, speaker: speaker, cue: cue)
        // "Since November, according to Human Rights Watch, forces have killed 400": the clause goes on after X.
        if let rest = contentAfterParenthetical(np.upperBound, s) {
            q.end = rest.span.end
            q.fragments = [TextSpan(start: a, end: b), rest.span]
            return (q, s.lowerBound..<rest.end)
        }
        return (q, s.lowerBound..<np.upperBound)
    }

    /// The noun phrase that fills the first place before a verb-second verb:
    /// it ends at the first lower-case word after its noun that is no article
    /// or preposition (Laut dem Landesamt | fehlen 300 Lehrer).
    func verbSecondPhrase(_ np: Range<Int>) -> Range<Int> {
        guard let noun = np.first(where: { tokens[$0].cap }) else { return np }
        for k in (noun + 1)..<np.upperBound where !tokens[k].cap && !lexicon.determiners.contains(lower(k)) && !lexicon.npPrepositions.contains(lower(k)) {
            return np.lowerBound..<k
        }
        return np
    }

    /// Quoted words after a naming or speech verb that no reported clause covers.
    func partialWithoutClause(_ p: MarkPair) -> Quote? {
        guard p.open > 0, !used[p.open] else { return nil }
        let s = sentences[sentenceOf[p.open]]
        var k = p.open - 1
        var steps = 0
        while k >= s.lowerBound && steps < 10 {
            if used[k] { return nil }
            if isWord(k) && (lexicon.namingVerbs.contains(lower(k)) || isCueVerb(k)) {
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
