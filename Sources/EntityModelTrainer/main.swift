// Trains the art-entities model: an averaged structured perceptron over BIO
// labels, from the NER training data and the gazetteer lists.
//
//   art-entities-train --ner DIR --gazetteers DIR --out FILE [--epochs N]
//                      [--buckets N] [--seed N] [--dev FILE] [--no-silver]
//                      [--caps-every N]
import ArtCore
import ArtEntities

#if canImport(Glibc)
    import Glibc
#endif

func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(2, &bytes, bytes.count)
}

func fail(_ message: String) -> Never {
    writeError("art-entities-train: \(message)\n")
    exit(2)
}

func log(_ message: String) {
    writeError("art-entities-train: \(message)\n")
}

var nerDir = ""
var gazetteerDir = ""
var outPath = ""
var devPath: String? = nil
var epochs = 8
var buckets = 1 << 19
var seed: UInt64 = 20_260_101
var useSilver = true
var capsEvery = 0
var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
    let a = args.removeFirst()
    func value() -> String {
        if args.isEmpty { fail("\(a) needs a value") }
        return args.removeFirst()
    }
    switch a {
    case "--ner": nerDir = value()
    case "--gazetteers": gazetteerDir = value()
    case "--out": outPath = value()
    case "--dev": devPath = value()
    case "--epochs": epochs = { guard let v = Int(value()) else { fail("bad --epochs") }; return v }()
    case "--buckets": buckets = { guard let v = Int(value()) else { fail("bad --buckets") }; return v }()
    case "--seed": seed = { guard let v = UInt64(value()) else { fail("bad --seed") }; return v }()
    case "--no-silver": useSilver = false
    case "--caps-every": capsEvery = { guard let v = Int(value()), v >= 0 else { fail("bad --caps-every") }; return v }()
    case "-h", "--help":
        print("usage: art-entities-train --ner DIR --gazetteers DIR --out FILE [--epochs N] [--buckets N] [--seed N] [--dev FILE] [--no-silver] [--caps-every N]")
        exit(0)
    default: fail("unknown argument \(a)")
    }
}
if nerDir.isEmpty || gazetteerDir.isEmpty || outPath.isEmpty { fail("--ner, --gazetteers and --out are required") }

let start = monotonicSeconds()
var builder = GazetteerBuilder()
do { try builder.addDirectory(gazetteerDir) } catch { fail("gazetteers: \(error.reason)") }
let gazetteer = builder.build()
log("gazetteer: \(gazetteer.keys.count) slots, phrases up to \(gazetteer.maxTokens) tokens")

let typeIndex = ["PER": 0, "PERSON": 0, "ORG": 1, "LOC": 2, "MISC": 3]

struct GoldDocument {
    var id: String
    var text: [Unicode.Scalar]
    var spans: [(Int, Int, Int)]
}

func readRecords(_ path: String) -> [Record] {
    let bytes: [UInt8]
    do { bytes = try readWholeFile(path) } catch { fail("\(path): \(error.reason)") }
    var out: [Record] = []
    var lineStart = 0
    for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
        if i > lineStart {
            do { out.append(try Record(validating: bytes[lineStart..<i])) } catch { fail("\(path): bad line") }
        }
        lineStart = i + 1
    }
    return out
}

func spans(_ value: JSONValue?) -> [(Int, Int, Int)] {
    var out: [(Int, Int, Int)] = []
    for e in value?.arrayValue ?? [] {
        guard let s = e["start"]?.intValue, let t = e["end"]?.intValue,
            let ty = e["type"]?.stringValue ?? e["label"]?.stringValue, let k = typeIndex[ty]
        else { continue }
        out.append((s, t, k))
    }
    return out
}

