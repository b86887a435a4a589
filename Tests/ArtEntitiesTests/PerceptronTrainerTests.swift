import Testing

@testable import ArtEntities

@Suite struct PerceptronTrainerTests {
    @Test func trainsAndRoundTripsDeterministically() throws {
        let a = tinyModel().serialized()
        #expect(a == tinyModel().serialized())
        let model = try EntityModel(bytes: a)
        let entities = EntityRecognizer(model: model).entities(in: "Anna Berg visited Paris.")
        #expect(entities.map(\.text) == ["Anna Berg", "Paris"])
        #expect(entities.map(\.type) == [.person, .loc])
    }
}
