import CLibXML2

/// ASCII case-insensitive equality of a C string with a NUL-terminated name.
@inline(__always)
private func strcasecmp(_ a: UnsafePointer<xmlChar>, _ b: [UInt8]) -> Bool {
    var i = 0
    while true {
        let x = a[i]
        let y = b[i]
        let lx = x >= 0x41 && x <= 0x5A ? x | 0x20 : x
        if lx != y { return false }
        if y == 0 { return true }
        i += 1
    }
}

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

/// A parsed page: libxml2's tree flattened once, in document order, into
/// arrays. Node `i`'s subtree is the index range `i ..< end[i]`, so every walk
/// is a loop (never recursion) and subtree sums are one backward pass.
struct DOM {
    var tag: [Tag] = []
    var parent: [Int32] = []
    var end: [Int32] = []
    /// For text nodes: their text; empty for elements.
    var text: [String] = []
    /// Index into `attributes`, or -1.
    var attrIndex: [Int32] = []
    var attributes: [[(name: String, value: String)]] = []
    /// Per node: lower-cased `class id` ("" when neither) and what it says.
    var cls: [String] = []
    var flags: [ClassFlags] = []
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// The `<title>` element's text.
    var titleText: String?

    var count: Int { tag.count }

    func attr(_ i: Int, _ name: String) -> String? {
        let k = attrIndex[i]
        guard k >= 0 else { return nil }
        for a in attributes[Int(k)] where a.name == name { return a.value }
        return nil
    }

    func hasAttr(_ i: Int, _ name: String) -> Bool { attr(i, name) != nil }

    /// `class` and `id` together, lower-cased ("" when neither).
    func classAndID(_ i: Int) -> String { cls[i] }

    /// Attributes worth keeping (NUL-terminated); the rest are never looked at.
    static let keptAttributes: [[UInt8]] = [
        "id", "class", "style", "hidden", "aria-hidden", "itemprop", "role", "rel", "href", "name",
        "property", "content", "datetime", "lang", "xml:lang", "type", "http-equiv",
    ].map { Array($0.utf8) + [0] }
    static let keptNames = keptAttributes.map { String(decoding: $0.dropLast(), as: UTF8.self) }
    static let hrefIndex = 8
    static let nameIndex = 9
    static let contentIndex = 11
    static let httpEquivIndex = 16

    /// `javascript:` at the start of an address (case-insensitive).
    static func isScriptHook(_ v: UnsafePointer<xmlChar>) -> Bool {
        var p = v
        while p.pointee == 0x20 { p += 1 }
        for c in "javascript:".utf8 {
            let b = p.pointee
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c { return false }
            p += 1
        }
        return true
    }

    /// Parses `html` (already Unicode) with libxml2's HTML parser, in UTF-8,
    /// forgivingly and without any network access. The parser's SAX events
    /// build the arrays directly: no libxml2 tree is made.
    static func parse(_ html: String) -> DOM {
        var source = html
        let builder = SAXBuilder()
        builder.dom.reserve(html.utf8.count / 40)
        source.withUTF8 { buffer in
            guard buffer.count > 0, buffer.count < Int(Int32.max) else { return }
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                let options = Int32(
                    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                _ = htmlCtxtUseOptions(ctxt, options)
                // Our encoding, whatever the page declares.
                if let utf8 = xmlFindCharEncodingHandler("UTF-8") {
                    _ = xmlSwitchToEncoding(ctxt, utf8)
                    if let input = ctxt.pointee.input, input.pointee.encoding == nil {
                        input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                    }
                }
                guard let sax = ctxt.pointee.sax else { return }
                sax.pointee = SAXBuilder.handler
                ctxt.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
                _ = htmlParseDocument(ctxt)
            }
        }
        builder.finish()
        return builder.dom
    }

    mutating func reserve(_ n: Int) {
        tag.reserveCapacity(n)
        parent.reserveCapacity(n)
        end.reserveCapacity(n)
        text.reserveCapacity(n)
        attrIndex.reserveCapacity(n)
        cls.reserveCapacity(n)
        flags.reserveCapacity(n)
    }

    mutating func append(_ t: Tag, parent p: Int32, text s: String = "") -> Int32 {
        let i = Int32(tag.count)
        tag.append(t)
        parent.append(p)
        end.append(i + 1)
        text.append(s)
        attrIndex.append(-1)
        cls.append("")
        flags.append([])
        return i
    }

