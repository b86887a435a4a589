import ArtCore

/// Small text helpers on Unicode scalars (no Foundation).
enum TextUtil {
    /// White space as Python's `\s` sees it: ASCII white space, no-break space
    /// and the other Unicode spaces.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    /// Length in scalars after collapsing white-space runs, and the number of
    /// commas (Latin, Arabic and CJK).
    static func measure(_ s: String) -> (length: Int32, commas: Int32) {
        var s = s
        return s.withUTF8 { measure($0) }
    }

    static func measure(_ b: UnsafeBufferPointer<UInt8>) -> (length: Int32, commas: Int32) {
        var length: Int32 = 0
        var commas: Int32 = 0
        var inSpace = true
        var i = 0
        let n = b.count
        while i < n {
            if i + 8 <= n {
                // Eight ASCII bytes at a time, with one flag bit per byte.
                let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if w & highBits == 0 {
                    let spaces = zeroBytes(w ^ 0x2020_2020_2020_2020) | (atLeast(w, 0x09) & ~atLeast(w, 0x0E))
                    let others = ~spaces & highBits
                    // A space counts when it follows a non-space.
                    let afterOther = others << 8 | (inSpace ? 0 : 0x80)
                    length &+= Int32((others | spaces & afterOther).nonzeroBitCount)
                    commas &+= Int32(zeroBytes(w ^ 0x2C2C_2C2C_2C2C_2C2C).nonzeroBitCount)
                    inSpace = spaces >> 63 != 0
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c < 0x80 {
                // ASCII: no branch on the white space.
                let space = c == 0x20 || c &- 0x09 < 5
                length &+= space && inSpace ? 0 : 1
                commas &+= c == 0x2C ? 1 : 0
                inSpace = space
                i += 1
                continue
            }
            let k = Renderer.spaceLength(b, i)
            if k > 0 {
                if !inSpace { length += 1 }
                inSpace = true
                i += k
                continue
            }
            inSpace = false
            if c < 0x80 {
                length += 1
                if c == 0x2C { commas += 1 }
            } else if c & 0xC0 != 0x80 {
                length += 1
                // U+060C, U+FF0C, U+3001
                if (c == 0xD8 && i + 1 < n && b[i + 1] == 0x8C)
                    || (c == 0xEF && i + 2 < n && b[i + 1] == 0xBC && b[i + 2] == 0x8C)
                    || (c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x81)
                {
                    commas += 1
                }
            }
            i += 1
        }
        return (length, commas)
    }

    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each zero byte of `x`.
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & highBits
    }

    /// The high bit of each byte of the ASCII `w` that is at least `k` (> 0).
    @inline(__always)
    static func atLeast(_ w: UInt64, _ k: UInt8) -> UInt64 {
        (w &+ UInt64(0x80 - k) &* 0x0101_0101_0101_0101) & highBits
    }

    /// `s` with white-space runs collapsed to one space and trimmed.
    static func collapse(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            collapse(b, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends the UTF-8 `b` with white-space runs collapsed to one space
    /// and trimmed. (Stepping byte by byte is safe: no continuation byte
    /// starts a white-space sequence.)
    static func collapse(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let start = out.count
        var pendingSpace = false
        var i = 0
        while i < b.count {
            let k = Renderer.spaceLength(b, i)
            if k > 0 {
                pendingSpace = out.count > start
                i += k
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(b[i])
            i += 1
        }
    }

    /// The number of Unicode scalars in `s` (the bytes that start one).
    static func scalarCount(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { b in b.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
    }

    /// True when `haystack` contains `needle` (byte-wise, UTF-8: unlike
    /// `String.contains`, no grapheme breaking, which is far slower).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack
        var n = needle
        return h.withUTF8 { h in n.withUTF8 { n in find(h, n, from: 0) != nil } }
    }

    static func find(_ h: [UInt8], _ n: [UInt8], from start: Int) -> Int? {
        h.withUnsafeBufferPointer { h in n.withUnsafeBufferPointer { n in find(h, n, from: start) } }
    }

    /// Lower-case letters, the commonest in text first.
    static let letterFrequencyOrder = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)

    static func find(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !n.isEmpty else { return start }
        guard h.count >= n.count, let base = h.baseAddress, let needle = n.baseAddress else { return nil }
        // The needle's rarest byte is found by memchr (many bytes a step),
        // then the whole needle compared at once: a page's text is searched
        // for a phrase without a loop iteration per byte. The first hit is
        // the leftmost candidate, so the first match is the leftmost one.
        // (Choosing costs a few instructions a needle byte: worth it on a
        // long text only.)
        let r = h.count - start >= 512 ? rarestByte(n) : 0
        let rare = Int32(needle[r])
        var i = start
        let last = h.count - n.count
        while i <= last {
            guard let hit = memchr(base + i + r, rare, last - i + 1) else { return nil }
            let k = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) - r
            if memcmp(base + k, needle, n.count) == 0 { return k }
            i = k + 1
        }
        return nil
    }

    /// The index of the byte of `n` least frequent in text, by the letter
    /// frequencies of English (white space and punctuation the commonest,
    /// bytes beyond ASCII the rarest): a guess that only speeds `find`.
    static func rarestByte(_ n: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0
        var bestRank = -1
        for (k, b) in n.enumerated() {
            let rank: Int
            if b >= 0x80 {
                rank = 30
            } else if let p = letterFrequencyOrder.firstIndex(of: lowerASCII(b)) {
                rank = p + 1
            } else {
                rank = b &- 0x30 < 10 ? 20 : 0
            }
            if rank > bestRank {
                best = k
                bestRank = rank
            }
        }
        return best
    }

    /// The non-empty parts of `s` between occurrences of `separator`
    /// (byte-wise, as `contains`); all parts with `keepingEmpty`.
    static func split(_ s: String, separator: String, keepingEmpty: Bool = false) -> [String] {
        var s = s
        var separator = separator
        return s.withUTF8 { b in
            separator.withUTF8 { sep in
                var parts: [String] = []
                var from = 0
                func part(_ to: Int) {
                    guard to > from || keepingEmpty else { return }
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self))
                }
                while let k = find(b, sep, from: from) {
                    part(k)
                    from = k + sep.count
                }
                part(b.count)
                return parts
            }
        }
    }

