import CLibXML2

/// What a reader of feeds or sitemaps hears from `XMLStream`: elements by
/// local name and namespace, and the text between them.
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, namespace: String?, prefix: String?, attributes: [String: String])
    func end(_ name: String, namespace: String?, prefix: String?)
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// False once the handler has what it wants: parsing stops.
    var wantsMore: Bool { get }
}

/// libxml2's SAX2 push parser: the document is fed in chunks as it is read
/// or inflated, so no tree is built and memory stays bounded by a chunk
/// whatever the size of the sitemap. Entities are not loaded from outside
/// and the network is never used.
final class XMLStream {
    struct ParseError: Error, Equatable {
        var line: Int
        var message: String
    }

    private let handler: any XMLEventHandler
    private var ctxt: xmlParserCtxtPtr?
    /// The first fatal error: the document is not well-formed past it.
    private(set) var error: ParseError?

    init(_ handler: any XMLEventHandler) {
        self.handler = handler
    }

    deinit {
        if let ctxt { xmlFreeParserCtxt(ctxt) }
    }

    /// Parses `bytes` whole, in chunks; returns the first fatal error.
    static func parse(_ bytes: [UInt8], with handler: any XMLEventHandler) -> ParseError? {
        let stream = XMLStream(handler)
        var offset = 0
        repeat {
            let end = min(bytes.count, offset + chunkSize)
            let more = bytes.withUnsafeBufferPointer { stream.feed(UnsafeBufferPointer(rebasing: $0[offset..<end])) }
            offset = end
            if !more { break }
        } while offset < bytes.count
        return stream.finish()
    }

    static let chunkSize = 256 << 10

    /// Feeds the next bytes; false when parsing has stopped (an error, or
    /// the handler wants no more).
    func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard error == nil, handler.wantsMore else { return false }
        if ctxt == nil {
            var sax = Self.saxHandler
            ctxt = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(self).toOpaque(), nil, 0, nil)
            guard let ctxt else {
                error = ParseError(line: 0, message: "cannot start the XML parser")
                return false
            }
            _ = xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
        let status = chunk.withMemoryRebound(to: CChar.self) { xmlParseChunk(ctxt, $0.baseAddress, Int32($0.count), 0) }
        if status != 0 && handler.wantsMore { noteError() }
        return error == nil && handler.wantsMore
    }

    /// Ends the document; returns the first fatal error.
    func finish() -> ParseError? {
        guard let ctxt else {
            if error == nil { error = ParseError(line: 1, message: "empty document") }
            return error
        }
        if error == nil && handler.wantsMore && xmlParseChunk(ctxt, nil, 0, 1) != 0 { noteError() }
        return error
    }

    private func noteError() {
        guard error == nil else { return }
        let last = ctxt.flatMap { xmlCtxtGetLastError($0) }
        let message = last.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not well-formed XML"
        error = ParseError(line: Int(last?.pointee.line ?? 0), message: Self.oneLine(message))
        if let ctxt { xmlStopParser(ctxt) }
    }

    static func oneLine(_ s: String) -> String {
        String(s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ").trimmingCharacters)
    }

    private static func from(_ ctx: UnsafeMutableRawPointer?) -> XMLStream {
        Unmanaged<XMLStream>.fromOpaque(ctx!).takeUnretainedValue()
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        p.map { String(cString: $0) }
    }

    private static var saxHandler: xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = UInt32(XML_SAX2_MAGIC)
        h.startElementNs = { ctx, name, prefix, uri, _, _, count, _, attributes in
            let stream = XMLStream.from(ctx)
            var attrs: [String: String] = [:]
            // Five pointers an attribute: local name, prefix, URI, value start and end.
            if let attributes, count > 0 {
                for i in 0..<Int(count) {
                    guard let key = attributes[5 * i], let start = attributes[5 * i + 3], let end = attributes[5 * i + 4]
                    else { continue }
                    let value = UnsafeBufferPointer(start: start, count: end - start)
                    attrs[String(cString: key)] = String(decoding: value, as: UTF8.self)
                }
            }
            stream.handler.start(
                XMLStream.string(name) ?? "", namespace: XMLStream.string(uri), prefix: XMLStream.string(prefix),
                attributes: attrs)
            if !stream.handler.wantsMore, let ctxt = stream.ctxt { xmlStopParser(ctxt) }
        }
        h.endElementNs = { ctx, name, prefix, uri in
            XMLStream.from(ctx).handler.end(
                XMLStream.string(name) ?? "", namespace: XMLStream.string(uri), prefix: XMLStream.string(prefix))
        }
        h.characters = { ctx, ch, len in
            guard let ch, len > 0 else { return }
            XMLStream.from(ctx).handler.text(UnsafeBufferPointer(start: ch, count: Int(len)))
        }
        h.cdataBlock = h.characters
        // A structured handler keeps libxml2 from printing; the error is
        // read from the context when a chunk fails.
        h.serror = { _, _ in }
        return h
    }
}
