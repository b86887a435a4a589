import ArtCore
internal import CLD2Shim

/// The language of a text, identified from the text itself with CLD2 (the
/// identifier Common Crawl uses; see ARCHITECTURE.md for the choice).
public struct IdentifiedLanguage: Sendable, Hashable {
    /// ISO 639-1 where the language has one (`en`, `de`, `he`), else CLD2's code.
    public var code: String
    /// The percent of the text's letters in it.
    public var percent: Int
}

/// CLD2's verdict on a text.
public enum LanguageVerdict: Sendable, Hashable {
    case language(IdentifiedLanguage)
    /// Enough text, but no one language covers most of it, or CLD2 is unsure.
    case mixed
    /// Too few letters to tell.
    case tooShort
}

public enum LanguageIdentifier {
    /// Below this many bytes of letters (about 25 words, a text of some 160
    /// characters) a text is too short to identify: CLD2 then calls a short
    /// English sentence French with confidence, so no verdict is taken from it.
    public static let minimumLetterBytes = 130
    /// A text counts as one language when that language covers this
    /// percent of it, or `reliablePercent` when CLD2 also calls it reliable.
    public static let minimumPercent = 70
    public static let reliablePercent = 55
    /// The bytes read from the start of a text: an article's language shows
    /// in its first 4 KB, and identifying more only costs time.
    public static let sampleBytes = 4096
    /// A first look at this many bytes settles most texts (a reliable verdict
    /// covering `clearPercent`); only the others are read to `sampleBytes`.
    /// CLD2's time grows with the bytes it reads, and it is most of the cost
    /// of a text not in English.
    public static let firstLookBytes = 1024
    public static let clearPercent = 90

    /// The verdict on the UTF-8 text `utf8`.
    public static func verdict(utf8: UnsafeBufferPointer<UInt8>) -> LanguageVerdict {
        guard let base = utf8.baseAddress, utf8.count >= minimumLetterBytes else { return .tooShort }
        if EnglishFastPath.isPlainlyEnglish(utf8) { return .language(IdentifiedLanguage(code: "en", percent: 100)) }
        var guess = cld2(base, utf8.count, firstLookBytes)
        let clear = guess.reliable && guess.percent >= clearPercent && guess.text_bytes >= minimumLetterBytes
        if !clear && utf8.count > firstLookBytes { guess = cld2(base, utf8.count, sampleBytes) }
        let code = withUnsafeBytes(of: guess.code) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if guess.text_bytes < minimumLetterBytes { return .tooShort }
        let second = withUnsafeBytes(of: guess.second_code) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let covered = coversText(
            code: code, percent: Int(guess.percent), second: second, secondPercent: Int(guess.second_percent),
            reliable: guess.reliable)
        guard covered, code != "un", code != "xxx" else { return .mixed }
        return .language(IdentifiedLanguage(code: iso639_1[code] ?? code, percent: Int(guess.percent)))
    }

    /// True when at least as many of the letters of `utf8` are Latin (ASCII,
    /// U+00C0 to U+027F) as are of other scripts (Greek, Cyrillic, Hebrew,
    /// Arabic, the scripts of India, CJK, Thai...). By lead bytes: general
    /// punctuation (E2) and four-byte scalars (emoji) count for neither.
    public static func isMostlyLatin(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var latin = 0
        var other = 0
        for byte in utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0xC3...0xC9: latin += 1
            case 0xCD...0xDF, 0xE0, 0xE1, 0xE3...0xEF: other += 1
            default: break
            }
        }
        return latin >= other
    }

    /// CLD2's guess on the first `limit` of `count` bytes at `base`, cut at a
    /// scalar boundary (CLD2 stops at invalid UTF-8).
    static func cld2(_ base: UnsafePointer<UInt8>, _ count: Int, _ limit: Int) -> art_language_guess {
        var length = min(count, limit)
        while length < count && length > 0 && base[length] & 0xC0 == 0x80 { length -= 1 }
        return base.withMemoryRebound(to: CChar.self, capacity: length) { art_cld2_identify($0, Int32(length)) }
    }

    /// The language of `utf8`, or nil when it is mixed, too short or unknown
    /// (art(7), LANGUAGES: `lang` is then null).
    public static func identify(utf8: UnsafeBufferPointer<UInt8>) -> IdentifiedLanguage? {
        if case .language(let found) = verdict(utf8: utf8) { return found }
        return nil
    }

    public static func identify(_ text: String) -> IdentifiedLanguage? {
        var text = text
        return text.withUTF8 { identify(utf8: $0) }
    }

    /// Whether CLD2's top language is the text's language: it covers
    /// `minimumPercent`, or `reliablePercent` when CLD2 calls it reliable or
    /// found no other language (the rest of a short text unscored). CLD2
    /// shares a text between languages it tells apart badly (Swedish and
    /// Norwegian); their shares together say the text is one of them.
    static func coversText(code: String, percent: Int, second: String, secondPercent: Int, reliable: Bool) -> Bool {
        let close = closeLanguages[code]?.contains(second) ?? false
        let share = percent + (close ? secondPercent : 0)
        return share >= minimumPercent || ((reliable || secondPercent == 0) && share >= reliablePercent)
    }

    /// Languages so close that CLD2 splits one text between them.
    static let closeLanguages: [String: Set<String>] = {
        let groups: [Set<String>] = [["sv", "no", "nn", "da"], ["id", "ms"], ["hr", "sr", "bs"], ["cs", "sk"]]
        var table: [String: Set<String>] = [:]
        for group in groups { for code in group { table[code] = group.subtracting([code]) } }
        return table
    }()

    /// CLD2's codes that differ from ISO 639-1.
    static let iso639_1: [String: String] = ["iw": "he", "jw": "jv", "zh-Hant": "zh", "in": "id", "mo": "ro"]
}
