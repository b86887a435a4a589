import Testing

@testable import ArtEntities

@Suite struct PerceptronTrainerTests {
    @Test func trainsAndRoundTripsDeterministically() throws {
        let trained = tinyModel()
        let a = trained.serialized()
        #expect(a == tinyModel().serialized())
        let model = try EntityModel(bytes: a, gazetteer: trained.gazetteer)
        let entities = EntityRecognizer(model: model).entities(in: "Anna Berg visited Paris.")
        #expect(entities.map(\.text) == ["Anna Berg", "Paris"])
        #expect(entities.map(\.type) == [.person, .loc])
    }

    @Test func aRestartedTrainerLearnsAsAFreshOne() {
        var b = GazetteerBuilder()
        b.add("Paris", .city)
        var trainer = PerceptronTrainer(buckets: 1 << 10, gazetteer: b.build())
        trainer.add(TrainingDocument(text: scalars("Anna Berg visited Paris."), spans: [(0, 9, 0), (18, 23, 2)], openTypes: []))
        func train(_ t: inout PerceptronTrainer) -> [Float] {
            var generator = SeededGenerator(seed: 3)
            for _ in 0..<4 { _ = t.epoch(generator: &generator) }
            return t.averaged.weights + t.averaged.transitions
        }
        let first = train(&trainer)
        #expect(first.contains { $0 != 0 })
        trainer.restart()
        #expect(train(&trainer) == first)
    }
}
