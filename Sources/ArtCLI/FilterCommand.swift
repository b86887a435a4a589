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
        Platform.exit(exitStatus(arguments: nil))
    }

    /// Parses `arguments` (the command line's when nil) and runs: the exit
    /// status, after printing the help, the version or the usage error.
    static func exitStatus(arguments: [String]?) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var filter = command as? Self { return filter.execute().rawValue }
            try command.run()
            return ExitStatus.success.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                return ExitStatus.success.rawValue
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            let isUsage = code == .validationFailure || code.rawValue == 64  // EX_USAGE
            return isUsage ? ExitStatus.usage.rawValue : code.rawValue
        }
    }

    public mutating func run() throws {
        throw ExitCode(execute().rawValue)
    }
}

/// `art-x 0.1.0`, the first line of `--version`.
public func versionString(_ tool: String) -> String { "\(tool) \(artVersion)" }

/// The value `load` gives, or nil after one line on standard error
/// (`art-x: cannot find ...`): a filter whose data files are missing stops
/// with exit status 3 before it reads any input (art(7), EXIT STATUS).
public func loadResource<T>(tool: String, _ load: () throws -> T) -> T? {
    do { return try load() } catch {
        printError("\(tool): \(error)")
        return nil
    }
}
