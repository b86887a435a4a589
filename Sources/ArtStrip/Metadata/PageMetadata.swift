/// What a page says about itself (art-strip(1), the fields it adds).
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    public var authors: [String] = []
    /// The wire service or outlet a byline or dateline names (`Reuters`,
    /// `dpa`): never one of `authors`.
    public var agency: String?
    public var date: String?
    public var dateModified: String?
    public var site: String?
    public var lang: String?
    public var description: String?
    public var canonicalURL: String?
    /// The lead image's address, absolute.
    public var image: String?
    public var section: String?
    public var keywords: [String] = []
    /// For each field given, the evidence that gave it (`json-ld`, `og`,
    /// `meta[name=author]`, `byline-text`, ...), for `--explain`.
    public var sources: [String: String] = [:]
    public init() {}
}

/// A value read from the page and where it was read.
struct Sourced<Value> {
    var value: Value
    var source: String
}

extension Sourced: Sendable where Value: Sendable {}
