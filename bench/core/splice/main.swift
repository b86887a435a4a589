// A splice benchmark for the core: reads each record's `text`, decodes it,
// and adds a small field, through the same runner every filter uses.
// With --validate-only it only validates and passes records through.
import ArtCore

struct TextLength: RecordTransform {
    func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.string("text") else { return .unchanged }
        var update = RecordUpdate()
        // Code points, counted on the UTF-8 bytes (lead bytes only).
        var length = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { length += 1 }
        update.set("text_length", .int(length))
        return update
    }
}

struct Identity: RecordTransform {
    func transform(_ record: Record) -> RecordUpdate { .unchanged }
}

var arguments = Array(CommandLine.arguments.dropFirst())
let validateOnly = arguments.first == "--validate-only"
if validateOnly { arguments.removeFirst() }
var options = RunnerOptions(tool: "art-splice-bench")
options.inputs = arguments
let runner = FilterRunner(options: options)
Platform.exit((validateOnly ? runner.run(Identity()) : runner.run(TextLength())).rawValue)
