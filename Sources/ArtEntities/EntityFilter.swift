import ArtCore
import ArtLanguageID
import ArtText

/// `art-entities`' per-record work: adds `entities` to records that have `text`.
public struct EntityFilter: RecordTransform {
    public let recognizer: EntityRecognizer
    public let types: Set<EntityType>?
    /// The languages it has a model for; nil takes every record as English.
    public let gate: LanguageGate?
    /// The longest text read in one piece (`TextWindows`).
    var windowLimit = TextWindows.defaultLimit

    public init(model: EntityModel, types: Set<EntityType>? = nil, gate: LanguageGate? = nil) {
        recognizer = EntityRecognizer(model: model)
        self.types = types
        self.gate = gate
    }

    /// The filter with the model of the file at `modelPath`.
    public init(modelPath: String, types: Set<EntityType>? = nil, gate: LanguageGate? = nil) throws(ModelError) {
        self.init(model: try EntityModel(path: modelPath), types: types, gate: gate)
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.string("text") else { return .unchanged }
        if let refusal = gate?.refusal(for: record) { return refusal }
        let sentences = record.sentenceSpans(textLength: text.unicodeScalars.count)
        // A text past the window limit (no article is) is tagged window by
        // window, and each window's document pass sees only that window.
        var writer = JSONWriter(capacity: 256)
        writer.bytes.append(UInt8(ascii: "["))
        var first = true
        TextWindows(limit: windowLimit).forEach(in: text, sentences: sentences) { window in
            for var entity in recognizer.entities(in: window.scalars, sentences: window.sentences) {
                if let types, !types.contains(entity.type) { continue }
                entity.start += window.offset
                entity.end += window.offset
                if !first { writer.bytes.append(UInt8(ascii: ",")) }
                first = false
                entity.write(to: &writer)
            }
        }
        writer.bytes.append(UInt8(ascii: "]"))
        var update = RecordUpdate()
        update.set("entities", encodedJSON: writer.bytes)
        return update
    }
}

/// The types a comma-separated list names (`--types PERSON,DATE`).
public struct EntityTypeSelection: Sendable, Hashable {
    public let types: Set<EntityType>
    /// The items of the list that name no type.
    public let unknown: [String]

    public init(list: String) {
        var types: Set<EntityType> = []
        var unknown: [String] = []
        for item in list.split(separator: ",") {
            if let type = EntityType(rawValue: String(item.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())) {
                types.insert(type)
            } else {
                unknown.append(String(item))
            }
        }
        self.types = types
        self.unknown = unknown
    }

    /// What is wrong with the list, if anything.
    public var problem: String? { unknown.first.map { "unknown type '\($0)' in --types" } }
}
