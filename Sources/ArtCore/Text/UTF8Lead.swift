/// What a lead byte allows in well-formed UTF-8 (no overlong form, no
/// surrogate, nothing past U+10FFFF): the sequence's length and the range
/// its second byte must fall in (the later ones are 0x80...0xBF). Nil for a
/// byte that starts no multi-byte sequence (ASCII, a continuation byte,
/// 0xC0, 0xC1, 0xF5 and up).
@inlinable public func utf8Lead(_ c: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
    switch c {
    case 0xC2...0xDF: return (2, 0x80...0xBF)
    case 0xE0: return (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
    case 0xED: return (3, 0x80...0x9F)
    case 0xF0: return (4, 0x90...0xBF)
    case 0xF1...0xF3: return (4, 0x80...0xBF)
    case 0xF4: return (4, 0x80...0x8F)
    default: return nil
    }
}
