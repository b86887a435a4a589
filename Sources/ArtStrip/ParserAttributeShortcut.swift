import ArtCore
import CLibXML2

// The attribute shortcut (see ParserShortcuts.swift for when the shortcuts
// run): the next start tag's unused attributes are cut out of the input and
// the values of those used are taken out beside the parser (`TakenValues`),
// so that libxml2 does not read them a character at a time.

extension SAXBuilder {
    /// libxml2 reads attribute values a character at a time, through two
    /// function calls per character: they cost more than all else now.
    /// Most are never used (src, srcset, data-*, style of SVG paths...).
    /// Where the parser will next read text and then a start tag, this
    /// removes from that tag the attributes whose names are not kept,
    /// moving what comes before them (the text, and the current ">")
    /// right over them. The parser then reads the same text and the same
    /// tag but for attributes it would have passed over. The tag is read
    /// by the parser's rules (names, blanks, quoted and bare values); at
    /// anything else (a NUL byte, a bogus name, an unclosed value) the
    /// attributes from there on stay.
    mutating func dropUnusedAttributes(afterStartTag t: Tag?) {
        guard let input = ctxt?.pointee.input, let cur = input.pointee.cur, let end = input.pointee.end,
            let base = input.pointee.base
        else { return }
        if let t {
            guard t != .html && t != .head && t != .body && t != .script && t != .style, cur < end, cur.pointee == 0x3E
            else { return }
        } else {
            guard cur > base, cur[-1] == 0x3E else { return }
        }
        // The next start tag's values are taken already (an empty element's
        // end comes right after its start): it was read and trimmed.
        if let left = taken.leftAtTagEnd, end - cur > left { return }
        // The next start tag, if only text and comments (no NUL byte) come
        // before it: no event tells the end of a comment (`<!---->` stands
        // between many tags of some pages), so the tag after one is found here.
        var from = cur
        var lt: UnsafePointer<UInt8>
        var comments = 0
        while true {
            guard let found = memchr(from, 0x3C, end - from) else { return }
            lt = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            guard end - lt > 3, lt[1] == 0x21, lt[2] == 0x2D, lt[3] == 0x2D else { break }
            guard comments < 8, let after = SAXBuilder.commentEnd(from: lt + 4, to: end) else { return }
            comments += 1
            from = after
        }
        guard end - lt > 2, SAXBuilder.isLetter(lt[1]), memchr(cur, 0, lt - cur) == nil else { return }
        var p = lt + 1
        while p < end && SAXBuilder.isNameByte(p.pointee) { p += 1 }
        guard p - lt - 1 < 100 else { return }
        let tagName = UnsafeBufferPointer(start: lt + 1, count: p - lt - 1)
        guard markUnusedAttributes(from: p, to: end, tagName: tagName) >= 8 else {
            taken.leftAtTagEnd = nil
            return
        }
        input.pointee.cur = closeUpCuts(from: cur)
    }

    /// Just after the end of a comment whose text starts at `start` (after
    /// "<!--"), as libxml2 2.9 reads it: at the first "-->" or "--!>" whose
    /// dashes are in the text; nil when there is none.
    static func commentEnd(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        var p = start
        while end - p >= 3 {
            guard let found = memchr(p, 0x2D, end - p) else { return nil }
            let dash = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            guard end - dash >= 3 else { return nil }
            if dash[1] == 0x2D {
                if dash[2] == 0x3E { return dash + 3 }
                if dash[2] == 0x21, end - dash >= 4, dash[3] == 0x3E { return dash + 4 }
            }
            p = dash + 1
        }
        return nil
    }

    /// The values of the next start tag's attributes that `dropUnusedAttributes`
    /// took out of the page, to hand over in their place: libxml2 reads a
    /// value a character at a time, through two function calls per
    /// character, and then hands over an empty one. Only quoted values the
    /// parser would hand over as they are (no "&", valid UTF-8), the first
    /// of each name (the parser drops a name given again), and only for a
    /// tag whose end the scan reached: the parser then stands on its ">"
    /// (or "/>") when it starts the element, so that `leftAtTagEnd` tells
    /// that start from those of elements it implies on the way.
    struct TakenValues {
        /// Where the parser stands when it starts the element, as the bytes
        /// left from there to the input's end (nil: none taken). Not an
        /// address: while reading text the parser may move what is left of
        /// its input to the buffer's start (`SHRINK`).
        var leftAtTagEnd: Int?
        /// The names taken (`AttributeName.bit`) and where their values are in `bytes`.
        var mask: UInt32 = 0
        var start = [Int32](repeating: 0, count: AttributeName.allCases.count)
        var end = [Int32](repeating: 0, count: AttributeName.allCases.count)
        var bytes: [UInt8] = []

