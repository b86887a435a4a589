import ArtCore
import ArtLanguageID
import ArtText

/// What art-quotes reads a language with: its lexicon, and the sentence
/// rules for a record without `sentences`.
public struct QuoteLanguage: Sendable {
    public let lexicon: QuoteLexicon
    public let segmenter: SentenceSegmenter
    /// The first-name statistics `--gender` reads, where the language has them.
    public var firstNames: FirstNames?

    public init(lexicon: QuoteLexicon, segmenter: SentenceSegmenter, firstNames: FirstNames? = nil) {
        self.lexicon = lexicon
        self.segmenter = segmenter
        self.firstNames = firstNames
    }

    public static let english = QuoteLanguage(lexicon: .english, segmenter: SentenceSegmenter())
}

/// art-quotes' per-record work: reads `text` (and `sentences` and `entities`
/// when present) and sets `quotes` (art(7), "Spans and offsets").
public struct QuoteFilter: RecordTransform {
    public let extractor: QuoteExtractor
    /// The languages it has a lexicon for; nil takes every record as English.
    public let gate: LanguageGate?
    /// The longest text read in one piece (`TextWindows`).
    var windowLimit = TextWindows.defaultLimit
    /// The lexicon and rules of each supported language; English's, when
    /// absent, is the built-in one.
    public let languages: [String: QuoteLanguage]

    public init(extractor: QuoteExtractor = QuoteExtractor(), gate: LanguageGate? = nil, languages: [String: QuoteLanguage] = [:]) {
        self.extractor = extractor
        self.gate = gate
        self.languages = languages
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.scalars("text") else { return .unchanged }
        var language = languages["en"] ?? .english
        if let gate {
            switch gate.admission(for: record) {
            case .annotate(let code): language = languages[code] ?? .english
            case .refuse(let update): return update
            }
        }
        let length = text.count
        let sentences = record.sentenceSpans(textLength: length)
        let entities = Self.entities(record, count: length)
        // A text past the window limit (no article is) is read window by
        // window; a quote or a speaker never reaches across windows.
        var writer = JSONWriter(capacity: 256)
        writer.bytes.append(UInt8(ascii: "["))
        var first = true
        var nextEntity = 0
        TextWindows(limit: windowLimit).forEach(scalars: text, sentences: sentences) { window in
            let inWindow = Self.entities(entities, from: &nextEntity, in: window.offset..<(window.offset + window.scalars.count))
            let quotes = extractor.extract(
                window.scalars, entities: inWindow, sentences: window.sentences,
                lexicon: language.lexicon, segmenter: language.segmenter, firstNames: language.firstNames)
            for quote in quotes {
                if !first { writer.bytes.append(UInt8(ascii: ",")) }
                first = false
                writer.write(Self.json(quote, window.scalars, offset: window.offset))
            }
        }
        writer.bytes.append(UInt8(ascii: "]"))
        var update = RecordUpdate()
        update.set("quotes", encodedJSON: writer.bytes)
        return update
    }

    /// The record's `entities` that are spans of the text, decoded one at a
    /// time, in text order.
    static func entities(_ record: Record, count: Int) -> [QuoteEntity] {
        var entities: [QuoteEntity] = []
        record.forEachElement(of: "entities") { e in
            guard let s = e["start"]?.intValue, let en = e["end"]?.intValue, s >= 0, en <= count, s < en else { return true }
            let type = e["type"]?.stringValue ?? ""
            let canonical = e["canonical"]?.stringValue ?? e["text"]?.stringValue ?? ""
            entities.append(QuoteEntity(start: s, end: en, type: type, canonical: canonical))
            return true
        }
        if zip(entities, entities.dropFirst()).contains(where: { $0.start > $1.start }) { entities.sort { $0.start < $1.start } }
        return entities
    }

    /// The entities from `next` on that lie inside `range`, relative to its
    /// start; `next` moves past those that start before its end.
    static func entities(_ all: [QuoteEntity], from next: inout Int, in range: Range<Int>) -> [QuoteEntity] {
        var inside: [QuoteEntity] = []
        while next < all.count, all[next].start < range.upperBound {
            var e = all[next]
            if e.end <= range.upperBound {
                e.start -= range.lowerBound
                e.end -= range.lowerBound
                inside.append(e)
            }
            next += 1
        }
        return inside
    }

    static func slice(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> String { text.string(a, b) }

    /// A quote as art(7) writes it ("Spans and offsets"), keys in that order;
    /// `q` is a quote of `text`, which starts at scalar `offset` of the record's.
    public static func json(_ q: Quote, _ text: [Unicode.Scalar], offset: Int = 0) -> JSONValue {
        let quoted = q.fragments.count >= 2 ? q.fragments.map { slice(text, $0.start, $0.end) }.joined(separator: " ") : slice(text, q.start, q.end)
        let q = q.shifted(by: offset)
        var members: [(key: String, value: JSONValue)] = [
            ("start", .int(q.start)), ("end", .int(q.end)), ("text", .string(quoted)),
            ("type", .string(q.type.rawValue)),
        ]
        if let s = q.speaker {
            var sp: [(key: String, value: JSONValue)] = [
                ("start", .int(s.start)), ("end", .int(s.end)), ("text", .string(s.text)),
            ]
            sp.append(("canonical", s.canonical.map { .string($0) } ?? .null))
            if let g = s.gender {
                sp.append(("gender", .string(g.value.rawValue)))
                sp.append(("gender_evidence", g.evidence.map { .string($0.rawValue) } ?? .null))
                if let share = g.share { sp.append(("gender_share", .double(share))) }
            }
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
