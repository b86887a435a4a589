import ArtCore

/// Why the text is what it is: the evidence that chose it, the element it
/// came from and that element's density score (art-strip(1), `--explain`).
public struct TextChoice: Sendable, Equatable {
    /// `itemprop`, `json-ld`, `class`, `semantic`, `density`, `loose`,
    /// `page` or `json-ld-text` (see `StripResult.method`).
    public var method: String
    /// The chosen element as a path of tags from the root,
    /// `html/body/div[2]/article`; nil for a text from JSON-LD.
    public var path: String?
    /// The density score of that element over the whole page.
    public var score: Double?
    /// How many sibling elements the text joins to the first.
    public var parts: Int
}

extension DOM {
    /// `html/body/div[2]/article`: each element's tag, with its place
    /// among siblings of the same tag when it has such siblings (1-based);
    /// `*` for elements art-strip does not tell apart.
    func path(of node: Int) -> String {
        var steps: [String] = []
        var i = node
        while i >= 0 {
            let p = Int(parent[i])
            var name = tag[i] == .other ? "*" : String(describing: tag[i])
            if p >= 0 {
                var same = 0
                var place = 0
                var j = p + 1
                while j < Int(end[p]) {
                    if tag[j] == tag[i] { same += 1 }
                    if j == i { place = same }
                    j = Int(end[j])
                }
                if same > 1 { name += "[\(place)]" }
            }
            steps.append(name)
            i = p
        }
        return steps.reversed().joined(separator: "/")
    }
}

extension Extractor {
    /// `node`'s density score over the whole page, scaled by the share of
    /// its text outside links, as the density pass weighs it.
    func densityScore(of node: Int) -> Double {
        let scores = scoreParagraphs(in: body)
        return scores.score[node] * (1 - linkDensity(node))
    }

    /// What `--explain` tells of a text taken from `roots`.
    func choice(_ roots: [Int], method: String) -> TextChoice {
        guard let first = roots.first else { return TextChoice(method: method, parts: 0) }
        let score = (densityScore(of: first) * 10).rounded() / 10 + 0
        return TextChoice(method: method, path: dom.path(of: first), score: score, parts: roots.count)
    }
}

/// The `strip_explain` object (art-strip(1), `--explain`).
enum StripExplain {
    /// The fields in the order art-strip writes them.
    static let fields = ["title", "authors", "agency", "date", "date_modified", "site", "lang", "declared_lang",
        "description", "canonical_url", "image", "section", "keywords"]

    static func record(_ sources: [String: String], text: TextChoice?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        for field in fields { if let s = sources[field] { members.append((field, .string(s))) } }
        if let text {
            var t: [(key: String, value: JSONValue)] = [("method", .string(text.method))]
            t.append(("path", text.path.map { .string($0) } ?? .null))
            t.append(("score", text.score.map { .number(String($0)) } ?? .null))
            if text.parts > 1 { t.append(("parts", .number(String(text.parts)))) }
            members.append(("text", .object(t)))
        }
        return .object(members)
    }
}
