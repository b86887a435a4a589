import ArtCore
import ArtTestServer
import Dispatch
import Testing

@testable import ArtFetch

@Suite struct Pipeline {
    /// Runs the whole filter over `input` lines; returns the output lines.
    /// The pipeline blocks its thread, so it runs on a thread of its own,
    /// as it does in the command (never on one of the tasks' threads).
    func run(_ input: String, _ o: FetchOptions) async throws -> [String] {
        let dir = temporaryDirectory()
        writeFile(dir + "/in", Array(input.utf8))
        let failed: String? = await withCheckedContinuation { (c: CheckedContinuation<String?, Never>) in
            DispatchQueue.global().async {
                do {
                    var runner = RunnerOptions(tool: "art-fetch")
                    runner.inputs = [dir + "/in"]
                    runner.bareLineField = "url"
                    runner.quiet = true
                    let diagnostics = try Diagnostics(tool: "art-fetch", quiet: true, rejectPath: nil)
                    let source = RecordSource(options: runner, diagnostics: diagnostics)
                    var output = try OutputSink.create(path: dir + "/out")
                    var progress = ProgressMeter(tool: "art-fetch", enabled: false)
                    let fetcher = try Fetcher(options: o)
                    try FetchRun.pipeline(source, &output, diagnostics, &progress, fetcher, o)
                    try output.close()
                    fetcher.shutdown()
                    c.resume(returning: nil)
                } catch {
                    c.resume(returning: "\(error)")
                }
            }
        }
        #expect(failed == nil)
        return String(decoding: readFile(dir + "/out"), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func urlListWithDuplicatesAndInvalidEntries() async throws {
        let lines = [
            server.url("/page/1"), server.url("/status/404"), "not a url at all://", server.url("/page/1"),
            "{\"id\":\"x\",\"note\":\"no url\"}", "http://", server.url("/redirect/2"), "{\"url\":5}",
        ]
        let out = try await run(lines.joined(separator: "\n") + "\n", options())
        #expect(out.count == lines.count)
        #expect(out[0].hasPrefix("{\"url\":\"\(server.url("/page/1"))\",\"final_url\""))
        #expect(out[1].contains("\"kind\":\"http_status\""))
        #expect(out[2].contains("\"kind\":\"file\"") || out[2].contains("\"kind\":\"invalid_url\""))
        #expect(out[3].contains("\"html\":"))
        #expect(out[4] == "{\"id\":\"x\",\"note\":\"no url\"}")
        #expect(out[5].contains("\"kind\":\"invalid_url\""))
        #expect(out[6].contains("\"final_url\":\"\(server.url("/page/0"))\""))
        #expect(out[7].contains("\"kind\":\"invalid_url\""))
    }

    @Test func aURLListedTwiceIsFetchedOnceWhileInFlight() async throws {
        // The first answer is a 503 and the retry waits: the second listing
        // arrives meanwhile and must share the fetch, not ask again.
        let url = server.url("/flaky/twice?fail=1")
        let out = try await run("\(url)\n\(url)\n", options { $0.backoff = 0.3; $0.perHost = 4 })
        #expect(out.count == 2)
        #expect(out.allSatisfy { $0.contains("\"status\":200") })
        #expect(server.requests("/flaky/twice?fail=1") == 2)
    }

    @Test func orderIsKeptUnderConcurrency() async throws {
        // Slow first pages must not change the order.
        var lines: [String] = []
        for i in 0..<200 { lines.append(i % 50 == 0 ? server.url("/flaky/\(i)?fail=1") : server.url("/page/\(i)")) }
        let out = try await run(lines.joined(separator: "\n") + "\n", options { $0.concurrency = 32; $0.perHost = 32; $0.window = 64 })
        #expect(out.count == 200)
        for (i, line) in out.enumerated() {
            #expect(line.contains("<title>Page \(i)</title>"), "line \(i)")
        }
    }

    @Test func delayBetweenRequestsToOneHost() async throws {
        let lines = (0..<4).map { server.url("/page/\(2000 + $0)") }
        let start = monotonicSeconds()
        let out = try await run(lines.joined(separator: "\n") + "\n", options { $0.delay = 0.2; $0.perHost = 4 })
        #expect(out.count == 4)
        #expect(monotonicSeconds() - start >= 0.55)
    }

    @Test func unorderedKeepsEveryRecord() async throws {
        let lines = (0..<50).map { server.url("/page/\(1000 + $0)") }
        let out = try await run(lines.joined(separator: "\n") + "\n", options { $0.unordered = true })
        #expect(out.count == 50)
        #expect(Set(out).count == 50)
    }
}

@Suite struct BoardWindow {
    func output(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func outputsLeaveInInputOrder() {
        var state = Board.State()
        state.submitted = 3
        state.done[1] = Board.Output(bytes: output("b"), failed: false)
        state.done[2] = Board.Output(bytes: output("c"), failed: true)
        state.doneBytes = 2
        #expect(state.takeWritable(unordered: false).isEmpty)
        state.done[0] = Board.Output(bytes: output("a"), failed: false)
        state.doneBytes += 1
        #expect(state.takeWritable(unordered: false).map(\.bytes) == [output("a"), output("b"), output("c")])
        #expect(state.written == 3 && state.doneBytes == 0)
        state.readerFinished = true
        #expect(state.isFinished)
    }

    @Test func unorderedTakesWhatIsDone() {
        var state = Board.State()
        state.submitted = 2
        state.done[1] = Board.Output(bytes: output("b"), failed: false)
        state.doneBytes = 1
        #expect(state.takeWritable(unordered: true).map(\.bytes) == [output("b")])
        #expect(state.written == 1 && !state.isFinished)
    }

    @Test func theWindowIsBoundedInRecordsAndBytes() {
        var state = Board.State()
        state.submitted = 4
        #expect(state.hasRoom(window: 5, windowBytes: 100))
        #expect(!state.hasRoom(window: 4, windowBytes: 100))
        state.doneBytes = 100
        #expect(!state.hasRoom(window: 5, windowBytes: 100))
        // With nothing outstanding there is always room, however large the last output was.
        state.written = 4
        #expect(state.hasRoom(window: 5, windowBytes: 100))
    }

    @Test func aWakeUpSignalledBeforeTheWaitIsNotLost() {
        let wakeUp = WakeUp()
        wakeUp.signal()
        let started = monotonicSeconds()
        wakeUp.wait(10)
        #expect(monotonicSeconds() - started < 5)
    }
}
