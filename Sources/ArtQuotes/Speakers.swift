/// Speakers and cues as output objects, with the canonical name of the
/// speaker from the entities or from the names in the text.
extension QuoteAnalysis {
    mutating func collectNames() {
        var i = 0
        let n = tokens.count
        while i < n {
            guard tokens[i].kind == .word, tokens[i].cap else { i += 1; continue }
            var j = i
            while j < n && tokens[j].kind == .word && tokens[j].cap && tokens[j].para == tokens[i].para { j += 1 }
            // Strip titles (and, where every noun is capitalised, articles: Der Kanzler Olaf Scholz).
            var a = i
            while a < j && (lexicon.isTitle(tokens[a].lower) || lexicon.nameLeaders.contains(tokens[a].lower)) { a += 1 }
            var personLike: [Bool] = []
            if j - a >= 2 && j - a <= 4 {
                var org = false
                for k in a..<j where lexicon.orgWords.contains(tokens[k].lower) || lexicon.npStops.contains(tokens[k].lower) { org = true }
                if !org {
                    let name = str(tokens[a].start, tokens[j - 1].end)
                    names.append((tokens[a].start, tokens[j - 1].end, name, tokens[j - 1].lower))
                    personLike.append(a > i || readsAsPerson(a..<j))
                    for role in roles(of: i, a, j) {
                        roleMentions[role, default: []].append((tokens[j - 1].end, name, tokens[j - 1].lower))
                    }
                }
            }
            nameIsPerson += personLike
            i = j
        }
        var longestSoFar: [String: (count: Int, text: String)] = [:]
        for nm in names {
            let count = nm.text.unicodeScalars.count
            // Ties keep the earlier mention.
            if count > longestSoFar[nm.last]?.count ?? -1 { longestSoFar[nm.last] = (count, nm.text) }
            longestByLast[nm.last, default: []].append((nm.start, longestSoFar[nm.last]!.text))
        }
        collectPersonMentions()
    }

    /// The role words of the name `a..<j` whose capitalised run starts at
    /// `i`: its titles (`i..<a`), a role noun right before it (`her
    /// spokesperson, Erik Dahl`, `spokesperson Erik Dahl`) and one in an
    /// apposition after it (`Erik Dahl, her spokesperson,`).
    func roles(of i: Int, _ a: Int, _ j: Int) -> [String] {
        var found = (i..<a).map { tokens[$0].lower }
        func isRole(_ k: Int) -> Bool {
            isWord(k) && !tokens[k].cap && (lexicon.roleNouns.contains(lower(k)) || lexicon.isTitle(lower(k))) && !lower(k).hasSuffix("s")
        }
        let para = tokens[i].para
        var before = i - 1
        if isPunct(before, ",") { before -= 1 }
        if before >= 0, tokens[before].para == para, isRole(before) { found.append(lower(before)) }
        if isPunct(j, ","), isWord(j + 1), lexicon.determiners.contains(lower(j + 1)), isRole(j + 2), tokens[j + 2].para == para,
            isPunct(j + 3, ",") || isSentenceEnd(j + 3)
        {
            found.append(lower(j + 2))
        }
        return found
    }

    /// The person a speaker named by a role (`the minister`, `her
    /// spokesperson`) is: the latest earlier name the text gives that role.
    func roleHolder(_ r: Range<Int>, before start: Int) -> String? {
        guard r.count >= 2, r.count <= 3, lexicon.determiners.contains(lower(r.lowerBound)) else { return nil }
        for k in r where tokens[k].cap { return nil }
        guard let holders = roleMentions[lower(r.upperBound - 1)] else { return nil }
        let lo = holders.partitionPoint { $0.end <= start }
        guard lo > 0 else { return nil }
        let m = holders[lo - 1]
        return canonicalName(m.name, last: m.last, before: m.end) ?? m.name
    }

    /// Whether the name at `r`, which no title precedes, reads as a
    /// person's: not in capitals (a dateline: LOS ANGELES) and not after an
    /// article or a preposition (the Affordable Care Act, in Cape Breton).
    func readsAsPerson(_ r: Range<Int>) -> Bool {
        if r.allSatisfy({ k in text[tokens[k].start..<tokens[k].end].allSatisfy { !$0.isLowercaseLetter } }) { return false }
        let before = r.lowerBound - 1
        guard isWord(before), tokens[before].para == tokens[r.lowerBound].para else { return true }
        let w = lower(before)
        return !(lexicon.determiners.contains(w) || lexicon.npPrepositions.contains(w) || w == "to")
    }

