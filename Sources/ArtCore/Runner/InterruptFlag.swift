#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// SIGINT and SIGTERM set a flag instead of killing the process, so that the
/// runner finishes the record in hand, flushes what is complete and exits
/// with 130 or 143.
public enum InterruptFlag {
    private static let received = Atomic<Int32>(0)

    /// The signal received, or 0.
    public static var signal: Int32 { received.load(ordering: .relaxed) }
    public static var isSet: Bool { signal != 0 }

    /// Installs the handlers (without SA_RESTART, so a blocked read returns;
    /// not where the signal is ignored)
    /// and restores the default SIGPIPE action, so that a closed pipe ends
    /// the process quietly, as `head` expects.
    public static func install() {
        Glibc.signal(SIGPIPE, SIG_DFL)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            InterruptFlag.received.store(signal, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in [SIGINT, SIGTERM] {
            // A signal the parent set to be ignored (a background job,
            // nohup) stays ignored.
            var current = sigaction()
            sigaction(signal, nil, &current)
            if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                continue
            }
            sigaction(signal, &action, nil)
        }
    }

    /// The exit status for the signal received, if any.
    public static var exitStatus: ExitStatus? {
        switch signal {
        case SIGINT: return .interrupted
        case SIGTERM: return .terminated
        default: return nil
        }
    }
}
