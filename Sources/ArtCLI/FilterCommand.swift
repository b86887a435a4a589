import ArgumentParser
import ArtCore

/// A filter's command: parses its arguments and runs, exiting with the
/// status of art(7), EXIT STATUS (usage errors exit 2, not swift-argument-parser's 64).
public protocol FilterCommand: ParsableCommand {
    /// Runs the filter; its result is the process's exit status.
    mutating func execute() -> ExitStatus
}

extension FilterCommand {
    public static func main() {
        let status: ExitStatus
        do {
            var command = try parseAsRoot()
            if var filter = command as? Self {
                status = filter.execute()
            } else {
                try command.run()
                status = .success
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Platform.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            Platform.exit(code == .validationFailure ? ExitStatus.usage.rawValue : (code.rawValue == 64 ? 2 : code.rawValue))
        }
        Platform.exit(status.rawValue)
    }

    public mutating func run() throws {
        throw ExitCode(execute().rawValue)
    }
}

/// `art-x 0.1.0`, the first line of `--version`.
public func versionString(_ tool: String) -> String { "\(tool) \(artVersion)" }
