// Trains the art-entities model: an averaged structured perceptron over BIO
// labels, from the NER training data and the gazetteer lists.
//
//   art-entities-train (--ner DIR | --train FILE[:TYPES]...) --gazetteers DIR
//                      --out FILE [--table FILE] [--epochs N] [--buckets N] [--seed N]
//                      [--dev FILE] [--no-silver] [--caps-every N] [--runs N]
//                      [--types PER,ORG,LOC]
//
// `--ner DIR` reads DIR/train_gold.jsonl and DIR/train_silver.jsonl (English);
// `--train FILE` reads the given files instead (one per language source), and
// `:PER,ORG,LOC` after a name says which types that file annotates, so that a
// type it leaves out is never taught as "O". `--types` are the types the
// model learns at all: a type no training file annotates (MISC in most
// languages' data) is better left out than learnt from nothing.
//
// The gazetteer table goes to its own file, `--table` (by default
// gazetteer.table beside the model), which every model trained from the same
// lists shares; a model loads only with the table it was trained with.
import ArtCore
import ArtEntities


func fail(_ message: String) -> Never {
    printError("art-entities-train: \(message)")
    Platform.exit(2)
}

func log(_ message: String) {
    printError("art-entities-train: \(message)")
}

struct TrainerOptions {
    var nerDir = ""
    /// Training files with the types each annotates (nil: as its records say).
    var trainFiles: [(path: String, types: [String]?)] = []
    var gazetteerDir = ""
    var outPath = ""
    var tablePath: String? = nil
    var devPath: String? = nil
    var epochs = 8
    var buckets = 1 << 19
    var seed: UInt64 = 20_260_101
    var useSilver = true
    /// Every Nth gold sentence is also taught upper-cased (0: none).
    var capsEvery = 0
    /// Runs over differently shuffled data whose averaged weights are averaged again.
    var runs = 1
    /// The types the model learns (type indices); others are taught as "O".
    var modelTypes = Set(0..<4)

    static let usage = "usage: art-entities-train (--ner DIR | --train FILE[:TYPES]...) --gazetteers DIR --out FILE [--table FILE] [--epochs N] [--buckets N] [--seed N] [--dev FILE] [--no-silver] [--caps-every N] [--runs N] [--types LIST]"

    init(arguments: [String]) {
        var args = arguments
        while !args.isEmpty {
            let a = args.removeFirst()
            func value() -> String {
                if args.isEmpty { fail("\(a) needs a value") }
                return args.removeFirst()
            }
            func number<T: FixedWidthInteger>(_: T.Type) -> T {
                guard let v = T(value()), v >= 0 else { fail("bad \(a)") }
                return v
            }
            switch a {
            case "--ner": nerDir = value()
            case "--train":
                let v = value()
                if let colon = v.lastIndex(of: ":"), !v[v.index(after: colon)...].contains("/") {
                    trainFiles.append((String(v[..<colon]), v[v.index(after: colon)...].split(separator: ",").map(String.init)))
                } else {
                    trainFiles.append((v, nil))
                }
            case "--gazetteers": gazetteerDir = value()
            case "--out": outPath = value()
            case "--table": tablePath = value()
            case "--dev": devPath = value()
            case "--epochs": epochs = number(Int.self)
            case "--buckets": buckets = number(Int.self)
            case "--seed": seed = number(UInt64.self)
            case "--no-silver": useSilver = false
            case "--caps-every": capsEvery = number(Int.self)
            case "--runs": runs = max(1, number(Int.self))
            case "--types":
                let list = value().split(separator: ",").map(String.init)
                guard list.allSatisfy({ typeIndex[$0] != nil }) else { fail("bad --types") }
                modelTypes = Set(list.compactMap { typeIndex[$0] })
            case "-h", "--help":
                print(Self.usage)
                Platform.exit(0)
            default: fail("unknown argument \(a)")
            }
        }
        if nerDir.isEmpty == trainFiles.isEmpty { fail("give either --ner or --train") }
        if gazetteerDir.isEmpty || outPath.isEmpty { fail("--gazetteers and --out are required") }
    }
}

let typeIndex = ["PER": 0, "PERSON": 0, "ORG": 1, "LOC": 2, "MISC": 3]

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

/// The annotated names of a list of entities: (start, end, type index).
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

/// The training set: every document of the gold (and silver) files, and
/// upper-cased copies of some gold sentences.
struct TrainingSet {
    var trainer: PerceptronTrainer
    let capsEvery: Int
    let modelTypes: Set<Int>
    var tokenCount = 0
    var capsCounter = 0

    /// Adds the records of `file`; `types`, when given, are the types it
    /// annotates (otherwise its records' `annotated_types`, else all four).
    mutating func add(file: String, types: [String]? = nil) {
        for record in readRecords(file) {
            guard let text = record.string("text") else { continue }
            var gold = spans(record.value("entities"))
            // Silver MISC spans fill the type the source leaves out.
            gold.append(contentsOf: spans(record.value("silver_misc")))
            gold.removeAll { !modelTypes.contains($0.2) }
            let listed = types ?? (record.value("annotated_types")?.arrayValue ?? []).compactMap { $0.stringValue }
            let annotated = listed.isEmpty ? Set(0..<4) : Set(listed.compactMap { typeIndex[$0] })
            let open = (0..<4).filter {
                modelTypes.contains($0) && (!annotated.contains($0) || ($0 == 3 && record.string("source") == "wnut17"))
            }
            let doc = TrainingDocument(text: Array(text.unicodeScalars), spans: gold, openTypes: open)
            tokenCount += doc.tokens.count
            trainer.add(doc)
            // Silver labels (`labels: silver`) are not taught twice.
            if capsEvery > 0 && (record.string("labels") ?? "gold") == "gold" {
                addCapitalisedCopies(doc, spans: gold, openTypes: open)
            }
        }
    }

