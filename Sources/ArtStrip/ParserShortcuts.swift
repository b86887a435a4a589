import ArtCore
import CLibXML2

// The parser shortcuts: libxml2 2.9 reads text, blanks, script and style
// bodies and attribute values a character at a time, through function calls
// per character. At a start tag's ">" or after an end tag, these move the
// parser's position past what it would read slowly for nothing, or take
// out of the next tag what it would read slowly (attributes never used, and
// the values of those used, handed over beside the parser: `TakenValues`),
// with the same SAX events as a plain parse (tests compare the DOMs of both paths).
// The attribute shortcut is in ParserAttributeShortcut.swift.
// They read the parser context's fields, so they run only on 2.9.x
// (`parserSkipsLikeThis`); elsewhere the plain parse is the whole parse.

extension SAXBuilder {
    /// At a start tag's ">" (`afterStartTag`: the element, its name) or
    /// just after an end tag (`afterEndOf`: the element's name): moves the
    /// parser past what it would read slowly for nothing.
    mutating func takeShortcuts(afterStartTag t: Tag, _ name: UnsafePointer<xmlChar>?) {
        guard takesShortcuts else { return }
        if let name, t == .script || t == .style {
            skipRawText(name)
            return
        }
        if !takeText(afterStartTag: t, name: name) { skipBlankRun(afterStartTag: t) }
        dropUnusedAttributes(afterStartTag: t)
    }

    mutating func takeShortcuts(afterEndOf name: UnsafePointer<xmlChar>?) {
        guard takesShortcuts else { return }
        if !takeText(afterStartTag: nil, name: name) { skipBlankRun() }
        dropUnusedAttributes(afterStartTag: nil)
    }

    /// Text between tags the parser only hands over, a character at a
    /// time; this takes it straight from the page instead, up to the next
    /// "<" or "&" (a reference, left to the parser) or a character the
    /// parser would drop (a control character, U+FFFE, U+FFFF), and moves
    /// the parser there. Only where the text is certainly what the parser
    /// reads next and would hand over as it is:
    /// - at the ">" of a start tag that is not empty (an empty element is
    ///   closed after this call; its end takes the text instead), and not
    ///   html, head or body (which the parser may start while reading
    ///   another tag), script or style (raw text);
    /// - just after the end tag that closed the element (`name`), not one
    ///   of the elements an end tag closes on the way to its own (they are
    ///   closed first), or after an empty element;
    /// - not in html or head, nor outside any element, where the parser
    ///   may start a <p> for text; not in captured text.
    mutating func takeText(afterStartTag t: Tag?, name: UnsafePointer<xmlChar>?) -> Bool {
        guard capture == .none, let name, let ctxt, let input = ctxt.pointee.input,
            let cur = input.pointee.cur, let end = input.pointee.end, let base = input.pointee.base,
            let names = ctxt.pointee.nameTab
        else { return false }
        // The element the text is in: the one started, or the parent of the
        // one ended (the parser drops it from its stack after this call).
        let container = Int(ctxt.pointee.nameNr) - (t != nil ? 1 : 2)
        guard container >= 0, let element = names[container], !SAXBuilder.isNamed(element, "html"),
            !SAXBuilder.isNamed(element, "head")
        else { return false }
        if t != nil {
            // The <p> the parser starts for text in html or head stands on no tag.
            guard container >= 1, let parent = names[container - 1], !SAXBuilder.isNamed(parent, "html"),
                !SAXBuilder.isNamed(parent, "head")
            else { return false }
        }
        var text = cur
        if let t {
            guard t != .html && t != .head && t != .body, cur < end, cur.pointee == 0x3E, !isEmpty(name) else {
                return false
            }
            text += 1
        } else {
            guard cur > base, cur[-1] == 0x3E, !SAXBuilder.isNamed(name, "html"), !SAXBuilder.isNamed(name, "head"),
                !SAXBuilder.isNamed(name, "body"), SAXBuilder.endTag(before: cur, base: base, is: name) || isEmpty(name)
            else { return false }
        }
        let p = SAXBuilder.plainTextEnd(from: text, to: end)
        guard p > text, p < end else { return false }
        var from = text
        if openPre == 0, p - text >= 2,
            UnsafeBufferPointer(start: text, count: p - text).allSatisfy(SAXBuilder.isBlank)
        {
            // Blanks only: their last stands for them all (see `skipBlankRun`).
            from = p - 1
            blanksCut = Int32(p - 1 - text)
        }
        characters(from, p - from)
        // Where the parser goes on: the start tag's ">" (before the next
        // "<" or "&"), or right there after an end tag (a ">" before it
        // marks that for `dropUnusedAttributes`).
        let gt = UnsafeMutablePointer(mutating: p - 1)
        gt.pointee = 0x3E
        input.pointee.cur = t != nil ? UnsafePointer(gt) : p
        return true
    }

