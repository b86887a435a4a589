import CLibXML2

#if canImport(Glibc)
    import Glibc
#endif

/// The HTML element kinds art-strip tells apart; everything else is `other`
/// (treated as inline).
enum Tag: UInt8, CaseIterable, Sendable {
    case other, text
    case html, head, body, title, meta, link, base, script, style, noscript, template, svg, iframe, object, embed
    case video, audio, canvas, select, textarea, input, button, form, label, option, nav, header, footer, aside
    case main, article, section, div, p, span, a, br, hr, img, picture, figure, figcaption
    case h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre, code, table, thead, tbody, tfoot, tr
    case td, th, caption, address, details, summary, fieldset, legend, center, time, font, math, dialog, menu
    case annotation, rp

    static let byName: [String: Tag] = {
        var map: [String: Tag] = [:]
        for tag in Tag.allCases where tag != .other && tag != .text { map[String(describing: tag)] = tag }
        return map
    }()

    /// The kind of the element named `name` (any case).
    static func named(_ name: String) -> Tag {
        let s = name.lowercased()
        return byName[s] ?? (s == "annotation-xml" ? .annotation : .other)
    }

    /// Elements whose content never reaches the text (not even descended into).
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .iframe, .object, .embed, .video, .audio, .canvas,
            .select, .textarea, .option, .annotation, .rp:
            return true
        default: return false
        }
    }

    /// Elements that start and end a block of text.
    var isBlock: Bool {
        switch self {
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul, .ol, .dl, .dt, .dd, .blockquote, .pre, .figure,
            .figcaption, .table, .caption, .section, .article, .header, .footer, .aside, .nav, .main, .address,
            .details, .summary, .form, .fieldset, .legend, .hr, .center, .body, .html, .tr, .dialog, .menu:
            return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}

/// The attributes art-strip reads; every other one is dropped while parsing.
enum AttributeName: UInt8, CaseIterable, Sendable {
    case id, `class`, style, hidden, ariaHidden, itemprop, role, rel, href, name, property, content, datetime
    case lang, xmlLang, type, httpEquiv

    var spelling: String {
        switch self {
        case .ariaHidden: return "aria-hidden"
        case .xmlLang: return "xml:lang"
        case .httpEquiv: return "http-equiv"
        default: return String(describing: self)
        }
    }

    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// Whether it is read on element `t`: an address only on <link> (and
    /// on <a>, only to tell script hooks), names and http-equiv only on <meta>.
    func isRead(on t: Tag) -> Bool {
        switch self {
        case .href: return t == .a || t == .link
        case .name, .httpEquiv: return t == .meta
        default: return true
        }
    }

    /// The spellings in `rawValue` order.
    static let spellings: [[UInt8]] = allCases.map { Array($0.spelling.utf8) }

    /// The one candidate for each length and first letter: `rawValue + 1`
    /// at `length * 256 + first byte`, 0 for none.
    static let candidates: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 16 * 256)
        for name in allCases {
            let bytes = Array(name.spelling.utf8)
            let k = bytes.count * 256 + Int(bytes[0])
            precondition(bytes.count < 16 && table[k] == 0, "two attribute names alike")
            table[k] = name.rawValue + 1
        }
        return table
    }()

    /// The attribute `name` (a C string, any case) names, if one we keep.
    static func of(_ name: UnsafePointer<xmlChar>) -> AttributeName? { of(name, count: strlen(name)) }

    /// The attribute the `count` bytes at `name` (any case) name, if one we keep.
    static func of(_ name: UnsafePointer<xmlChar>, count: Int) -> AttributeName? {
        guard count > 0, count < 16 else { return nil }
        let k = candidates[count * 256 + Int(lowerASCII(name[0]))]
        guard k > 0 else { return nil }
        let spelling = spellings[Int(k) - 1]
        for j in 1..<count where lowerASCII(name[j]) != spelling[j] { return nil }
        return AttributeName(rawValue: k - 1)
    }
}

@inline(__always)
func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