var trainer = PerceptronTrainer(buckets: buckets, gazetteer: gazetteer)
var files = [nerDir + "/train_gold.jsonl"]
if useSilver { files.append(nerDir + "/train_silver.jsonl") }
var tokenCount = 0
var capsCounter = 0
for file in files {
    for record in readRecords(file) {
        guard let text = record.string("text") else { continue }
        let scalars = Array(text.unicodeScalars)
        var gold = spans(record.value("entities"))
        // Silver MISC spans fill the type the source leaves out.
        gold.append(contentsOf: spans(record.value("silver_misc")))
        let annotated = Set((record.value("annotated_types")?.arrayValue ?? []).compactMap { $0.stringValue.flatMap { typeIndex[$0] } })
        let open = (0..<4).filter { !annotated.contains($0) || ($0 == 3 && record.string("source") == "wnut17") }
        let doc = TrainingDocument(text: scalars, spans: gold, openTypes: open)
        tokenCount += doc.tokens.count
        trainer.add(doc)
        if capsEvery > 0 && record.string("labels") == "gold" {
            addCapitalisedCopies(doc, spans: gold, openTypes: open)
        }
    }
}

/// Headlines come in capitals, which the training text seldom has: every
/// `capsEvery`-th gold sentence is also taught upper-cased, within its own
/// document (so that the document-level facts see the other sentences as written).
@MainActor func addCapitalisedCopies(_ doc: TrainingDocument, spans: [(Int, Int, Int)], openTypes: [Int]) {
    var upper = doc.scalars
    var isUpperCased = [Bool](repeating: false, count: upper.count + 1)
    var any = false
    for r in doc.sentences where !r.isEmpty {
        capsCounter += 1
        guard capsCounter % capsEvery == 0 else { continue }
        any = true
        for k in doc.tokens[r.lowerBound].start..<doc.tokens[r.upperBound - 1].end {
            isUpperCased[k] = true
            let mapped = upper[k].properties.uppercaseMapping.unicodeScalars
            // Only one-for-one mappings: the span offsets must stay valid.
            if mapped.count == 1, let c = mapped.first { upper[k] = c }
        }
    }
    guard any else { return }
    let copy = TrainingDocument(text: upper, spans: spans, openTypes: openTypes)
    trainer.add(copy) { isUpperCased[copy.tokens[copy.sentences[$0].lowerBound].start] }
}
log("\(trainer.sequenceCount) sequences, \(tokenCount) tokens, features in \(Int(monotonicSeconds() - start)) s")

// Optional per-epoch development score (exact span and type, PER/ORG/LOC/MISC).
var devDocs: [GoldDocument] = []
if let devPath {
    for record in readRecords(devPath) {
        guard let text = record.string("text") else { continue }
        devDocs.append(GoldDocument(id: record.string("id") ?? "", text: Array(text.unicodeScalars), spans: spans(record.value("entities"))))
    }
}

func devScore(_ model: EntityModel, _ devDocs: [GoldDocument]) -> String {
    let tagger = EntityTagger(model: model)
    let tokenizer = EntityTokenizer()
    var tp = 0, np = 0, ng = 0
    for doc in devDocs {
        let tokens = tokenizer.tokenize(doc.text)
        let sentences = simpleSentences(doc.text, tokens: tokens)
        let found = tagger.tag(doc.text, tokens: tokens, sentences: sentences)
        var predicted = Set<[Int]>()
        for f in found { predicted.insert([tokens[f.first].start, tokens[f.end - 1].end, f.type]) }
        let gold = Set(doc.spans.map { [$0.0, $0.1, $0.2] })
        tp += predicted.intersection(gold).count
        np += predicted.count
        ng += gold.count
    }
    let p = Double(tp) / Double(max(1, np)), r = Double(tp) / Double(max(1, ng))
    let f = p + r > 0 ? 2 * p * r / (p + r) : 0
    func f3(_ x: Double) -> String { String(Int((x * 1000).rounded())) }
    return "dev P .\(f3(p)) R .\(f3(r)) F1 .\(f3(f))"
}

var generator = SeededGenerator(seed: seed)
for e in 1...epochs {
    let err = trainer.epoch(generator: &generator)
    var line = "epoch \(e): \(Int(err * 1000) / 10)% sequences wrong, \(Int(monotonicSeconds() - start)) s"
    if !devDocs.isEmpty { line += ", " + devScore(trainer.averagedModel, devDocs) }
    log(line)
}
let model = trainer.averagedModel
let bytes = model.serialized()
do { try writeWholeFile(outPath, bytes) } catch { fail("\(outPath): \(error.reason)") }
log("wrote \(outPath): \(bytes.count) bytes")
