import ArtCore

/// Checks a record against the contract's fields and spans (art(7),
/// DESCRIPTION and SPANS AND OFFSETS): field types, every span inside
/// `text`, sentences in order and not overlapping, each span's `text` equal
/// to its slice, types from the closed lists.
public enum SpecChecker {
    static let entityTypes: Set<String> = ["PERSON", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"]
    static let quoteTypes: Set<String> = ["direct", "indirect", "partial"]
    /// Fields that hold text when present.
    static let stringFields = ["text", "html", "url"]
    /// Metadata that is a string, or null when a page does not say.
    static let optionalStringFields = ["title", "date", "date_modified", "site", "agency", "lang", "declared_lang",
                                       "description", "canonical_url", "image", "section", "notice", "markdown",
                                       "final_url", "content_type", "charset", "fetched_at"]
    /// Lists of strings.
    static let stringListFields = ["authors", "keywords"]

    /// The violations in `record`, each as `field[i].part: problem`.
    public static func check(_ record: Record) -> [String] {
        var problems = fieldTypeProblems(record)
        let spanFields = ["sentences", "entities", "quotes"].filter { record.has($0) }
        guard !spanFields.isEmpty else { return problems }
        guard let text = record.string("text") else {
            problems.append("\(spanFields.joined(separator: ", ")): spans without a string `text`")
            return problems
        }
        var spans = SpanChecker(scalars: Array(text.unicodeScalars), problems: problems)
        for field in spanFields {
            if let v = record.value(field) { spans.list(v, field) }
        }
        return spans.problems
    }

    /// Fields that are not spans: strings, nullable strings, the id, the
    /// status, authors, keywords and errors.
    static func fieldTypeProblems(_ record: Record) -> [String] {
        var problems: [String] = []
        func fail(_ s: String) { problems.append(s) }
        for key in stringFields {
            if let v = record.value(key), v.stringValue == nil {
                fail("\(key): expected a string, found \(v.typeName)")
            }
        }
        for key in optionalStringFields {
            if let v = record.value(key), v.stringValue == nil, !v.isNull {
                fail("\(key): expected a string or null, found \(v.typeName)")
            }
        }
        if let id = record.value("id"), id.stringValue == nil, id.intValue == nil {
            fail("id: expected a string or an integer, found \(id.typeName)")
        }
        if let status = record.value("status"), status.intValue == nil, !status.isNull {
            fail("status: expected an integer, found \(status.typeName)")
        }
        for key in stringListFields {
            guard let value = record.value(key) else { continue }
            if let list = value.arrayValue {
                for (i, a) in list.enumerated() where a.stringValue == nil {
                    fail("\(key)[\(i)]: expected a string, found \(a.typeName)")
                }
            } else {
                fail("\(key): expected an array, found \(value.typeName)")
            }
        }
        if let errors = record.value("errors") {
            if let list = errors.arrayValue {
                for (i, e) in list.enumerated() {
                    for key in ["tool", "kind", "message"] where e[key]?.stringValue == nil {
                        fail("errors[\(i)].\(key): expected a string")
                    }
                }
            } else {
                fail("errors: expected an array, found \(errors.typeName)")
            }
        }
        return problems
    }
}

/// Checks the span fields of one record against its text.
struct SpanChecker {
    let scalars: [Unicode.Scalar]
    var problems: [String]
    /// The last sentence seen, to tell order.
    var previousSentence: TextSpan?

    mutating func fail(_ s: String) { problems.append(s) }

    /// Checks each item of span field `field` (sentences, entities or quotes).
    mutating func list(_ v: JSONValue, _ field: String) {
        guard let list = v.arrayValue else {
            fail("\(field): expected an array, found \(v.typeName)")
            return
        }
        for (i, v) in list.enumerated() {
            let path = "\(field)[\(i)]"
            switch field {
            case "sentences": sentence(v, path)
            case "entities": entity(v, path)
            default: quote(v, path)
            }
        }
    }

    /// Checks a span object; returns it when its bounds are valid.
    mutating func span(_ v: JSONValue, _ path: String, checkText: Bool) -> TextSpan? {
        guard case .object = v else {
            fail("\(path): expected an object, found \(v.typeName)")
            return nil
        }
        guard let s = TextSpan(json: v) else {
            fail("\(path): start and end must be integers")
            return nil
        }
        guard s.start >= 0, s.start <= s.end, s.end <= scalars.count else {
            fail("\(path): span \(s.start)..<\(s.end) is not inside the text (\(scalars.count) code points)")
            return nil
        }
        if checkText, let t = v["text"], t.stringValue != scalars.string(s) {
            fail("\(path).text: does not equal the text's slice \(s.start)..<\(s.end)")
        }
        return s
    }

    /// A sentence: after the previous one, not empty, trimmed.
    mutating func sentence(_ v: JSONValue, _ path: String) {
        guard let s = span(v, path, checkText: true) else { return }
        if let p = previousSentence, s.start < p.end {
            fail("\(path): overlaps or precedes the previous sentence")
        }
        if s.isEmpty {
            fail("\(path): empty")
        } else if scalars[s.start].properties.isWhitespace || scalars[s.end - 1].properties.isWhitespace {
            fail("\(path): not trimmed of white space")
        }
        previousSentence = s
    }

    /// An entity: a span with its text, a known type, a string canonical.
    mutating func entity(_ v: JSONValue, _ path: String) {
        guard span(v, path, checkText: true) != nil else { return }
        checkType(v, path, SpecChecker.entityTypes)
        if v["text"]?.stringValue == nil { fail("\(path).text: expected a string") }
        if let c = v["canonical"], c.stringValue == nil { fail("\(path).canonical: expected a string") }
    }

    /// A quote: a span of a known type, with spans for its fragments,
    /// speaker and cue.
    mutating func quote(_ v: JSONValue, _ path: String) {
        guard span(v, path, checkText: false) != nil else { return }
        checkType(v, path, SpecChecker.quoteTypes)
        if let fragments = v["fragments"] {
            if let parts = fragments.arrayValue {
                for (j, f) in parts.enumerated() { _ = span(f, "\(path).fragments[\(j)]", checkText: true) }
            } else {
                fail("\(path).fragments: expected an array")
            }
        }
        for part in ["speaker", "cue"] {
            if let p = v[part], !p.isNull { _ = span(p, "\(path).\(part)", checkText: true) }
        }
    }

    mutating func checkType(_ v: JSONValue, _ path: String, _ known: Set<String>) {
        if let t = v["type"]?.stringValue {
            if !known.contains(t) { fail("\(path).type: unknown type \"\(t)\"") }
        } else {
            fail("\(path).type: expected a string")
        }
    }
}
