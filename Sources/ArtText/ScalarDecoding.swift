/// Decodes a JSON string token (with its quotes, as `Record.rawValue`
/// returns it) straight into Unicode scalars, without building a `String`.
///
/// Returns nil for what it leaves to the general decoder: an escaped
/// surrogate that is not part of a valid pair, or bytes that are not valid
/// UTF-8. The result then equals `Array(record.string(key)!.unicodeScalars)`.
func decodeJSONStringScalars(_ raw: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
    var events = ScanEvents()
    return decodeJSONStringScalars(raw, events: &events)
}

/// The same, noting the segmenter's events on the way (one pass instead of two).
func decodeJSONStringScalars(_ raw: ArraySlice<UInt8>, events: inout ScanEvents) -> [Unicode.Scalar]? {
    SegmenterEngine.asciiEvents.withUnsafeBufferPointer { table in
    raw.withUnsafeBufferPointer { buf -> [Unicode.Scalar]? in
        let n = buf.count
        guard n >= 2, buf[0] == 0x22, buf[n - 1] == 0x22 else { return nil }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(n)
        events.positions.reserveCapacity(n / 16 + 8)
        events.kinds.reserveCapacity(n / 16 + 8)
        var i = 1
        let end = n - 1
        @inline(__always) func hex(_ p: Int) -> UInt32? {
            guard p + 4 <= end else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = UInt32(buf[p + k])
                let d: UInt32
                if c &- 0x30 < 10 { d = c - 0x30 } else if (c | 0x20) &- 0x61 < 6 { d = (c | 0x20) - 0x61 + 10 } else { return nil }
                v = v << 4 | d
            }
            return v
        }
        while i < end {
            let b = buf[i]
            if b < 0x80 {
                if b != 0x5C {
                    let k = table[Int(b)]
                    if k != 0 {
                        events.positions.append(out.count)
                        events.kinds.append(k)
                    }
                    out.append(Unicode.Scalar(b))
                    i += 1
                    continue
                }
                guard i + 1 < end else { return nil }
                let e = buf[i + 1]
                i += 2
                let at = out.count
                defer { if out.count > at { events.note(out[at], at: at, table) } }
                switch e {
                case UInt8(ascii: "n"): out.append("\n")
                case UInt8(ascii: "t"): out.append("\t")
                case UInt8(ascii: "r"): out.append("\r")
                case UInt8(ascii: "b"): out.append("\u{08}")
                case UInt8(ascii: "f"): out.append("\u{0C}")
                case UInt8(ascii: "u"):
                    guard let v = hex(i) else { return nil }
                    i += 4
                    if v >= 0xD800 && v <= 0xDBFF {
                        guard i + 1 < end, buf[i] == 0x5C, buf[i + 1] == UInt8(ascii: "u"), let low = hex(i + 2),
                            low >= 0xDC00 && low <= 0xDFFF
                        else { return nil }
                        i += 6
                        out.append(Unicode.Scalar(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00))!)
                    } else if v >= 0xDC00 && v <= 0xDFFF {
                        return nil
                    } else {
                        out.append(Unicode.Scalar(v)!)
                    }
                default: out.append(Unicode.Scalar(e))  // " \ /
                }
                continue
            }
            // Multi-byte UTF-8.
            var v: UInt32
            var len: Int
            if b & 0xE0 == 0xC0 {
                v = UInt32(b & 0x1F); len = 2
                if b < 0xC2 { return nil }
            } else if b & 0xF0 == 0xE0 {
                v = UInt32(b & 0x0F); len = 3
            } else if b & 0xF8 == 0xF0 {
                v = UInt32(b & 0x07); len = 4
            } else {
                return nil
            }
            guard i + len <= end else { return nil }
            for k in 1..<len {
                let c = buf[i + k]
                guard c & 0xC0 == 0x80 else { return nil }
                v = v << 6 | UInt32(c & 0x3F)
            }
            if (len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) { return nil }
            guard let scalar = Unicode.Scalar(v) else { return nil }
            let k = SegmenterEngine.classify(nonASCII: scalar)
            if k != 0 {
                events.positions.append(out.count)
                events.kinds.append(k)
            }
            out.append(scalar)
            i += len
        }
        return out
    }
    }
}