    /// Keeps the attributes we use (`atts`: name, value pairs, NULL-ended).
    mutating func readAttributes(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, into i: Int, tag t: Tag) {
        var list: [(name: String, value: String)] = []
        var classID: [UInt8] = []
        var k = 0
        while let namePtr = atts[k] {
            let valuePtr = atts[k + 1]
            k += 2
            guard let which = DOM.keptAttributes.firstIndex(where: { strcasecmp(namePtr, $0) }) else { continue }
            switch which {
            case DOM.hrefIndex:
                // Only a <link>'s address is used; a link's only to tell script hooks.
                if t == .a, let v = valuePtr, DOM.isScriptHook(v) { tag[i] = .other }
                if t != .link { continue }
            case DOM.nameIndex, DOM.httpEquivIndex:
                if t != .meta { continue }
            default: break
            }
            if which <= 1, let v = valuePtr {
                // class or id: lower-cased bytes for the patterns.
                if !classID.isEmpty { classID.append(0x20) }
                var p = v
                while p.pointee != 0 {
                    let b = p.pointee
                    classID.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    p += 1
                }
            }
            let value = valuePtr.map { String(cString: $0) } ?? ""
            list.append((DOM.keptNames[which], value))
        }
        if !classID.isEmpty {
            cls[i] = String(decoding: classID, as: UTF8.self)
            flags[i] = classID.withUnsafeBufferPointer { ClassFlags.of($0) }
        }
        if !list.isEmpty {
            attrIndex[i] = Int32(attributes.count)
            attributes.append(list)
        }
    }
}

/// Receives libxml2's SAX events for one document.
final class SAXBuilder {
    var dom = DOM()
    var stack: [Int32] = []
    /// libxml2 interns element names: one lookup per distinct name.
    var tagCache: [UnsafePointer<xmlChar>: Tag] = [:]
    /// Open elements inside a skipped element (script, style...).
    var skipDepth = 0
    enum Capture { case none, jsonLD, title }
    var capture = Capture.none
    var captured: [UInt8] = []
    var lastText: Int = -1

    static func from(_ ctx: UnsafeMutableRawPointer?) -> SAXBuilder {
        Unmanaged<SAXBuilder>.fromOpaque(ctx!).takeUnretainedValue()
    }

    static var handler: htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, atts in SAXBuilder.from(ctx).start(name, atts) }
        h.endElement = { ctx, _ in SAXBuilder.from(ctx).endElement() }
        h.characters = { ctx, ch, len in SAXBuilder.from(ctx).characters(ch, Int(len)) }
        h.ignorableWhitespace = h.characters
        h.cdataBlock = { ctx, ch, len in SAXBuilder.from(ctx).characters(ch, Int(len)) }
        h.initialized = UInt32(XML_SAX2_MAGIC)
        // Errors are not wanted (the parser recovers); a structured handler
        // keeps libxml2 from printing them.
        h.serror = { _, _ in }
        return h
    }

    func start(_ name: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        var t = Tag.other
        if let name {
            if let cached = tagCache[name] {
                t = cached
            } else {
                let s = String(cString: name).lowercased()
                t = Tag.byName[s] ?? (s == "annotation-xml" ? .annotation : .other)
                tagCache[name] = t
            }
        }
        let i = dom.append(t, parent: stack.last ?? -1)
        lastText = -1
        if let atts { dom.readAttributes(atts, into: Int(i), tag: t) }
        if t.isSkipped || t == .script || t == .title {
            skipDepth = 1
            captured.removeAll(keepingCapacity: true)
            if t == .script, let type = dom.attr(Int(i), "type")?.lowercased(), type.contains("ld+json") {
                capture = .jsonLD
            } else if t == .title, dom.titleText == nil {
                capture = .title
            } else {
                capture = .none
            }
            return
        }
        stack.append(i)
    }

    func endElement() {
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
            return
        }
        if let top = stack.popLast() { dom.end[Int(top)] = Int32(dom.count) }
        lastText = -1
    }

    func characters(_ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        guard let ch, len > 0 else { return }
        let bytes = UnsafeBufferPointer(start: ch, count: len)
        if skipDepth > 0 {
            if capture != .none { captured.append(contentsOf: bytes) }
            return
        }
        if lastText >= 0 {
            // The parser may hand one text over in pieces.
            dom.text[lastText] += String(decoding: bytes, as: UTF8.self)
            return
        }
        lastText = Int(dom.append(.text, parent: stack.last ?? -1, text: String(decoding: bytes, as: UTF8.self)))
    }

    func finish() {
        while let top = stack.popLast() { dom.end[Int(top)] = Int32(dom.count) }
    }
}

extension DOM {
    /// The first `<title>`'s text.
    var hasTitle: Bool { titleText != nil }
}
