// Charset detection and conversion to UTF-8 with ICU.
//
// ICU is imported internally only: no ICU type appears in this module's
// public API, so modules that also see Foundation (art-fetch's HTTP client)
// can use it without loading ICU's headers.
internal import CICU

/// Text decoded from bytes, and the name of the charset it was decoded with.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    /// The charset used, e.g. `UTF-8`, `windows-1252`, `Shift_JIS`.
    public var charset: String

    public init(text: String, charset: String) {
        self.text = text
        self.charset = charset
    }
}

public enum CharsetDecoder {
    /// Decodes bytes to a String.
    ///
    /// Order: a byte order mark; `declared` (from an HTTP header, say;
    /// ignored when unknown or when the bytes contradict it badly); the
    /// `<meta charset>`/`http-equiv` or XML declaration in the first bytes
    /// when `sniffHTML`; valid UTF-8; ICU's charset detector; then UTF-8 with
    /// U+FFFD for the bad sequences. Returns nil only when `strict` and
    /// nothing decodes cleanly.
    public static func decode(_ bytes: [UInt8], declared: String?, sniffHTML: Bool, strict: Bool = false)
        -> DecodedText?
    {
        // 1. A byte order mark settles it.
        if let bom = byteOrderMark(bytes) {
            switch bom {
            case .utf8:
                let body = bytes[3...]
                let stats = UTF8Stats(body)
                if strict && stats.invalid > 0 { return nil }
                return DecodedText(text: String(decoding: body, as: UTF8.self), charset: "UTF-8")
            case .utf16LE, .utf16BE:
                let name = bom == .utf16LE ? "UTF-16LE" : "UTF-16BE"
                if let c = convert(bytes[2...], converter: name), !(strict && c.errors > 0) {
                    return DecodedText(text: c.text, charset: name)
                }
            }
        }
        let stats = UTF8Stats(bytes[...])

        // 2. What the transport declared.
        if let declared, let label = resolveLabel(declared, fromMeta: false),
            let result = tryLabel(label, bytes, stats, strict: strict)
        {
            return result
        }
        // 3. What the document declares.
        if sniffHTML, let meta = metaCharset(bytes), let label = resolveLabel(meta, fromMeta: true),
            let result = tryLabel(label, bytes, stats, strict: strict)
        {
            return result
        }
        // 4. Valid UTF-8 (plain ASCII included).
        if stats.invalid == 0 {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8")
        }
        // 5. ICU's detector.
        for guess in detect(bytes, filterMarkup: sniffHTML) {
            guard let label = resolveLabel(guess, fromMeta: false), label.converter != "UTF-8" else { continue }
            if let result = tryLabel(label, bytes, stats, strict: true) { return result }
        }
        // 6. UTF-8 with replacement characters.
        if strict { return nil }
        return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8")
    }

    /// The charset's usual name (`latin1` -> `windows-1252`, `sjis` ->
    /// `Shift_JIS`), or nil when ICU does not know it.
    public static func canonicalName(_ label: String) -> String? {
        resolveLabel(label, fromMeta: false)?.name
    }

    /// The charset label a document declares in its first bytes: `<meta
    /// charset>`, `<meta http-equiv="Content-Type" content="...; charset=x">`
    /// or `<?xml ... encoding="x"?>`.
    public static func metaCharset(_ bytes: [UInt8], limit: Int = 4096) -> String? {
        MetaScanner(bytes[..<min(bytes.count, limit)]).scan()
    }

    /// The `charset` parameter of a Content-Type header value, if any.
    public static func charsetParameter(ofContentType value: String) -> String? {
        let bytes = Array(value.utf8)
        return MetaScanner.charsetAfterKeyword(bytes[...])
    }

    // MARK: - Labels

    struct Label {
        /// The ICU converter to open.
        var converter: String
        /// The name to report.
        var name: String
        var kind: Kind
        enum Kind { case utf8, utf16, asciiCompatible }
    }

