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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(q - p + 64)
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + p + 1, count: q - p - 1))
        while q < count, base[q] == UInt8(ascii: "\\") {
            let e = byte(q + 1)
            q += 2
            switch e {
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(hex4(q))
                q += 4
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    let low = UInt32(hex4(q + 2))
                    q += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                appendUTF8(scalar, to: &bytes)
            default: bytes.append(e)  // " \ /
            }
            let next = nextQuoteOrBackslash(q)
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + q, count: next - q))
            q = next
        }
        return (String(decoding: bytes, as: UTF8.self), q + 1)
    }

    func hex4(_ p: Int) -> UInt16 {
        var v: UInt16 = 0
        for i in 0..<4 { v = v << 4 | UInt16(hexDigitValue(byte(p + i)) ?? 0) }
        return v
    }
}

@inline(__always)
func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
        bytes.append(UInt8(scalar))
    case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | (scalar >> 6)))
        bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | (scalar >> 12)))
        bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
        bytes.append(UInt8(0xF0 | (scalar >> 18)))
        bytes.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
        bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (scalar & 0x3F)))
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
