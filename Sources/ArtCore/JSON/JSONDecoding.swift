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
            let end = forEachElement(ofArrayAt: p) {
                elements.append($0)
                return true
            }
            return (.array(elements), end)
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

    /// Decodes the elements of the array at `p` one by one, until `body`
    /// returns false; returns the offset after the array.
    @discardableResult
    func forEachElement(ofArrayAt p: Int, _ body: (JSONValue) -> Bool) -> Int {
        var q = skipSpace(p + 1)
        if byte(q) == UInt8(ascii: "]") { return q + 1 }
        while true {
            let (v, afterValue) = value(at: q)
            if !body(v) { return afterValue }
            q = skipSpace(afterValue)
            if byte(q) == UInt8(ascii: ",") { q = skipSpace(q + 1) } else { return q + 1 }
        }
    }

    /// Like `forEachElement`, for an array of spans: each element that is
    /// `{"start":S,"end":E}` (what art-sentences writes) is read straight
    /// from the bytes, any other decoded and read by `TextSpan(json:)`;
    /// nil for an element that is no span.
    @discardableResult
    func forEachSpan(ofArrayAt p: Int, _ body: (TextSpan?) -> Bool) -> Int {
        var q = skipSpace(p + 1)
        if byte(q) == UInt8(ascii: "]") { return q + 1 }
        while true {
            let afterValue: Int
            let going: Bool
            if let span = span(at: q) {
                going = body(TextSpan(start: span.start, end: span.end))
                afterValue = span.after
            } else {
                let (v, after) = value(at: q)
                going = body(TextSpan(json: v))
                afterValue = after
            }
            if !going { return afterValue }
            q = skipSpace(afterValue)
            if byte(q) == UInt8(ascii: ",") { q = skipSpace(q + 1) } else { return q + 1 }
        }
    }

    /// The object at `p` when it is `{"start":S,"end":E}`: just those two
    /// members, in that order, keys without escapes, integer values of at
    /// most 18 digits (blanks allowed between tokens); and the offset after
    /// it. Nil for anything else, which `value(at:)` decodes instead: the
    /// same span whenever this reads one.
    func span(at p: Int) -> (start: Int, end: Int, after: Int)? {
        guard byte(p) == UInt8(ascii: "{"), let (s, afterStart) = integerMember(skipSpace(p + 1), "start") else { return nil }
        var q = skipSpace(afterStart)
        guard byte(q) == UInt8(ascii: ","), let (e, afterEnd) = integerMember(skipSpace(q + 1), "end") else { return nil }
        q = skipSpace(afterEnd)
        guard byte(q) == UInt8(ascii: "}") else { return nil }
        return (s, e, q + 1)
    }

    /// `"name": integer` at `q`: the integer and the offset after it.
    private func integerMember(_ q: Int, _ name: StaticString) -> (Int, Int)? {
        guard byte(q) == UInt8(ascii: "\"") else { return nil }
        let n = name.utf8CodeUnitCount
        let spelling = name.utf8Start
        for j in 0..<n where byte(q + 1 + j) != spelling[j] { return nil }
        var k = q + 1 + n
        guard byte(k) == UInt8(ascii: "\"") else { return nil }
        k = skipSpace(k + 1)
        guard byte(k) == UInt8(ascii: ":") else { return nil }
        k = skipSpace(k + 1)
        let negative = byte(k) == UInt8(ascii: "-")
        if negative { k += 1 }
        var v = 0
        var digits = 0
        while byte(k) &- 0x30 < 10 {
            v = v * 10 + Int(byte(k) - 0x30)
            digits += 1
            k += 1
        }
        let next = byte(k)
        guard digits > 0, digits <= 18, next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E")
        else { return nil }
        return (negative ? -v : v, k)
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
            count = art_json_unescape(literal.baseAddress! + 1, literal.count - 2, out.baseAddress!)
        }
    }

    /// The Unicode scalars of a validated string literal (quotes included),
    /// escapes decoded: what text filters index by code point (art(7),
    /// SPANS AND OFFSETS), without building a `String` first.
    static func unescapedScalars(_ literal: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        // A literal of n bytes holds at most n - 2 scalars.
        [Unicode.Scalar](unsafeUninitializedCapacity: literal.count) { out, count in
            let base = literal.baseAddress!
            let end = literal.count - 1  // the closing quote
            let target = out.baseAddress!
            var o = 0
            var i = 1
            while i < end {
                let b = base[i]
                let scalar: Unicode.Scalar
                if b < 0x80 {
                    if b != UInt8(ascii: "\\") {
                        scalar = Unicode.Scalar(b)
                        i += 1
                    } else {
                        let length: Int
                        (scalar, length) = escapedScalar(base, at: i)
                        i += length
                    }
                } else {
                    let length: Int
                    (scalar, length) = validatedScalar(base, at: i)
                    i += length
                }
                (target + o).initialize(to: scalar)
                o += 1
            }
            count = o
        }
    }

    /// The escape whose backslash is at `j`, and its length in bytes. The
    /// scanner checked it, surrogate pairs included.
    @inline(__always)
    static func escapedScalar(_ base: UnsafePointer<UInt8>, at j: Int) -> (Unicode.Scalar, Int) {
        var length = 0
        let value = art_json_escaped_scalar(base + j, &length)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar of the multi-byte UTF-8 sequence at `i`, and its length;
    /// the line was checked to be valid UTF-8 when read.
    @inline(__always)
    static func validatedScalar(_ base: UnsafePointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b = UInt32(base[i])
        let value: UInt32
        let length: Int
        if b < 0xE0 {
            value = (b & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
            length = 2
        } else if b < 0xF0 {
            value = (b & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
            length = 3
        } else {
            value =
                (b & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
                | UInt32(base[i + 3] & 0x3F)
            length = 4
        }
        return (unsafeBitCast(value, to: Unicode.Scalar.self), length)
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
