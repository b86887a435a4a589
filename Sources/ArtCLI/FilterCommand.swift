import ArgumentParser
import ArtCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A filter's command: parses its arguments and runs, exiting with the
/// status of SPEC §4 (usage errors exit 2, not swift-argument-parser's 64).
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
                Glibc.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            Glibc.exit(code == .validationFailure ? ExitStatus.usage.rawValue : (code.rawValue == 64 ? 2 : code.rawValue))
        }
        Glibc.exit(status.rawValue)
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
