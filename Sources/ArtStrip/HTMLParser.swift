import ArtCore
import CLibXML2

// libxml2's HTML parser, through its public API, builds a `DOM` by SAX
// events: no libxml2 tree is made. The shortcuts that move the parser past
// what it reads slowly are in ParserShortcuts.swift.

extension DOM {
    /// Parses `html` (already Unicode) with libxml2's HTML parser, in UTF-8,
    /// forgivingly and without any network access. The parser's SAX events
    /// build the arrays directly: no libxml2 tree is made.
    static func parse(_ html: String, takingShortcuts: Bool = true, keepingLinks: Bool = false) -> DOM {
        var bytes = Array(html.utf8)
        return parse(utf8: &bytes, takingShortcuts: takingShortcuts, keepingLinks: keepingLinks)
    }

    /// Parses the UTF-8 bytes of a page; the parser may overwrite them.
    /// `takingShortcuts` off lets the parser read everything its slow way
    /// (to check that the DOMs agree); `keepingLinks` keeps links' addresses.
    static func parse(utf8 bytes: inout [UInt8], takingShortcuts: Bool = true, keepingLinks: Bool = false) -> DOM {
        var builder = SAXBuilder()
        builder.dom.keepsLinks = keepingLinks
        builder.takesShortcuts = takingShortcuts && SAXBuilder.parserSkipsLikeThis
        builder.dom.reserve(bytes.count / 40)
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard buffer.count > 0, buffer.count < Int(Int32.max) else { return }
            buffer.withMemoryRebound(to: CChar.self) { chars in
                // The callbacks reach the builder through a pointer: no
                // reference counting or exclusivity checks per event.
                withUnsafeMutablePointer(to: &builder) { builder in
                    var handler = SAXBuilder.handler
                    // A push parser's context is the public way to hand
                    // libxml2 our callbacks; the page is then read whole.
                    guard
                        let ctxt = htmlCreatePushParserCtxt(
                            &handler, UnsafeMutableRawPointer(builder), nil, 0, nil, XML_CHAR_ENCODING_NONE)
                    else { return }
                    defer { htmlFreeParserCtxt(ctxt) }
                    builder.pointee.ctxt = ctxt
                    // UTF-8 whatever the page declares (HTML_PARSE_IGNORE_ENC)
                    // and whatever its first bytes look like.
                    _ = htmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), nil, "UTF-8", parseOptions)
                    builder.pointee.ctxt = nil
                }
            }
        }
        builder.finish()
        return builder.dom
    }

    /// Forgiving, silent, and without any network access.
    static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
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
    /// Open <pre> elements: their white space is kept as it is.
    var openPre = 0

    // The state of the parser shortcuts (ParserShortcuts.swift).
    /// The parser, while it runs.
    var ctxt: htmlParserCtxtPtr?
    /// Whether the parser is moved past what it would read slowly for
    /// nothing: script text, blanks, text, attributes never read.
    var takesShortcuts = true
    /// Blanks skipped before the text the parser reads next.
    var blanksCut: Int32 = 0
    /// Whether the parser closes an element as soon as it starts, by name
    /// (`isEmpty`).
    var emptyCacheNames = [UnsafePointer<xmlChar>?](repeating: nil, count: 256)
    var emptyCacheValues = [Bool](repeating: false, count: 256)
    /// Scratch: the byte ranges `dropUnusedAttributes` removes, as pairs.
    var cuts: [UnsafePointer<UInt8>] = []
    /// Scratch: where in `cuts` the values taken out start.
    var valueCuts: [Int] = []
    /// The next start tag's values taken out of the page (`dropUnusedAttributes`).
    var taken = TakenValues()

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
        let t = name.map { tag(named: $0) } ?? .other
        let handsTaken = startsTakenTag()
        if handsTaken { taken.leftAtTagEnd = nil }
        if skipDepth > 0 {
            skipDepth += 1
        } else {
            let i = dom.append(t, parent: stack.last ?? -1)
            lastText = -1
            if let atts {
                if handsTaken {
                    taken.bytes.withUnsafeBufferPointer { bytes in
                        dom.readAttributes(atts, into: Int(i), tag: t, taken: (taken.mask, bytes, taken.start, taken.end))
                    }
                } else {
                    dom.readAttributes(atts, into: Int(i), tag: t)
                }
                // Structured data a framework renders as a `<meta
                // name="script:ld+json" content="{…}">` instead of a script.
                if t == .meta, let content = dom.attr(Int(i), .content), dom.attr(Int(i), .name) == "script:ld+json" {
                    dom.jsonLD.append(content)
                }
            }
            if t.isSkipped || t == .script || t == .title {
                startSkipping(Int(i), tag: t)
            } else {
                stack.append(i)
                if t == .pre { openPre += 1 }
            }
        }
        takeShortcuts(afterStartTag: t, name)
    }

    /// The kind of the element named `name`, through a small table by
    /// address (libxml2 interns names in the parser's dictionary).
    mutating func tag(named name: UnsafePointer<xmlChar>) -> Tag {
        let slot = SAXBuilder.slot(name)
        if tagCacheNames[slot] != name {
            tagCacheNames[slot] = name
            tagCacheTags[slot] = Tag.named(String(cString: name))
        }
        return tagCacheTags[slot]
    }

    /// A small table's slot for an element name (libxml2 interns names).
    static func slot(_ name: UnsafePointer<xmlChar>) -> Int {
        // Interned names lie close together: mix all the address bits.
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: name)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    /// Element `i` (script, title or a skipped kind) keeps its content out
    /// of the text; a structured-data script's body or the first title's
    /// text is captured.
    mutating func startSkipping(_ i: Int, tag t: Tag) {
        skipDepth = 1
        captured.removeAll(keepingCapacity: true)
        if t == .script, let type = dom.attr(i, .type)?.lowercased(), TextUtil.contains(type, "ld+json") {
            capture = .jsonLD
        } else if t == .title, dom.titleText == nil {
            capture = .title
        } else {
            capture = .none
        }
    }

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
        dom.placeStreamedSegments()
        dom.measureText()
    }
}
