/// Common aliases and their canonical names (country short forms and the
/// best-known organisations).
let aliasTable: [String: (String, EntityType)] = {
    var t: [String: (String, EntityType)] = [:]
    func add(_ forms: [String], _ canonical: String, _ type: EntityType) {
        for f in forms { t[f] = (canonical, type) }
        t[canonical] = (canonical, type)
    }
    add(["U.S.", "US", "USA", "U.S.A.", "United States of America", "the United States"], "United States", .loc)
    add(["U.K.", "UK", "Britain", "Great Britain"], "United Kingdom", .loc)
    add(["U.N.", "UN"], "United Nations", .org)
    add(["EU", "E.U."], "European Union", .org)
    add(["NATO", "Nato"], "North Atlantic Treaty Organization", .org)
    add(["UAE", "U.A.E."], "United Arab Emirates", .loc)
    add(["USSR", "U.S.S.R.", "Soviet Union"], "Soviet Union", .loc)
    add(["OSCE"], "Organization for Security and Cooperation in Europe", .org)
    add(["WHO"], "World Health Organization", .org)
    add(["IMF"], "International Monetary Fund", .org)
    add(["FBI"], "Federal Bureau of Investigation", .org)
    add(["CIA"], "Central Intelligence Agency", .org)
    add(["IAEA"], "International Atomic Energy Agency", .org)
    add(["OPEC"], "Organization of the Petroleum Exporting Countries", .org)
    add(["DPRK"], "North Korea", .loc)
    add(["PRC"], "China", .loc)
    return t
}()

/// Words skipped when matching an acronym's letters against a name.
let acronymSkipWords: Set<String> = ["of", "and", "for", "the", "in", "on", "de", "&", "to", "at"]

struct Mention {
    var first: Int
    var end: Int
    var type: EntityType
    var key: String
    var canonical: String? = nil
    var isName: Bool
}

