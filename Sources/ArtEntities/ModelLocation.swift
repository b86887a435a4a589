import ArtCore

/// The model's file name among the data files (art(7), ENVIRONMENT).
public let defaultModelName = "entities.model"

/// The model file: `explicit` (`--model`), then `environment` (`$ART_MODEL`),
/// then `entities.model` in the data directories of `locator`. An explicit
/// path is returned even when missing: loading it reports the error.
public func locateModel(
    explicit: String?, environment: String?, locator: ResourceLocator = .standard
) throws(ResourceNotFound) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let environment, !environment.isEmpty { return environment }
    return try locator.locate(defaultModelName)
}
