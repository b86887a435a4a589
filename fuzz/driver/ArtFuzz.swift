// art-fuzz: the fuzz targets of every filter in one program.
//
// Built with `-sanitize=fuzzer,address -DFUZZING` (`make fuzz`), it is a
// libFuzzer binary: ART_FUZZ_TARGET names the target, the arguments are
// libFuzzer's. Built normally it replays inputs, the same way:
//
//     art-fuzz TARGET FILE|DIR ...      (fuzz/corpus/TARGET, fuzz/regressions/TARGET)
//
// Targets: json (the scanner, the splicer, the writer's round trip),
// jsonvalue (decode(encode(x)) == x for values built from the input),
// strip, sentences, entities, quotes. Each one checks the properties every
// filter promises: no crash, output that is one valid record, spans inside
// the text and in order.
import ArtCore
import ArtEntities
import ArtQuotes
import ArtStrip
import ArtText

let targetNames = ["json", "jsonvalue", "strip", "sentences", "entities", "quotes"]

/// The target chosen for this process.
nonisolated(unsafe) var selectedTarget: (UnsafeRawBufferPointer) -> Void = { _ in }

func fail(_ message: String) -> Never {
    var line = Array("art-fuzz: property violated: \(message)\n".utf8)
    _ = write(2, &line, line.count)
    abort()
}

func say(_ message: String) {
    var line = Array((message + "\n").utf8)
    _ = write(2, &line, line.count)
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
}

