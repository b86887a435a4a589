import ArtText

/// Where reported content starts after a cue, where it ends, and its span.
extension QuoteAnalysis {
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
            if let e = quotationEnd(at: k, s) { return e }
            // ", saying …" / "and expressing hope …": a new participle cue.
            if k > a, isWord(k), lower(k).hasSuffix("ing"), isCueVerb(k) || lower(k) == "expressing",
                isPunct(k - 1, ",") || lower(k - 1) == "and"
            {
                var e = k - 1
                if lower(e) == "and" && isPunct(e - 1, ",") { e -= 1 }
                // ", and saying" right at the start leaves no content, not less.
                return max(e, a)
            }
            if k > a, lower(k) == "and" || lower(k) == "but", isCueVerb(k + 1) || (lexicon.auxiliaries.contains(lower(k + 1)) && isCueVerb(k + 2)) {
                return isPunct(k - 1, ",") ? k - 1 : k
            }
            if k > a, let e = nestedReportStart(k, after: a) { return e }
            if k > a, attributionPhrase(at: k) != nil {
                return isPunct(k - 1, ",") ? k - 1 : k
            }
            // "Salceda, citing data from the department, said that …": the subject's own verb follows.
            if k > a, isPunct(k, ","), isCueVerb(k + 1), !lower(k + 1).hasSuffix("ing"), !tokens[k + 1].cap {
                return k
            }
            if k > a, isPunct(k, ","), lower(k + 1) == "while" || lower(k + 1) == "although" {
                return k
            }
            k += 1
        }
        return s.upperBound
    }

    /// A report of someone else's inside reported content ends it, as the
    /// annotation gives each its own (`said he makes $41,000, though Ann Lee
    /// said …`, `…, who said they could change their mind`): for the finite
    /// speech verb at `k` with a subject of its own after a comma or a
    /// conjunction, where the content stops. A parenthetical one (`when, he
    /// said, protesters …`) belongs to the content.
    func nestedReportStart(_ k: Int, after a: Int) -> Int? {
        guard cueKinds[k].contains(.speech), !tokens[k].cap, let lemma = lexicon.speechVerbs[lower(k)], lemma != lower(k) || lower(k) == "say" || lower(k) == "tell",
            !lower(k).hasSuffix("ing"), !isPunct(k + 1, ",")
        else { return nil }
        // Auxiliaries and adverbs may stand between: "but she also insisted".
        var v = k
        while v - 1 > a && isWord(v - 1) && lexicon.auxiliaries.contains(lower(v - 1)) { v -= 1 }
        guard let np = leftNP(endingBefore: v, limit: a + 1, simple: true), np.upperBound == v else { return nil }
        let b = np.lowerBound - 1
        guard b > a else { return nil }
        if isPunct(b, ",") { return b }
        // `…, “been friends for some time,” he claimed …`: a comma inside the closing mark.
        if tokens[b].kind == .quote, isPunct(b - 1, ","), b - 1 > a { return b - 1 }
        guard Self.clauseJoiners.contains(lower(b)) else { return nil }
        // "which Washington and its allies have said": without a comma, "and" joins subjects unless a pronoun follows.
        if lower(b) == "and", !isPunct(b - 1, ","), !(np.count == 1 && lexicon.personalPronouns.contains(lower(np.lowerBound))) { return nil }
        return isPunct(b - 1, ",") ? b - 1 : b
    }

    /// Words that join a clause with a subject of its own.
    static let clauseJoiners: Set<String> = ["and", "but", "though", "although", "while", "whereas", "because", "as", "who"]

    /// A quotation that ends with a sentence's mark and is followed by a
    /// capitalised word ends the content: `called Trump a “liar.” Carly
    /// Fiorina said …`, which the segmenter keeps in one sentence as a quote
    /// and its attribution. The token after the closing marks, or nil.
    func quotationEnd(at k: Int, _ s: Range<Int>) -> Int? {
        guard isSentenceEnd(k) else { return nil }
        var e = k + 1
        while e < s.upperBound && tokens[e].kind == .quote && tokens[e].start == tokens[e - 1].end { e += 1 }
        guard e > k + 1, e < s.upperBound, tokens[e].cap else { return nil }
        return e
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
        while end > start && text[end - 1].isSpace { end -= 1 }
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
            // called for a boycott, called on Congress to act: the demand after the particle.
            if lower(j) == "for" || lower(j) == "on" { return isWord(j + 1) && !isTimeWord(j + 1) ? j + 1 : nil }
        }
        if lexicon.hearerVerbs.contains(w) { return clauseStart(afterHearer: j, verb: w, e) }
        let k = skippingTimeAdverbials(from: j, e)
        // vowed to fight, hopes to win
        if k < e, lower(k) == "to", isWord(k + 1), takesInfinitive(w) { return k }
        if k < e, Self.adverbialPrepositions.contains(lower(k)), !(lower(k) == "to" && !lexicon.speechVerbs.keys.contains(w)) {
            return clauseStart(afterAdverbial: k, e)
        }
        if k < e && lexicon.complementizers.contains(lower(k)) { return k + 1 }
        if k < e && isPunct(k, ":") { return k + 1 < e ? k + 1 : nil }
        if k < e && isPunct(k, ",") {
            // said, however, that …
            // sagte, dass …: a comma stands before the complementizer.
            if lexicon.commaBeforeComplementizer, lexicon.complementizers.contains(lower(k + 1)) { return k + 2 }
            if lower(k + 1) == "however" || lower(k + 1) == "though" {
                if isPunct(k + 2, ","), lower(k + 3) == "that" { return k + 4 }
            }
            return nil
        }
        guard k < e, isWord(k) else {
            if k < e, tokens[k].kind == .quote, !used[k] { return k }
            return nil
        }
        return clauseStart(atWord: k, verb: w)
    }

    /// Prepositions that open an adverbial between a cue and its content: said in a statement that.
    static let adverbialPrepositions: Set<String> = [
        "in", "on", "at", "during", "after", "before", "to", "from", "while", "last", "via", "through", "of",
    ]

    /// Objects that are the hearer of a cue: told reporters he …
    static let hearers: Set<String> = [
        "him", "her", "them", "me", "us", "reporters", "journalists", "supporters", "voters", "listeners", "viewers",
        "host", "interviewer", "you", "everyone", "people",
    ]

    static let questionWords: Set<String> = ["whether", "if", "why", "how", "what", "when", "who"]

    /// The content after a hearer: told reporters (that), told the AFP news agency on Monday that.
    func clauseStart(afterHearer j: Int, verb w: String, _ e: Int) -> Int? {
        // urged Congress to act, told them to leave: the hearer and the infinitive.
        if takesInfinitive(w) {
            var m = j + 1
            while m < e && m < j + 7 && isWord(m) && !lexicon.complementizers.contains(lower(m)) {
                if lower(m) == "to" { return isWord(m + 1) ? j : nil }
                m += 1
            }
        }
        var k = j
        while k < e && k < j + 12 {
            if lexicon.complementizers.contains(lower(k)) { return k + 1 }
            if tokens[k].kind != .word && tokens[k].kind != .number && tokens[k].lower != "'s" && tokens[k].lower != "-" { break }
            k += 1
        }
        // told reporters he …
        guard isWord(j) else { return nil }
        let o = lower(j)
        var after = j + 1
        if Self.hearers.contains(o) {
            after = j + 1
        } else if tokens[j].cap {
            // A named hearer with its role or owner: told TheBlaze founder Glenn Beck, told BuzzFeed's Smith.
            while after < e && isWord(after) && (tokens[after].cap || lower(after) == "'s" || lexicon.isTitle(lower(after))) { after += 1 }
        } else if o == "the" || o == "a" || o == "an" {
            after = j + 1
            while after < e && after < j + 4 && isWord(after) && !lexicon.personalPronouns.contains(lower(after)) { after += 1 }
        } else {
            return w.hasPrefix("ask") && Self.questionWords.contains(o) ? j : nil
        }
        if after < e, isWord(after), lexicon.personalPronouns.contains(lower(after)) || ["whether", "if", "why", "how", "what"].contains(lower(after)) {
            return after
        }
        // told reporters the deal was dead, told CNN Biden would run: a
        // subject and an auxiliary within a few words make a clause.
        if o != "the" && o != "a" && o != "an", after < e, isWord(after),
            lexicon.determiners.contains(lower(after)) || tokens[after].cap, clauseHasAuxiliary(from: after + 1, e)
        {
            return after
        }
        return nil
    }

    /// Whether a finite auxiliary ("was", "would", "had") comes within five
    /// words from `k`, before any punctuation or cue.
    func clauseHasAuxiliary(from k: Int, _ e: Int) -> Bool {
        var m = k
        while m < e && m < k + 5 && isWord(m) && !isCueVerb(m) {
            if !tokens[m].cap && Self.finiteAuxiliaries.contains(lower(m)) { return true }
            m += 1
        }
        return false
    }

    static let finiteAuxiliaries: Set<String> = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
        "must", "did", "does", "do", "'s", "'re", "'ll", "'d",
    ]

    /// Skips time words and dates after a cue: said Tuesday that, said on Monday that.
    func skippingTimeAdverbials(from j: Int, _ e: Int) -> Int {
        var k = j
        var skipped = 0
        while k < e && skipped < 10 {
            let t = lower(k)
            guard lexicon.timeWords.contains(t) || lexicon.weekdays.contains(t) || (tokens[k].kind == .number && skipped > 0) else { break }
            k += 1
            skipped += 1
        }
        while k + 1 < e, ["on", "in", "last", "this", "early", "late", "earlier"].contains(lower(k)), isTimeWord(k + 1) {
            k += 2
            while k < e && (isTimeWord(k) || isPunct(k, ",") && isTimeWord(k + 1)) { k += 1 }
        }
        return k
    }

    /// The content after an adverbial that starts with the preposition at `k`:
    /// said in a statement that …, said in a statement, “…”.
    func clauseStart(afterAdverbial k: Int, _ e: Int) -> Int? {
        var m = k + 1
        while m < e && m < k + 12 {
            if lexicon.complementizers.contains(lower(m)) { return m + 1 }
            if isPunct(m, ",") {
                // said in a statement, "…" or said on Monday, adding …
                if m + 1 < e, isWord(m + 1), lexicon.clauseStarters.contains(lower(m + 1)) || tokens[m + 1].cap { return m + 1 }
                return nil
            }
            if tokens[m].kind != .word && tokens[m].kind != .number && tokens[m].lower != "'s" { return nil }
            m += 1
        }
        return nil
    }

    /// Whether the word at `k` starts the content of cue verb `w`: a clause, or an object for the verbs that take one.
    func clauseStart(atWord k: Int, verb w: String) -> Int? {
        let t = lower(k)
        let lemma = lexicon.speechVerbs[w] ?? lexicon.beliefVerbs[w] ?? w
        if lexicon.speechVerbs[w] == nil && lexicon.beliefVerbs[w] == nil, lexicon.broadVerbs[w] != nil {
            if t == "to" || t == "that" || lexicon.determiners.contains(t) || lexicon.personalPronouns.contains(t) || ["how", "what", "whether", "him", "her", "them"].contains(t) {
                return t == "that" ? k + 1 : k
            }
            if lexicon.npStops.contains(t) || lexicon.npPrepositions.contains(t) { return nil }
            return k
        }
        if lexicon.namingVerbs.contains(w) || lexicon.objectVerbs.contains(lemma) {
            // An object as content: denied the report, called the meeting “important”.
            if lexicon.npStops.contains(t) && !lexicon.determiners.contains(t) && !lexicon.personalPronouns.contains(t) { return nil }
            return k
        }
        if lexicon.beliefVerbs[w] != nil && lexicon.speechVerbs[w] == nil && !lexicon.bareClauseVerbs.contains(lemma) {
            // Beliefs need a clause: thinks he can win.
            return lexicon.personalPronouns.contains(t) || t == "there" ? k : nil
        }
        // said yes, said so: an answer of one word.
        if lexicon.speechVerbs[w] != nil, Self.answers.contains(t), !isWord(k + 1) { return k }
        if lexicon.bareClauseVerbs.contains(lemma) {
            if lexicon.clauseStarters.contains(t) || tokens[k].cap || tokens[k].kind == .number { return k }
            if ["say", "add", "write", "argue", "insist", "claim", "note"].contains(lemma) {
                if !lexicon.npStops.contains(t) && !lexicon.npPrepositions.contains(t) && !lexicon.timeWords.contains(t) && !t.hasSuffix("ly") { return k }
            }
        }
        if w.hasPrefix("ask") && Self.questionWords.contains(t) { return k }
        return nil
    }

    /// Whether cue form `w` may take an infinitive as its content.
    func takesInfinitive(_ w: String) -> Bool {
        lexicon.infinitiveVerbs.contains(lexicon.speechVerbs[w] ?? lexicon.beliefVerbs[w] ?? lexicon.broadVerbs[w] ?? w)
    }

    func looksAdjective(_ w: String) -> Bool {
        if lexicon.roleNouns.contains(w) || lexicon.personalPronouns.contains(w) { return false }
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
        return lexicon.weekdays.contains(t) || lexicon.months.contains(t) || tokens[k].kind == .number
            || ["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "day", "days", "weeks", "months", "years"].contains(t)
    }
}
