import ArtCore

/// An entity found in a text: scalar span, type and canonical name.
public struct Entity: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    public var text: String
    public var canonical: String

    public var json: JSONValue {
        .object([
            "start": .int(start), "end": .int(end), "text": .string(text),
            "type": .string(type.rawValue), "canonical": .string(canonical),
        ])
    }

    /// Appends `json` as compact JSON text, without building the value.
    func write(to writer: inout JSONWriter) {
        writer.writeRaw(#"{"start":"#)
        writer.writeInt(start)
        writer.writeRaw(#","end":"#)
        writer.writeInt(end)
        writer.writeRaw(#","text":"#)
        writer.writeString(text)
        writer.writeRaw(#","type":""#)
        writer.writeRaw(type.name)
        writer.writeRaw(#"","canonical":"#)
        writer.writeString(canonical)
        writer.bytes.append(UInt8(ascii: "}"))
    }
}

/// The entity types of art(7), "Spans and offsets".
public enum EntityType: String, Sendable, CaseIterable, Hashable {
    case person = "PERSON"
    case org = "ORG"
    case loc = "LOC"
    case misc = "MISC"
    case date = "DATE"
    case time = "TIME"
    case money = "MONEY"
    case percent = "PERCENT"
    case quantity = "QUANTITY"

    /// `rawValue`, as static text.
    var name: StaticString {
        switch self {
        case .person: "PERSON"
        case .org: "ORG"
        case .loc: "LOC"
        case .misc: "MISC"
        case .date: "DATE"
        case .time: "TIME"
        case .money: "MONEY"
        case .percent: "PERCENT"
        case .quantity: "QUANTITY"
        }
    }

    /// The name types in tagger order (PER, ORG, LOC, MISC).
    static let names: [EntityType] = [.person, .org, .loc, .misc]

    /// The position of a name type in `names`.
    var nameIndex: Int {
        switch self {
        case .person: 0
        case .org: 1
        case .loc: 2
        case .misc: 3
        default: preconditionFailure("\(self) is not a name type")
        }
    }
}
