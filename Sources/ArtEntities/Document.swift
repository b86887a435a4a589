import ArtText

struct Mention {
    var first: Int
    var end: Int
    var type: EntityType
    var key: String
    var canonical: String? = nil
}

/// The document-level pass: rule matches for numbers and dates, clean-up of
/// name spans (leading `the`, possessives), one type per name, propagation
/// to untagged repeats and well-known aliases, and canonical names (surname -> full name, acronym
/// <-> expansion, alias table).
struct DocumentPass {
    let s: [Unicode.Scalar]
    let tokens: [Token]
    var n: Int { tokens.count }
    let gazetteer: Gazetteer
    /// Whether token `i` starts a sentence.
    let sentenceStart: [Bool]
    /// The rule matches, and whether token `i` is inside one.
    let rules: [RuleSpan]
    let ruleAt: [Bool]
    /// Tokens that belong to a mention.
    var taken: [Bool]
    var mentions: [Mention] = []
    /// A person's full name by its last word.
    var fullName: [String: String] = [:]
    /// Known names in mixed case by their form in capitals (`addRepeats`).
    var capitalsOfKnown: [String: (type: EntityType, length: Int, name: String)] = [:]
    /// Whether token `i` is in a line of capitals (a headline, a dateline),
    /// as the tagger's features tell it.
    let inCapitalsLine: [Bool]
    /// Each token's `hashScalars(lower: true)`.
    let lowerHashes: [UInt64]
    private var texts: [String]

