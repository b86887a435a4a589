import CScan

/// Decodes JSON that `JSONScanner` has already validated.
///
/// Validation comes first, so decoding never meets a syntax error and its
/// recursion is bounded by the scanner's depth limit.
struct JSONDecoder {
    let base: UnsafePointer<UInt8>
    let count: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        self.base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        self.count = buffer.count
    }

    @inline(__always) func byte(_ p: Int) -> UInt8 { p < count ? base[p] : 0 }

    @inline(__always) func skipSpace(_ p: Int) -> Int {
        var p = p
        while p < count, base[p] == 0x20 || base[p] == 0x0A || base[p] == 0x09 || base[p] == 0x0D { p += 1 }
        return p
    }

    /// Decodes the value at `p`; returns it and the offset after it.
    func value(at p: Int) -> (JSONValue, Int) {
        switch byte(p) {
        case UInt8(ascii: "\""):
            let (s, end) = string(at: p)
            return (.string(s), end)
        case UInt8(ascii: "{"):
            var members: [(key: String, value: JSONValue)] = []
            var q = skipSpace(p + 1)
            if byte(q) == UInt8(ascii: "}") { return (.object(members), q + 1) }
            while true {
                let (key, afterKey) = string(at: q)
                q = skipSpace(skipSpace(afterKey) + 1)  // past ':'
                let (v, afterValue) = value(at: q)
                members.append((key: key, value: v))
                q = skipSpace(afterValue)
                if byte(q) == UInt8(ascii: ",") { q = skipSpace(q + 1) } else { return (.object(members), q + 1) }
            }
        case UInt8(ascii: "["):
            var elements: [JSONValue] = []
            var q = skipSpace(p + 1)
            if byte(q) == UInt8(ascii: "]") { return (.array(elements), q + 1) }
            while true {
                let (v, afterValue) = value(at: q)
                elements.append(v)
                q = skipSpace(afterValue)
                if byte(q) == UInt8(ascii: ",") { q = skipSpace(q + 1) } else { return (.array(elements), q + 1) }
            }
        case UInt8(ascii: "t"): return (.bool(true), p + 4)
        case UInt8(ascii: "f"): return (.bool(false), p + 5)
        case UInt8(ascii: "n"): return (.null, p + 4)
        default:
            var q = p
            while q < count {
                let c = base[q]
                if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                    || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                {
                    q += 1
                } else {
                    break
                }
            }
            return (.number(String(decoding: UnsafeBufferPointer(start: base + p, count: q - p), as: UTF8.self)), q)
        }
    }

    /// The offset of the first quote or backslash at or after `p` (or `count`).
    @inline(__always)
    func nextQuoteOrBackslash(_ p: Int) -> Int {
        p + art_find_quote_or_backslash(base + p, count - p)
    }

    /// Decodes the string whose opening quote is at `p`.
    func string(at p: Int) -> (String, Int) {
        var q = nextQuoteOrBackslash(p + 1)
        if byte(q) == UInt8(ascii: "\"") {
            return (String(decoding: UnsafeBufferPointer(start: base + p + 1, count: q - p - 1), as: UTF8.self), q + 1)
        }
        // Escapes: find the closing quote (no escape holds a quote or a
        // backslash after its first two bytes), then unescape the literal.
        while byte(q) == UInt8(ascii: "\\") { q = nextQuoteOrBackslash(q + 2) }
        let bytes = JSONDecoder.unescapedBytes(UnsafeBufferPointer(start: base + p, count: q + 1 - p))
        return (String(decoding: bytes, as: UTF8.self), q + 1)
    }

    /// The UTF-8 bytes of a validated string literal (quotes included),
    /// escapes decoded.
    static func unescapedBytes(_ literal: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // Unescaping never lengthens: the text fits in the literal's size.
        [UInt8](unsafeUninitializedCapacity: literal.count) { out, count in
            let base = literal.baseAddress!
            let end = literal.count - 1  // the closing quote
            var o = 0
            @inline(__always) func put(_ b: UInt8) {
                out[o] = b
                o += 1
            }
            var i = 1
            while i < end {
                let j = i + art_find_quote_or_backslash(base + i, end - i)
                UnsafeMutableRawPointer(out.baseAddress! + o).copyMemory(from: base + i, byteCount: j - i)
                o += j - i
                guard j < end else { break }
                i = j + 2
                switch literal[j + 1] {
                case UInt8(ascii: "b"): put(0x08)
                case UInt8(ascii: "f"): put(0x0C)
                case UInt8(ascii: "n"): put(0x0A)
                case UInt8(ascii: "r"): put(0x0D)
                case UInt8(ascii: "t"): put(0x09)
                case UInt8(ascii: "u"):
                    var scalar = UInt32(hex4(literal, i))
                    i += 4
                    if scalar >= 0xD800 && scalar <= 0xDBFF {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(hex4(literal, i + 2)) - 0xDC00)
                        i += 6
                    }
                    for b in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! { put(b) }
                default: put(literal[j + 1])  // " \ /
                }
            }
            count = o
        }
    }

    static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt16 {
        var v: UInt16 = 0
        for k in at..<(at + 4) { v = v << 4 | UInt16(hexDigitValue(b[k]) ?? 0) }
        return v
    }

}

extension JSONValue {
    /// Parses one JSON value from text (any type at the top level).
    public init(parsing text: some StringProtocol, maxDepth: Int = JSONLimits.defaultMaxDepth) throws(JSONSyntaxError) {
        var bytes = Array(text.utf8)
        self = try bytes.withUnsafeMutableBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            let ro = UnsafeBufferPointer(buffer)
            let scanner = JSONScanner(ro, maxDepth: maxDepth)
            let start = scanner.skipSpace(0)
            guard start < ro.count else { throw JSONSyntaxError("empty input", at: 0) }
            let end = try scanner.scanValue(from: start, depth: 0)
            let rest = scanner.skipSpace(end)
            guard rest == ro.count else { throw JSONSyntaxError("trailing data after the JSON value", at: rest) }
            return JSONDecoder(ro).value(at: start).0
        }
    }
}

public enum JSONLimits {
    /// Containers nested deeper than this make a line invalid. It bounds the
    /// recursion of decoding, which may run on threads with small stacks.
    public static let defaultMaxDepth = 512
}
