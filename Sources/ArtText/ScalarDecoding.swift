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
    let n = raw.count
    guard n >= 2, raw.first == 0x22, raw.last == 0x22 else { return nil }
    var positions: [Int] = []
    var kinds: [UInt8] = []
    positions.reserveCapacity(n / 16 + 8)
    kinds.reserveCapacity(n / 16 + 8)
    var failed = false
    // A string of n bytes holds at most n - 2 scalars.
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
        raw.withUnsafeBufferPointer { buf in
            SegmenterEngine.asciiEvents.withUnsafeBufferPointer { table in
                var o = 0
                var i = 1
                let end = n - 1
                @inline(__always) func hex(_ p: Int) -> UInt32? {
                    guard p + 4 <= end else { return nil }
                    var v: UInt32 = 0
                    for k in 0..<4 {
                        let c = UInt32(buf[p + k])
                        let d: UInt32
                        if c &- 0x30 < 10 {
                            d = c - 0x30
                        } else if (c | 0x20) &- 0x61 < 6 {
                            d = (c | 0x20) - 0x61 + 10
                        } else {
                            return nil
                        }
                        v = v << 4 | d
                    }
                    return v
                }
                @inline(__always) func put(_ c: Unicode.Scalar) {
                    let v = c.value
                    let k = v < 0x80 ? table[Int(v)] : SegmenterEngine.classify(nonASCII: c)
                    if k != 0 {
                        positions.append(o)
                        kinds.append(k)
                    }
                    (out.baseAddress! + o).initialize(to: c)
                    o += 1
                }
                decoding: while i < end {
                    let b = buf[i]
                    if b < 0x80 {
                        if b != 0x5C {
                            let k = table[Int(b)]
                            if k != 0 {
                                positions.append(o)
                                kinds.append(k)
                            }
                            (out.baseAddress! + o).initialize(to: Unicode.Scalar(b))
                            o += 1
                            i += 1
                            continue
                        }
                        guard i + 1 < end else {
                            failed = true
                            break decoding
                        }
                        let e = buf[i + 1]
                        i += 2
                        switch e {
                        case UInt8(ascii: "n"): put("\n")
                        case UInt8(ascii: "t"): put("\t")
                        case UInt8(ascii: "r"): put("\r")
                        case UInt8(ascii: "b"): put("\u{08}")
                        case UInt8(ascii: "f"): put("\u{0C}")
                        case UInt8(ascii: "u"):
                            guard let v = hex(i) else {
                                failed = true
                                break decoding
                            }
                            i += 4
                            if v >= 0xD800 && v <= 0xDBFF {
                                guard i + 1 < end, buf[i] == 0x5C, buf[i + 1] == UInt8(ascii: "u"), let low = hex(i + 2),
                                    low >= 0xDC00 && low <= 0xDFFF
                                else {
                                    failed = true
                                    break decoding
                                }
                                i += 6
                                put(Unicode.Scalar(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00))!)
                            } else if let scalar = Unicode.Scalar(v) {
                                put(scalar)
                            } else {
                                failed = true
                                break decoding
                            }
                        default: put(Unicode.Scalar(e))  // " \ /
                        }
                        continue
                    }
                    // Multi-byte UTF-8.
                    var v: UInt32
                    let len: Int
                    if b & 0xE0 == 0xC0 && b >= 0xC2 {
                        v = UInt32(b & 0x1F)
                        len = 2
                    } else if b & 0xF0 == 0xE0 {
                        v = UInt32(b & 0x0F)
                        len = 3
                    } else if b & 0xF8 == 0xF0 {
                        v = UInt32(b & 0x07)
                        len = 4
                    } else {
                        failed = true
                        break decoding
                    }
                    guard i + len <= end else {
                        failed = true
                        break decoding
                    }
                    for k in 1..<len {
                        let c = buf[i + k]
                        guard c & 0xC0 == 0x80 else {
                            failed = true
                            break decoding
                        }
                        v = v << 6 | UInt32(c & 0x3F)
                    }
                    if (len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) {
                        failed = true
                        break decoding
                    }
                    guard let scalar = Unicode.Scalar(v) else {
                        failed = true
                        break decoding
                    }
                    put(scalar)
                    i += len
                }
                count = o
            }
        }
    }
    if failed { return nil }
    events.positions = positions
    events.kinds = kinds
    return scalars
}