    /// Headlines come in capitals, which the training text seldom has: every
    /// `capsEvery`-th gold sentence is also taught upper-cased, within its own
    /// document (so that the document-level facts see the other sentences as written).
    mutating func addCapitalisedCopies(_ doc: TrainingDocument, spans: [(Int, Int, Int)], openTypes: [Int]) {
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
}

/// Exact span and type scores of the tagger alone (PER/ORG/LOC/MISC) on a development file.
struct DevelopmentSet {
    var documents: [(doc: TrainingDocument, gold: Set<[Int]>)] = []

    init(path: String?) {
        guard let path else { return }
        for record in readRecords(path) {
            guard let text = record.string("text") else { continue }
            let doc = TrainingDocument(text: Array(text.unicodeScalars), spans: [], openTypes: [])
            documents.append((doc, Set(spans(record.value("entities")).map { [$0.0, $0.1, $0.2] })))
        }
    }

    func score(_ model: EntityModel) -> String {
        let tagger = EntityTagger(model: model)
        var tp = 0, np = 0, ng = 0
        for (doc, gold) in documents {
            let found = tagger.tag(doc.scalars, tokens: doc.tokens, sentences: doc.sentences)
            let predicted = Set(found.map { [doc.tokens[$0.first].start, doc.tokens[$0.end - 1].end, $0.type] })
            tp += predicted.intersection(gold).count
            np += predicted.count
            ng += gold.count
        }
        let p = Double(tp) / Double(max(1, np)), r = Double(tp) / Double(max(1, ng))
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0
        func f3(_ x: Double) -> String { String(Int((x * 1000).rounded())) }
        return "dev P .\(f3(p)) R .\(f3(r)) F1 .\(f3(f))"
    }
}

let options = TrainerOptions(arguments: Array(CommandLine.arguments.dropFirst()))
let start = monotonicSeconds()
var builder = GazetteerBuilder()
do { try builder.addDirectory(options.gazetteerDir) } catch { fail("gazetteers: \(error.reason)") }
let gazetteer = builder.build()
log("gazetteer: \(gazetteer.keys.count) slots, phrases up to \(gazetteer.maxTokens) tokens")

var training = TrainingSet(
    trainer: PerceptronTrainer(buckets: options.buckets, gazetteer: gazetteer), capsEvery: options.capsEvery,
    modelTypes: options.modelTypes)
if options.trainFiles.isEmpty {
    training.add(file: options.nerDir + "/train_gold.jsonl")
    if options.useSilver { training.add(file: options.nerDir + "/train_silver.jsonl") }
} else {
    for file in options.trainFiles { training.add(file: file.path, types: file.types) }
}
log("\(training.trainer.sequenceCount) sequences, \(training.tokenCount) tokens, features in \(Int(monotonicSeconds() - start)) s")

let development = DevelopmentSet(path: options.devPath)
var generator = SeededGenerator(seed: options.seed)
// Each run sees the data in its own seeded orders; the mean of the runs'
// averaged weights varies less with the order than any one run does.
var weightSum: [Float] = []
var transitionSum: [Float] = []
for run in 1...options.runs {
    if run > 1 { training.trainer.restart() }
    for e in 1...options.epochs {
        let err = training.trainer.epoch(generator: &generator)
        var line = "run \(run), epoch \(e): \(Int(err * 1000) / 10)% sequences wrong, \(Int(monotonicSeconds() - start)) s"
        if !development.documents.isEmpty { line += ", " + development.score(training.trainer.averagedModel) }
        log(line)
    }
    let (w, tr) = training.trainer.averaged
    if run == 1 {
        weightSum = w
        transitionSum = tr
    } else {
        for i in w.indices { weightSum[i] += w[i] }
        for i in tr.indices { transitionSum[i] += tr[i] }
    }
}
let runs = Float(options.runs)
let model = EntityModel(
    labels: EntityLabels.count, buckets: options.buckets, weights: weightSum.map { $0 / runs },
    transitions: transitionSum.map { $0 / runs }, gazetteer: gazetteer)
if options.runs > 1 && !development.documents.isEmpty { log("mean of \(options.runs) runs: " + development.score(model)) }
let bytes = model.serialized()
do { try writeWholeFile(options.outPath, bytes) } catch { fail("\(options.outPath): \(error.reason)") }
log("wrote \(options.outPath): \(bytes.count) bytes")
let tablePath = options.tablePath ?? gazetteerTablePath(besideModelAt: options.outPath)
do { try writeWholeFile(tablePath, gazetteer.serialized()) } catch { fail("\(tablePath): \(error.reason)") }
log("wrote \(tablePath): gazetteer checksum \(String(gazetteer.checksum, radix: 16))")
