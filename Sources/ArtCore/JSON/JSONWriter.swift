/// Appends compact JSON to a byte buffer: UTF-8 written raw, only `"`, `\`
/// and control characters escaped.
public struct JSONWriter {
    public var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: writeRaw("null")
        case .bool(let b): writeRaw(b ? "true" : "false")
        case .number(let n): bytes.append(contentsOf: n.utf8)
        case .string(let s): writeString(s)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (i, e) in elements.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                write(e)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(m.key)
                bytes.append(UInt8(ascii: ":"))
                write(m.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends JSON text as it is: punctuation and keys the caller knows
    /// are valid (`{"start":`).
    @inline(__always)
    public mutating func writeRaw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Writes an integer in decimal.
    @inline(__always)
    public mutating func writeInt(_ value: Int) {
        Self.appendDecimal(value, to: &bytes)
    }

    /// `{"start":S,"end":E}` (art(7), SPANS AND OFFSETS).
    public mutating func writeSpan(_ span: TextSpan) {
        writeRaw(#"{"start":"#)
        writeInt(span.start)
        writeRaw(#","end":"#)
        writeInt(span.end)
        bytes.append(UInt8(ascii: "}"))
    }

    /// `[{"start":S,"end":E},...]`
    public mutating func writeSpans(_ spans: [TextSpan]) {
        bytes.append(UInt8(ascii: "["))
        for (k, span) in spans.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            writeSpan(span)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends the decimal digits of `value` (with `-` when negative): the
    /// one integer writer of every filter, for buffers that are not a writer.
    @inline(__always)
    public static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        // Digits fill a 24-byte scratch from its end (UInt.max has 20).
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var first = 24
            repeat {
                first -= 1
                buffer[first] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[first...]))
        }
    }

    public mutating func writeString(_ s: String) {
        var s = s
        s.withUTF8 { writeString(utf8: $0) }
    }

    /// Writes a string given as valid UTF-8.
    public mutating func writeString(utf8 buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for i in 0..<buffer.count {
            let c = buffer[i]
            guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else { continue }
            if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
            runStart = i + 1
            switch c {
            case UInt8(ascii: "\""): writeRaw("\\\"")
            case UInt8(ascii: "\\"): writeRaw("\\\\")
            case 0x0A: writeRaw("\\n")
            case 0x0D: writeRaw("\\r")
            case 0x09: writeRaw("\\t")
            case 0x08: writeRaw("\\b")
            case 0x0C: writeRaw("\\f")
            default:
                writeRaw("\\u00")
                bytes.append(contentsOf: hex2(c).lowercased().utf8)
            }
        }
        if buffer.count > runStart {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSONValue {
    /// Compact JSON text.
    public var jsonText: String {
        var w = JSONWriter()
        w.write(self)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    public var jsonBytes: [UInt8] {
        var w = JSONWriter()
        w.write(self)
        return w.bytes
    }
}