func select(_ name: String) -> Bool {
    switch name {
    case "json": selectedTarget = fuzzJSON
    case "jsonvalue": selectedTarget = fuzzJSONValue
    case "strip": selectedTarget = fuzzStrip
    case "sentences": selectedTarget = fuzzSentences
    case "entities": selectedTarget = fuzzEntities
    case "quotes": selectedTarget = fuzzQuotes
    default: return false
    }
    return true
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selectedTarget(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    let name = Platform.environment("ART_FUZZ_TARGET") ?? ""
    if !select(name) {
        say("art-fuzz: set ART_FUZZ_TARGET to one of: \(targetNames.joined(separator: " "))")
        Platform.exit(2)
    }
    return 0
}

// MARK: - Shared checks

/// The output of a transform must be exactly one valid record.
@discardableResult
func checkedOutput(_ record: Record, _ update: RecordUpdate, _ what: String) -> Record {
    var out: [UInt8] = []
    record.write(update, to: &out)
    check(out.last == 0x0A, "\(what): output does not end with a line break")
    check(!out.dropLast().contains(0x0A), "\(what): output holds a raw line break")
    do {
        return try Record(validating: out.dropLast(), maxDepth: Int.max)
    } catch {
        fail("\(what): output is not a record: \(error)")
    }
}

/// Every span in `list` lies inside a text of `count` scalars.
func checkSpans(_ list: JSONValue?, count: Int, _ what: String, ordered: Bool = false) {
    guard let list else { return }
    guard let items = list.arrayValue else { fail("\(what) is not a list") }
    var previousEnd = 0
    for item in items {
        guard let s = item["start"]?.intValue, let e = item["end"]?.intValue else { fail("\(what): span without start/end") }
        check(0 <= s && s <= e && e <= count, "\(what): span \(s)..<\(e) outside a text of \(count) scalars")
        if ordered {
            check(s >= previousEnd, "\(what): span \(s)..<\(e) overlaps the one before (ends at \(previousEnd))")
            previousEnd = e
        }
        for key in ["speaker", "cue"] {
            if let inner = item[key], !inner.isNull {
                guard let a = inner["start"]?.intValue, let b = inner["end"]?.intValue else { fail("\(what).\(key) without start/end") }
                check(0 <= a && a <= b && b <= count, "\(what).\(key): span \(a)..<\(b) outside a text of \(count) scalars")
            }
        }
    }
}

/// Input bytes as text: valid UTF-8 as it is, anything else repaired.
func text(_ bytes: UnsafeRawBufferPointer) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// Spans, some of them nonsense, from the input's bytes: filters must not
/// trust the spans a record brings with it.
func hostileSpans(_ bytes: UnsafeRawBufferPointer, count: Int) -> JSONValue {
    var spans: [JSONValue] = []
    var i = 0
    while i + 1 < min(bytes.count, 64) {
        let a = Int(Int8(bitPattern: bytes[i])) * max(1, count / 64)
        let b = a + Int(Int8(bitPattern: bytes[i + 1]))
        spans.append(.object([(key: "start", value: .int(a)), (key: "end", value: .int(b)),
                              (key: "type", value: .string(["PERSON", "ORG", "LOC", "X"][Int(bytes[i] & 3)])),
                              (key: "canonical", value: .string("C"))]))
        i += 2
    }
    return .array(spans)
}

// MARK: - JSON

func fuzzJSON(_ bytes: UnsafeRawBufferPointer) {
    let input = Array(bytes)
    // A line never holds a line break: the reader splits on them.
    if input.contains(0x0A) { return }
    guard let record = try? Record(validating: input) else {
        // Not a record: JSONValue's parser must agree that it is no object
        // without duplicate keys, or refuse it too; it must not crash.
        _ = try? JSONValue(parsing: String(decoding: input, as: UTF8.self))
        return
    }
    // The decoded object survives a write and a read.
    let object = record.object
    let encoded = object.jsonBytes
    guard let again = try? Record(validating: encoded, maxDepth: Int.max) else {
        fail("json: the encoding of a record does not validate: \(String(decoding: encoded.prefix(200), as: UTF8.self))")
    }
    check(again.object == object, "json: decode(encode(x)) != x")
    check(again.keys == record.keys, "json: keys changed in the round trip")
    // Every member reads back the same way, one by one.
    for (key, value) in object.objectValue! {
        check(record.value(key) == value, "json: value(\(key)) differs from the decoded object")
        check(record.has(key), "json: has(\(key)) is false")
        if case .string(let s) = value { check(record.string(key) == s, "json: string(\(key)) differs") }
    }
    // Splicing: unchanged, replaced, appended, removed, failed.
    let keys = record.keys
    check(record.applying(.unchanged).elementsEqual(input), "json: an empty update changed the bytes")
    var update = RecordUpdate()
    update.set("fuzz_added", .array([.string("a\"\\\u{0}\u{2028}é😀"), .int(-1), .null, .bool(true)]))
    if let first = keys.first { update.set(first, .object([(key: "k", value: .string("v"))])) }
    // The last member goes (unless it is `errors`, which the failure extends).
    let removed = keys.count > 1 && keys[keys.count - 1] != "errors" ? keys[keys.count - 1] : nil
    if let removed { update.remove(removed) }
    update.fail(tool: "art-fuzz", kind: "test", message: "m")
    let spliced = checkedOutput(record, update, "json splice")
    var expected = keys
    if removed != nil { expected.removeLast() }
    for k in ["fuzz_added", "errors"] where !expected.contains(k) { expected.append(k) }
    check(spliced.keys == expected, "json splice: keys \(spliced.keys) != \(expected)")
    check((spliced.value("errors")?.arrayValue?.count ?? 0) == record.errors.count + 1 || keys.first == "errors",
          "json splice: the failure was not appended to errors")
    if let first = keys.first, first != "errors" {
        check(spliced.value(first) == .object([(key: "k", value: .string("v"))]), "json splice: replaced value lost")
    }
    for k in keys.dropFirst() where k != removed && k != "errors" && k != "fuzz_added" {
        check(spliced.rawValue(k).map(Array.init) == record.rawValue(k).map(Array.init), "json splice: member \(k) changed bytes")
    }
}

/// A JSON value built from the input's bytes.
struct ValueBuilder {
    let bytes: UnsafeRawBufferPointer
    var p = 0

    mutating func byte() -> UInt8 {
        guard p < bytes.count else { return 0 }
        defer { p += 1 }
        return bytes[p]
    }

    mutating func string() -> String {
        var s = String.UnicodeScalarView()
        let n = Int(byte() % 24)
        for _ in 0..<n {
            let b = byte()
            switch b % 8 {
            case 0: s.append(Unicode.Scalar(b >> 3))  // control characters, NUL
            case 1: s.append(["\"", "\\", "/", "\u{7F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}"][Int(b >> 5)])
            case 2: s.append(Unicode.Scalar(UInt32(0x10000) + UInt32(b) * 977)!)
            case 3: s.append(Unicode.Scalar(UInt32(0x300) + UInt32(b))!)  // combining marks
            case 4: s.append(Unicode.Scalar(UInt32(0xE000) + UInt32(b) * 31)!)
            default: s.append(Unicode.Scalar(0x20 + (b % 95)))
            }
        }
        return String(s)
    }

    mutating func number() -> String {
        let forms = ["0", "-0", "1", "-1", "1.5", "1e308", "-2.5E-3", "123456789012345678901234567890", "0.1", "1E+2", "9007199254740993"]
        return forms[Int(byte()) % forms.count]
    }

    mutating func value(depth: Int) -> JSONValue {
        let b = byte()
        switch b % 7 {
        case 0: return .null
        case 1: return .bool(b & 8 != 0)
        case 2: return .number(number())
        case 3, 4: return .string(string())
        case 5:
            if depth > 40 { return .null }
            return .array((0..<Int(byte() % 6)).map { _ in value(depth: depth + 1) })
        default:
            if depth > 40 { return .null }
            var members: [(key: String, value: JSONValue)] = []
            for _ in 0..<Int(byte() % 6) { members.append((key: string(), value: value(depth: depth + 1))) }
            return .object(members)
        }
    }
}

func fuzzJSONValue(_ bytes: UnsafeRawBufferPointer) {
    var builder = ValueBuilder(bytes: bytes)
    let value = builder.value(depth: 0)
    let text = value.jsonText
    check(!text.utf8.contains(0x0A), "jsonvalue: encoding holds a raw line break")
    guard let decoded = try? JSONValue(parsing: text, maxDepth: Int.max) else {
        fail("jsonvalue: the encoding does not parse: \(text.prefix(200))")
    }
    check(decoded == value, "jsonvalue: decode(encode(x)) != x for \(text.prefix(200))")
    // Written inside a record through the splicer, it reads back the same.
    if let record = try? Record(validating: "{\"id\":1}") {
        var update = RecordUpdate()
        update.set("v", value)
        let out = checkedOutput(record, update, "jsonvalue splice")
        check(out.value("v") == value, "jsonvalue: value spliced into a record changed")
    }
}

// MARK: - Filters

/// A record from the input: mode 0 puts the bytes into `field` as a string;
/// mode 1 takes them as a record line, when they are one.
func inputRecord(_ bytes: UnsafeRawBufferPointer, field: String) -> (Record, String)? {
    guard let mode = bytes.first else { return nil }
    let rest = UnsafeRawBufferPointer(rebasing: bytes.dropFirst())
    if mode & 1 == 1 {
        // A line never holds a line break: the reader splits there first.
        guard !rest.contains(0x0A), let record = try? Record(validating: Array(rest)) else { return nil }
        return (record, record.string(field) ?? "")
    }
    let s = text(rest)
    return (Record([(key: "id", value: .int(1)), (key: field, value: .string(s))]), s)
}

let stripFilter = StripFilter()
let sentenceFilter = SentenceFilter()
let quoteFilter = QuoteFilter()
let entityFilter: EntityFilter = {
    do {
        return try EntityFilter.load(
            catalog: try LanguageCatalog.load(), explicitModel: nil, environmentModel: Platform.environment("ART_MODEL"),
            gate: nil)
    } catch {
        say("art-fuzz: \(error)")
        Platform.exit(2)
    }
}()

func fuzzStrip(_ bytes: UnsafeRawBufferPointer) {
    guard let (record, _) = inputRecord(bytes, field: "html") else { return }
    let out = checkedOutput(record, stripFilter.transform(record), "strip")
    // A text that was not a string passes through as it was (art(7), BAD INPUT AND FAILURES).
    if record.string("html") != nil || record.string("text") != nil, let t = out.value("text") {
        check(t.stringValue != nil, "strip: text is not a string")
    }
}

func fuzzSentences(_ bytes: UnsafeRawBufferPointer) {
    guard let (record, s) = inputRecord(bytes, field: "text") else { return }
    let out = checkedOutput(record, sentenceFilter.transform(record), "sentences")
    if record.string("text") != nil {
        checkSpans(out.value("sentences"), count: s.unicodeScalars.count, "sentences", ordered: true)
    }
}

/// mode bit 2: add the sentences art-sentences finds; bit 4: add nonsense spans.
func withUpstream(_ bytes: UnsafeRawBufferPointer, _ record: Record, _ s: String, key: String) -> Record {
    let mode = bytes.first ?? 0
    var record = record
    if mode & 2 != 0 {
        record = checkedOutput(record, sentenceFilter.transform(record), "sentences upstream")
    }
    if mode & 4 != 0 {
        var update = RecordUpdate()
        update.set(key, hostileSpans(UnsafeRawBufferPointer(rebasing: bytes.dropFirst()), count: s.unicodeScalars.count))
        record = checkedOutput(record, update, "hostile \(key)")
    }
    return record
}

func fuzzEntities(_ bytes: UnsafeRawBufferPointer) {
    guard let (record0, s) = inputRecord(bytes, field: "text") else { return }
    let record = withUpstream(bytes, record0, s, key: "sentences")
    let out = checkedOutput(record, entityFilter.transform(record), "entities")
    if record.string("text") != nil {
        checkSpans(out.value("entities"), count: s.unicodeScalars.count, "entities")
    }
}

func fuzzQuotes(_ bytes: UnsafeRawBufferPointer) {
    guard let (record0, s) = inputRecord(bytes, field: "text") else { return }
    var record = withUpstream(bytes, record0, s, key: "sentences")
    if (bytes.first ?? 0) & 8 != 0 {
        var update = RecordUpdate()
        update.set("entities", hostileSpans(UnsafeRawBufferPointer(rebasing: bytes.dropFirst()), count: s.unicodeScalars.count))
        record = checkedOutput(record, update, "hostile entities")
    }
    let out = checkedOutput(record, quoteFilter.transform(record), "quotes")
    if record.string("text") != nil {
        checkSpans(out.value("quotes"), count: s.unicodeScalars.count, "quotes")
    }
}

// MARK: - Replay

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        out.append(contentsOf: buffer[0..<n])
    }
    return out
}

func files(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [path] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        if !name.hasPrefix(".") && name != "README" { names.append(path + "/" + name) }
    }
    return names.sorted()
}

#if FUZZING
    // SwiftPM links an executable's entry point as `art_fuzz_main` (main is
    // defined as that symbol), so libFuzzer's own main is not used: hand
    // the command line to its driver from here.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @_cdecl("art_fuzz_main")
    public func artFuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
    }
#else
    @main
    struct ArtFuzzReplay {
        static func main() {
            let args = Array(CommandLine.arguments.dropFirst())
            guard let name = args.first, select(name), args.count >= 2 else {
                say("usage: art-fuzz TARGET FILE|DIR ...   (targets: \(targetNames.joined(separator: " ")))")
                Platform.exit(2)
            }
            var count = 0
            for path in args.dropFirst().flatMap(files) {
                guard let bytes = readFile(path) else {
                    say("art-fuzz: cannot read \(path)")
                    Platform.exit(3)
                }
                bytes.withUnsafeBytes { selectedTarget($0) }
                count += 1
            }
            print("art-fuzz \(name): \(count) inputs, no failure")
        }
    }
#endif