/// A parsed page: libxml2's tree flattened once, in document order, into
/// arrays. Node `i`'s subtree is the index range `i ..< end[i]`, so every walk
/// is a loop (never recursion) and subtree sums are one backward pass.
struct DOM {
    var tag: [Tag] = []
    var parent: [Int32] = []
    var end: [Int32] = []
    /// The UTF-8 text of all text nodes, in order: node `i`'s text is
    /// `textBytes[textStart[i] ..< textStart[i + 1]]` (empty for elements).
    var textBytes: [UInt8] = []
    var textStart: [Int32] = []
    /// Per text node: blanks of the page that the parser was moved past
    /// (`SAXBuilder.skipBlankRun`), so that lengths in page bytes can be told.
    var textCut: [Int32] = []
    /// Per text node: its length once white space is collapsed, and its
    /// commas (`TextUtil.measure`); 0 for elements.
    var textLength: [Int32] = []
    var textCommas: [Int32] = []
    /// Per node: which kept attributes it has (`AttributeName.bit`), and
    /// where they start in `attrNames`. Values are UTF-8 in one array:
    /// attribute `k`'s is `attrBytes[attrValueStart[k] ..< attrValueStart[k + 1]]`.
    var attrMask: [UInt32] = []
    var attrStart: [Int32] = []
    var attrNames: [AttributeName] = []
    var attrValueStart: [Int32] = []
    var attrBytes: [UInt8] = []
    /// Per node: lower-cased `class id` (empty when neither), as text is
    /// kept, and what it says.
    var classBytes: [UInt8] = []
    var classStart: [Int32] = []
    var flags: [ClassFlags] = []
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// The `<title>` element's text.
    var titleText: String?

    var count: Int { tag.count }

    /// The length in the page of text node `i`'s text.
    func sourceLength(_ i: Int) -> Int { textRange(i).count + Int(textCut[i]) }

    /// Where node `i`'s text is in `textBytes`.
    func textRange(_ i: Int) -> Range<Int> {
        Int(textStart[i])..<(i + 1 < count ? Int(textStart[i + 1]) : textBytes.count)
    }

    /// The text of node `i` (empty for elements).
    func text(_ i: Int) -> String { withText(i) { String(decoding: $0, as: UTF8.self) } }

    func withText<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = textRange(i)
        return textBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func hasAttributes(_ i: Int) -> Bool { attrMask[i] != 0 }

    func hasAttr(_ i: Int, _ name: AttributeName) -> Bool { attrMask[i] & name.bit != 0 }

    /// The value of attribute `name` (not `class` or `id`: they are only
    /// kept together, in `cls`).
    func attr(_ i: Int, _ name: AttributeName) -> String? {
        assert(name != .class && name != .id, "class and id are in classBytes")
        guard attrMask[i] & name.bit != 0 else { return nil }
        var k = Int(attrStart[i])
        while attrNames[k] != name { k += 1 }
        let lo = Int(attrValueStart[k])
        let hi = k + 1 < attrValueStart.count ? Int(attrValueStart[k + 1]) : attrBytes.count
        return attrBytes.withUnsafeBufferPointer { String(decoding: $0[lo..<hi], as: UTF8.self) }
    }

    /// Where node `i`'s `class id` bytes are in `classBytes`.
    func classRange(_ i: Int) -> Range<Int> {
        Int(classStart[i])..<(i + 1 < classStart.count ? Int(classStart[i + 1]) : classBytes.count)
    }

    /// `class` and `id` together, lower-cased ("" when neither).
    func classAndID(_ i: Int) -> String { String(decoding: classBytes[classRange(i)], as: UTF8.self) }

    func hasClassOrID(_ i: Int) -> Bool { !classRange(i).isEmpty }

    /// True when both have the same `class id`.
    func sameClassAndID(_ a: Int, _ b: Int) -> Bool {
        classBytes[classRange(a)].elementsEqual(classBytes[classRange(b)])
    }

