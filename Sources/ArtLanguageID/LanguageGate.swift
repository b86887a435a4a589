import ArtCore

/// The languages a filter can annotate: a record in another language, or
/// in a language nobody could identify, passes through with no annotation
/// and an `unsupported_language` entry in `errors` (art(7), LANGUAGES), so
/// that no output looks valid and is wrong.
public struct LanguageGate: Sendable {
    public let tool: String
    /// What the filter adds, for the message (`entities`, `quotes`).
    public let annotation: String
    public let supported: Set<String>
    public let resolver: LanguageResolver

    public init(tool: String, annotation: String, supported: Set<String>, resolver: LanguageResolver) {
        self.tool = tool
        self.annotation = annotation
        self.supported = supported
        self.resolver = resolver
    }

    /// What the filter does with a record: annotate it in its language, or
    /// pass it on with `unsupported_language`.
    public enum Admission: Sendable {
        case annotate(language: String)
        case refuse(RecordUpdate)
    }

    /// Whether the filter may annotate `record`, and in which language.
    public func admission(for record: Record) -> Admission {
        let message: String
        switch resolver.language(of: record) {
        case .known(let code) where supported.contains(code):
            return .annotate(language: code)
        case .known(let code):
            message = "no \(annotation) for language '\(code)' (supported: \(supported.sorted().joined(separator: ", "))); record left as it was"
        case .unknown:
            message = "the text's language is mixed or unknown (lang is null); record left as it was"
        }
        var update = RecordUpdate()
        update.fail(tool: tool, kind: "unsupported_language", message: message)
        return .refuse(update)
    }
}
