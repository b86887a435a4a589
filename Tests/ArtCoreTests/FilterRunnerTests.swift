import Synchronization
import Testing

@testable import ArtCore

/// Adds `n`, the length of `text` in scalars; sends the process SIGTERM at a
/// text of "stop" (not SIGINT: a test run in the background ignores it, and
/// so does the runner then).
struct CountScalars: RecordTransform {
    func transform(_ record: Record) -> RecordUpdate {
        guard let text = record.scalars("text") else { return .unchanged }
        if text == Array("stop".unicodeScalars) {
            kill(getpid(), SIGTERM)
            // The signal is the process's: any thread may take it, a little later.
            for _ in 0..<5000 where !InterruptFlag.isSet { usleep(1000) }
        }
        var update = RecordUpdate()
        update.set("n", .int(text.count))
        return update
    }
}

/// Counts its live instances (for `parallelMapKeepsNoResult`, its only user).
final class Counted: Sendable {
    static let live = Atomic<Int>(0)
    init() { Self.live.add(1, ordering: .relaxed) }
    deinit { Self.live.subtract(1, ordering: .relaxed) }
}

/// What one run gave: its exit status, its output and its messages.
struct RunResult {
    var status: ArtCore.ExitStatus
    var output: String
    var messages: String
    var rejected: String?
}

