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

    /// Parses `html` (already Unicode) with libxml2's HTML parser, in UTF-8,
    /// forgivingly and without any network access, and flattens the tree.
    static func parse(_ html: String) -> DOM {
        var dom = DOM()
        var source = html
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let doc: htmlDocPtr? = source.withUTF8 { buffer -> htmlDocPtr? in
            guard buffer.count > 0, buffer.count < Int(Int32.max) else { return nil }
            return buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return dom }
        defer { xmlFreeDoc(doc) }
        guard let root = doc.pointee.children else { return dom }
        dom.reserve(html.utf8.count / 40)
        dom.flatten(from: root)
        return dom
    }

    private mutating func reserve(_ n: Int) {
        tag.reserveCapacity(n)
        parent.reserveCapacity(n)
        end.reserveCapacity(n)
        text.reserveCapacity(n)
        attrIndex.reserveCapacity(n)
        cls.reserveCapacity(n)
        flags.reserveCapacity(n)
    }

    private mutating func append(_ t: Tag, parent p: Int32, text s: String = "") -> Int32 {
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

    /// Iterative pre-order walk over the sibling chain starting at `first`.
    private mutating func flatten(from first: xmlNodePtr) {
        var node: xmlNodePtr? = first
        // Our index of each open element, parallel to libxml2's parent chain.
        var stack: [(ptr: xmlNodePtr, index: Int32)] = []
        // libxml2 interns element names: one lookup per distinct name.
        var tagCache: [UnsafePointer<xmlChar>: Tag] = [:]
        while let n = node {
            let parentIndex = stack.last?.index ?? -1
            var descend = false
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                var t = Tag.other
                if let namePtr = n.pointee.name {
                    if let cached = tagCache[namePtr] {
                        t = cached
                    } else {
                        let name = String(cString: namePtr).lowercased()
                        t = Tag.byName[name] ?? (name == "annotation-xml" ? .annotation : .other)
                        tagCache[namePtr] = t
                    }
                }
                let i = append(t, parent: parentIndex)
                readAttributes(n, into: Int(i))
                if t == .a, let href = attr(Int(i), "href"), href.lowercased().hasPrefix("javascript:") {
                    // Not a link: a script hook around ordinary content.
                    tag[Int(i)] = .other
                }
                if t == .script {
                    if let type = attr(Int(i), "type")?.lowercased(), type.contains("ld+json") {
                        jsonLD.append(DOM.content(of: n))
                    }
                } else if t == .title {
                    if titleText == nil { titleText = DOM.content(of: n) }
                } else if !t.isSkipped, n.pointee.children != nil {
                    descend = true
                    stack.append((n, i))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = n.pointee.content {
                    _ = append(.text, parent: parentIndex, text: String(cString: c))
                }
            default:
                break
            }
            if descend {
                node = n.pointee.children
                continue
            }
            // Next sibling, or climb until an ancestor has one.
            var current = n
            while true {
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let top = stack.popLast() else {
                    node = nil
                    break
                }
                end[Int(top.index)] = Int32(tag.count)
                current = top.ptr
            }
        }
        while let top = stack.popLast() { end[Int(top.index)] = Int32(tag.count) }
    }

    private mutating func readAttributes(_ n: xmlNodePtr, into i: Int) {
        var a = n.pointee.properties
        var list: [(name: String, value: String)] = []
        var classID: [UInt8] = []
        while let attr = a {
            defer { a = attr.pointee.next }
            guard let namePtr = attr.pointee.name else { continue }
            guard let k = DOM.keptAttributes.firstIndex(where: { strcasecmp(namePtr, $0) }) else { continue }
            var value = ""
            var child = attr.pointee.children
            while let c = child {
                if let content = c.pointee.content {
                    if k <= 1 {
                        // class or id: lower-cased bytes for the patterns.
                        if !classID.isEmpty { classID.append(0x20) }
                        var p = content
                        while p.pointee != 0 {
                            let b = p.pointee
                            classID.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                            p += 1
                        }
                    }
                    value += String(cString: content)
                }
                child = c.pointee.next
            }
            list.append((String(decoding: DOM.keptAttributes[k].dropLast(), as: UTF8.self), value))
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

    /// The concatenated text content of a (shallow) element such as a script.
    private static func content(of n: xmlNodePtr) -> String {
        var s = ""
        var child = n.pointee.children
        while let c = child {
            if let content = c.pointee.content { s += String(cString: content) }
            child = c.pointee.next
        }
        return s
    }
}
