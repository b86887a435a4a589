import ArtCore
import ArtLanguageID
import ArtText

/// What art-quotes reads a language with: its lexicon, and the sentence
/// rules for a record without `sentences`.
public struct QuoteLanguage: Sendable {
    public let lexicon: QuoteLexicon
    public let segmenter: SentenceSegmenter

    public init(lexicon: QuoteLexicon, segmenter: SentenceSegmenter) {
        self.lexicon = lexicon
        self.segmenter = segmenter
    }

    public static let english = QuoteLanguage(lexicon: .english, segmenter: SentenceSegmenter())
}

/// art-quotes' per-record work: reads `text` (and `sentences` and `entities`
/// when present) and sets `quotes` (art(7), "Spans and offsets").
public struct QuoteFilter: RecordTransform {
    public let extractor: QuoteExtractor
    /// The languages it has a lexicon for; nil takes every record as English.
    public let gate: LanguageGate?
    /// The lexicon and rules of each supported language but English.
    public let languages: [String: QuoteLanguage]

    public init(extractor: QuoteExtractor = QuoteExtractor(), gate: LanguageGate? = nil, languages: [String: QuoteLanguage] = [:]) {
        self.extractor = extractor
        self.gate = gate
        self.languages = languages
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.string("text") else { return .unchanged }
        var language = QuoteLanguage.english
        if let gate {
            guard case .known(let code) = gate.resolver.language(of: record), gate.supported.contains(code) else {
                return gate.refusal(for: record) ?? .unchanged
            }
            language = languages[code] ?? .english
        }
        let scalars = Array(text.unicodeScalars)
        let sentences = record.sentenceSpans(textLength: scalars.count)
        let quotes = extractor.extract(
            scalars, entities: Self.entities(record, count: scalars.count), sentences: sentences,
            lexicon: language.lexicon, segmenter: language.segmenter)
        var update = RecordUpdate()
        update.set("quotes", .array(quotes.map { QuoteFilter.json($0, scalars) }))
        return update
    }

    /// The record's `entities` that are spans of the text.
    static func entities(_ record: Record, count: Int) -> [QuoteEntity] {
        guard let list = record.value("entities")?.arrayValue else { return [] }
        var entities: [QuoteEntity] = []
        for e in list {
            guard let s = e["start"]?.intValue, let en = e["end"]?.intValue, s >= 0, en <= count, s < en else { continue }
            let type = e["type"]?.stringValue ?? ""
            let canonical = e["canonical"]?.stringValue ?? e["text"]?.stringValue ?? ""
            entities.append(QuoteEntity(start: s, end: en, type: type, canonical: canonical))
        }
        return entities
    }

    static func slice(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[a..<b])
        return String(s)
    }

    /// A quote as art(7) writes it ("Spans and offsets"), keys in that order.
    public static func json(_ q: Quote, _ text: [Unicode.Scalar]) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("start", .int(q.start)), ("end", .int(q.end)),
            ("text", .string(q.fragments.count >= 2 ? q.fragments.map { slice(text, $0.start, $0.end) }.joined(separator: " ") : slice(text, q.start, q.end))),
            ("type", .string(q.type.rawValue)),
        ]
        if let s = q.speaker {
            var sp: [(key: String, value: JSONValue)] = [
                ("start", .int(s.start)), ("end", .int(s.end)), ("text", .string(s.text)),
            ]
            sp.append(("canonical", s.canonical.map { .string($0) } ?? .null))
            members.append(("speaker", .object(sp)))
        } else {
            members.append(("speaker", .null))
        }
        if let c = q.cue {
            members.append(("cue", .object(["start": .int(c.start), "end": .int(c.end), "text": .string(c.text)])))
        } else {
            members.append(("cue", .null))
        }
        if q.fragments.count >= 2 {
            members.append(("fragments", .array(q.fragments.map { $0.json })))
        }
        return .object(members)
    }
}
