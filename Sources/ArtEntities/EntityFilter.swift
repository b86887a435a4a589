import ArtCore
import ArtLanguageID
import ArtText

/// `art-entities`' per-record work: adds `entities` to records that have `text`.
public struct EntityFilter: RecordTransform {
    /// English's recognizer, and that of a record in a language `languages` lacks.
    public let recognizer: EntityRecognizer
    /// The recognizer of each other language it annotates, by code.
    public let languages: [String: EntityRecognizer]
    public let types: Set<EntityType>?
    /// The languages it has a model for; nil takes every record as English.
    public let gate: LanguageGate?
    /// The longest text read in one piece (`TextWindows`).
    var windowLimit = TextWindows.defaultLimit

    public init(
        recognizer: EntityRecognizer, languages: [String: EntityRecognizer] = [:], types: Set<EntityType>? = nil,
        gate: LanguageGate? = nil
    ) {
        self.recognizer = recognizer
        self.languages = languages
        self.types = types
        self.gate = gate
    }

    /// English's filter with `model`.
    public init(model: EntityModel, types: Set<EntityType>? = nil, gate: LanguageGate? = nil) {
        self.init(recognizer: EntityRecognizer(model: model), types: types, gate: gate)
    }

    /// The filter of every language `catalog` gives `entities`, each with its
    /// installed model and files; `explicitModel` (`--model`) or
    /// `environmentModel` (`$ART_MODEL`) replaces the model of all of them.
    public static func load(
        catalog: LanguageCatalog, explicitModel: String?, environmentModel: String?, types: Set<EntityType>? = nil,
        gate: LanguageGate?, locator: ResourceLocator = .standard
    ) throws -> EntityFilter {
        let loader = ModelLoader(locator: locator)
        var shared: EntityModel? = nil
        if let path = [explicitModel, environmentModel].compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            shared = try loader.model(at: path)
        }
        var recognizers: [String: EntityRecognizer] = [:]
        for code in catalog.languages(with: .entities) {
            let model = try shared ?? loader.model(language: code)
            recognizers[code] = try EntityRecognizer.load(
                code, model: model, language: catalog.segmenterData(for: code), from: locator)
        }
        guard let english = recognizers.removeValue(forKey: "en") else {
            throw ResourceError.malformed(path: "lang/index.txt", line: 1, reason: "English (en) must have entities")
        }
        return EntityFilter(recognizer: english, languages: recognizers, types: types, gate: gate)
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.scalars("text") else { return .unchanged }
        var recognizer = self.recognizer
        if let gate {
            switch gate.admission(for: record) {
            case .annotate(let code): recognizer = languages[code] ?? recognizer
            case .refuse(let update): return update
            }
        }
        let sentences = record.sentenceSpans(textLength: text.count)
        // A text past the window limit (no article is) is tagged window by
        // window, and each window's document pass sees only that window.
        var writer = JSONWriter(capacity: 256)
        writer.bytes.append(UInt8(ascii: "["))
        var first = true
        TextWindows(limit: windowLimit).forEach(scalars: text, sentences: sentences) { window in
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
