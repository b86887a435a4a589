import ArtCore
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
    // Inline, told apart only for Markdown's emphasis.
    case em, i, strong, b

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
    /// (`SAXBuilder.attributeOwner` tells these elements from the page's bytes.)
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
