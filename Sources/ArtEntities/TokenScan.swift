import ArtText

/// The facts of a token gathered scalar by scalar (ASCII without table
/// look-ups): its hashes as written and lower-cased, its shapes (`Xxxx`,
/// `Xx`), prefixes and suffixes, and its letter counts.
struct TokenScan {
    // Counts and lengths wrap instead of trapping: a token is far shorter
    // than 2^31 scalars, so they never do, and the loop keeps no overflow checks.
    var flags: UInt32 = 0
    var upper: Int32 = 0
    var letters: Int32 = 0
    var digits: Int32 = 0
    var shape = fnvOffset
    var short = fnvOffset
    var lastShort: UInt32 = 0
    var shapeLen: Int32 = 0
    var lastShapeChar: UInt32 = 0
    var runLen: Int32 = 0
    var exact = fnvOffset
    var lower = fnvOffset
    /// The lower-case hash state after 1, 2 and 3 scalars, and the last four lower-cased values.
    var prefixState = (fnvOffset, fnvOffset, fnvOffset)
    var last = (UInt32(0), UInt32(0), UInt32(0), UInt32(0))

    /// The scalar at `position` of the token.
    @inline(__always) mutating func add(_ c: Unicode.Scalar, at position: Int) {
        let (sc, lowered) = classify(c)
        if sc == lastShapeChar { runLen &+= 1 } else { runLen = 1; lastShapeChar = sc }
        if runLen <= 4 && shapeLen < 12 {
            shape = (shape ^ UInt64(sc)) &* fnvPrime
            shapeLen &+= 1
        }
        if sc != lastShort {
            short = (short ^ UInt64(sc)) &* fnvPrime
            lastShort = sc
        }
        exact = (exact ^ UInt64(normalisedScalarValue(c))) &* fnvPrime
        lower = (lower ^ UInt64(lowered)) &* fnvPrime
        switch position {
        case 0: prefixState.0 = lower
        case 1: prefixState.1 = lower
        case 2: prefixState.2 = lower
        default: break
        }
        last = (last.1, last.2, last.3, lowered)
    }

    /// The shape character of `c` (X, x, d or itself) and its lower-cased
    /// value, counting letters, capitals and digits.
    @inline(__always) mutating func classify(_ c: Unicode.Scalar) -> (shape: UInt32, lowered: UInt32) {
        let v = c.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A {
                upper &+= 1
                letters &+= 1
                return (88, v + 32)  // X
            }
            if v >= 0x61 && v <= 0x7A {
                letters &+= 1
                return (120, v)  // x
            }
            if v >= 0x30 && v <= 0x39 {
                digits &+= 1
                return (100, v)  // d
            }
            if v == 0x2E { flags |= TokenFlag.hasPeriod }
            return (v, v)
        }
        let lowered = normalisedScalarValue(lowerScalar(c))
        if c.isLetter {
            letters &+= 1
            if c.isUppercaseLetter {
                upper &+= 1
                return (88, lowered)
            }
            return (120, lowered)
        }
        if c.isDigit {
            digits &+= 1
            return (100, lowered)
        }
        return (normalisedScalarValue(c), lowered)
    }

    /// The facts of token `t`, whose first scalar is `first`.
    func info(_ t: Token, first: Unicode.Scalar) -> TokenInfo {
        var flags = self.flags
        if letters > 0 { flags |= TokenFlag.hasLetter }
        if first.isUppercaseLetter { flags |= TokenFlag.capitalised }
        if letters >= 2 && upper == letters { flags |= TokenFlag.allCaps }
        if first.isLowercaseLetter { flags |= TokenFlag.lowerInitial }
        if digits > 0 { flags |= TokenFlag.hasDigit }
        if letters == 0 && digits == 0 { flags |= TokenFlag.isPunct }
        let n = t.length
        // A prefix or suffix longer than the token is the whole token. So is
        // one as long as the token, whose hash state is `lower` itself: the
        // mixed value of the whole token serves for both, and for the token
        // as written when that hashed the same.
        let mixedLower = mix64(lower)
        let mixedExact = exact == lower ? mixedLower : mix64(exact)
        func affix(_ k: Int, _ state: UInt64) -> UInt64 { n > k ? mix64(state) : mixedLower }
        func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* fnvPrime }
        let suffix1 = step(fnvOffset, last.3)
        let suffix2 = step(step(fnvOffset, last.2), last.3)
        let suffix3 = step(step(step(fnvOffset, last.1), last.2), last.3)
        let suffix4 = step(step(step(step(fnvOffset, last.0), last.1), last.2), last.3)
        return TokenInfo(
            start: t.start, end: t.end,
            exact: mixedExact,
            lower: mixedLower,
            shape: mix64(shape), shortShape: mix64(short),
            prefixes: (affix(1, prefixState.0), affix(2, prefixState.1), affix(3, prefixState.2)),
            suffixes: (affix(1, suffix1), affix(2, suffix2), affix(3, suffix3), affix(4, suffix4)),
            flags: flags,
            gazetteer: 0,
            letterCount: letters, capitalLetterCount: upper)
    }
}
