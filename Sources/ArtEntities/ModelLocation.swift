import ArtCore

/// The file name of the model of `code` among the data files (art(7), FILES).
public func modelName(language code: String) -> String { "lang/\(code)/entities.model" }

/// The file name of the gazetteer table every model uses (art(7), FILES).
public let gazetteerTableName = "gazetteer.table"

/// Loads models and their gazetteer table, reading each table file once
/// however many models use it.
///
/// A model's table is `gazetteer.table` in the model's own folder when there
/// is one (where `art-entities-train` writes it beside a model of one's
/// own), and otherwise the data file of that name.
public final class ModelLoader {
    let locator: ResourceLocator
    private var tables: [String: Gazetteer] = [:]

    public init(locator: ResourceLocator = .standard) { self.locator = locator }

    /// The model of the file at `path`, with its table.
    public func model(at path: String) throws -> EntityModel {
        let tablePath = try self.tablePath(forModelAt: path)
        let table: Gazetteer
        if let known = tables[tablePath] {
            table = known
        } else {
            table = try Gazetteer(path: tablePath)
            tables[tablePath] = table
        }
        return try EntityModel(path: path, gazetteer: table)
    }

    /// The installed model of language `code`.
    public func model(language code: String) throws -> EntityModel {
        try model(at: locator.locate(modelName(language: code)))
    }

    func tablePath(forModelAt path: String) throws(ResourceNotFound) -> String {
        let beside = gazetteerTablePath(besideModelAt: path)
        if access(beside, R_OK) == 0 { return beside }
        return try locator.locate(gazetteerTableName)
    }
}

/// `gazetteer.table` in the folder of the model at `path`.
public func gazetteerTablePath(besideModelAt path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return gazetteerTableName }
    return path[...slash] + gazetteerTableName
}