/// The document-level pass: rule matches for numbers and dates, clean-up of
/// name spans (leading `the`, possessives), one type per name, propagation
/// to untagged repeats, and canonical names (surname -> full name, acronym
/// <-> expansion, alias table).
func resolveDocument(
    _ s: [Unicode.Scalar], tokens: [EntityToken], sentences: [Range<Int>], names names0: [TokenSpan],
    gazetteer: Gazetteer = .empty, lowerHashes: [UInt64]? = nil
) -> [Entity] {
    let n = tokens.count
    var texts = [String](repeating: "", count: n)
    func text(_ i: Int) -> String {
        if texts[i].isEmpty { texts[i] = scalarString(s, tokens[i].start, tokens[i].end) }
        return texts[i]
    }
    func key(_ a: Int, _ b: Int) -> String { tokensString(s, tokens, a, b) }
    /// Whether token `i` is the one scalar `c`.
    func isMark(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        tokens[i].end - tokens[i].start == 1 && s[tokens[i].start] == c
    }
    /// An acronym in parentheses at tokens `p..<p + 3`.
    func isBracketedAcronym(_ p: Int) -> Bool {
        isMark(p, "(") && isMark(p + 2, ")") && isAcronym(s[tokens[p + 1].start..<tokens[p + 1].end])
    }
    func hasLetter(_ i: Int) -> Bool {
        for k in tokens[i].start..<tokens[i].end where isLetter(s[k]) { return true }
        return false
    }
    func capitalised(_ i: Int) -> Bool { isUpper(s[tokens[i].start]) }
    func isPossessive(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.end - t.start == 2 && isApostrophe(s[t.start]) && (s[t.start + 1] == "s" || s[t.start + 1] == "S")
    }
    func isWordThe(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.end - t.start == 3 && (s[t.start] == "t" || s[t.start] == "T") && s[t.start + 1] == "h" && s[t.start + 2] == "e"
    }
    var sentenceStart = [Bool](repeating: false, count: n)
    for r in sentences where !r.isEmpty { sentenceStart[r.lowerBound] = true }

    // 0. A possessive inside a name separates two names (the White House's
    // National Security Council); an acronym in parentheses extends its
    // expansion over the words whose initials it spells.
    var names: [TokenSpan] = []
    for name in names0 {
        var a = name.first
        for i in name.first..<name.end where isPossessive(i) {
            if i > a { names.append(TokenSpan(first: a, end: i, type: name.type)) }
            a = i + 1
        }
        if a < name.end { names.append(TokenSpan(first: a, end: name.end, type: name.type)) }
    }
    if n >= 4 {
        // Names are sorted and disjoint, so the ones an expansion overlaps are
        // a run found by binary search, and the list is rebuilt in one pass
        // (removing and searching per acronym is quadratic on a huge text).
        func firstName(from lo: Int, where isAfter: (TokenSpan) -> Bool) -> Int {
            var lo = lo
            var hi = names.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isAfter(names[mid]) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        var rebuilt: [TokenSpan] = []
        var copied = 0  // names[copied...] are not in `rebuilt` yet
        for p in 1..<(n - 2) where isBracketedAcronym(p) {
            let letters = Array(text(p + 1).unicodeScalars.filter { $0 != "." })
            var li = letters.count - 1
            var k = p - 1
            var start = -1
            while k >= 0 && li >= 0 && p - k <= 3 * letters.count {
                let w = text(k)
                if acronymSkipWords.contains(w.lowercased()) { k -= 1; continue }
                guard let c = w.unicodeScalars.first, isUpper(c) else { break }
                // Hyphenated or compound words may carry several capitals.
                if c == letters[li] {
                    li -= 1
                    if li < 0 { start = k; break }
                    k -= 1
                    continue
                }
                break
            }
            guard start >= 0 else { continue }
            // The names over tokens start..<p: names[lo..<hi].
            let lo = firstName(from: copied) { $0.end > start }
            let hi = firstName(from: lo) { $0.first >= p }
            var type = 1
            var counts = [0, 0, 0, 0]
            for nm in names[lo..<hi] { counts[nm.type] += nm.end - nm.first }
            if let m = counts.max(), m > 0 { type = counts.firstIndex(of: m)! }
            if counts.reduce(0, +) == 0 { continue }
            rebuilt.append(contentsOf: names[copied..<lo])
            rebuilt.append(TokenSpan(first: start, end: p, type: type))
            // The acronym itself is a name of the same type.
            let after = firstName(from: hi) { $0.end > p + 1 }
            if !(after < names.count && names[after].first <= p + 1) {
                rebuilt.append(TokenSpan(first: p + 1, end: p + 2, type: type))
            }
            copied = hi
        }
        rebuilt.append(contentsOf: names[copied...])
        names = rebuilt
        names.sort { $0.first < $1.first }
    }

    // 1. Names, cleaned.
    var taken = [Bool](repeating: false, count: n)
    var mentions: [Mention] = []
    let rules = ruleSpans(s, tokens: tokens, lowerHashes: lowerHashes)
    // Tokens inside a rule match.
    var ruleAt = [Bool](repeating: false, count: n)
    do {
        var r = 0
        for i in 0..<n {
            while r < rules.count && rules[r].end <= tokens[i].start { r += 1 }
            if r < rules.count && rules[r].start <= tokens[i].start && tokens[i].end <= rules[r].end { ruleAt[i] = true }
        }
    }
    for name in names {
        var a = name.first
        var b = name.end
        while a < b && (isWordThe(a) || !hasLetter(a) && !isDigitToken(s, tokens[a])) { a += 1 }
        while b > a && (isPossessive(b - 1) || !hasLetter(b - 1) && !isDigitToken(s, tokens[b - 1])) { b -= 1 }
        guard a < b else { continue }
        // Calendar words and numbers the rules cover are not names.
        var covered = true
        for i in a..<b where !ruleAt[i] { covered = false; break }
        if covered { continue }
        for i in a..<b { taken[i] = true }
        var type = EntityType.names[name.type]
        // A lone word the place lists know well and the name lists do not.
        if b - a == 1 && type == .person {
            let g = gazetteer.lookup(hashScalars(s, tokens[a].start, tokens[a].end, lower: true))
            let place = GazetteerClass.country.rawValue | GazetteerClass.bigCity.rawValue | GazetteerClass.placeAlias.rawValue
            let person = GazetteerClass.firstName.rawValue | GazetteerClass.lastName.rawValue | GazetteerClass.lastNameCommon.rawValue
            if g & place != 0 && g & person == 0 { type = .loc }
        }
        mentions.append(Mention(first: a, end: b, type: type, key: key(a, b), isName: true))
    }

    // 2. One type per name: majority vote (ties: the first mention's type).
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

    // 3. Surnames: a person's last name alone is the same person.
    var fullName: [String: String] = [:]
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
        let k = mentions[i].key
        if let full = fullName[k], mentions[i].type == .person || mentions[i].type == .org || mentions[i].type == .misc {
            mentions[i].type = .person
            mentions[i].canonical = full
        }
    }

    // 4. Untagged repeats of a known name (several words, a surname or an
    // acronym) take its type.
    var known: [String: (EntityType, Int)] = [:]
    for m in mentions where capitalised(m.first) {
        known[m.key] = (m.type, m.end - m.first)
    }
    for (last, _) in fullName where known[last] == nil { known[last] = (.person, 1) }
    var maxLen = 1
    for (_, v) in known { maxLen = max(maxLen, v.1) }
    // Most spans tried name nothing known. A span of ASCII text can equal
    // (canonically) only an ASCII name, or one with a scalar that decomposes
    // to ASCII (then this filter is not used): the byte hashes of the ASCII
    // names rule out the other spans without building their text.
    var asciiNames = WordBits(count: known.count)
    var useAsciiNames = true
    for name in known.keys {
        if name.unicodeScalars.contains(where: { $0 == "\u{37E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) { useAsciiNames = false }
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            asciiNames.insert(mix64(name.utf8.reduce(fnvOffset) { ($0 ^ UInt64($1)) &* fnvPrime }), 1)
        }
    }
    // spanHashes[l - 1]: the byte hash of the span of l tokens, while they are ASCII.
    var spanHashes = [UInt64](repeating: 0, count: maxLen)
    var i = 0
    while i < n {
        if taken[i] || ruleAt[i] || !capitalised(i) || !hasLetter(i) { i += 1; continue }
        var matched = false
        // Only spans of free tokens are tried: count how far they reach.
        var len = 0
        while len < min(maxLen, n - i) && !taken[i + len] && !ruleAt[i + len] { len += 1 }
        var asciiTokens = 0
        if useAsciiNames {
            var h = fnvOffset
            ascii: while asciiTokens < len {
                let t = tokens[i + asciiTokens]
                if asciiTokens > 0 && t.start > tokens[i + asciiTokens - 1].end { h = (h ^ 0x20) &* fnvPrime }
                for k in t.start..<t.end {
                    guard s[k].isASCII else { break ascii }
                    h = (h ^ UInt64(s[k].value)) &* fnvPrime
                }
                spanHashes[asciiTokens] = mix64(h)
                asciiTokens += 1
            }
        }
        while len >= 1 {
            if len <= asciiTokens && asciiNames.bits(spanHashes[len - 1]) == 0 {
                len -= 1
                continue
            }
            if let (type, _) = known[key(i, i + len)] {
                // A single sentence-initial word is too weak alone, unless a surname.
                if len == 1 && sentenceStart[i] && fullName[text(i)] == nil { break }
                // A lone repeated word is taken only as a surname or an acronym.
                if len == 1 && fullName[text(i)] == nil && !isAcronym(text(i)) { break }
                // Not glued to a neighbouring capitalised word.
                if i + len < n && capitalised(i + len) && hasLetter(i + len) && tokens[i + len].start == tokens[i + len - 1].end + 1 { break }
                var m = Mention(first: i, end: i + len, type: type, key: key(i, i + len), isName: true)
                if len == 1, type == .person, let full = fullName[m.key] { m.canonical = full }
                for k in i..<(i + len) { taken[k] = true }
                mentions.append(m)
                matched = true
                i += len
                break
            }
            len -= 1
        }
        if !matched { i += 1 }
    }
    mentions.sort { $0.first < $1.first }

    // 5. Acronyms: `Long Name (LN)` defines LN; otherwise the letters of an
    // all-caps name may match the initials of a longer name.
    var expansion: [String: (String, EntityType)] = [:]
    for (idx, m) in mentions.enumerated() where m.end - m.first >= 2 {
        let p = m.end
        if p + 2 < n && isBracketedAcronym(p) {
            let acronym = text(p + 1)
            expansion[acronym] = (m.key, m.type)
            if !taken[p + 1] {
                taken[p + 1] = true
                mentions.append(Mention(first: p + 1, end: p + 2, type: m.type, key: acronym, isName: true))
            }
        }
        _ = idx
    }
    mentions.sort { $0.first < $1.first }
    var initialsOf: [String: (String, EntityType)] = [:]
    for m in mentions where m.end - m.first >= 2 && m.type != .person {
        var letters = ""
        for k in m.first..<m.end {
            let w = text(k)
            if acronymSkipWords.contains(w.lowercased()) || !hasLetter(k) { continue }
            if let c = w.unicodeScalars.first, isUpper(c) { letters.unicodeScalars.append(c) }
        }
        if letters.unicodeScalars.count >= 2 && initialsOf[letters] == nil { initialsOf[letters] = (m.key, m.type) }
    }
    for k in mentions.indices {
        let m = mentions[k]
        guard mentions[k].canonical == nil else { continue }
        let word = m.key
        if let (full, type) = expansion[word] {
            mentions[k].canonical = full
            mentions[k].type = type
        } else if let (canonical, type) = aliasTable[word] {
            mentions[k].canonical = canonical
            if m.type != .person { mentions[k].type = type == .org && m.type == .loc ? .loc : (m.type == .misc ? type : m.type) }
        } else if isAcronym(word) {
            let bare = String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "." }))
            if let (full, type) = initialsOf[bare] {
                mentions[k].canonical = full
                mentions[k].type = type
            }
        }
    }
    // An alias's canonical name maps back: "United States" stays itself.

    // 6. Entities: names and rule matches, in text order.
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
    for r in rules {
        if overlapsAName(r) { continue }
        let t = scalarString(s, r.start, r.end)
        out.append(Entity(start: r.start, end: r.end, type: r.type, text: t, canonical: t))
    }
    out.sort { $0.start < $1.start || ($0.start == $1.start && $0.end < $1.end) }
    return out
}

func isDigitToken(_ s: [Unicode.Scalar], _ t: EntityToken) -> Bool { isDigit(s[t.start]) }

/// Two to six capitals, possibly with periods (NATO, OSCE, U.N.).
func isAcronym(_ w: String) -> Bool { isAcronym(w.unicodeScalars) }

func isAcronym(_ w: some Sequence<Unicode.Scalar>) -> Bool {
    var letters = 0
    for c in w {
        if c == "." { continue }
        if !isUpper(c) { return false }
        letters += 1
    }
    return letters >= 2 && letters <= 6
}
