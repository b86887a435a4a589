import CScan

/// Why a line is not a record. `offset` is a byte offset into the line.
public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(message) (byte \(offset + 1))" }
}

/// One top-level member of an object: byte offsets into the line.
@usableFromInline
struct MemberIndex: Sendable {
    /// The opening quote of the key.
    var keyStart: Int
    /// The key's bytes without the quotes.
    var keyContent: Range<Int>
    var keyHasEscapes: Bool
    var value: Range<Int>
}

/// The result of scanning a line that holds one JSON object.
@usableFromInline
struct ObjectIndex: Sendable {
    var members: [MemberIndex]
    /// The closing brace of the object.
    var closeBrace: Int
}

/// A validating JSON scanner (RFC 8259) that works on bytes.
///
/// It checks a whole line in one pass without building values: strings are
/// checked for escapes, surrogate pairs and UTF-8 (in the same vector pass
/// that finds their end; bytes outside strings must be JSON's ASCII
/// punctuation, so no other byte needs a UTF-8 check); nesting is tracked with an
/// explicit stack, so depth is limited by `maxDepth` and never by the call
/// stack. Only the top-level members are indexed.
@usableFromInline
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let count: Int
    let maxDepth: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        // An empty buffer has no base address; any readable pointer will do as
        // nothing is ever read from it.
        self.base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        self.count = buffer.count
        self.maxDepth = maxDepth
    }

    @inline(__always)
    func byte(_ p: Int) -> UInt8 { p < count ? base[p] : 0 }

    @inline(__always)
    func skipSpace(_ p: Int) -> Int {
        var p = p
        while p < count {
            let c = base[p]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { p += 1 } else { break }
        }
        return p
    }

    func unexpected(_ p: Int, expecting: String) -> JSONSyntaxError {
        if p >= count { return JSONSyntaxError("unexpected end of line, expecting \(expecting)", at: p) }
        let c = base[p]
        if c == 0 { return JSONSyntaxError("NUL byte", at: p) }
        if c >= 0x80 { return JSONSyntaxError("unexpected character, expecting \(expecting)", at: p) }
        if c < 0x20 { return JSONSyntaxError("unexpected control character 0x\(hex2(c)), expecting \(expecting)", at: p) }
        return JSONSyntaxError("unexpected '\(Character(Unicode.Scalar(c)))', expecting \(expecting)", at: p)
    }

    /// Checks that the whole buffer is UTF-8, as JSON text must be.
    func checkUTF8() throws(JSONSyntaxError) {
        let bad = art_utf8_invalid_offset(base, count)
        if bad < count { throw JSONSyntaxError("invalid UTF-8", at: bad) }
    }

    /// Scans the whole line as one object and indexes its members. A line
    /// that is not valid UTF-8 is reported as such, wherever else it is wrong.
    func scanObject() throws(JSONSyntaxError) -> ObjectIndex {
        do {
            return try scanObjectBody()
        } catch {
            try checkUTF8()
            throw error
        }
    }

    private func scanObjectBody() throws(JSONSyntaxError) -> ObjectIndex {
        var p = skipSpace(0)
        guard p < count else { throw JSONSyntaxError("empty line", at: 0) }
        guard base[p] == UInt8(ascii: "{") else {
            let c = base[p]
            let kind: String
            switch c {
            case UInt8(ascii: "["): kind = "an array"
            case UInt8(ascii: "\""): kind = "a string"
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = "a number"
            case UInt8(ascii: "t"), UInt8(ascii: "f"): kind = "a boolean"
            case UInt8(ascii: "n"): kind = "null"
            default:
                let e = unexpected(p, expecting: "'{'")
                throw JSONSyntaxError("not JSON: \(e.message)", at: e.offset)
            }
            // Still report invalid JSON as such, not as a wrong type.
            let end: Int
            do throws(JSONSyntaxError) {
                end = try scanValue(from: p, depth: 0)
            } catch {
                throw JSONSyntaxError("not JSON: \(error.message)", at: error.offset)
            }
            let rest = skipSpace(end)
            if rest < count { throw JSONSyntaxError("not JSON: trailing data after a value", at: rest) }
            throw JSONSyntaxError("not a JSON object: the line holds \(kind)", at: p)
        }
        var members: [MemberIndex] = []
        p = skipSpace(p + 1)
        var close = -1
        if byte(p) == UInt8(ascii: "}") {
            close = p
        } else {
            while true {
                guard byte(p) == UInt8(ascii: "\"") else { throw unexpected(p, expecting: "a key") }
                let keyStart = p
                let (keyEnd, escapes) = try scanString(from: p)
                p = skipSpace(keyEnd)
                guard byte(p) == UInt8(ascii: ":") else { throw unexpected(p, expecting: "':'") }
                p = skipSpace(p + 1)
                let valueStart = p
                p = try scanValue(from: p, depth: 1)
                members.append(
                    MemberIndex(
                        keyStart: keyStart, keyContent: (keyStart + 1)..<(keyEnd - 1),
                        keyHasEscapes: escapes, value: valueStart..<p))
                p = skipSpace(p)
                let c = byte(p)
                if c == UInt8(ascii: ",") {
                    p = skipSpace(p + 1)
                    continue
                }
                guard c == UInt8(ascii: "}") else { throw unexpected(p, expecting: "',' or '}'") }
                close = p
                break
            }
        }
        let rest = skipSpace(close + 1)
        if rest < count { throw JSONSyntaxError("trailing data after the object", at: rest) }
        return ObjectIndex(members: members, closeBrace: close)
    }

    /// Scans one value starting at `p` (no leading space); returns the offset after it.
    /// Nested containers are tracked on an explicit stack.
    func scanValue(from start: Int, depth baseDepth: Int) throws(JSONSyntaxError) -> Int {
        // Stack of open containers: true = object, false = array.
        var stack: [Bool] = []
        var p = start
        while true {
            // Expecting a value at p.
            let c = byte(p)
            switch c {
            case UInt8(ascii: "\""):
                p = try scanString(from: p).end
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if baseDepth + stack.count + 1 > maxDepth {
                    throw JSONSyntaxError("nesting deeper than \(maxDepth) levels", at: p)
                }
                let isObject = c == UInt8(ascii: "{")
                stack.append(isObject)
                p = skipSpace(p + 1)
                if byte(p) == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    p += 1
                    stack.removeLast()
                } else {
                    if isObject { p = try scanKeyAndColon(p) }
                    continue
                }
            case UInt8(ascii: "t"): p = try scanLiteral(p, "true")
            case UInt8(ascii: "f"): p = try scanLiteral(p, "false")
            case UInt8(ascii: "n"): p = try scanLiteral(p, "null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                p = try scanNumber(p)
            default:
                throw unexpected(p, expecting: "a value")
            }
            // After a value: close containers or move to the next element.
            while let isObject = stack.last {
                p = skipSpace(p)
                let d = byte(p)
                if d == UInt8(ascii: ",") {
                    p = skipSpace(p + 1)
                    if isObject { p = try scanKeyAndColon(p) }
                    break
                }
                if d == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    p += 1
                    stack.removeLast()
                    continue
                }
                throw unexpected(p, expecting: isObject ? "',' or '}'" : "',' or ']'")
            }
            if stack.isEmpty { return p }
        }
    }

    @inline(__always)
    func scanKeyAndColon(_ p: Int) throws(JSONSyntaxError) -> Int {
        guard byte(p) == UInt8(ascii: "\"") else { throw unexpected(p, expecting: "a key") }
        var q = skipSpace(try scanString(from: p).end)
        guard byte(q) == UInt8(ascii: ":") else { throw unexpected(q, expecting: "':'") }
        q = skipSpace(q + 1)
        return q
    }

    func scanLiteral(_ p: Int, _ word: StaticString) throws(JSONSyntaxError) -> Int {
        let n = word.utf8CodeUnitCount
        guard p + n <= count else { throw JSONSyntaxError("invalid literal", at: p) }
        let w = word.utf8Start
        for i in 0..<n where base[p + i] != w[i] {
            throw JSONSyntaxError("invalid literal", at: p)
        }
        return p + n
    }

    func scanNumber(_ start: Int) throws(JSONSyntaxError) -> Int {
        var p = start
        @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if byte(p) == UInt8(ascii: "-") { p += 1 }
        let first = byte(p)
        if first == UInt8(ascii: "0") {
            p += 1
        } else if isDigit(first) {
            while isDigit(byte(p)) { p += 1 }
        } else {
            throw JSONSyntaxError("invalid number", at: start)
        }
        if byte(p) == UInt8(ascii: ".") {
            p += 1
            guard isDigit(byte(p)) else { throw JSONSyntaxError("invalid number", at: start) }
            while isDigit(byte(p)) { p += 1 }
        }
        let e = byte(p)
        if e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            p += 1
            let s = byte(p)
            if s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { p += 1 }
            guard isDigit(byte(p)) else { throw JSONSyntaxError("invalid number", at: start) }
            while isDigit(byte(p)) { p += 1 }
        }
        return p
    }

    /// Scans a string starting at its opening quote; returns the offset after
    /// the closing quote and whether it holds escapes.
    @inline(__always)
    func scanString(from start: Int) throws(JSONSyntaxError) -> (end: Int, escapes: Bool) {
        // One vector pass checks escapes and UTF-8 and finds the end.
        var flags: Int32 = 0
        let close = start + 1 + art_scan_json_string(base + start + 1, count - start - 1, &flags)
        if flags & Int32(ART_STRING_INVALID) == 0 {
            return (close + 1, flags & Int32(ART_STRING_ESCAPES) != 0)
        }
        return try scanStringSlowly(from: start)
    }

    /// The string at `start` piece by piece, to tell what is wrong with it
    /// and where.
    func scanStringSlowly(from start: Int) throws(JSONSyntaxError) -> (end: Int, escapes: Bool) {
        var p = start + 1
        var escapes = false
        while true {
            let stop = p + art_scan_string_body(base + p, count - p)
            if art_utf8_invalid_offset(base + p, stop - p) < stop - p { try checkUTF8() }
            p = stop
            guard p < count else { throw JSONSyntaxError("unterminated string", at: start) }
            let c = base[p]
            if c == UInt8(ascii: "\"") { return (p + 1, escapes) }
            if c == UInt8(ascii: "\\") {
                escapes = true
                p = try scanEscape(p)
                continue
            }
            if c == 0 { throw JSONSyntaxError("NUL byte in a string", at: p) }
            throw JSONSyntaxError("unescaped control character 0x\(hex2(c)) in a string", at: p)
        }
    }

    /// Checks one escape at `p` (the backslash); returns the offset after it.
    func scanEscape(_ p: Int) throws(JSONSyntaxError) -> Int {
        let length = art_json_escape_length(base + p, count - p)
        if length > 0 { return p + length }
        guard byte(p + 1) == UInt8(ascii: "u") else { throw JSONSyntaxError("invalid escape", at: p) }
        guard let unit = hex4(p + 2) else { throw JSONSyntaxError("invalid \\u escape", at: p) }
        throw JSONSyntaxError("lone surrogate \\u\(hex4String(unit))", at: p)
    }

    func hex4(_ p: Int) -> UInt16? {
        guard p + 4 <= count, let a = hexDigitValue(base[p]), let b = hexDigitValue(base[p + 1]),
            let c = hexDigitValue(base[p + 2]), let d = hexDigitValue(base[p + 3])
        else { return nil }
        return UInt16(a) << 12 | UInt16(b) << 8 | UInt16(c) << 4 | UInt16(d)
    }
}

@inline(__always)
func hexDigitValue(_ c: UInt8) -> UInt8? {
    let digit = c &- 0x30
    if digit < 10 { return digit }
    let letter = (c | 0x20) &- 0x61
    return letter < 6 ? letter + 10 : nil
}

func hex2(_ c: UInt8) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    return String(decoding: [digits[Int(c >> 4)], digits[Int(c & 15)]], as: UTF8.self)
}

func hex4String(_ v: UInt16) -> String { hex2(UInt8(v >> 8)).lowercased() + hex2(UInt8(v & 0xFF)).lowercased() }