    /// `javascript:` at the start of an address (case-insensitive).
    static func isScriptHook(_ v: UnsafePointer<xmlChar>) -> Bool {
        var p = v
        while p.pointee == 0x20 { p += 1 }
        for c in "javascript:".utf8 {
            if lowerASCII(p.pointee) != c { return false }
            p += 1
        }
        return true
    }

    /// Parses `html` (already Unicode) with libxml2's HTML parser, in UTF-8,
    /// forgivingly and without any network access. The parser's SAX events
    /// build the arrays directly: no libxml2 tree is made.
    static func parse(_ html: String, takingShortcuts: Bool = true) -> DOM {
        var bytes = Array(html.utf8)
        return parse(utf8: &bytes, takingShortcuts: takingShortcuts)
    }

    /// Parses the UTF-8 bytes of a page; the parser may overwrite them.
    /// `takingShortcuts` off lets the parser read everything its slow way
    /// (to check that the DOMs agree).
    static func parse(utf8 bytes: inout [UInt8], takingShortcuts: Bool = true) -> DOM {
        var builder = SAXBuilder()
        builder.takesShortcuts = takingShortcuts && SAXBuilder.parserSkipsLikeThis
        builder.dom.reserve(bytes.count / 40)
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard buffer.count > 0, buffer.count < Int(Int32.max) else { return }
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                let options = Int32(
                    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                _ = htmlCtxtUseOptions(ctxt, options)
                // Our encoding (UTF-8), whatever the page declares: the
                // parser reads UTF-8 as it is and HTML_PARSE_IGNORE_ENC makes
                // it ignore declarations. Only NUL bytes at the start could
                // make it guess UTF-16 or UCS-4: then UTF-8 is pinned by an
                // encoding handler, at the cost of a converted copy.
                if !buffer.prefix(4).contains(0) {
                    ctxt.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
                } else if let utf8 = xmlFindCharEncodingHandler("UTF-8") {
                    _ = xmlSwitchToEncoding(ctxt, utf8)
                    if let input = ctxt.pointee.input, input.pointee.encoding == nil {
                        input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                    }
                }
                guard let sax = ctxt.pointee.sax else { return }
                sax.pointee = SAXBuilder.handler
                builder.ctxt = ctxt
                // The callbacks reach the builder through a pointer: no
                // reference counting or exclusivity checks per event.
                withUnsafeMutablePointer(to: &builder) { pointer in
                    ctxt.pointee.userData = UnsafeMutableRawPointer(pointer)
                    _ = htmlParseDocument(ctxt)
                }
                builder.ctxt = nil
            }
        }
        builder.finish()
        return builder.dom
    }

    /// Fills `textLength` and `textCommas`.
    mutating func measureText() {
        var length = [Int32](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        textBytes.withUnsafeBufferPointer { bytes in
            for i in 0..<count where tag[i] == .text {
                let hi = i + 1 < count ? Int(textStart[i + 1]) : bytes.count
                let m = TextUtil.measure(UnsafeBufferPointer(rebasing: bytes[Int(textStart[i])..<hi]))
                length[i] = m.length
                commas[i] = m.commas
            }
        }
        textLength = length
        textCommas = commas
    }

    mutating func reserve(_ n: Int) {
        tag.reserveCapacity(n)
        parent.reserveCapacity(n)
        end.reserveCapacity(n)
        textStart.reserveCapacity(n)
        textCut.reserveCapacity(n)
        attrMask.reserveCapacity(n)
        attrStart.reserveCapacity(n)
        classStart.reserveCapacity(n)
        flags.reserveCapacity(n)
    }

    mutating func append(_ t: Tag, parent p: Int32) -> Int32 {
        let i = Int32(tag.count)
        tag.append(t)
        parent.append(p)
        end.append(i + 1)
        textStart.append(Int32(textBytes.count))
        textCut.append(0)
        attrMask.append(0)
        attrStart.append(Int32(attrNames.count))
        classStart.append(Int32(classBytes.count))
        flags.append([])
        return i
    }

    /// Keeps the attributes we use (`atts`: name, value pairs, NULL-ended).
    mutating func readAttributes(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, into i: Int, tag t: Tag) {
        let classFrom = classBytes.count
        var mask: UInt32 = 0
        var k = 0
        while let namePtr = atts[k] {
            let valuePtr = atts[k + 1]
            k += 2
            guard let which = AttributeName.of(namePtr), which.isRead(on: t) else { continue }
            let value = valuePtr.map { UnsafeBufferPointer(start: $0, count: strlen($0)) }
            switch which {
            case .href where t == .a:
                // A link's address only tells script hooks.
                if let v = valuePtr, DOM.isScriptHook(v) { tag[i] = .other }
                continue
            case .id, .class:
                // Lower-cased bytes for the patterns.
                mask |= which.bit
                guard let value else { continue }
                if classBytes.count > classFrom { classBytes.append(0x20) }
                let from = classBytes.count
                classBytes.append(contentsOf: value)
                for j in from..<classBytes.count { classBytes[j] = lowerASCII(classBytes[j]) }
                continue
            default: break
            }
            mask |= which.bit
            attrNames.append(which)
            attrValueStart.append(Int32(attrBytes.count))
            if let value { attrBytes.append(contentsOf: value) }
        }
        attrMask[i] = mask
        if classBytes.count > classFrom {
            flags[i] = classBytes.withUnsafeBufferPointer {
                ClassFlags.of(UnsafeBufferPointer(rebasing: $0[classFrom...]))
            }
        }
    }
}

