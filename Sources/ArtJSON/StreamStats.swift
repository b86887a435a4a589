import ArtCore

/// The `--stats` summary of a stream: records, how many have each field,
/// sentences, entities by type, quotes by type, and errors by tool and kind.
struct StreamStats {
    private(set) var records = 0
    private var fieldCounts: [String: Int] = [:]
    private var fieldOrder: [String] = []
    private var sentences = 0
    private var textCodePoints = 0
    private var entities: [String: Int] = [:]
    private var quotes: [String: Int] = [:]
    private var speakers = 0
    private var errors: [String: [String: Int]] = [:]

    mutating func add(_ record: Record) {
        records += 1
        for key in record.keys {
            if fieldCounts[key] == nil { fieldOrder.append(key) }
            fieldCounts[key, default: 0] += 1
        }
        if let text = record.string("text") { textCodePoints += text.unicodeScalars.count }
        if let list = record.value("sentences")?.arrayValue { sentences += list.count }
        for e in record.value("entities")?.arrayValue ?? [] {
            entities[e["type"]?.stringValue ?? "?", default: 0] += 1
        }
        for q in record.value("quotes")?.arrayValue ?? [] {
            quotes[q["type"]?.stringValue ?? "?", default: 0] += 1
            if let s = q["speaker"], !s.isNull { speakers += 1 }
        }
        for e in record.errors {
            errors[e["tool"]?.stringValue ?? "?", default: [:]][e["kind"]?.stringValue ?? "?", default: 0] += 1
        }
    }

    var summary: JSONValue {
        func counts(_ d: [String: Int]) -> JSONValue {
            .object(d.sorted { $0.key < $1.key }.map { (key: $0.key, value: .int($0.value)) })
        }
        return .object([
            "records": .int(records),
            "fields": .object(fieldOrder.map { (key: $0, value: .int(fieldCounts[$0]!)) }),
            "text_code_points": .int(textCodePoints),
            "sentences": .int(sentences),
            "entities": .object([(key: "total", value: .int(entities.values.reduce(0, +)))] + (counts(entities).objectValue ?? [])),
            "quotes": .object(
                [(key: "total", value: .int(quotes.values.reduce(0, +))), (key: "with_speaker", value: .int(speakers))]
                    + (counts(quotes).objectValue ?? [])),
            "errors": .object(errors.sorted { $0.key < $1.key }.map { (key: $0.key, value: counts($0.value)) }),
        ])
    }
}
