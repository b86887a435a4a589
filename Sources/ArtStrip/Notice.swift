/// Syndication and reprint notices ("This article was originally published
/// by X and is reprinted with permission.") at the start or end of a text.
public enum NoticeFinder {
    static let cues = [
        "originally published", "originally appeared", "first appeared", "first published",
        "reprinted with permission", "republished with permission", "reproduced with permission",
        "republished from", "reprinted from", "is republished", "was republished", "is reprinted",
        "appeared originally", "published in partnership", "syndicated from", "cross-posted", "crossposted",
        "originally ran ", "originally posted",
    ]

    static let cueBytes = cues.map { Array($0.utf8) }

    static let publisherMarkers = [
        "originally published by ", "originally published in ", "originally published on ",
        "originally published at ", "first published by ", "first published in ", "first published on ",
        "published by ", "published in ", "published on ", "published at ", "appeared in ", "appeared on ",
        "appeared at ", "republished from ", "reprinted from ", "permission from ", "permission of ",
        "courtesy of ", "syndicated from ", "partnership with ", "originally ran in ", "originally ran on ",
        "posted on ", "posted at ",
    ]

    static let publisherStops = [
        " and is ", " and has ", " and was ", " and are ", " and reprinted", " and republished", " and appears",
        " and is", " under ", " with permission", " with the ", " on ", ", ", "; ", " as part", " (", " | ",
        " here", " at http", " http",
    ]

    /// Removes a notice from the first or last paragraph. Returns the
    /// remaining paragraphs, the notice, and the publisher it names.
    public static func split(_ paragraphs: [String]) -> (paragraphs: [String], notice: String?, publisher: String?) {
        guard !paragraphs.isEmpty else { return (paragraphs, nil, nil) }
        var paras = paragraphs
        // Start.
        if mentionsCue(paras[0]), let (notice, rest) = noticeAtStart(paras[0]) {
            if rest.isEmpty { paras.removeFirst() } else { paras[0] = rest }
            return (paras, notice, publisher(in: notice))
        }
        // End.
        if paras.count >= 2 || TextUtil.scalarCount(paras[0]) > 400, let last = paras.last, mentionsCue(last),
            let (notice, rest) = noticeAtEnd(last)
        {
            if rest.isEmpty { paras.removeLast() } else { paras[paras.count - 1] = rest }
            return (paras, notice, publisher(in: notice))
        }
        return (paragraphs, nil, nil)
    }

    static let cueMatcher = ClassMatcher([(HintPatterns(substrings: cues), 1)])

    /// False when no sentence of `p` can be a notice: none has a cue. One
    /// pass over ASCII-lower-cased bytes finds every cue that Unicode
    /// lower-casing (as in `isNotice`) could: the only other letter that
    /// lower-cases to ASCII is the Kelvin sign, to a "k" no cue has.
    static func mentionsCue(_ p: String) -> Bool {
        var lower = Array(p.utf8)
        for k in lower.indices { lower[k] = lowerASCII(lower[k]) }
        return lower.withUnsafeBufferPointer { cueMatcher.scan($0) } != 0
    }

    static func isNotice(_ sentence: String) -> Bool {
        guard sentence.utf8.count <= 1600 else { return false }
        let n = TextUtil.scalarCount(sentence)
        guard n >= 15 && n <= 400 else { return false }
        let lower = Array(sentence.lowercased().utf8)
        return cueBytes.contains(where: { TextUtil.find(lower, $0, from: 0) != nil })
    }

    /// Sentence boundaries: positions just after ". ", "! ", "? ", not after
    /// an initial such as the "S." of "U.S.".
    static func sentenceEnds(_ s: Substring) -> [String.Index] {
        var ends: [String.Index] = []
        var prev: Character = " "
        var prev2: Character = " "
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            let next = s.index(after: i)
            if c == "." || c == "!" || c == "?", next < s.endIndex, s[next] == " " || s[next] == "\n" {
                let initial = c == "." && prev.isUppercase && (prev2 == " " || prev2 == ".")
                if !initial { ends.append(next) }
            }
            prev2 = prev
            prev = c
            i = next
        }
        return ends
    }

    static func noticeAtStart(_ p: String) -> (String, String)? {
        if isNotice(p) { return (TextUtil.trim(p), "") }
        for end in sentenceEnds(p.prefix(600)).prefix(2) {
            let head = TextUtil.trim(p[..<end])
            if isNotice(head) { return (head, TextUtil.trim(p[end...])) }
        }
        return nil
    }

    static func noticeAtEnd(_ p: String) -> (String, String)? {
        if isNotice(p) { return (TextUtil.trim(p), "") }
        for end in sentenceEnds(p.suffix(600)).suffix(2).reversed() {
            let tail = TextUtil.trim(p[end...])
            if isNotice(tail) { return (tail, TextUtil.trim(p[..<end])) }
        }
        return nil
    }

    /// The publisher a notice names ("... published by Radio Free Europe/Radio
    /// Liberty and is reprinted ..." gives "Radio Free Europe/Radio Liberty").
    public static func publisher(in notice: String) -> String? {
        let lower = notice.lowercased()
        guard lower.count == notice.count else { return nil }
        for marker in publisherMarkers {
            guard let r = lower.firstRange(of: marker) else { continue }
            let start = lower.distance(from: lower.startIndex, to: r.upperBound)
            var name = String(notice.dropFirst(start))
            var nameLower = name.lowercased()
            for stop in publisherStops {
                if let s = nameLower.firstRange(of: stop) {
                    let k = nameLower.distance(from: nameLower.startIndex, to: s.lowerBound)
                    name = String(name.prefix(k))
                    nameLower = name.lowercased()
                }
            }
            name = TextUtil.trim(name)
            while let l = name.last, l == "." || l == "," || l == ";" || l == ":" { name.removeLast() }
            if name.hasPrefix("the ") { name = String(name.dropFirst(4)) }
            let words = TextUtil.words(name)
            guard !words.isEmpty, words.count <= 8, let f = name.first, f.isUppercase || f.isNumber else { continue }
            return name
        }
        return nil
    }
}

/// Plain-text normalisation: white space, line breaks and paragraphs.
public enum PlainText {
    /// Paragraphs of `text`: when it has blank lines, the blocks between them
    /// (their lines joined by a space); otherwise each non-empty line.
    public static func paragraphs(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        func flush() {
            lines.append(String(current))
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        var previousCR = false
        for u in text.unicodeScalars {
            let v = u.value
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85 {
                if v == 0x0A && previousCR {
                    previousCR = false
                    continue
                }
                previousCR = v == 0x0D
                flush()
                continue
            }
            previousCR = false
            if TextUtil.isSpace(v) || v == 0 {
                if !current.isEmpty { pendingSpace = true }
            } else if v < 0x20 || v == 0x7F || v == 0xFEFF || v == 0x200B {
                continue
            } else {
                if pendingSpace { current.append(" ") }
                pendingSpace = false
                current.append(u)
            }
        }
        flush()
        let hasBlank = lines.dropFirst().dropLast().contains(where: \.isEmpty)
            && lines.contains(where: { !$0.isEmpty })
        var out: [String] = []
        if hasBlank {
            var block = ""
            for l in lines {
                if l.isEmpty {
                    if !block.isEmpty { out.append(block) }
                    block = ""
                } else {
                    block = block.isEmpty ? l : block + " " + l
                }
            }
            if !block.isEmpty { out.append(block) }
        } else {
            out = lines.filter { !$0.isEmpty }
        }
        return out
    }
}
