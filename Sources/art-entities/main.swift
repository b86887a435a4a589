import ArgumentParser
import ArtCLI
import ArtCore
import ArtEntities
import ArtLanguageID
import ArtText


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
    @OptionGroup var transform: TransformOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp("Read the model of every language from this file (default: $ART_MODEL, then each language's installed model).", valueName: "file"))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("Keep only these types, comma-separated (PERSON,ORG,LOC,MISC,DATE,TIME,MONEY,PERCENT,QUANTITY).", valueName: "list"))
    var types: EntityTypeSelection?

    func validate() throws {
        if let problem = types?.problem { throw ValidationError(problem) }
    }

    mutating func execute() -> ExitStatus {
        var options = common.runnerOptions(tool: "art-entities")
        transform.apply(to: &options)
        let environment = Platform.environment("ART_MODEL")
        guard
            loadResource(tool: "art-entities", { try LanguageData.ensureEnglish() }) != nil,
            let catalog = loadResource(tool: "art-entities", { try LanguageCatalog.load() }),
            let filter = loadResource(tool: "art-entities", {
                try EntityFilter.load(
                    catalog: catalog, explicitModel: model, environmentModel: environment, types: types?.types,
                    gate: LanguageGate(
                        tool: "art-entities", annotation: "entity model",
                        supported: Set(catalog.languages(with: .entities)), resolver: LanguageResolver(forced: language.lang)))
            })
        else { return .failure }
        return FilterRunner(options: options).run(filter)
    }
}
