import ArgumentParser
import ArtCLI
import ArtCore
import ArtEntities

#if canImport(Glibc)
    import Glibc
#endif

/// Where this source file's repository keeps the model (runs from the build tree).
let sourceTreeModel: String = {
    var path = #filePath
    for _ in 0..<3 {
        if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
    }
    return path + "/models/" + defaultModelName
}()

extension EntityTypeSelection: ExpressibleByArgument {
    public init?(argument: String) { self.init(list: argument) }
}

@main
struct ArtEntitiesCommand: FilterCommand {
    static let configuration = CommandConfiguration(
        commandName: "art-entities",
        abstract: "Find named entities, dates and amounts in each record's text.",
        version: versionString("art-entities"))

    @OptionGroup var common: CommonOptions
    @OptionGroup var jobs: JobsOption

    @Option(name: .long, help: ArgumentHelp("Read the model from this file (default: $ART_MODEL, then the installed model).", valueName: "file"))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("Keep only these types, comma-separated (PERSON,ORG,LOC,MISC,DATE,TIME,MONEY,PERCENT,QUANTITY).", valueName: "list"))
    var types: EntityTypeSelection?

    func validate() throws {
        if let problem = types?.problem { throw ValidationError(problem) }
    }

    mutating func execute() -> ExitStatus {
        var options = common.runnerOptions(tool: "art-entities")
        options.jobs = jobs.jobs
        let path = locateModel(explicit: model, environment: getenv("ART_MODEL").map { String(cString: $0) }, sourceTree: sourceTreeModel)
        guard let path else {
            printError("art-entities: cannot find the entity model \(defaultModelName) (use --model FILE or ART_MODEL)")
            return .failure
        }
        do {
            let filter = try EntityFilter(modelPath: path, types: types?.types)
            return FilterRunner(options: options).run(filter)
        } catch {
            printError("art-entities: \(error.description)")
            return .failure
        }
    }
}
