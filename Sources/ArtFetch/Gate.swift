import ArtCore
import NIOConcurrencyHelpers

/// Politeness: at most `perHost` requests in flight to one host, starts to
/// one host at least `delay` seconds apart, and at most `concurrency`
/// requests in flight overall. Waiters are served first come, first served.
final class Gate: Sendable {
    private struct Waiters {
        var items: [CheckedContinuation<Void, Never>] = []
        var head = 0
        var isEmpty: Bool { head == items.count }
        mutating func push(_ c: CheckedContinuation<Void, Never>) { items.append(c) }
        mutating func pop() -> CheckedContinuation<Void, Never>? {
            guard head < items.count else { return nil }
            let c = items[head]
            head += 1
            if head > 64 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return c
        }
    }

    private struct Host {
        var active = 0
        var waiters = Waiters()
        var nextStart = 0.0
    }

    private struct State {
        var hosts: [String: Host] = [:]
        var active = 0
        var waiters = Waiters()
    }

    // A pthread lock (NIO's): ThreadSanitizer understands it.
    private let state = NIOLockedValueBox(State())
    let concurrency: Int
    let perHost: Int
    let delay: Double

    init(concurrency: Int, perHost: Int, delay: Double) {
        self.concurrency = max(1, concurrency)
        self.perHost = max(1, perHost)
        self.delay = max(0, delay)
    }

    /// Waits for a permit for `host` and one overall; returns when the
    /// request may start.
    func acquire(_ host: String) async {
        let gotHost = state.withLockedValue { s -> Bool in
            if s.hosts[host, default: Host()].active < perHost {
                s.hosts[host, default: Host()].active += 1
                return true
            }
            return false
        }
        if !gotHost {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let now = state.withLockedValue { s -> Bool in
                    // Released in between?
                    if s.hosts[host, default: Host()].active < perHost {
                        s.hosts[host, default: Host()].active += 1
                        return true
                    }
                    s.hosts[host, default: Host()].waiters.push(c)
                    return false
                }
                if now { c.resume() }
            }
        }
        if delay > 0 {
            let now = monotonicSeconds()
            let start = state.withLockedValue { s -> Double in
                let start = max(now, s.hosts[host]!.nextStart)
                s.hosts[host]!.nextStart = start + delay
                return start
            }
            if start > now { try? await Task.sleep(nanoseconds: UInt64((start - now) * 1e9)) }
        }
        let gotGlobal = state.withLockedValue { s -> Bool in
            if s.active < concurrency {
                s.active += 1
                return true
            }
            return false
        }
        if !gotGlobal {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let now = state.withLockedValue { s -> Bool in
                    if s.active < concurrency {
                        s.active += 1
                        return true
                    }
                    s.waiters.push(c)
                    return false
                }
                if now { c.resume() }
            }
        }
    }

    /// Gives back the permits taken by `acquire(host)`.
    func release(_ host: String) {
        let (g, h) = state.withLockedValue { s -> (CheckedContinuation<Void, Never>?, CheckedContinuation<Void, Never>?) in
            var g: CheckedContinuation<Void, Never>?
            if let next = s.waiters.pop() { g = next } else { s.active -= 1 }
            var h: CheckedContinuation<Void, Never>?
            if let next = s.hosts[host]?.waiters.pop() {
                h = next
            } else {
                s.hosts[host]!.active -= 1
                if s.hosts[host]!.active == 0 && (delay == 0 || s.hosts[host]!.nextStart < monotonicSeconds()) {
                    s.hosts[host] = nil
                }
            }
            return (g, h)
        }
        g?.resume()
        h?.resume()
    }
}
