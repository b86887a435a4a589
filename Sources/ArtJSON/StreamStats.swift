import ArtCore

/// The `--stats` summary of a stream: records, how many have each field,
/// sentences, entities and quotes by type, errors by tool and kind; records
/// by language, site and month, copies (`duplicate_of`); the most quoted
/// speakers (and by gender, when speakers have one) and the most named
/// entities of each type.
///
/// Entities and quotes are read with `JSONCursor` rather than decoded, and
/// every list of names is a `HeavyHitters` sketch, so memory stays bounded
/// whatever the stream holds (art(7), RECORDS AND STREAMS).
struct StreamStats {
    /// The entity types of art(7), SPANS AND OFFSETS, in its order.
    static let entityTypes = ["PERSON", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"]
    static let genders = ["female", "male", "unknown"]
    static let defaultTop = 20

    let top: Int
    private(set) var records = 0
    private var fieldCounts: [String: Int] = [:]
    private var fieldOrder: [String] = []
    private var sentences = 0
    private var textCodePoints = 0
    private var entities: [String: Int] = [:]
    private var quotes: [String: Int] = [:]
    private var speakers = 0
    private var errors: [String: [String: Int]] = [:]
    private var duplicates = 0
    private var undated = 0
    private var languages = HeavyHitters()
    private var sites = HeavyHitters()
    private var months = HeavyHitters()
    private var entityNames: [String: HeavyHitters] = [:]
    private var speakerNames = HeavyHitters()
    private var speakerNamesByGender: [String: HeavyHitters] = [:]
    private var quotesByGender: [String: Int] = [:]
    private var quotesByMonth: [String: Int] = [:]
    /// With `keepExamples` (the corpus report): the first quotes of each
    /// speaker, for the report's links from a speaker to what they said.
    private(set) var speakerExamples: [String: [SpeakerExample]] = [:]
    let keepExamples: Bool
    static let examplesPerSpeaker = 3
    static let exampleSpeakers = 20_000
    static let exampleCharacters = 280

    struct SpeakerExample {
        var record: String
        var text: String
        var type: String
    }

    init(top: Int = defaultTop, keepExamples: Bool = false) {
        self.top = top
        self.keepExamples = keepExamples
    }

    mutating func add(_ record: Record) {
        records += 1
        for key in record.keys {
            if fieldCounts[key] == nil { fieldOrder.append(key) }
            fieldCounts[key, default: 0] += 1
        }
        record.rawValue("text")?.withUnsafeBufferPointer { raw in
            if raw.first == UInt8(ascii: "\"") { textCodePoints += JSONCursor.codePoints(ofLiteral: raw) }
        }
        record.rawValue("sentences")?.withUnsafeBufferPointer { raw in
            let cursor = JSONCursor(base: raw)
            cursor.forEachElement(0) { sentences += 1; return cursor.skipValue($0) }
        }
        record.rawValue("entities")?.withUnsafeBufferPointer { addEntities(JSONCursor(base: $0)) }
        let recordID = keepExamples ? (record.string("id") ?? record.rawValue("id").map { String(decoding: $0, as: UTF8.self) } ?? "line \(records)") : ""
        let quoteCount = record.rawValue("quotes")?.withUnsafeBufferPointer { addQuotes(JSONCursor(base: $0), record: recordID) } ?? 0
        if let original = record.rawValue("duplicate_of"), original.first != UInt8(ascii: "n") { duplicates += 1 }
        if let month = addMetadata(record), quoteCount > 0 {
            quotesByMonth[String(decoding: month, as: UTF8.self), default: 0] += quoteCount
        }
        if record.has("errors") {
            for e in record.errors {
                errors[e["tool"]?.stringValue ?? "?", default: [:]][e["kind"]?.stringValue ?? "?", default: 0] += 1
            }
        }
    }

    /// Counts the record's language, site and month; returns the month's bytes.
    private mutating func addMetadata(_ record: Record) -> ArraySlice<UInt8>? {
        if let lang = record.stringBytes("lang") { languages.add(lang) }
        if let site = record.stringBytes("site") { sites.add(site) }
        // A month is the YYYY-MM that starts an ISO 8601 date.
        let date = record.stringBytes("date") ?? []
        let isMonth = date.count >= 7 && date[4] == UInt8(ascii: "-")
            && (date[0..<4] + date[5..<7]).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard isMonth else {
            undated += 1
            return nil
        }
        months.add(date[0..<7])
        return date[0..<7]
    }

    private mutating func addEntities(_ cursor: JSONCursor) {
        cursor.forEachElement(0) { addEntity(cursor, $0) }
    }

    /// Counts the entity at `e`; returns its end.
    private mutating func addEntity(_ cursor: JSONCursor, _ e: Int) -> Int {
        var type: Int?, canonical: Int?, text: Int?
        let end = cursor.forEachMember(e) { key, value in
            if JSONCursor.equal(key, "type") { type = value }
            else if JSONCursor.equal(key, "canonical") { canonical = value }
            else if JSONCursor.equal(key, "text") { text = value }
        }
        let typeName = type.flatMap { cursor.withString($0) { String(decoding: $0, as: UTF8.self) } } ?? "?"
        entities[typeName, default: 0] += 1
        guard Self.entityTypes.contains(typeName) else { return end }
        let name = [canonical, text].lazy.compactMap { $0 }.first { cursor.byte($0) == UInt8(ascii: "\"") }
        guard let name else { return end }
        _ = cursor.withString(name) { entityNames[typeName, default: HeavyHitters()].add($0) }
        return end
    }

    /// Counts the quotes; returns how many there are.
    private mutating func addQuotes(_ cursor: JSONCursor, record: String) -> Int {
        var count = 0
        cursor.forEachElement(0) { q in
            var type: Int?, speaker: Int?, text: Int?
            let end = cursor.forEachMember(q) { key, value in
                if JSONCursor.equal(key, "type") { type = value }
                else if JSONCursor.equal(key, "speaker") { speaker = value }
                else if JSONCursor.equal(key, "text") { text = value }
            }
            count += 1
            let typeName = type.flatMap { cursor.withString($0) { String(decoding: $0, as: UTF8.self) } } ?? "?"
            quotes[typeName, default: 0] += 1
            if let speaker, cursor.byte(speaker) == UInt8(ascii: "{"), let name = addSpeaker(cursor, speaker), keepExamples {
                let quoted = text.flatMap { cursor.withString($0) { String(decoding: $0, as: UTF8.self) } } ?? ""
                keep(SpeakerExample(record: record, text: quoted, type: typeName), of: name)
            }
            return end
        }
        return count
    }

    private mutating func keep(_ example: SpeakerExample, of name: String) {
        guard speakerExamples[name, default: []].count < Self.examplesPerSpeaker else { return }
        guard speakerExamples[name] != nil || speakerExamples.count < Self.exampleSpeakers else { return }
        var e = example
        if e.text.count > Self.exampleCharacters { e.text = String(e.text.prefix(Self.exampleCharacters)) + "…" }
        speakerExamples[name, default: []].append(e)
    }

    /// Counts the speaker; returns its name (canonical, else as written).
    @discardableResult
    private mutating func addSpeaker(_ cursor: JSONCursor, _ speaker: Int) -> String? {
        speakers += 1
        var canonical: Int?, text: Int?, genderAt: Int?
        cursor.forEachMember(speaker) { key, value in
            if JSONCursor.equal(key, "canonical") { canonical = value }
            else if JSONCursor.equal(key, "text") { text = value }
            else if JSONCursor.equal(key, "gender") { genderAt = value }
        }
        let gender = genderAt.flatMap { cursor.withString($0) { String(decoding: $0, as: UTF8.self) } }
            .map { Self.genders.contains($0) ? $0 : "other" }
        if let gender { quotesByGender[gender, default: 0] += 1 }
        let name = [canonical, text].lazy.compactMap { $0 }.first { cursor.byte($0) == UInt8(ascii: "\"") }
        guard let name else { return nil }
        return cursor.withString(name) { bytes in
            speakerNames.add(bytes, label: gender)
            if let gender, gender != "unknown", gender != "other" {
                speakerNamesByGender[gender, default: HeavyHitters()].add(bytes)
            }
            return keepExamples ? String(decoding: bytes, as: UTF8.self) : nil
        } ?? nil
    }
}

extension StreamStats {
    var summary: JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("records", .int(records)),
            ("fields", .object(fieldOrder.map { (key: $0, value: .int(fieldCounts[$0]!)) })),
            ("text_code_points", .int(textCodePoints)),
            ("sentences", .int(sentences)),
            ("entities", .object([("total", .int(entities.values.reduce(0, +)))] + Self.counts(entities))),
            ("quotes", .object([("total", .int(quotes.values.reduce(0, +))), ("with_speaker", .int(speakers))] + Self.counts(quotes))),
            ("errors", .object(errors.sorted { $0.key < $1.key }.map { (key: $0.key, value: .object(Self.counts($0.value))) })),
            ("duplicates", .int(duplicates)),
            ("lang", Self.counts(languages, top: languages.capacity)),
            ("site", Self.counts(sites, top: top)),
            ("month", .object(months.top(months.capacity).sorted { $0.name < $1.name }.map { (key: $0.name, value: .int($0.count)) })),
            ("quotes_by_month", .object(Self.counts(quotesByMonth))),
            ("undated", .int(undated)),
            ("top_entities", .object(Self.entityTypes.compactMap { t in entityNames[t].map { (key: t, value: Self.counts($0, top: top)) } })),
            ("top_speakers", Self.speakerList(speakerNames, top: top)),
        ]
        if !quotesByGender.isEmpty {
            members.append(("quotes_by_gender", .object(Self.counts(quotesByGender))))
            members.append(("top_speakers_by_gender", .object(["female", "male"].compactMap { g in
                speakerNamesByGender[g].map { (key: g, value: Self.speakerList($0, top: top)) }
            })))
        }
        members.append(("approximate", .array(sketches.filter { $0.sketch.isApproximate }.map { .string($0.name) })))
        return .object(members)
    }

    /// Every sketch by the name of its list in the summary.
    private var sketches: [(name: String, sketch: HeavyHitters)] {
        [("lang", languages), ("site", sites), ("month", months), ("top_speakers", speakerNames)]
            + Self.entityTypes.compactMap { t in entityNames[t].map { ("top_entities.\(t)", $0) } }
            + ["female", "male"].compactMap { g in speakerNamesByGender[g].map { ("top_speakers_by_gender.\(g)", $0) } }
    }

    private static func counts(_ d: [String: Int]) -> [(key: String, value: JSONValue)] {
        d.sorted { $0.key < $1.key }.map { (key: $0.key, value: .int($0.value)) }
    }

    private static func counts(_ sketch: HeavyHitters, top: Int) -> JSONValue {
        .object(sketch.top(top).map { (key: $0.name, value: .int($0.count)) })
    }

    private static func speakerList(_ sketch: HeavyHitters, top: Int) -> JSONValue {
        .array(sketch.top(top).map { e in
            .object([("name", .string(e.name)), ("quotes", .int(e.count))] + (e.label.map { [("gender", .string($0))] } ?? []))
        })
    }
}
