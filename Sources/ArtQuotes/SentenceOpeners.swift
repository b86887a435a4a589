import ArtCore

/// Reports that open a sentence without a cue verb: a headline's "Name:
/// claim", a transcript's speaker label, and a document or a message that
/// opens the sentence ("In a new poll, …"). `findIndirect` reads them
/// before the cues inside the sentence.
extension QuoteAnalysis {
    /// A headline "Mark Ruiz: We Will Win" — a short name, a colon, the claim.
    func headlineColon(_ s: Range<Int>) -> Quote? {
        guard let c = headlineColonIndex(s), !used[c + 1] else { return nil }
        // A claim that is one quotation is a direct quote's (findDirect); one with quoted words in it is this one.
        if tokens[c + 1].kind == .quote && !insideHeadlineClaimAfter(c, s) { return nil }
        guard let (a, b) = trimmedContent(c + 1, s.upperBound) else { return nil }
        let sp = speakerObject(s.lowerBound..<c)
        return Quote(start: a, end: b, type: .indirect, speaker: sp, cue: QuoteCue(start: tokens[c].start, end: tokens[c].end, text: ":"))
    }

    /// The colon of a headline "Mark Ruiz: …": after a short capitalised
    /// name that opens the sentence, with words after it.
    func headlineColonIndex(_ s: Range<Int>) -> Int? {
        var c = s.lowerBound
        while c < s.upperBound && c < s.lowerBound + 6 && !isPunct(c, ":") { c += 1 }
        guard c < s.upperBound, isPunct(c, ":"), c > s.lowerBound, c + 1 < s.upperBound, tokens[s.lowerBound].cap else { return nil }
        for k in s.lowerBound..<c where !isWord(k) && tokens[k].lower != "'s" { return nil }
        return c
    }

    /// A document or a message that opens the sentence, when no one else
    /// in it reports: a poll's findings are the poll's ("In a CBS News poll
    /// last month, Mrs. Clinton led by six points"), a message's words its
    /// sender's, the clause's subject ("In a statement, the senator
    /// dismissed the plan"). The clause after the comma is the content.
    func documentOpener(_ s: Range<Int>) -> Quote? {
        let f = afterDateline(s)
        guard lower(f) == "in", tokens[f].cap, lexicon.determiners.contains(lower(f + 1)) else { return nil }
        var c = f + 2
        var noun: Int? = nil
        while c < s.upperBound && c < f + 14 && !isPunct(c, ",") {
            if tokens[c].kind == .quote || used[c] { return nil }
            let w = lower(c)
            if isWord(c), !tokens[c].cap, Self.openingDocuments.contains(w) || Self.openingMessages.contains(w) {
                noun = noun ?? c
            } else if noun == nil, !tokens[c].cap, lexicon.npStops.contains(w) || lexicon.npPrepositions.contains(w) {
                // The document heads the phrase: not "In eight of nine states where exit polls …".
                return nil
            }
            c += 1
        }
        guard let noun, c + 1 < s.upperBound, isPunct(c, ",") else { return nil }
        for k in (c + 1)..<s.upperBound where used[k] || attributionPhrase(at: k) != nil || (isCueVerb(k) && !readsAsPluralNoun(k)) {
            return nil
        }
        let speaker: Range<Int>
        if Self.openingDocuments.contains(lower(noun)) {
            speaker = (f + 1)..<(noun + 1)
        } else {
            guard let subject = subjectOpening(c + 1, before: s.upperBound) else { return nil }
            speaker = subject
        }
        guard let (a, b) = trimmedContent(c + 1, s.upperBound) else { return nil }
        let type: QuoteType = containsEmbeddedQuote(c + 1, s.upperBound) ? .partial : .indirect
        let cue = QuoteCue(start: tokens[f].start, end: tokens[f].end, text: str(tokens[f].start, tokens[f].end))
        return Quote(start: a, end: b, type: type, speaker: speakerObject(speaker), cue: cue)
    }

    /// A cue's form in -s after a number or a determiner is a plural noun:
    /// "by six points", "the claims".
    func readsAsPluralNoun(_ k: Int) -> Bool {
        k > 0 && lower(k).hasSuffix("s") && (tokens[k - 1].kind == .number || lexicon.determiners.contains(lower(k - 1)) && lower(k - 1) != "that")
    }

    static let openingDocuments: Set<String> = [
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "audit", "review", "census", "filing",
    ]
    static let openingMessages: Set<String> = [
        "statement", "post", "tweet", "video", "message", "letter", "email", "e-mail", "interview", "op-ed", "column", "speech",
        "ad", "memo", "assessment", "release",
    ]

    /// A transcript's speaker label opening a paragraph, "TAPPER: …",
    /// "Matthews: Well, …": one to three capitalised words before a colon,
    /// the last of them the surname of a person the text names in full.
    func opensWithSpeakerLabel(_ s: Range<Int>) -> Bool {
        guard let c = headlineColonIndex(s), c - s.lowerBound <= 3 else { return false }
        for k in s.lowerBound..<c where !tokens[k].cap { return false }
        guard let full = longestByLast[lower(c - 1)] else { return false }
        return full.contains { $0.longest.unicodeScalars.count > tokens[c - 1].end - tokens[c - 1].start }
    }

    /// Whether the quotation that opens the claim after colon `c` leaves words of the claim outside it.
    func insideHeadlineClaimAfter(_ c: Int, _ s: Range<Int>) -> Bool {
        var k = c + 2
        while k < s.upperBound && tokens[k].kind != .quote { k += 1 }
        for m in (k + 1)..<max(k + 1, s.upperBound) where isWord(m) { return true }
        return false
    }
}