/// Receives libxml2's SAX events for one document.
struct SAXBuilder {
    var dom = DOM()
    var stack: [Int32] = []
    /// libxml2 interns element names: a small table by address saves most
    /// lookups by name.
    var tagCacheNames = [UnsafePointer<xmlChar>?](repeating: nil, count: 256)
    var tagCacheTags = [Tag](repeating: .other, count: 256)
    /// Open elements inside a skipped element (script, style...).
    var skipDepth = 0
    enum Capture { case none, jsonLD, title }
    var capture = Capture.none
    var captured: [UInt8] = []
    /// The text node that text goes on to (-1: a new one starts).
    var lastText: Int = -1
    /// The parser, while it runs.
    var ctxt: htmlParserCtxtPtr?
    /// Whether the parser is moved past what it would read slowly for
    /// nothing: script text, blanks, text, attributes never read.
    var takesShortcuts = true
    /// Open <pre> elements: their white space is kept as it is.
    var openPre = 0
    /// Blanks skipped before the text the parser reads next.
    var blanksCut: Int32 = 0

    static func from(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXBuilder> {
        ctx!.assumingMemoryBound(to: SAXBuilder.self)
    }

    static var handler: htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, atts in SAXBuilder.from(ctx).pointee.start(name, atts) }
        h.endElement = { ctx, name in SAXBuilder.from(ctx).pointee.endElement(name) }
        h.characters = { ctx, ch, len in SAXBuilder.from(ctx).pointee.characters(ch, Int(len)) }
        h.ignorableWhitespace = h.characters
        h.cdataBlock = { ctx, ch, len in SAXBuilder.from(ctx).pointee.characters(ch, Int(len)) }
        h.initialized = UInt32(XML_SAX2_MAGIC)
        // Errors are not wanted (the parser recovers); a structured handler
        // keeps libxml2 from printing them.
        h.serror = { _, _ in }
        return h
    }

    mutating func start(_ name: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        blanksCut = 0
        var t = Tag.other
        if let name {
            let slot = SAXBuilder.slot(name)
            if tagCacheNames[slot] == name {
                t = tagCacheTags[slot]
            } else {
                t = Tag.named(String(cString: name))
                tagCacheNames[slot] = name
                tagCacheTags[slot] = t
            }
        }
        if skipDepth > 0 {
            skipDepth += 1
            if let name, t == .script || t == .style {
                skipRawText(name)
            } else {
                takeShortcuts(afterStartTag: t, name)
            }
            return
        }
        let i = dom.append(t, parent: stack.last ?? -1)
        lastText = -1
        if let atts { dom.readAttributes(atts, into: Int(i), tag: t) }
        if t.isSkipped || t == .script || t == .title {
            skipDepth = 1
            captured.removeAll(keepingCapacity: true)
            if t == .script, let type = dom.attr(Int(i), .type)?.lowercased(), TextUtil.contains(type, "ld+json") {
                capture = .jsonLD
            } else if t == .title, dom.titleText == nil {
                capture = .title
            } else {
                capture = .none
            }
            if let name, t == .script || t == .style {
                skipRawText(name)
            } else {
                takeShortcuts(afterStartTag: t, name)
            }
            return
        }
        stack.append(i)
        if t == .pre { openPre += 1 }
        takeShortcuts(afterStartTag: t, name)
    }

    /// At a start tag's ">" (`afterStartTag`: the element, its name) or
    /// just after an end tag (`afterEndOf`: the element's name): moves the
    /// parser past what it would read slowly for nothing.
    mutating func takeShortcuts(afterStartTag t: Tag, _ name: UnsafePointer<xmlChar>?) {
        if !takeText(afterStartTag: t, name: name) { skipBlankRun(afterStartTag: t) }
        dropUnusedAttributes(afterStartTag: t)
    }

    mutating func takeShortcuts(afterEndOf name: UnsafePointer<xmlChar>?) {
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
        guard takesShortcuts, capture == .none, let name, let ctxt, let input = ctxt.pointee.input,
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

    var emptyCacheNames = [UnsafePointer<xmlChar>?](repeating: nil, count: 256)
    var emptyCacheValues = [Bool](repeating: false, count: 256)

    /// A small table's slot for an element name (libxml2 interns names).
    static func slot(_ name: UnsafePointer<xmlChar>) -> Int {
        // Interned names lie close together: mix all the address bits.
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: name)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
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

    /// Scratch: the byte ranges `dropUnusedAttributes` removes, as pairs.
    var cuts: [UnsafePointer<UInt8>] = []

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
        guard takesShortcuts, let input = ctxt?.pointee.input, let cur = input.pointee.cur,
            let end = input.pointee.end, let base = input.pointee.base
        else { return }
        if let t {
            guard t != .html && t != .head && t != .body && t != .script && t != .style, cur < end, cur.pointee == 0x3E
            else { return }
        } else {
            guard cur > base, cur[-1] == 0x3E else { return }
        }
        @inline(__always) func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        @inline(__always) func letter(_ b: UInt8) -> Bool { lowerASCII(b) >= 0x61 && lowerASCII(b) <= 0x7A }
        @inline(__always) func nameByte(_ b: UInt8) -> Bool {
            letter(b) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F || b == 0x2E
        }
        guard let found = memchr(cur, 0x3C, end - cur) else { return }
        let lt = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
        guard end - lt > 2, letter(lt[1]), memchr(cur, 0, lt - cur) == nil else { return }
        var p = lt + 1
        while p < end && nameByte(p.pointee) { p += 1 }
        guard p - lt - 1 < 100 else { return }
        let tagName = UnsafeBufferPointer(start: lt + 1, count: p - lt - 1)
        var element: Tag?  // looked up when an attribute's use depends on it
        cuts.removeAll(keepingCapacity: true)
        var cutBytes = 0
        while true {
            while p < end && blank(p.pointee) { p += 1 }
            guard p < end else { break }
            let c = p.pointee
            guard c != 0x3E && c != 0x2F && (letter(c) || c == 0x5F || c == 0x3A || c == 0x2E) else { break }
            let name = p
            while p < end && nameByte(p.pointee) { p += 1 }
            let nameEnd = p
            guard nameEnd - name < 100 else { break }
            var q = p
            while q < end && blank(q.pointee) { q += 1 }
            var attributeEnd = p
            var openingQuote: UnsafePointer<UInt8>?
            if q < end && q.pointee == 0x3D {
                q += 1
                while q < end && blank(q.pointee) { q += 1 }
                guard q < end else { break }
                let quote = q.pointee
                if quote == 0x22 || quote == 0x27 {
                    guard let close = memchr(q + 1, Int32(quote), end - q - 1) else { break }
                    let closing = UnsafePointer(close.assumingMemoryBound(to: UInt8.self))
                    guard memchr(q + 1, 0, closing - q - 1) == nil else { break }
                    attributeEnd = closing + 1
                    openingQuote = q
                } else {
                    while q < end && !blank(q.pointee) && q.pointee != 0x3E && q.pointee != 0 { q += 1 }
                    guard q < end && q.pointee != 0 else { break }
                    attributeEnd = q
                }
                p = attributeEnd
            } else {
                p = q
            }
            let which = AttributeName.of(name, count: nameEnd - name)
            var read = which != nil
            if let which, which == .href || which == .name || which == .httpEquiv {
                let t = element ?? Tag.named(String(decoding: tagName, as: UTF8.self))
                element = t
                read = which.isRead(on: t)
            }
            if !read {
                cuts.append(name)
                cuts.append(attributeEnd)
                cutBytes += attributeEnd - name
            } else if which == .href, element == .a, let quote = openingQuote {
                // Only the start of a link's address is read: "javascript:"
                // after spaces. The rest goes when no reference could
                // change what the start decodes to.
                var keep = quote + 1
                while keep < attributeEnd - 1 && keep.pointee == 0x20 { keep += 1 }
                keep += 11
                if keep < attributeEnd - 1, memchr(quote + 1, 0x26, keep - quote - 1) == nil {
                    cuts.append(keep)
                    cuts.append(attributeEnd - 1)
                    cutBytes += attributeEnd - 1 - keep
                }
            }
        }
        guard cutBytes >= 8 else { return }
        // Kept pieces, last first, each moved right by what is cut after it.
        var to = UnsafeMutablePointer(mutating: cuts[cuts.count - 1])
        var k = cuts.count - 2
        while k >= 0 {
            let from = k > 0 ? cuts[k - 1] : cur
            let count = cuts[k] - from
            to -= count
            UnsafeMutableRawPointer(to).copyMemory(from: from, byteCount: count)
            k -= 2
        }
        input.pointee.cur = UnsafePointer(to)
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
        guard takesShortcuts, openPre == 0, capture == .none, let input = ctxt?.pointee.input,
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
        guard takesShortcuts, let input = ctxt?.pointee.input, let cur = input.pointee.cur,
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

    /// The parser versions whose script and style reading `skipRawText` repeats.
    static let parserSkipsLikeThis: Bool = {
        guard let v = __xmlParserVersion()?.pointee, let n = Int(String(cString: v)) else { return false }
        return n >= 20900 && n < 21000
    }()

    mutating func endElement(_ name: UnsafePointer<xmlChar>? = nil) {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 {
                switch capture {
                case .jsonLD: dom.jsonLD.append(String(decoding: captured, as: UTF8.self))
                case .title: dom.titleText = String(decoding: captured, as: UTF8.self)
                case .none: break
                }
                capture = .none
            }
            takeShortcuts(afterEndOf: name)
            return
        }
        if let top = stack.popLast() {
            dom.end[Int(top)] = Int32(dom.count)
            if dom.tag[Int(top)] == .pre { openPre -= 1 }
        }
        lastText = -1
        takeShortcuts(afterEndOf: name)
    }

    mutating func characters(_ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        guard let ch, len > 0 else { return }
        let bytes = UnsafeBufferPointer(start: ch, count: len)
        if skipDepth > 0 {
            if capture != .none { captured.append(contentsOf: bytes) }
            blanksCut = 0
            return
        }
        // The parser may hand one text over in pieces: they go on the same
        // node, the last one made.
        if lastText < 0 {
            lastText = Int(dom.append(.text, parent: stack.last ?? -1))
            dom.textCut[lastText] = blanksCut
            blanksCut = 0
        }
        dom.textBytes.append(contentsOf: bytes)
    }

    mutating func finish() {
        while let top = stack.popLast() { dom.end[Int(top)] = Int32(dom.count) }
        dom.measureText()
    }
}

extension DOM {
    /// The first `<title>`'s text.
    var hasTitle: Bool { titleText != nil }
}