    /// The UTF-8 of `s` with ASCII letters lower-cased (other bytes unchanged).
    static func asciiLowercased(_ s: String) -> [UInt8] { s.utf8.map(lowerASCII) }

    /// Word tokens: maximal runs of letters and digits, lower-cased.
    static func words(_ s: String) -> [String] {
        var s = s
        if let ascii = s.withUTF8({ b in b.allSatisfy { $0 < 0x80 } ? asciiWords(b) : nil }) { return ascii }
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.properties.isAlphabetic || u.properties.numericType != nil {
                cur.append(u)
            } else if !cur.isEmpty {
                out.append(String(cur).lowercased())
                cur = String.UnicodeScalarView()
            }
        }
        if !cur.isEmpty { out.append(String(cur).lowercased()) }
        return out
    }

    /// `words` of an ASCII text, without Unicode property look-ups.
    private static func asciiWords(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        var word: [UInt8] = []
        for c in b {
            let lower = lowerASCII(c)
            if (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                word.append(lower)
            } else if !word.isEmpty {
                out.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }

    /// Splits on any of the ASCII separator bytes, dropping empty parts.
    static func tokens(_ s: String, separators: Set<UInt8>) -> [Substring] {
        s.utf8.split(whereSeparator: { separators.contains($0) }).compactMap { Substring($0) }
    }

    static func hasPrefixCI(_ s: String, _ prefix: String) -> Bool {
        s.lowercased().hasPrefix(prefix)
    }

    static func trim(_ s: Substring) -> String {
        // The kept scalars are copied at once, not appended one by one.
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0.value) }),
            let last = scalars.lastIndex(where: { !isSpace($0.value) })
        else { return "" }
        return String(scalars[first...last])
    }

    static func trim(_ s: String) -> String { trim(s[...]) }
}
