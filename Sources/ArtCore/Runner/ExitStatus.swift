/// The exit status of every filter (art(7), EXIT STATUS).
public enum ExitStatus: Int32, Sendable {
    /// Every input line was processed.
    case success = 0
    /// At least one input line was rejected.
    case rejected = 1
    /// The command line was wrong.
    case usage = 2
    /// An input could not be read, the output not written, a resource was missing.
    case failure = 3
    /// Stopped by SIGINT (128 + 2).
    case interrupted = 130
    /// Stopped by SIGTERM (128 + 15).
    case terminated = 143
}
