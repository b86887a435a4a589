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

public enum LanguageIdentifier {
    /// Below this many bytes of letters a verdict is a guess.
    public static let minimumLetterBytes = 20
    /// A text counts as one language when that language covers this percent of it.
    public static let minimumPercent = 70

    /// The language of the UTF-8 text `utf8`, or nil when the text is mixed,
    /// too short or unknown (art(7): `lang` is then null).
    public static func identify(utf8: UnsafeBufferPointer<UInt8>) -> IdentifiedLanguage? {
        guard let base = utf8.baseAddress, !utf8.isEmpty else { return nil }
        // CLD2 takes an int length; the first 64 KB decide well enough.
        let length = Int32(min(utf8.count, 1 << 16))
        let guess = base.withMemoryRebound(to: CChar.self, capacity: Int(length)) { art_cld2_identify($0, length) }
        guard guess.text_bytes >= minimumLetterBytes, guess.percent >= minimumPercent, guess.reliable else { return nil }
        let code = withUnsafeBytes(of: guess.code) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard code != "un", code != "xxx" else { return nil }
        return IdentifiedLanguage(code: iso639_1[code] ?? code, percent: Int(guess.percent))
    }

    public static func identify(_ text: String) -> IdentifiedLanguage? {
        var text = text
        return text.withUTF8 { identify(utf8: $0) }
    }

    /// CLD2's codes that differ from ISO 639-1.
    static let iso639_1: [String: String] = ["iw": "he", "jw": "jv", "zh-Hant": "zh", "in": "id", "mo": "ro"]
}