    @inline(__always)
    static func isNamed(_ name: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
        let e = expected.utf8Start
        for k in 0..<expected.utf8CodeUnitCount where name[k] != e[k] { return false }
        return name[expected.utf8CodeUnitCount] == 0
    }

    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// Where text the parser would hand over as it is stops: at "<", "&",
    /// a control character other than tab and line breaks, or U+FFFE and
    /// U+FFFF (which the parser drops). Eight bytes at a time: a byte that
    /// may stop it (those, tab, line breaks, or 0xEF) is looked at alone.
    static func plainTextEnd(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var p = start
        while p < end {
            if end - p >= 8 {
                let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
                let control = ~((w & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) & ~w & TextUtil.highBits
                let stops = control | TextUtil.zeroBytes(w ^ 0x3C3C_3C3C_3C3C_3C3C)
                    | TextUtil.zeroBytes(w ^ 0x2626_2626_2626_2626) | TextUtil.zeroBytes(w ^ 0xEFEF_EFEF_EFEF_EFEF)
                if stops == 0 {
                    p += 8
                    continue
                }
                p += stops.trailingZeroBitCount >> 3
            }
            let b = p.pointee
            if b == 0x3C || b == 0x26 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) { break }
            if b == 0xEF && end - p > 2 && p[1] == 0xBF && p[2] >= 0xBE { break }
            p += 1
        }
        return p
    }

    /// Whether the parser closes element `name` as soon as it starts (br,
    /// img...), looked up once per name.
    mutating func isEmpty(_ name: UnsafePointer<xmlChar>) -> Bool {
        let slot = SAXBuilder.slot(name)
        if emptyCacheNames[slot] != name {
            emptyCacheNames[slot] = name
            emptyCacheValues[slot] = htmlTagLookup(name).map { $0.pointee.empty != 0 } ?? false
        }
        return emptyCacheValues[slot]
    }

    /// True when the bytes before `cur` are "</" `name` (any case), blanks
    /// and ">": the end tag just read was that element's own.
    static func endTag(before cur: UnsafePointer<UInt8>, base: UnsafePointer<UInt8>, is name: UnsafePointer<xmlChar>)
        -> Bool
    {
        var q = cur - 2
        while q >= base && (q.pointee == 0x20 || q.pointee == 0x0A || q.pointee == 0x09 || q.pointee == 0x0D) {
            q -= 1
        }
        let length = strlen(name)
        guard q - base >= length + 1 else { return false }
        let start = q - length + 1
        guard start[-1] == 0x2F, start[-2] == 0x3C else { return false }
        for k in 0..<length where lowerASCII(start[k]) != name[k] { return false }
        return true
    }

