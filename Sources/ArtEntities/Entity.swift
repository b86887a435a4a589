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
        @inline(__always) func literal(_ text: StaticString) {
            writer.bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        @inline(__always) func number(_ value: Int) {
            if value < 0 { writer.bytes.append(UInt8(ascii: "-")) }
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
            var count = 0
            var rest = value.magnitude
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                    count += 1
                } while rest > 0
                writer.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
            }
        }
        literal(#"{"start":"#)
        number(start)
        literal(#","end":"#)
        number(end)
        literal(#","text":"#)
        writer.writeString(text)
        literal(#","type":""#)
        writer.bytes.append(contentsOf: UnsafeBufferPointer(start: type.name.utf8Start, count: type.name.utf8CodeUnitCount))
        literal(#"","canonical":"#)
        writer.writeString(canonical)
        writer.bytes.append(UInt8(ascii: "}"))
    }
}

extension [Entity] {
    /// The list as compact JSON text: the bytes `JSONValue.array(map(\.json))` writes.
    var jsonBytes: [UInt8] {
        var writer = JSONWriter(capacity: 2 + count * 96)
        writer.bytes.append(UInt8(ascii: "["))
        for (i, e) in enumerated() {
            if i > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            e.write(to: &writer)
        }
        writer.bytes.append(UInt8(ascii: "]"))
        return writer.bytes
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
