import CLibXML2

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
    func classAndID(_ i: Int) -> String {
        let k = attrIndex[i]
        guard k >= 0 else { return "" }
        var s = ""
        for a in attributes[Int(k)] where a.name == "class" || a.name == "id" {
            if !s.isEmpty { s += " " }
            s += a.value.lowercased()
        }
        return s
    }

    /// Attributes worth keeping; the rest are never looked at.
    static let keptAttributes: Set<String> = [
        "id", "class", "style", "hidden", "aria-hidden", "itemprop", "itemtype", "role", "rel", "href", "name",
        "property", "content", "datetime", "lang", "xml:lang", "type", "http-equiv", "charset", "data-testid",
    ]

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
    }

    private mutating func append(_ t: Tag, parent p: Int32, text s: String = "") -> Int32 {
        let i = Int32(tag.count)
        tag.append(t)
        parent.append(p)
        end.append(i + 1)
        text.append(s)
        attrIndex.append(-1)
        return i
    }

    /// Iterative pre-order walk over the sibling chain starting at `first`.
    private mutating func flatten(from first: xmlNodePtr) {
        var node: xmlNodePtr? = first
        // Our index of each open element, parallel to libxml2's parent chain.
        var stack: [(ptr: xmlNodePtr, index: Int32)] = []
        while let n = node {
            let parentIndex = stack.last?.index ?? -1
            var descend = false
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let name = n.pointee.name.map { String(cString: $0) } ?? ""
                var t = Tag.byName[name] ?? Tag.byName[name.lowercased()] ?? .other
                if t == .other && name == "annotation-xml" { t = .annotation }
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
        while let attr = a {
            if let namePtr = attr.pointee.name {
                var name = String(cString: namePtr)
                if !DOM.keptAttributes.contains(name) { name = name.lowercased() }
                if DOM.keptAttributes.contains(name) {
                    var value = ""
                    var child = attr.pointee.children
                    while let c = child {
                        if let content = c.pointee.content { value += String(cString: content) }
                        child = c.pointee.next
                    }
                    list.append((name, value))
                }
            }
            a = attr.pointee.next
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
