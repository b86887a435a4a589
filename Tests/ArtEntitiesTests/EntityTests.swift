import ArtCore
import Testing

@testable import ArtEntities

@Suite struct EntityTests {
    func written(_ entity: Entity) -> [UInt8] {
        var writer = JSONWriter()
        entity.write(to: &writer)
        return writer.bytes
    }

    @Test func entityIsWrittenAsItsJSONValue() {
        let list = [
            Entity(start: 0, end: 12, type: .person, text: "Barack Obama", canonical: "Barack Obama"),
            Entity(start: 20, end: 31, type: .org, text: "\"Acme\\\u{1}\n\u{E9}", canonical: "Acme Corp."),
        ]
        #expect(list.allSatisfy { written($0) == $0.json.jsonBytes })
        let all = EntityType.allCases.enumerated().map { i, type in
            Entity(start: i * 1_000_003, end: Int.max - i, type: type, text: "t", canonical: "c")
        }
        #expect(all.allSatisfy { written($0) == $0.json.jsonBytes })
        #expect(EntityType.allCases.allSatisfy { $0.name.description == $0.rawValue })
    }
}
