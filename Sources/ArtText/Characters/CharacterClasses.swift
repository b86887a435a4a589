/// Character classes on Unicode scalars, with an ASCII fast path.
///
/// The tokenizer, the sentence segmenter and the later stages (entities,
/// quotes) share these, so that they agree on what a letter, a quote mark or
/// a dash is.
extension Unicode.Scalar {
    /// A letter of any script (general category L*).
    @inlinable @inline(__always) public var isLetter: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        // Latin-1's letters (the accents of French, German, Spanish, Italian,
        // Portuguese) without the Unicode tables: U+00C0-U+00FF but × and ÷.
        if v < 0x100 { return v >= 0xC0 ? v != 0xD7 && v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
        return Unicode.Scalar.slowIsLetter(self)
    }

    @usableFromInline @inline(never)
    static func slowIsLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// An upper-case or title-case letter.
    @inlinable @inline(__always) public var isUppercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v &- 0x41 < 26 }
        if v < 0x100 { return v &- 0xC0 < 0x1F && v != 0xD7 }
        return Unicode.Scalar.slowIsUppercase(self)
    }

    @usableFromInline @inline(never)
    static func slowIsUppercase(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return true
        default: return false
        }
    }

    /// A lower-case letter.
    @inlinable @inline(__always) public var isLowercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v &- 0x61 < 26 }
        if v < 0x100 { return v >= 0xDF ? v != 0xF7 : v == 0xB5 }
        return Unicode.Scalar.slowIsLowercase(self)
    }

    @usableFromInline @inline(never)
    static func slowIsLowercase(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .lowercaseLetter }

    /// A decimal digit of any script (general category Nd).
    @inlinable @inline(__always) public var isDigit: Bool {
        let v = value
        if v < 0x100 { return v &- 0x30 < 10 }
        return Unicode.Scalar.slowIsDigit(self)
    }

    @usableFromInline @inline(never)
    static func slowIsDigit(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .decimalNumber }

    /// An ASCII digit 0-9.
    @inlinable public var isASCIIDigit: Bool { value &- 0x30 < 10 }

    /// A letter or a decimal digit.
    @inlinable public var isAlphanumeric: Bool { isLetter || isDigit }

    /// A combining mark (general category M*), which belongs to the word it follows.
    @inlinable @inline(__always) public var isMark: Bool {
        if value < 0x300 { return false }
        return Unicode.Scalar.slowIsMark(self)
    }

    @usableFromInline @inline(never)
    static func slowIsMark(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// White space, including line breaks and no-break spaces.
    @inlinable @inline(__always) public var isSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0x85 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A)
            || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// A line break: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    @inlinable public var isLineBreak: Bool {
        let v = value
        return (v >= 0x0A && v <= 0x0D) || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// A quotation mark: " ' ` « » ‹ › and the typographic quotes (“ ” „ ‟ ‘ ’ ‚ ‛),
    /// plus CJK corner brackets and the low/reversed double primes.
    @inlinable public var isQuoteMark: Bool {
        switch value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A,
            0x300C...0x300F, 0x301D...0x301F, 0xFF02, 0xFF07:
            return true
        default: return false
        }
    }

    /// A quotation mark that only opens a quotation (“ „ ‘ ‚ « and the like);
    /// straight quotes are neither opening nor closing.
    @inlinable public var isOpeningQuote: Bool {
        switch value {
        case 0x201C, 0x201E, 0x201F, 0x2018, 0x201A, 0x201B, 0xAB, 0x2039, 0x300C, 0x300E, 0x301D: return true
        default: return false
        }
    }

    /// A quotation mark that only closes a quotation (” ’ » and the like).
    @inlinable public var isClosingQuote: Bool {
        switch value {
        case 0x201D, 0x2019, 0xBB, 0x203A, 0x300D, 0x300F, 0x301E, 0x301F: return true
        default: return false
        }
    }

    /// An inverted question or exclamation mark (¿ ¡), which opens a
    /// sentence in Spanish as an opening quote would.
    @inlinable public var isInvertedMark: Bool { value == 0xBF || value == 0xA1 }

    /// An apostrophe: ' or ’ (which is also the closing single quote).
    @inlinable public var isApostrophe: Bool { value == 0x27 || value == 0x2019 }

    /// A dash or hyphen: - ‐ ‑ ‒ – — ― ⁃ − and the small/full-width forms.
    @inlinable public var isDash: Bool {
        switch value {
        case 0x2D, 0x2010...0x2015, 0x2043, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }

    /// An opening bracket: ( [ { and the general category Ps.
    @inlinable public var isOpeningBracket: Bool {
        let v = value
        if v < 0x80 { return v == 0x28 || v == 0x5B || v == 0x7B }
        return properties.generalCategory == .openPunctuation && !isQuoteMark
    }

    /// A closing bracket: ) ] } and the general category Pe.
    @inlinable public var isClosingBracket: Bool {
        let v = value
        if v < 0x80 { return v == 0x29 || v == 0x5D || v == 0x7D }
        return properties.generalCategory == .closePunctuation && !isQuoteMark
    }

    /// A mark that can end a sentence: . ! ? … ‼ ⁇ ⁈ ⁉ and the full-width and
    /// other-script terminals (。 ！ ？ । ؟ and so on).
    @inlinable public var isSentenceTerminal: Bool {
        let v = value
        if v < 0x80 { return v == 0x2E || v == 0x21 || v == 0x3F }
        switch v {
        case 0x2026, 0x203C, 0x203D, 0x2047...0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61,
            0x0964, 0x0965, 0x061F, 0x06D4, 0x0589, 0x1362, 0x1367, 0x1368, 0x104A, 0x104B:
            return true
        default: return false
        }
    }

    /// A currency sign ($ € £ ¥ and general category Sc).
    @inlinable public var isCurrencySymbol: Bool {
        let v = value
        if v < 0x80 { return v == 0x24 }
        return properties.generalCategory == .currencySymbol
    }

    /// A symbol: general category S* (math, currency, modifier, other) and % ‰ # & @ * etc.
    @inlinable public var isSymbol: Bool {
        let v = value
        if v < 0x80 {
            switch v {
            case 0x23, 0x24, 0x25, 0x26, 0x2A, 0x2B, 0x3C, 0x3D, 0x3E, 0x40, 0x5C, 0x5E, 0x7C, 0x7E: return true
            default: return false
            }
        }
        if v == 0x2030 || v == 0x2031 || v == 0xB0 || v == 0xA7 || v == 0xB6 { return true }
        switch properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }
}
