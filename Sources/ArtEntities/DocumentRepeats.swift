import ArtText

extension DocumentPass {
    /// Untagged repeats of a known name (several words, a surname or an
    /// acronym) take its type. In a line of capitals (a headline, a
    /// dateline) a name the text writes in mixed case is also found in
    /// capitals, one word or several: `HALEP` is the `Halep` of `Simona
    /// Halep`, which the tagger, with no case to go by, may miss.
    mutating func addRepeats() {
        var known: [String: (EntityType, Int)] = [:]
        for m in mentions where capitalised(m.first) { known[m.key] = (m.type, m.end - m.first) }
        for (last, _) in fullName where known[last] == nil { known[last] = (.person, 1) }
        // In capitals a lone word needs more than one mention in mixed case
        // (or to be a surname): a tagger's one slip is not spread.
        var mentionCount: [String: Int] = [:]
        for m in mentions { mentionCount[m.key, default: 0] += 1 }
        capitalsOfKnown = [:]
        for (name, value) in known where !isInCapitals(name) {
            if value.1 == 1 && fullName[name] == nil && mentionCount[name, default: 0] < 2 { continue }
            let capitals = name.uppercased()
            if capitals.unicodeScalars.count == name.unicodeScalars.count && known[capitals] == nil
                && capitalsOfKnown[capitals] == nil
            {
                capitalsOfKnown[capitals] = (value.0, value.1, name)
            }
        }
        for (capitals, value) in capitalsOfKnown { known[capitals] = (value.type, value.length) }
        let longest = known.values.reduce(1) { max($0, $1.1) }
        var filter = KnownNameFilter(names: known.keys, longest: longest)
        var i = 0
        while i < n {
            guard !taken[i] && !ruleAt[i] && capitalised(i) && hasLetter(i) else { i += 1; continue }
            // Only spans of free tokens are tried: count how far they reach.
            var len = 0
            while len < min(longest, n - i) && !taken[i + len] && !ruleAt[i + len] { len += 1 }
            filter.hashSpans(s, tokens, from: i, count: len)
            i += takeRepeat(at: i, longest: len, known, filter) ?? 1
        }
        mentions.sort { $0.first < $1.first }
    }

    /// The longest span of at most `longest` tokens at `i` that repeats a
    /// known name, added as a mention: its length.
    mutating func takeRepeat(at i: Int, longest: Int, _ known: [String: (EntityType, Int)], _ filter: KnownNameFilter) -> Int? {
        for len in stride(from: longest, through: 1, by: -1) where filter.mayBeKnown(spanOf: len) {
            let k = key(i, i + len)
            guard let (type, _) = known[k] else { continue }
            let inCapitals = capitalsOfKnown[k] != nil && inCapitalsLine[i]
            if capitalsOfKnown[k] != nil && !inCapitals { continue }
            let isSurname = len == 1 && (fullName[text(i)] != nil || inCapitals && fullName[capitalsOfKnown[k]!.name] != nil)
            // A single sentence-initial word is too weak alone, unless a surname;
            // a lone repeated word is taken only as a surname or an acronym,
            // or in capitals as a name the text writes in mixed case.
            if len == 1 && !isSurname && !inCapitals && (sentenceStart[i] || !isAcronym(text(i))) { return nil }
            // Not glued to a neighbouring capitalised word (in capitals, every word is one).
            if !inCapitals && i + len < n && capitalised(i + len) && hasLetter(i + len) && tokens[i + len].start == tokens[i + len - 1].end + 1 {
                return nil
            }
            var m = Mention(first: i, end: i + len, type: type, key: k)
            if len == 1, type == .person, let full = fullName[inCapitals ? capitalsOfKnown[k]!.name : k] { m.canonical = full }
            for t in i..<(i + len) { taken[t] = true }
            mentions.append(m)
            return len
        }
        return nil
    }
}

/// Most spans tried as repeats name nothing known. A span of ASCII text can
/// equal (canonically) only an ASCII name, or one with a scalar that
/// decomposes to ASCII (then this filter is not used): the byte hashes of
/// the ASCII names rule out the other spans without building their text.
struct KnownNameFilter {
    private var asciiNames: WordBits
    private let isUsable: Bool
    /// spanHashes[l - 1]: the byte hash of the span of l tokens, while they are ASCII.
    private var spanHashes: [UInt64]
    private var asciiTokens = 0

    init(names: some Collection<String>, longest: Int) {
        asciiNames = WordBits(count: names.count)
        var usable = true
        for name in names {
            if name.unicodeScalars.contains(where: { $0 == "\u{37E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) { usable = false }
            if name.utf8.allSatisfy({ $0 < 0x80 }) {
                asciiNames.insert(mix64(name.utf8.reduce(fnvOffset) { ($0 ^ UInt64($1)) &* fnvPrime }), 1)
            }
        }
        isUsable = usable
        spanHashes = [UInt64](repeating: 0, count: longest)
    }

    /// Hashes the spans of 1 to `count` tokens from `first`, while they are ASCII.
    mutating func hashSpans(_ s: [Unicode.Scalar], _ tokens: [Token], from first: Int, count: Int) {
        asciiTokens = 0
        guard isUsable else { return }
        var h = fnvOffset
        while asciiTokens < count {
            let t = tokens[first + asciiTokens]
            if asciiTokens > 0 && t.start > tokens[first + asciiTokens - 1].end { h = (h ^ 0x20) &* fnvPrime }
            for k in t.start..<t.end {
                guard s[k].isASCII else { return }
                h = (h ^ UInt64(s[k].value)) &* fnvPrime
            }
            spanHashes[asciiTokens] = mix64(h)
            asciiTokens += 1
        }
    }

    /// Whether the span of `length` tokens hashed last may be a known name.
    func mayBeKnown(spanOf length: Int) -> Bool {
        length > asciiTokens || asciiNames.bits(spanHashes[length - 1]) != 0
    }
}
