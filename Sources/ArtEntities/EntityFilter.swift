import ArtCore

/// `art-entities`' per-record work: adds `entities` to records that have `text`.
public struct EntityFilter: RecordTransform {
    public let recognizer: EntityRecognizer
    public let types: Set<EntityType>?

    public init(model: EntityModel, types: Set<EntityType>? = nil) {
        recognizer = EntityRecognizer(model: model)
        self.types = types
    }

    /// The filter with the model of the file at `modelPath`.
    public init(modelPath: String, types: Set<EntityType>? = nil) throws(ModelError) {
        self.init(model: try EntityModel(path: modelPath), types: types)
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.string("text") else { return .unchanged }
        var found = recognizer.entities(in: text, sentences: Self.sentences(of: record))
        if let types { found.removeAll { !types.contains($0.type) } }
        var update = RecordUpdate()
        update.set("entities", encodedJSON: found.jsonBytes)
        return update
    }

    /// The record's `sentences`, if every item is a span.
    static func sentences(of record: Record) -> [TextSpan]? {
        guard let list = record.value("sentences")?.arrayValue else { return nil }
        let spans = list.compactMap { TextSpan(json: $0) }
        return spans.count == list.count ? spans : nil
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