        mutating func clear() {
            leftAtTagEnd = nil
            mask = 0
            if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
        }

        /// Keeps `value` (`isPlainValue`) as the parser hands it over, its
        /// references decoded.
        mutating func take(_ which: AttributeName, _ value: UnsafeBufferPointer<UInt8>) {
            mask |= which.bit
            start[Int(which.rawValue)] = Int32(bytes.count)
            if memchr(value.baseAddress!, 0x26, value.count) == nil {
                bytes.append(contentsOf: value)
            } else {
                var i = 0
                while i < value.count {
                    if value[i] == 0x26, let (length, byte) = SAXBuilder.plainReference(value, at: i) {
                        bytes.append(byte)
                        i += length
                    } else {
                        bytes.append(value[i])
                        i += 1
                    }
                }
            }
            end[Int(which.rawValue)] = Int32(bytes.count)
        }
    }

    /// Whether the element the parser starts now is the tag whose values
    /// were taken; taken values the parser went past (a tag it dropped)
    /// are forgotten.
    mutating func startsTakenTag() -> Bool {
        guard let left = taken.leftAtTagEnd, let input = ctxt?.pointee.input, let cur = input.pointee.cur,
            let end = input.pointee.end
        else { return false }
        if end - cur == left { return true }
        if end - cur < left { taken.leftAtTagEnd = nil }
        return false
    }

