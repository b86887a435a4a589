import Synchronization

/// SIGINT and SIGTERM set a flag instead of killing the process, so that the
/// runner finishes the record in hand, flushes what is complete and exits
/// with 130 or 143.
public enum InterruptFlag {
    static let received = Atomic<Int32>(0)

    /// The signal received, or 0.
    public static var signal: Int32 { received.load(ordering: .relaxed) }
    public static var isSet: Bool { signal != 0 }

    /// Installs the handlers (see `Platform.handle`) and restores the
    /// default SIGPIPE action, so that a closed pipe ends the process
    /// quietly, as `head` expects.
    public static func install() {
        Platform.restoreDefault(SIGPIPE)
        for signal in [SIGINT, SIGTERM] {
            Platform.handle(signal) { InterruptFlag.received.store($0, ordering: .relaxed) }
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
