import ArtCore

/// What a filter takes a record's language to be.
public enum RecordLanguage: Sendable, Hashable {
    /// An ISO 639-1 code.
    case known(String)
    /// Mixed, or not identifiable: `lang` is null (art(7), LANGUAGES).
    case unknown
}

/// Decides the language of each record: `--lang` when given; otherwise the
/// record's `lang` (a code, or null for mixed or unknown text); otherwise the
/// text itself, identified with CLD2. A text too short to identify is taken
/// to be in `fallback` when it is written in Latin letters, and unknown
/// otherwise (a short Chinese or Russian text is no English text).
public struct LanguageResolver: Sendable {
    public var forced: String?
    public var fallback: String

    public init(forced: String? = nil, fallback: String = "en") {
        self.forced = forced.map(Self.normalized)
        self.fallback = fallback
    }

    public func language(of record: Record) -> RecordLanguage {
        if let forced { return .known(forced) }
        switch record.value("lang") {
        case .string(let code)?: return .known(Self.normalized(code))
        case .null?: return .unknown
        default: break
        }
        guard let text = record.stringBytes("text") else { return .known(fallback) }
        return text.withUnsafeBufferPointer { language(ofText: $0) }
    }

    /// The language of UTF-8 text, by CLD2.
    public func language(ofText utf8: UnsafeBufferPointer<UInt8>) -> RecordLanguage {
        switch LanguageIdentifier.verdict(utf8: utf8) {
        case .language(let found): .known(found.code)
        case .mixed: .unknown
        case .tooShort: LanguageIdentifier.isMostlyLatin(utf8) ? .known(fallback) : .unknown
        }
    }

    /// `en-US`, `EN`, `en_GB` as `en`.
    public static func normalized(_ code: String) -> String {
        String(code.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }
}
