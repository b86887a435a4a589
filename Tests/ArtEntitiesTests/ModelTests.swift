import ArtCore
import Testing

@testable import ArtEntities

@Suite struct ModelTests {
    @Test func viterbiFindsTheBestAllowedPath() {
        // Against an exhaustive search over short sequences, with and without label masks.
        let L = EntityLabels.count
        var generator = SeededGenerator(seed: 11)
        func random() -> Float { Float(Int(generator.next() % 2_000_001) - 1_000_000) / 100_000 }
        for round in 0..<40 {
            let n = 1 + round % 4
            let scores = (0..<(n * L)).map { _ in random() }
            let transitions = (0..<((L + 1) * L)).map { _ in random() }
            let mask: [UInt32]? = round % 2 == 0 ? nil : (0..<n).map { _ in UInt32(truncatingIfNeeded: generator.next()) & 0x1FF | 1 }
            var best = -Float.infinity
            var bestPath: [Int] = []
            var path = [Int](repeating: 0, count: n)
            func search(_ t: Int, _ score: Float) {
                if t == n {
                    if score > best { best = score; bestPath = path }
                    return
                }
                for y in 0..<L where EntityLabels.allowed(t == 0 ? -1 : path[t - 1], y) {
                    if let mask, mask[t] & (1 << y) == 0 { continue }
                    path[t] = y
                    search(t + 1, score + transitions[(t == 0 ? 0 : path[t - 1] + 1) * L + y] + scores[t * L + y])
                }
            }
            search(0, 0)
            #expect(decodeViterbi(scores, count: n, labels: L, transitions: transitions, allowedMask: mask) == bestPath)
        }
    }

    @Test func viterbiWithoutAMaskPicksTheLabelsOfTheBackPointerDecoder() {
        // The unmasked decoder finds each previous label again on the way
        // back; a mask allowing every label takes the back-pointer path. Ties
        // (scores on a coarse grid) must go the same way in both.
        let L = EntityLabels.count
        var generator = SeededGenerator(seed: 23)
        var transitions: [Float] = []
        var decoder = ViterbiDecoder(transitions: [Float](repeating: 0, count: (L + 1) * L), labels: L)
        for round in 0..<200 {
            let n = 1 + (round * 7) % 30
            let coarse = round % 2 == 0
            func random() -> Float {
                coarse ? Float(generator.next() % 4) : Float(Int(generator.next() % 2_000_001) - 1_000_000) / 100_000
            }
            // A decoder keeps its buffers from one sentence to the next.
            if round % 10 == 0 {
                transitions = (0..<((L + 1) * L)).map { _ in random() }
                decoder = ViterbiDecoder(transitions: transitions, labels: L)
            }
            let scores = (0..<(n * L)).map { _ in random() }
            var unmasked: [Int] = []
            decoder.decode(scores, count: n, into: &unmasked)
            let allowAll = [UInt32](repeating: 0x1FF, count: n)
            #expect(unmasked == decodeViterbi(scores, count: n, labels: L, transitions: transitions, allowedMask: allowAll))
        }
    }

    @Test func rejectsAFileThatIsNotAModel() {
        #expect(throws: ModelError.self) { try EntityModel(bytes: Array("not a model at all, no".utf8), gazetteer: .empty) }
    }

    @Test func loadsOnlyWithTheGazetteerTableItWasTrainedWith() throws {
        var builder = GazetteerBuilder()
        builder.add("Paris", .city)
        let table = builder.build()
        let bytes = PerceptronTrainer(buckets: 1 << 10, gazetteer: table).averagedModel.serialized()
        #expect(try EntityModel(bytes: bytes, gazetteer: table).gazetteer.checksum == table.checksum)
        builder.add("Lyon", .city)
        #expect(throws: ModelError.self) { try EntityModel(bytes: bytes, gazetteer: builder.build()) }
    }
}

@Suite struct ModelLoaderTests {
    @Test func aModelsOwnTableBesideItComesFirst() throws {
        let folder = "/tmp/art-model-loader-\(getpid())"
        mkdir(folder, 0o755)
        defer {
            unlink(folder + "/mine.model")
            unlink(folder + "/" + gazetteerTableName)
            rmdir(folder)
        }
        var builder = GazetteerBuilder()
        builder.add("Paris", .city)
        let table = builder.build()
        try writeWholeFile(folder + "/mine.model", PerceptronTrainer(buckets: 1 << 10, gazetteer: table).averagedModel.serialized())
        try writeWholeFile(gazetteerTablePath(besideModelAt: folder + "/mine.model"), table.serialized())
        let loader = ModelLoader(locator: ResourceLocator(directories: ["/nonexistent"]))
        #expect(try loader.model(at: folder + "/mine.model").gazetteer.checksum == table.checksum)
        #expect(gazetteerTablePath(besideModelAt: "x.model") == "gazetteer.table")
    }

    @Test func withoutOneTheDataFilesTableIsUsed() throws {
        let loader = ModelLoader()
        let english = try loader.model(language: "en")
        let german = try loader.model(language: "de")
        // One reading of the table serves both.
        #expect(english.gazetteer.slots === german.gazetteer.slots)
    }
}