    /// The references a value commonly holds (in addresses and quoted
    /// text): `&amp;`, `&quot;` and `&#39;` at `i`, their length and the
    /// byte the parser hands over for each; nil for any other.
    static func plainReference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, UInt8)? {
        func spells(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard i + n <= b.count else { return false }
            for k in 1..<n where b[i + k] != s.utf8Start[k] { return false }
            return true
        }
        if spells("&amp;") { return (5, 0x26) }
        if spells("&quot;") { return (6, 0x22) }
        if spells("&#39;") { return (5, 0x27) }
        return nil
    }

    /// Whether the parser hands over the quoted value `bytes` as it is but
    /// for the references of `plainReference` (each a byte): valid UTF-8
    /// (on a byte that is not, the parser changes its encoding), and no
    /// other reference.
    static func isPlainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        var i = 0
        let n = bytes.count
        while i < n {
            if n - i >= 8 {
                // Eight bytes at a time while they are ASCII and no "&".
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if w & TextUtil.highBits == 0 && TextUtil.zeroBytes(w ^ 0x2626_2626_2626_2626) == 0 {
                    i += 8
                    continue
                }
            }
            let c = bytes[i]
            if c < 0x80 {
                if c == 0x26 {
                    guard let (length, _) = plainReference(bytes, at: i) else { return false }
                    i += length
                    continue
                }
                i += 1
                continue
            }
            // Well-formed UTF-8 only: no overlong form, surrogate or code point past U+10FFFF.
            guard let (length, second) = utf8Lead(c), i + length <= n, second.contains(bytes[i + 1]) else { return false }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// One attribute of a start tag as the parser reads it: its name, its
    /// end, and its value's opening quote if quoted.
    struct AttributeSpan {
        var name: UnsafePointer<UInt8>
        var nameEnd: UnsafePointer<UInt8>
        var end: UnsafePointer<UInt8>
        var openingQuote: UnsafePointer<UInt8>?
    }

    /// The attribute at `p` (after blanks), or nil at the tag's end or
    /// anything the parser's rules do not read as an attribute.
    static func attribute(at start: UnsafePointer<UInt8>, before end: UnsafePointer<UInt8>) -> AttributeSpan? {
        var p = start
        while p < end && isBlank(p.pointee) { p += 1 }
        guard p < end else { return nil }
        let c = p.pointee
        guard c != 0x3E && c != 0x2F && (isLetter(c) || c == 0x5F || c == 0x3A || c == 0x2E) else { return nil }
        let name = p
        while p < end && isNameByte(p.pointee) { p += 1 }
        guard p - name < 100 else { return nil }
        var span = AttributeSpan(name: name, nameEnd: p, end: p)
        var q = p
        while q < end && isBlank(q.pointee) { q += 1 }
        guard q < end && q.pointee == 0x3D else {
            span.end = q
            return span
        }
        q += 1
        while q < end && isBlank(q.pointee) { q += 1 }
        guard q < end else { return nil }
        let quote = q.pointee
        if quote == 0x22 || quote == 0x27 {
            guard let close = memchr(q + 1, Int32(quote), end - q - 1) else { return nil }
            let closing = UnsafePointer(close.assumingMemoryBound(to: UInt8.self))
            guard memchr(q + 1, 0, closing - q - 1) == nil else { return nil }
            span.end = closing + 1
            span.openingQuote = q
        } else {
            while q < end && !isBlank(q.pointee) && q.pointee != 0x3E && q.pointee != 0 { q += 1 }
            guard q < end && q.pointee != 0 else { return nil }
            span.end = q
        }
        return span
    }

    /// Fills `cuts` with the attributes from `p` on that are never read on
    /// element `tagName` (and the tail of a link's address); returns the
    /// bytes they take.
    mutating func markUnusedAttributes(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>, tagName: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var element: Tag?  // looked up when an attribute's use depends on it
        if !cuts.isEmpty { cuts.removeAll(keepingCapacity: true) }
        if !valueCuts.isEmpty { valueCuts.removeAll(keepingCapacity: true) }
        taken.clear()
        var seen: UInt32 = 0
        var cutBytes = 0
        var p = start
        while let span = SAXBuilder.attribute(at: p, before: end) {
            p = span.end
            let which = AttributeName.of(span.name, count: span.nameEnd - span.name)
            var read = which != nil
            if let which, which == .href || which == .name || which == .httpEquiv {
                let t = element ?? SAXBuilder.attributeOwner(tagName)
                element = t
                read = which.isRead(on: t)
            }
            if !read {
                cuts.append(span.name)
                cuts.append(span.end)
                cutBytes += span.end - span.name
                continue
            }
            var took = false
            if let which, seen & which.bit == 0 {
                seen |= which.bit
                // The value goes (its quotes stay) and is handed over in its place.
                if let quote = span.openingQuote {
                    let value = UnsafeBufferPointer(start: quote + 1, count: span.end - 1 - (quote + 1))
                    if value.count > 0, SAXBuilder.isPlainValue(value) {
                        valueCuts.append(cuts.count)
                        cuts.append(quote + 1)
                        cuts.append(span.end - 1)
                        cutBytes += value.count
                        taken.take(which, value)
                        took = true
                    }
                }
            }
            if !took, which == .href, element == .a, !dom.keepsLinks, let quote = span.openingQuote {
                // Only the start of a link's address is read: "javascript:"
                // after spaces. The rest goes when no reference could
                // change what the start decodes to.
                var keep = quote + 1
                while keep < span.end - 1 && keep.pointee == 0x20 { keep += 1 }
                keep += 11
                if keep < span.end - 1, memchr(quote + 1, 0x26, keep - quote - 1) == nil {
                    cuts.append(keep)
                    cuts.append(span.end - 1)
                    cutBytes += span.end - 1 - keep
                }
            }
        }
        guard !valueCuts.isEmpty else { return cutBytes }
        // Values are taken only when the scan reached the tag's end.
        var q = p
        while q < end && SAXBuilder.isBlank(q.pointee) { q += 1 }
        if q < end && (q.pointee == 0x3E || (q.pointee == 0x2F && end - q > 1 && q[1] == 0x3E)) {
            taken.leftAtTagEnd = end - q
            return cutBytes
        }
        for k in valueCuts.reversed() {
            cutBytes -= cuts[k + 1] - cuts[k]
            cuts.removeSubrange(k...(k + 1))
        }
        taken.clear()
        return cutBytes
    }

    /// The element named by the bytes `name` (ASCII name bytes, any case)
    /// as far as which attributes are read on it goes: `a`, `link`, `meta`
    /// (`AttributeName.isRead`), or `other` for every other name. Read from
    /// the bytes: no string is made and looked up per tag.
    static func attributeOwner(_ name: UnsafeBufferPointer<UInt8>) -> Tag {
        func named(_ expected: StaticString) -> Bool {
            guard name.count == expected.utf8CodeUnitCount else { return false }
            let e = expected.utf8Start
            for k in 0..<name.count where lowerASCII(name[k]) != e[k] { return false }
            return true
        }
        if named("a") { return .a }
        if named("link") { return .link }
        if named("meta") { return .meta }
        return .other
    }

    /// Moves the kept pieces from `cur` to the last cut right over the
    /// cuts, last first, each by what is cut after it; returns where the
    /// parser goes on.
    func closeUpCuts(from cur: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var to = UnsafeMutablePointer(mutating: cuts[cuts.count - 1])
        var k = cuts.count - 2
        while k >= 0 {
            let from = k > 0 ? cuts[k - 1] : cur
            let count = cuts[k] - from
            to -= count
            UnsafeMutableRawPointer(to).copyMemory(from: from, byteCount: count)
            k -= 2
        }
        return UnsafePointer(to)
    }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { lowerASCII(b) >= 0x61 && lowerASCII(b) <= 0x7A }

    @inline(__always)
    static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F || b == 0x2E
    }
}
