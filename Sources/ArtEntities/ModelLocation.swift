import ArtCore

/// The file name of the model of `code` among the data files (art(7), FILES).
public func modelName(language code: String) -> String { "lang/\(code)/entities.model" }

