/// Conversions between UTF-8 byte offsets, UTF-16 offsets and Unicode scalar
/// offsets (the unit of every span, art(7), SPANS AND OFFSETS).
///
/// ICU and libxml2 report UTF-8 or UTF-16 offsets; stages convert them here,
/// once. A converter walks the text from its last position, so a sequence of
/// increasing offsets costs one pass over the text in all.
public struct ScalarOffsetConverter {
    private let utf8: [UInt8]
    // The cursor: a byte offset and the scalar and UTF-16 offsets it corresponds to.
    private var byte = 0
    private var scalar = 0
    private var utf16 = 0

    public init(_ text: String) { utf8 = Array(text.utf8) }
    public init(utf8: [UInt8]) { self.utf8 = utf8 }

    @inline(__always)
    private static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    @inline(__always)
    private mutating func stepForward() {
        let b = utf8[byte]
        let n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        byte += n
        scalar += 1
        utf16 += n == 4 ? 2 : 1
    }

    @inline(__always)
    private mutating func stepBackward() {
        repeat { byte -= 1 } while byte > 0 && Self.isContinuation(utf8[byte])
        let b = utf8[byte]
        scalar -= 1
        utf16 -= b >= 0xF0 ? 2 : 1
    }

    /// The scalar offset of a UTF-8 byte offset (rounded down to a scalar boundary).
    public mutating func scalarOffset(utf8 offset: Int) -> Int {
        let target = min(max(offset, 0), utf8.count)
        while byte > target { stepBackward() }
        while byte < target {
            let before = (byte, scalar, utf16)
            stepForward()
            if byte > target { (byte, scalar, utf16) = before; break }
        }
        return scalar
    }

    /// The UTF-8 byte offset of a scalar offset.
    public mutating func utf8Offset(scalar offset: Int) -> Int {
        while scalar > offset && byte > 0 { stepBackward() }
        while scalar < offset && byte < utf8.count { stepForward() }
        return byte
    }

    /// The scalar offset of a UTF-16 offset (rounded down to a scalar boundary).
    public mutating func scalarOffset(utf16 offset: Int) -> Int {
        while utf16 > offset && byte > 0 { stepBackward() }
        while utf16 < offset && byte < utf8.count {
            let before = (byte, scalar, utf16)
            stepForward()
            if utf16 > offset { (byte, scalar, utf16) = before; break }
        }
        return scalar
    }

    /// The UTF-16 offset of a scalar offset.
    public mutating func utf16Offset(scalar offset: Int) -> Int {
        while scalar > offset && byte > 0 { stepBackward() }
        while scalar < offset && byte < utf8.count { stepForward() }
        return utf16
    }
}

extension String {
    /// The number of Unicode scalars: the length that spans are measured in.
    public var scalarCount: Int { unicodeScalars.count }

    /// The text of the scalar span `span` (clamped to the string).
    public func slice(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        let n = scalars.count
        let s = min(max(span.start, 0), n)
        let e = min(max(span.end, s), n)
        let from = scalars.index(scalars.startIndex, offsetBy: s)
        let to = scalars.index(from, offsetBy: e - s)
        return String(scalars[from..<to])
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of a scalar span of an array of scalars.
    public func string(_ span: TextSpan) -> String {
        let a = Swift.max(0, span.start)
        return string(a, Swift.max(a, Swift.min(count, span.end)))
    }

    /// The text of scalars `self[a..<b]`, measured and encoded as UTF-8 in
    /// two passes into one allocation (appending scalar by scalar to a
    /// `String.UnicodeScalarView` costs a hundred instructions a scalar).
    public func string(_ a: Int, _ b: Int) -> String {
        withUnsafeBufferPointer { scalars in
            var length = 0
            for k in a..<b { length += UTF8.width(scalars[k]) }
            return String(unsafeUninitializedCapacity: length) { out in
                var i = 0
                for k in a..<b {
                    let c = scalars[k]
                    if c.value < 0x80 {
                        out[i] = UInt8(truncatingIfNeeded: c.value)
                        i += 1
                    } else {
                        for unit in c.utf8 {
                            out[i] = unit
                            i += 1
                        }
                    }
                }
                return i
            }
        }
    }
}