/// Runs `CountScalars` over `inputs` (file contents, or nil for a missing
/// file) into temporary files.
func runFilter(_ inputs: [String?], _ change: (inout RunnerOptions) -> Void = { _ in }) -> RunResult {
    let files = inputs.map { input in input.map { temporaryFile(Array($0.utf8)) } ?? "/nonexistent/input.jsonl" }
    let output = temporaryFile([])
    let messages = temporaryFile([])
    let rejects = temporaryFile([])
    defer { for path in files + [output, messages, rejects] { unlink(path) } }
    var options = RunnerOptions(tool: "art-test")
    options.inputs = files
    change(&options)
    let wantsRejects = options.rejectPath != nil
    if wantsRejects { options.rejectPath = rejects }
    let outputFD = open(output, O_WRONLY | O_TRUNC)
    let messageFD = open(messages, O_WRONLY | O_TRUNC)
    defer {
        close(outputFD)
        close(messageFD)
    }
    let status = FilterRunner(options: options, outputDescriptor: outputFD, messageDescriptor: messageFD)
        .run(CountScalars())
    // The names of the temporary inputs vary: messages name them `in1`, `in2`...
    var text = contents(messages)
    for (k, path) in files.enumerated() { text = text.replacingOccurrences(of: path, with: "in\(k + 1)") }
    return RunResult(
        status: status, output: contents(output), messages: text, rejected: wantsRejects ? contents(rejects) : nil)
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

extension ReadingInput {
    @Suite("The filter runner")
    struct FilterRunnerTests {
        let good = #"{"text":"abc"}"# + "\n" + #"{"id":1}"# + "\n"

        @Test func everyRecordInOrderExitsZero() {
            let r = runFilter([good, #"{"text":"é😀"}"#])
            #expect(r.status == .success)
            #expect(r.output == #"{"text":"abc","n":3}"# + "\n" + #"{"id":1}"# + "\n" + #"{"text":"é😀","n":2}"# + "\n")
            #expect(r.messages.isEmpty)
        }

        @Test func badLinesAreReportedWithFileAndLine() {
            let r = runFilter([good, "not json\n" + #"{"text":"x"}"# + "\n[1]\n"])
            #expect(r.status == .rejected)
            #expect(r.output.split(separator: "\n").count == 3)
            let lines = r.messages.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.first?.hasPrefix("art-test: in2:1: ") == true)
            #expect(lines.last?.hasPrefix("art-test: in2:3: ") == true)
        }

        @Test func quietReportsNothingButTheStatusTells() {
            let r = runFilter(["bad\n"]) { $0.quiet = true }
            #expect(r.status == .rejected)
            #expect(r.messages.isEmpty)
        }

        @Test func skipGoesOnAndFailStops() {
            let input = #"{"text":"a"}"# + "\nbad\n" + #"{"text":"b"}"# + "\n"
            let skip = runFilter([input]) { $0.onError = .skip }
            #expect(skip.status == .rejected)
            #expect(skip.output == #"{"text":"a","n":1}"# + "\n" + #"{"text":"b","n":1}"# + "\n")
            let fail = runFilter([input, good]) { $0.onError = .fail }
            #expect(fail.status == .rejected)
            #expect(fail.output == #"{"text":"a","n":1}"# + "\n")
        }

        @Test func rejectCopiesTheLinesByteForByte() {
            let bad = ["\u{FEFF}{\"a\":1,\"a\":2}\r", "  {oops  ", "[\"x\"]"]
            let r = runFilter([good + bad.joined(separator: "\n") + "\n"]) { $0.rejectPath = "" }
            #expect(r.status == .rejected)
            #expect(r.rejected == bad.joined(separator: "\n") + "\n")
            let long = runFilter([String(repeating: "z", count: 300) + "\n" + good]) {
                $0.rejectPath = ""
                $0.maxLineBytes = 100
            }
            #expect(long.rejected == String(repeating: "z", count: 300) + "\n")
            #expect(long.messages.contains("in1:1: line of 300 bytes is longer than --max-line-bytes 100"))
        }

        @Test func jobsKeepInputOrder() {
            let input = (0..<3000).map { #"{"text":""# + String(repeating: "x", count: $0 % 97) + #""}"# }
                .joined(separator: "\n")
            let one = runFilter([input])
            let four = runFilter([input]) { $0.jobs = 4 }
            #expect(four.status == .success)
            #expect(four.output == one.output)
            #expect(four.output.split(separator: "\n").count == 3000)
        }

        @Test func parallelMapKeepsOrder() {
            let items = Array(0..<1000)
            #expect(FilterRunner.map(items, jobs: 4) { $0 * 2 } == items.map { $0 * 2 })
        }

        /// Each batch's outputs must be freed with the batch: a leak here made
        /// `-j 2` grow by every record it wrote.
        @Test func parallelMapKeepsNoResult() {
            do {
                let results = FilterRunner.map(Array(0..<100), jobs: 4) { _ in Counted() }
                #expect(results.count == 100 && Counted.live.load(ordering: .relaxed) == 100)
            }
            #expect(Counted.live.load(ordering: .relaxed) == 0)
        }

        /// The signal is real and process-wide, so the run happens in a child
        /// process: in this one it would stop every other test's reader.
        @Test func aSignalEndsTheRunWithItsStatus() async {
            let child = await #expect(processExitsWith: .exitCode(143), observing: [\.standardOutputContent]) {
                let r = runFilter([#"{"text":"a"}"# + "\n" + #"{"text":"stop"}"# + "\n" + #"{"text":"b"}"# + "\n"])
                print(r.output, terminator: "")
                exit(r.status.rawValue)
            }
            // The record in hand is finished and written; nothing after it is read.
            let output = String(decoding: child?.standardOutputContent ?? [], as: UTF8.self)
            #expect(output == #"{"text":"a","n":1}"# + "\n" + #"{"text":"stop","n":4}"# + "\n")
        }

        @Test func anUnreadableInputExitsThree() {
            let r = runFilter([good, nil, good])
            #expect(r.status == .failure)
            #expect(r.output.split(separator: "\n").count == 4)
            #expect(r.messages.hasPrefix("art-test: cannot open in2: "))
        }

        @Test func anUnwritableOutputExitsThree() {
            let path = temporaryFile([])
            defer { unlink(path) }
            let readOnly = open(path, O_RDONLY)
            defer { close(readOnly) }
            var options = RunnerOptions(tool: "art-test")
            options.inputs = [temporaryFile(Array(good.utf8))]
            defer { unlink(options.inputs[0]) }
            let messages = temporaryFile([])
            defer { unlink(messages) }
            let messageFD = open(messages, O_WRONLY)
            defer { close(messageFD) }
            let status = FilterRunner(options: options, outputDescriptor: readOnly, messageDescriptor: messageFD)
                .run(CountScalars())
            #expect(status == .failure)
            #expect(contents(messages).hasPrefix("art-test: cannot write to standard output: "))
        }
    }
}
