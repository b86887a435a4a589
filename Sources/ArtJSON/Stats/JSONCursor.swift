import ArtCore
import CScan

/// Walks JSON text that was validated when its record was read, without
/// decoding it: what `--stats` needs to count thousands of entities and
/// quotes a second without building a `JSONValue` for each. It checks
/// nothing, so it must only be given a validated record's bytes.
struct JSONCursor {
    let base: UnsafeBufferPointer<UInt8>

    @inline(__always) func byte(_ p: Int) -> UInt8 { p < base.count ? base[p] : 0 }

    @inline(__always) func skipSpace(_ p: Int) -> Int {
        var p = p
        while p < base.count, base[p] == 0x20 || base[p] == 0x0A || base[p] == 0x0D || base[p] == 0x09 { p += 1 }
        return p
    }

    /// The position after the string that starts at the quote `p`.
    func skipString(_ p: Int) -> Int {
        var p = p + 1
        while p < base.count {
            p += art_find_quote_or_backslash(base.baseAddress! + p, base.count - p)
            guard p < base.count else { return p }
            if base[p] == UInt8(ascii: "\"") { return p + 1 }
            p += 2
        }
        return p
    }

    /// The position after the value that starts at `p`.
    func skipValue(_ p: Int) -> Int {
        switch byte(p) {
        case UInt8(ascii: "\""): return skipString(p)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            var depth = 0
            var p = p
            while p < base.count {
                switch base[p] {
                case UInt8(ascii: "\""): p = skipString(p); continue
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 { return p + 1 }
                default: break
                }
                p += 1
            }
            return p
        default:
            var p = p
            while p < base.count, !Self.endsScalar(base[p]) { p += 1 }
            return p
        }
    }

    @inline(__always) static func endsScalar(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    /// Calls `body` with the start of each element of the array at `p`;
    /// `body` returns the element's end, so that it is read only once.
    /// Nothing when `p` is not an array.
    func forEachElement(_ p: Int, _ body: (Int) -> Int) {
        guard byte(p) == UInt8(ascii: "[") else { return }
        var p = skipSpace(p + 1)
        if byte(p) == UInt8(ascii: "]") { return }
        while p < base.count {
            p = skipSpace(body(p))
            guard byte(p) == UInt8(ascii: ",") else { return }
            p = skipSpace(p + 1)
        }
    }

    /// Calls `body` with each member's key (the bytes between its quotes)
    /// and the start of its value, and returns the position after the
    /// object; when `p` is not an object, only skips its value.
    @discardableResult
    func forEachMember(_ p: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Int {
        guard byte(p) == UInt8(ascii: "{") else { return skipValue(p) }
        var p = skipSpace(p + 1)
        while byte(p) == UInt8(ascii: "\"") {
            let keyEnd = skipString(p)
            let value = skipSpace(skipSpace(keyEnd) + 1)
            body(UnsafeBufferPointer(rebasing: base[(p + 1)..<(keyEnd - 1)]), value)
            p = skipSpace(skipValue(value))
            guard byte(p) == UInt8(ascii: ",") else { break }
            p = skipSpace(p + 1)
        }
        return p + 1
    }

    @inline(__always) static func equal(_ key: UnsafeBufferPointer<UInt8>, _ k: StaticString) -> Bool {
        key.count == k.utf8CodeUnitCount && key.elementsEqual(UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
    }

    /// Calls `body` with the decoded UTF-8 of the string at `p`; nil when
    /// it is not a string. Without escapes the bytes are the record's own.
    func withString<R>(_ p: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard byte(p) == UInt8(ascii: "\"") else { return nil }
        let end = skipString(p)
        let content = UnsafeBufferPointer(rebasing: base[(p + 1)..<(end - 1)])
        if !content.contains(UInt8(ascii: "\\")) { return body(content) }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: base[p..<end]), as: UTF8.self)
        guard let decoded = (try? JSONValue(parsing: literal))?.stringValue else { return nil }
        return Array(decoded.utf8).withUnsafeBufferPointer(body)
    }

    /// The number of code points a JSON string literal's content stands for
    /// (escapes count as what they stand for; art(7), SPANS AND OFFSETS).
    static func codePoints(ofLiteral literal: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var p = 1
        let end = literal.count - 1
        while p < end {
            let run = art_find_quote_or_backslash(literal.baseAddress! + p, end - p)
            // Every byte but a UTF-8 continuation byte starts a code point.
            for b in UnsafeBufferPointer(rebasing: literal[p..<(p + run)]) { count &+= b & 0xC0 != 0x80 ? 1 : 0 }
            p += run
            guard p < end else { break }
            if literal[p + 1] == UInt8(ascii: "u") {
                // A high surrogate: validation made sure its low half follows.
                let high = (literal[p + 2] | 0x20) == UInt8(ascii: "d") && (literal[p + 3] | 0x20) >= UInt8(ascii: "8")
                    && (literal[p + 3] | 0x20) <= UInt8(ascii: "b")
                p += high ? 12 : 6
            } else {
                p += 2
            }
            count += 1
        }
        return count
    }
}