    /// Indentation between tags is most of a page's text, and the parser
    /// reads it a character at a time. Outside <pre> and captured text, a
    /// run of blanks (spaces, tabs, line breaks) before a tag means the
    /// same to everything here as its last blank alone, and to the parser
    /// too (a run that it reads in one piece, under 1,000 bytes, is blank
    /// text either way): this moves the parser to that last blank. Called
    /// at a start tag's ">" (`afterStartTag`: the element; not for
    /// html, head and body, which the parser may start while reading
    /// another tag) or just after an end tag.
    mutating func skipBlankRun(afterStartTag t: Tag? = nil) {
        guard openPre == 0, capture == .none, let input = ctxt?.pointee.input,
            let cur = input.pointee.cur, let end = input.pointee.end, let base = input.pointee.base
        else { return }
        var run = cur
        if let t {
            guard t != .html && t != .head && t != .body, cur < end, cur.pointee == 0x3E else { return }
            run += 1
        } else {
            guard cur > base, cur[-1] == 0x3E else { return }
        }
        var p = run
        while p < end, p - run < 1000 {
            let b = p.pointee
            guard b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D else { break }
            p += 1
        }
        guard p - run >= 2, p < end, p.pointee == 0x3C else { return }
        blanksCut = Int32(p - run - 1)
        if t != nil {
            // The parser expects to stand on the start tag's ">".
            let gt = UnsafeMutablePointer(mutating: p - 2)
            gt.pointee = 0x3E
            input.pointee.cur = UnsafePointer(gt)
        } else {
            // A ">" before the last blank (passed over) marks, as after an
            // end tag, that `dropUnusedAttributes` may read the next tag.
            UnsafeMutablePointer(mutating: p - 2).pointee = 0x3E
            input.pointee.cur = p - 1
        }
    }

    /// libxml2 2.9 reads the text of a <script> or <style> (raw text, never
    /// markup) one character at a time, up to the first "</script" or
    /// "</style" in any case. Called as the start tag's ">" is reached, this
    /// moves the parser straight there: the same outcome, without the
    /// per-character work on what is often half of a page. Left to the
    /// parser: text that starts with "<" (it may close elements), text
    /// without its end tag, and captured text with characters the parser
    /// would drop or replace.
    mutating func skipRawText(_ name: UnsafePointer<xmlChar>) {
        guard let input = ctxt?.pointee.input, let cur = input.pointee.cur,
            let end = input.pointee.end, cur < end, cur.pointee == 0x3E
        else { return }
        let text = cur + 1
        guard text < end, text.pointee != 0x3C else { return }
        let nameLength = Int(strlen(name))
        var p = text
        var clean = true
        while true {
            if capture == .none {
                // Only the end tag matters.
                guard let lt = memchr(p, 0x3C, end - p) else { return }
                p = UnsafePointer(lt.assumingMemoryBound(to: xmlChar.self))
            } else {
                while p < end && p.pointee != 0x3C {
                    let b = p.pointee
                    if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D)
                        || (b == 0xEF && end - p > 2 && p[1] == 0xBF && p[2] >= 0xBE)
                    {
                        clean = false
                    }
                    p += 1
                }
                guard p < end else { return }
            }
            if end - p >= 2 + nameLength, p[1] == 0x2F,
                (0..<nameLength).allSatisfy({ lowerASCII(p[2 + $0]) == name[$0] })
            {
                break
            }
            p += 1
        }
        if capture != .none {
            guard clean else { return }
            captured.append(contentsOf: UnsafeBufferPointer(start: text, count: p - text))
        }
        // The parser expects to stand on the start tag's ">": put one just
        // before the end tag, over text already taken.
        let gt = UnsafeMutablePointer(mutating: p - 1)
        gt.pointee = 0x3E
        input.pointee.cur = UnsafePointer(gt)
    }

    /// Whether the shortcuts may run: they read and move the parser's
    /// position (`xmlParserCtxt.input`, `nameTab`, `nameNr`), which is not
    /// libxml2's public API, and repeat how 2.9 reads text, script, style
    /// and attributes. So only when both the headers this was built with
    /// (the structures' layout) and the library loaded are 2.9.x.
    static let parserSkipsLikeThis: Bool = {
        let builtFor29 = LIBXML_VERSION / 100 == 209
        guard let v = __xmlParserVersion()?.pointee, let loaded = Int(String(cString: v)) else { return false }
        return builtFor29 && loaded / 100 == 209
    }()
}