    static func resolveLabel(_ raw: String, fromMeta: Bool) -> Label? {
        var label = raw.utf8.filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
        while let f = label.first, f == 0x20 || f == 0x09 || f == 0x0A || f == 0x0D || f == 0x0C { label.removeFirst() }
        while let l = label.last, l == 0x20 || l == 0x09 || l == 0x0A || l == 0x0D || l == 0x0C { label.removeLast() }
        guard !label.isEmpty, label.count < 64 else { return nil }
        let lower = String(decoding: label.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        switch lower {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8":
            return Label(converter: "UTF-8", name: "UTF-8", kind: .utf8)
        case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "iso-10646-ucs-2", "csunicode", "unicodefffe":
            // A document that could declare this in ASCII is not UTF-16.
            if fromMeta { return Label(converter: "UTF-8", name: "UTF-8", kind: .utf8) }
            let name = lower == "utf-16be" || lower == "unicodefffe" ? "UTF-16BE" : "UTF-16LE"
            return Label(converter: name, name: name, kind: .utf16)
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1", "cp819", "ibm819", "csisolatin1",
            "iso-ir-100", "iso_8859-1:1987", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "x-cp1252",
            "windows-1252", "us", "iso646-us":
            return Label(converter: "windows-1252", name: "windows-1252", kind: .asciiCompatible)
        case "gb2312", "gbk", "x-gbk", "gb18030", "chinese", "csgb2312", "cp936", "ms936", "windows-936",
            "gb_2312-80", "iso-ir-58", "csiso58gb231280":
            return Label(converter: "GB18030", name: "GB18030", kind: .asciiCompatible)
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean", "windows-949",
            "cseuckr", "csksc56011987", "iso-ir-149":
            return Label(converter: "windows-949", name: "EUC-KR", kind: .asciiCompatible)
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932",
            "cp932":
            return Label(converter: "windows-31j", name: "Shift_JIS", kind: .asciiCompatible)
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5":
            return Label(converter: "windows-950", name: "Big5", kind: .asciiCompatible)
        case "x-user-defined", "replacement":
            return nil
        default:
            break
        }
        // Anything else ICU knows by that name.
        var status = U_ZERO_ERROR
        guard let cnv = art_ucnv_open(lower, &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
        defer { art_ucnv_close(cnv) }
        var name = lower
        for standard in ["MIME", "IANA"] {
            var s = U_ZERO_ERROR
            if let p = art_ucnv_getStandardName(lower, standard, &s), s.rawValue <= U_ZERO_ERROR.rawValue {
                name = String(cString: p)
                break
            }
        }
        if name == lower {
            var s = U_ZERO_ERROR
            if let p = art_ucnv_getName(cnv, &s), s.rawValue <= U_ZERO_ERROR.rawValue { name = String(cString: p) }
        }
        let upper = name.uppercased()
        if upper == "UTF-8" { return Label(converter: "UTF-8", name: "UTF-8", kind: .utf8) }
        if upper.hasPrefix("UTF-16") || upper.hasPrefix("UTF-32") {
            if fromMeta { return Label(converter: "UTF-8", name: "UTF-8", kind: .utf8) }
            return Label(converter: lower, name: name, kind: .utf16)
        }
        return Label(converter: lower, name: name, kind: art_ucnv_getMinCharSize(cnv) == 1 ? .asciiCompatible : .utf16)
    }

    /// Decodes with `label` unless the bytes contradict it badly.
    static func tryLabel(_ label: Label, _ bytes: [UInt8], _ stats: UTF8Stats, strict: Bool) -> DecodedText? {
        switch label.kind {
        case .utf8:
            if stats.invalid == 0 {
                return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8")
            }
            // Mostly UTF-8 with a few bad bytes: still UTF-8.
            if !strict && stats.multibyte >= 4 * stats.invalid {
                return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8")
            }
            return nil
        case .asciiCompatible:
            // Valid UTF-8 with multibyte sequences is almost never text in
            // another ASCII-compatible charset: the label is wrong.
            if stats.invalid == 0 && stats.multibyte > 0 { return nil }
            if stats.nonASCII == 0 {
                return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: label.name)
            }
        case .utf16:
            break
        }
        guard let c = convert(bytes[...], converter: label.converter) else { return nil }
        if strict ? c.errors > 0 : c.errors > max(2, stats.nonASCII / 20) { return nil }
        return DecodedText(text: c.text, charset: label.name)
    }

    // MARK: - Byte order marks

    enum BOM { case utf8, utf16LE, utf16BE }

    static func byteOrderMark(_ b: [UInt8]) -> BOM? {
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { return .utf8 }
        if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE { return .utf16LE }
        if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF { return .utf16BE }
        return nil
    }

    // MARK: - ICU

    struct Conversion {
        var text: String
        var errors: Int
    }

    /// Converts with ICU, counting the bad sequences (each becomes U+FFFD).
    /// Nil when ICU has no such converter.
    static func convert(_ bytes: ArraySlice<UInt8>, converter name: String) -> Conversion? {
        var status = U_ZERO_ERROR
        guard let cnv = art_ucnv_open(name, &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
        defer { art_ucnv_close(cnv) }
        status = U_ZERO_ERROR
        art_ucnv_setToUCallBackStop(cnv, &status)
        var out = [UInt16](repeating: 0, count: bytes.count + 16)
        var used = 0
        var errors = 0
        var failed = false
        bytes.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { src in
                let base = src.baseAddress ?? UnsafePointer(bitPattern: 1)!
                var source: UnsafePointer<CChar>? = base
                let limit = base + src.count
                while true {
                    var err = U_ZERO_ERROR
                    out.withUnsafeMutableBufferPointer { o in
                        var target: UnsafeMutablePointer<UInt16>? = o.baseAddress! + used
                        art_ucnv_toUnicode(cnv, &target, o.baseAddress! + o.count, &source, limit, nil, 1, &err)
                        used = target! - o.baseAddress!
                    }
                    if err == U_BUFFER_OVERFLOW_ERROR {
                        out.append(contentsOf: repeatElement(0, count: out.count))
                        continue
                    }
                    if err == U_ILLEGAL_CHAR_FOUND || err == U_INVALID_CHAR_FOUND || err == U_TRUNCATED_CHAR_FOUND {
                        errors += 1
                        if used == out.count { out.append(0) }
                        out[used] = 0xFFFD
                        used += 1
                        if errors > bytes.count + 8 { failed = true; return }
                        continue
                    }
                    if err.rawValue > U_ZERO_ERROR.rawValue { failed = true }
                    return
                }
            }
        }
        if failed { return nil }
        return Conversion(text: String(decoding: out[..<used], as: UTF16.self), errors: errors)
    }

    /// ICU's guesses, best first (at most three, confidence above 10).
    static func detect(_ bytes: [UInt8], filterMarkup: Bool) -> [String] {
        var status = U_ZERO_ERROR
        guard let det = art_ucsdet_open(&status), status.rawValue <= U_ZERO_ERROR.rawValue else { return [] }
        defer { art_ucsdet_close(det) }
        _ = art_ucsdet_enableInputFilter(det, filterMarkup ? 1 : 0)
        let n = min(bytes.count, 1 << 16)
        return bytes.withUnsafeBufferPointer { buf -> [String] in
            buf.withMemoryRebound(to: CChar.self) { buf -> [String] in
                var s = U_ZERO_ERROR
                art_ucsdet_setText(det, buf.baseAddress, Int32(n), &s)
                guard s.rawValue <= U_ZERO_ERROR.rawValue else { return [] }
                guard let match = art_ucsdet_detect(det, &s), s.rawValue <= U_ZERO_ERROR.rawValue,
                    let p = art_ucsdet_getName(match, &s), s.rawValue <= U_ZERO_ERROR.rawValue
                else { return [] }
                let confidence = art_ucsdet_getConfidence(match, &s)
                guard confidence > 10 else { return [] }
                return [String(cString: p)]
            }
        }
    }
}
