import ArtCharset
import CLibXML2

/// The feeds a page announces in its head:
/// `<link rel="alternate" type="application/rss+xml" href="...">` (or
/// `atom+xml`), in page order, with the page's `<base href>` if it has one.
/// libxml2's HTML parser reads the page up to `<body>`.
final class PageFeedLinks {
    private(set) var hrefs: [String] = []
    private(set) var base: String?
    private var ctxt: htmlParserCtxtPtr?

    static let feedTypes: Set<String> = ["application/rss+xml", "application/atom+xml"]

    /// The feed links of an HTML page given as it was fetched.
    static func find(in body: [UInt8], contentType: String?) -> (hrefs: [String], base: String?) {
        let declared = contentType.flatMap { CharsetDecoder.charsetParameter(ofContentType: $0) }
        guard let decoded = CharsetDecoder.decode(body, declared: declared, sniffHTML: true) else { return ([], nil) }
        let finder = PageFeedLinks()
        var utf8 = Array(decoded.text.utf8)
        var sax = Self.saxHandler
        let me = Unmanaged.passUnretained(finder).toOpaque()
        utf8.withUnsafeMutableBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in
                guard let ctxt = htmlCreatePushParserCtxt(&sax, me, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else { return }
                finder.ctxt = ctxt
                _ = htmlCtxtUseOptions(
                    ctxt,
                    Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue))
                _ = htmlParseChunk(ctxt, c.baseAddress, Int32(c.count), 1)
                finder.ctxt = nil
                htmlFreeParserCtxt(ctxt)
            }
        }
        return (finder.hrefs, finder.base)
    }

    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "body":
            if let ctxt { xmlStopParser(ctxt) }
        case "base":
            if base == nil, let href = attributes["href"], !href.isEmpty { base = href }
        case "link":
            let rel = (attributes["rel"] ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
            let type = Outcome.mimeType(attributes["type"] ?? "")
            guard rel.contains("alternate"), Self.feedTypes.contains(type), let href = attributes["href"] else { return }
            let trimmed = href.trimmingCharacters
            if !trimmed.isEmpty { hrefs.append(trimmed) }
        default:
            return
        }
    }

    private static var saxHandler: htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            let finder = Unmanaged<PageFeedLinks>.fromOpaque(ctx).takeUnretainedValue()
            let tag = String(cString: name).lowercased()
            guard tag == "link" || tag == "base" || tag == "body" else { return }
            var attributes: [String: String] = [:]
            var i = 0
            // Name, value, name, value... ending with a null name.
            while let atts, let key = atts[i] {
                attributes[String(cString: key).lowercased()] = atts[i + 1].map { String(cString: $0) } ?? ""
                i += 2
            }
            finder.start(tag, attributes)
        }
        h.initialized = UInt32(XML_SAX2_MAGIC)
        h.serror = { _, _ in }
        return h
    }
}
