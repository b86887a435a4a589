import ArtCore
import ArtText

@testable import ArtEntities

func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

/// The texts of the tokens art-entities reads.
func tokenTexts(_ text: String) -> [String] {
    let s = scalars(text)
    return entityTokens(s).map { scalarString(s, $0.start, $0.end) }
}

/// Runs the document pass over hand-made name spans, given as token ranges.
func resolve(_ text: String, _ names: [(Int, Int, EntityType)], gazetteer: Gazetteer = .empty) -> [Entity] {
    let s = scalars(text)
    let tokens = entityTokens(s)
    let sentences = SentenceRanges.of(s, tokens, sentences: nil)
    let spans = names.map { TokenSpan(first: $0.0, end: $0.1, type: EntityType.names.firstIndex(of: $0.2)!) }
    var pass = DocumentPass(s, tokens: tokens, sentences: sentences, gazetteer: gazetteer)
    return pass.entities(names: spans)
}

/// The repository's root (for the committed model and the example files).
let repositoryRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
}()

/// A model trained on three sentences (fast, deterministic).
func tinyModel() -> EntityModel {
    var b = GazetteerBuilder()
    b.add("Paris", .city)
    var trainer = PerceptronTrainer(buckets: 1 << 12, gazetteer: b.build())
    let texts = [
        ("Anna Berg visited Paris.", [(0, 9, 0), (18, 23, 2)]),
        ("Paris welcomed Tom Hale.", [(0, 5, 2), (15, 23, 0)]),
        ("The Acme Corp hired Anna Berg.", [(4, 13, 1), (20, 29, 0)]),
    ]
    for (text, spans) in texts {
        trainer.add(TrainingDocument(text: scalars(text), spans: spans, openTypes: []))
    }
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<10 { _ = trainer.epoch(generator: &generator) }
    return trainer.averagedModel
}