    init(
        _ s: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>], gazetteer: Gazetteer = .empty,
        lowerHashes: [UInt64]? = nil, capitalsLines: [Bool]? = nil, rules lexicon: RuleLexicon = .english
    ) {
        self.s = s
        self.tokens = tokens
        self.gazetteer = gazetteer
        var sentenceStart = [Bool](repeating: false, count: tokens.count)
        for r in sentences where !r.isEmpty { sentenceStart[r.lowerBound] = true }
        self.sentenceStart = sentenceStart
        // Without the tagger's facts (tests of the pass alone), the same facts computed here.
        let facts = lowerHashes != nil && capitalsLines != nil
            ? nil : FeatureExtractor(buckets: 1, gazetteer: gazetteer).tokenInfos(s, tokens, sentences: sentences)
        self.lowerHashes = lowerHashes ?? facts!.map(\.lower)
        inCapitalsLine = capitalsLines ?? facts!.map { $0.flags & TokenFlag.capsSentence != 0 }
        rules = ruleSpans(s, tokens: tokens, lowerHashes: self.lowerHashes, lexicon: lexicon)
        ruleAt = Self.tokensInside(rules, tokens)
        taken = [Bool](repeating: false, count: tokens.count)
        texts = [String](repeating: "", count: tokens.count)
    }

    /// The entities of the document, given the tagger's names.
    mutating func entities(names tagged: [TokenSpan]) -> [Entity] {
        var names = Self.splitAtPossessives(tagged, isPossessive)
        if n >= 4 { names = extendOverAcronyms(names) }
        addNames(names)
        unifyTypes()
        linkSurnames()
        placesAfterPrepositions()
        addRepeats()
        addAliases()
        addBracketedAcronyms()
        canonicalise()
        return entityList()
    }

    // MARK: Tokens

    /// The text of token `i`.
    mutating func text(_ i: Int) -> String {
        if texts[i].isEmpty { texts[i] = scalarString(s, tokens[i].start, tokens[i].end) }
        return texts[i]
    }

    func key(_ a: Int, _ b: Int) -> String { tokensString(s, tokens, a, b) }

    /// Whether token `i` is the one scalar `c`.
    func isMark(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        tokens[i].length == 1 && s[tokens[i].start] == c
    }

    /// An acronym in parentheses at tokens `p..<p + 3`.
    func isBracketedAcronym(_ p: Int) -> Bool {
        isMark(p, "(") && isMark(p + 2, ")") && isAcronym(s[tokens[p + 1].start..<tokens[p + 1].end])
    }

    func hasLetter(_ i: Int) -> Bool { s[tokens[i].start..<tokens[i].end].contains { $0.isLetter } }
    func startsWithDigit(_ i: Int) -> Bool { s[tokens[i].start].isDigit }
    func capitalised(_ i: Int) -> Bool { s[tokens[i].start].isUppercaseLetter }

    func isPossessive(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.length == 2 && s[t.start].isApostrophe && (s[t.start + 1] == "s" || s[t.start + 1] == "S")
    }

    func isWordThe(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.length == 3 && (s[t.start] == "t" || s[t.start] == "T") && s[t.start + 1] == "h" && s[t.start + 2] == "e"
    }

    /// Whether each token is inside a rule match.
    static func tokensInside(_ rules: [RuleSpan], _ tokens: [Token]) -> [Bool] {
        var inside = [Bool](repeating: false, count: tokens.count)
        var r = 0
        for (i, t) in tokens.enumerated() {
            while r < rules.count && rules[r].end <= t.start { r += 1 }
            if r < rules.count && rules[r].start <= t.start && t.end <= rules[r].end { inside[i] = true }
        }
        return inside
    }

    // MARK: 1. Names, cleaned

    /// A possessive inside a name separates two names (the White House's
    /// National Security Council).
    static func splitAtPossessives(_ names: [TokenSpan], _ isPossessive: (Int) -> Bool) -> [TokenSpan] {
        var out: [TokenSpan] = []
        for name in names {
            var a = name.first
            for i in name.first..<name.end where isPossessive(i) {
                if i > a { out.append(TokenSpan(first: a, end: i, type: name.type)) }
                a = i + 1
            }
            if a < name.end { out.append(TokenSpan(first: a, end: name.end, type: name.type)) }
        }
        return out
    }

    /// The names without a leading `the`, trailing possessives and punctuation,
    /// and without those the rules cover (calendar words, numbers).
    mutating func addNames(_ names: [TokenSpan]) {
        for name in names {
            var a = name.first
            var b = name.end
            while a < b && (isWordThe(a) || !hasLetter(a) && !startsWithDigit(a)) { a += 1 }
            while b > a && (isPossessive(b - 1) || !hasLetter(b - 1) && !startsWithDigit(b - 1)) { b -= 1 }
            guard a < b, (a..<b).contains(where: { !ruleAt[$0] }) else { continue }
            for i in a..<b { taken[i] = true }
            var type = EntityType.names[name.type]
            if b - a == 1 && type == .person && isPlaceRatherThanPerson(a) { type = .loc }
            mentions.append(Mention(first: a, end: b, type: type, key: key(a, b)))
        }
    }

    /// A lone word the place lists know well and the name lists do not.
    func isPlaceRatherThanPerson(_ i: Int) -> Bool {
        let g = gazetteer.lookup(hashScalars(s, tokens[i].start, tokens[i].end, lower: true))
        let place = GazetteerClass.country.rawValue | GazetteerClass.bigCity.rawValue | GazetteerClass.placeAlias.rawValue
        return g & place != 0 && g & personNameClasses == 0
    }

    // MARK: 2. One type per name

    /// Majority vote per name (ties: the first mention's type).
    mutating func unifyTypes() {
        // Names are numbered in order of first mention; votes[name * 4 + type].
        var nameNumbers: [String: Int] = [:]
        var nameOfMention: [Int] = []
        var firstType: [EntityType] = []
        var votes: [Int] = []
        nameOfMention.reserveCapacity(mentions.count)
        for m in mentions {
            let number = nameNumbers[m.key] ?? firstType.count
            if number == firstType.count {
                nameNumbers[m.key] = number
                firstType.append(m.type)
                votes.append(contentsOf: repeatElement(0, count: 4))
            }
            votes[number * 4 + m.type.nameIndex] += 1
            nameOfMention.append(number)
        }
        var typeOf = firstType
        for number in typeOf.indices {
            var best = firstType[number]
            // Strictly more votes win; ties keep the first mention's type.
            for t in EntityType.names where votes[number * 4 + t.nameIndex] > votes[number * 4 + best.nameIndex] { best = t }
            typeOf[number] = best
        }
        for i in mentions.indices { mentions[i].type = typeOf[nameOfMention[i]] }
    }

    // MARK: 3. Surnames

    /// A person's last name alone is the same person.
    mutating func linkSurnames() {
        var fullNameLength: [String: Int] = [:]
        for m in mentions where m.type == .person && m.end - m.first >= 2 {
            let last = text(m.end - 1)
            guard capitalised(m.end - 1) else { continue }
            if (fullNameLength[last] ?? 0) < m.end - m.first {
                fullName[last] = m.key
                fullNameLength[last] = m.end - m.first
            }
        }
        for i in mentions.indices where mentions[i].end - mentions[i].first == 1 {
            if let full = fullName[mentions[i].key], mentions[i].type != .loc {
                mentions[i].type = .person
                mentions[i].canonical = full
            }
        }
    }

    // MARK: 5. Acronyms and aliases

    /// `Long Name (LN)`: the acronym is a mention of the same type.
    mutating func addBracketedAcronyms() {
        mentions.sort { $0.first < $1.first }
        for m in mentions where m.end - m.first >= 2 {
            let p = m.end
            if p + 2 < n && isBracketedAcronym(p) && !taken[p + 1] {
                taken[p + 1] = true
                mentions.append(Mention(first: p + 1, end: p + 2, type: m.type, key: text(p + 1)))
            }
        }
        mentions.sort { $0.first < $1.first }
    }

    /// Canonical names: an acronym defined in the text takes its expansion;
    /// otherwise the alias table's name; otherwise the letters of an all-caps
    /// name may match the initials of a longer name.
    mutating func canonicalise() {
        var expansion: [String: (String, EntityType)] = [:]
        for m in mentions where m.end - m.first >= 2 && m.end + 2 < n && isBracketedAcronym(m.end) {
            expansion[text(m.end + 1)] = (m.key, m.type)
        }
        let initials = initialsOfNames()
        for k in mentions.indices where mentions[k].canonical == nil {
            let m = mentions[k]
            if let (full, type) = expansion[m.key] {
                mentions[k].canonical = full
                mentions[k].type = type
            } else if let (canonical, type) = aliasTable[m.key] {
                mentions[k].canonical = canonical
                if m.type != .person { mentions[k].type = type == .org && m.type == .loc ? .loc : (m.type == .misc ? type : m.type) }
            } else if isAcronym(m.key), let (full, type) = initials[String(String.UnicodeScalarView(m.key.unicodeScalars.filter { $0 != "." }))] {
                mentions[k].canonical = full
                mentions[k].type = type
            }
        }
        nameCapitalsByMixedCase()
    }

    /// A name in capitals (a dateline `BERLIN —`, a headline) is the name
    /// the text also writes in mixed case: `BERLIN` is `Berlin`.
    mutating func nameCapitalsByMixedCase() {
        var mixedCase: [String: String] = [:]
        for m in mentions where !isInCapitals(m.key) {
            let folded = m.key.lowercased()
            if mixedCase[folded] == nil { mixedCase[folded] = m.canonical ?? m.key }
        }
        for k in mentions.indices where mentions[k].canonical == nil && isInCapitals(mentions[k].key) {
            if let name = mixedCase[mentions[k].key.lowercased()] { mentions[k].canonical = name }
        }
    }

    /// The first name of several words, other than a person, by its capitals.
    mutating func initialsOfNames() -> [String: (String, EntityType)] {
        var initialsOf: [String: (String, EntityType)] = [:]
        for m in mentions where m.end - m.first >= 2 && m.type != .person {
            var letters = ""
            for k in m.first..<m.end {
                let w = text(k)
                if acronymSkipWords.contains(w.lowercased()) || !hasLetter(k) { continue }
                if let c = w.unicodeScalars.first, c.isUppercaseLetter { letters.unicodeScalars.append(c) }
            }
            if letters.unicodeScalars.count >= 2 && initialsOf[letters] == nil { initialsOf[letters] = (m.key, m.type) }
        }
        return initialsOf
    }

    // MARK: 6. Entities

    /// Names and rule matches that overlap no name, in text order.
    func entityList() -> [Entity] {
        var out: [Entity] = []
        for m in mentions {
            let start = tokens[m.first].start
            let end = tokens[m.end - 1].end
            let t = scalarString(s, start, end)
            out.append(Entity(start: start, end: end, type: m.type, text: t, canonical: m.canonical ?? t))
        }
        // Names do not overlap one another: sorted by start, their ends are
        // sorted too, and the one name a rule match could overlap first is found
        // by binary search (a scan per match is quadratic on a huge text).
        var nameSpans = out.map { ($0.start, $0.end) }
        nameSpans.sort { $0.0 < $1.0 }
        func overlapsAName(_ r: RuleSpan) -> Bool {
            var lo = 0
            var hi = nameSpans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if nameSpans[mid].1 <= r.start { lo = mid + 1 } else { hi = mid }
            }
            return lo < nameSpans.count && nameSpans[lo].0 < r.end
        }
        for r in rules where !overlapsAName(r) {
            let t = scalarString(s, r.start, r.end)
            out.append(Entity(start: r.start, end: r.end, type: r.type, text: t, canonical: t))
        }
        out.sort { $0.start < $1.start || ($0.start == $1.start && $0.end < $1.end) }
        return out
    }
}
