import ArtCore
import Testing

@testable import ArtFetch

@Suite struct Politeness {
    @Test func atMostPerHostInFlightToOneHost() async {
        let gate = Gate(concurrency: 8, perHost: 2, delay: 0)
        await gate.acquire("a.example")
        await gate.acquire("a.example")
        await gate.acquire("b.example")  // another host is not held up
        let third = Task {
            await gate.acquire("a.example")
            return monotonicSeconds()
        }
        try? await Task.sleep(nanoseconds: 100_000_000)
        let released = monotonicSeconds()
        gate.release("a.example")
        #expect(await third.value >= released)
        for host in ["a.example", "a.example", "b.example"] { gate.release(host) }
    }

    @Test func startsToOneHostAreSpacedByTheDelay() async {
        let gate = Gate(concurrency: 8, perHost: 8, delay: 0.1)
        let started = monotonicSeconds()
        for _ in 0..<3 { await gate.acquire("a.example") }
        #expect(monotonicSeconds() - started >= 0.19)
        for _ in 0..<3 { gate.release("a.example") }
    }

    @Test func atMostConcurrencyInFlightOverall() async {
        let gate = Gate(concurrency: 1, perHost: 4, delay: 0)
        await gate.acquire("a.example")
        let other = Task {
            await gate.acquire("b.example")
            return monotonicSeconds()
        }
        try? await Task.sleep(nanoseconds: 100_000_000)
        let released = monotonicSeconds()
        gate.release("a.example")
        #expect(await other.value >= released)
        gate.release("b.example")
    }
}