    /// `personMentions`: the names that read as a person's, and each lone
    /// capitalised word that is the surname of a name mentioned before it
    /// (“Calabrese is also honest … he hopes”).
    mutating func collectPersonMentions() {
        var m = 0
        for t in tokens where t.kind == .word && t.cap {
            while m < names.count && names[m].end <= t.start { m += 1 }
            if m < names.count && names[m].start <= t.start {
                if names[m].start == t.start && nameIsPerson[m] {
                    let nm = names[m]
                    personMentions.append((nm.end, canonicalName(nm.text, last: nm.last, before: nm.end) ?? nm.text))
                }
                continue
            }
            if let name = canonicalName(t.lower, last: t.lower, before: t.start) { personMentions.append((t.end, name)) }
        }
    }

    /// The entities over scalars start..<end: a run of `entities` (sorted by
    /// start) found by binary search, in order.
    func entities(over start: Int, _ end: Int) -> ArraySlice<QuoteEntity> {
        let first = entityEndSoFar.partitionPoint { $0 <= start }
        let last = entities.partitionPoint(from: first) { $0.start < end }
        return entities[first..<max(first, last)]
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

    /// The person a pronoun at `start` refers to: the nearest preceding
    /// person mention, passing over (up to `pronounReach` of) those whose
    /// first name says the other gender than `pronoun` (`she`, `he`); the
    /// nearest when none agrees.
    func resolvePronoun(at start: Int, _ pronoun: String = "") -> String? {
        let female = lexicon.femalePronouns.contains(pronoun)
        let gendered = female || lexicon.malePronouns.contains(pronoun)
        func agrees(_ name: String) -> Bool {
            guard gendered, let names = firstNames, let first = name.split(separator: " ").first,
                let share = names.femaleShare[first.lowercased()]
            else { return true }
            return female ? share > 1 - GenderAssigner.minimumShare : share < GenderAssigner.minimumShare
        }
        var best: (Int, String)? = nil
        if !entities.isEmpty {
            // The latest start among persons that end by `start`: scan back
            // from the last entity starting at or before it.
            var k = entities.partitionPoint { $0.start <= start }
            let upper = k
            while k > 0 {
                k -= 1
                let e = entities[k]
                if let found = best, e.start < found.0 { break }
                // Of persons with the same start, the first in order wins.
                if e.type == "PERSON" && e.end <= start { best = (e.start, e.canonical) }
            }
            guard let nearest = best, !agrees(nearest.1) else { return best?.1 }
            var m = upper
            var seen = 0
            while m > 0 && seen < Self.pronounReach {
                m -= 1
                let e = entities[m]
                guard e.type == "PERSON", e.end <= start else { continue }
                if agrees(e.canonical) { return e.canonical }
                seen += 1
            }
            return nearest.1
        }
        // Mentions are disjoint and in order: the last one that ends by `start`.
        let lo = personMentions.partitionPoint { $0.end <= start }
        guard lo > 0 else { return nil }
        var m = lo - 1
        while m >= 0 && m >= lo - Self.pronounReach {
            if agrees(personMentions[m].canonical) { return personMentions[m].canonical }
            m -= 1
        }
        return personMentions[lo - 1].canonical
    }

    /// How many earlier persons a gendered pronoun passes over at most.
    static let pronounReach = 8

    /// The longest earlier mention that ends with the same surname.
    func canonicalName(_ text: String, last: String, before: Int) -> String? {
        guard let group = longestByLast[last] else { return nil }
        let lo = group.partitionPoint { $0.start < before }
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
        } else if r.count == 1, lexicon.personalPronouns.contains(tokens[r.lowerBound].lower) {
            let w = tokens[r.lowerBound].lower
            if lexicon.resolvablePronouns.contains(w) {
                canonical = resolvePronoun(at: start, w)
            }
        } else {
            // Name core: trailing capitalised words after any titles; a role with a
            // prepositional phrase ("a spokesperson for the Council") stays as written.
            var b = r.upperBound
            while b > r.lowerBound && !tokens[b - 1].cap { b -= 1 }
            var a = b
            while a > r.lowerBound && tokens[a - 1].cap && tokens[a - 1].kind == .word { a -= 1 }
            var hasPreposition = false
            for k in r.lowerBound..<a where lexicon.npPrepositions.contains(tokens[k].lower) || tokens[k].lower == "'s" { hasPreposition = true }
            var org = false
            for k in a..<b where lexicon.orgWords.contains(tokens[k].lower) { org = true }
            if a == b, let holder = roleHolder(r, before: start) {
                canonical = holder
            } else if a < b && b == r.upperBound && !hasPreposition {
                if org {
                    canonical = str(tokens[a].start, tokens[b - 1].end)
                } else {
                    while a < b - 1 && lexicon.isTitle(tokens[a].lower) { a += 1 }
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
}
