import ArtCore

/// Checks a record against the contract's field types and spans (SPEC §3):
/// every span inside `text`, sentences in order and not overlapping, each
/// span's `text` equal to its slice, types from the closed lists.
public enum SpecChecker {
    static let entityTypes: Set<String> = ["PERSON", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"]
    static let quoteTypes: Set<String> = ["direct", "indirect", "partial"]
    /// Fields that hold text when present.
    static let stringFields = ["text", "html", "url"]
    /// Metadata that is a string, or null when a page does not say.
    static let optionalStringFields = ["title", "date", "site", "lang", "description", "canonical_url", "notice",
                                       "final_url", "content_type", "charset", "fetched_at"]

    /// The violations in `record`, each as `field[i].part: problem`.
    public static func check(_ record: Record) -> [String] {
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
        if let authors = record.value("authors") {
            if let list = authors.arrayValue {
                for (i, a) in list.enumerated() where a.stringValue == nil {
                    fail("authors[\(i)]: expected a string, found \(a.typeName)")
                }
            } else {
                fail("authors: expected an array, found \(authors.typeName)")
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

        let text = record.string("text")
        let scalars = text.map { Array($0.unicodeScalars) }
        let spanFields = ["sentences", "entities", "quotes"].filter { record.has($0) }
        if !spanFields.isEmpty && scalars == nil {
            fail("\(spanFields.joined(separator: ", ")): spans without a string `text`")
            return problems
        }

        /// Checks a span object; returns it when its bounds are valid.
        func span(_ v: JSONValue, _ path: String, checkText: Bool) -> TextSpan? {
            guard case .object = v else {
                fail("\(path): expected an object, found \(v.typeName)")
                return nil
            }
            guard let s = TextSpan(json: v) else {
                fail("\(path): start and end must be integers")
                return nil
            }
            guard s.start >= 0, s.start <= s.end, s.end <= scalars!.count else {
                fail("\(path): span \(s.start)..<\(s.end) is not inside the text (\(scalars!.count) code points)")
                return nil
            }
            if checkText {
                if let t = v["text"] {
                    if t.stringValue != scalars!.string(s) {
                        fail("\(path).text: does not equal the text's slice \(s.start)..<\(s.end)")
                    }
                }
            }
            return s
        }

        if let sentences = record.value("sentences") {
            if let list = sentences.arrayValue {
                var previous: TextSpan?
                for (i, v) in list.enumerated() {
                    guard let s = span(v, "sentences[\(i)]", checkText: true) else { continue }
                    if let p = previous, s.start < p.end {
                        fail("sentences[\(i)]: overlaps or precedes the previous sentence")
                    }
                    if s.isEmpty {
                        fail("sentences[\(i)]: empty")
                    } else if scalars![s.start].properties.isWhitespace || scalars![s.end - 1].properties.isWhitespace {
                        fail("sentences[\(i)]: not trimmed of white space")
                    }
                    previous = s
                }
            } else {
                fail("sentences: expected an array, found \(sentences.typeName)")
            }
        }

        if let entities = record.value("entities") {
            if let list = entities.arrayValue {
                for (i, v) in list.enumerated() {
                    let path = "entities[\(i)]"
                    guard span(v, path, checkText: true) != nil else { continue }
                    if let t = v["type"]?.stringValue {
                        if !entityTypes.contains(t) { fail("\(path).type: unknown type \"\(t)\"") }
                    } else {
                        fail("\(path).type: expected a string")
                    }
                    if v["text"]?.stringValue == nil { fail("\(path).text: expected a string") }
                    if let c = v["canonical"], c.stringValue == nil { fail("\(path).canonical: expected a string") }
                }
            } else {
                fail("entities: expected an array, found \(entities.typeName)")
            }
        }

        if let quotes = record.value("quotes") {
            if let list = quotes.arrayValue {
                for (i, v) in list.enumerated() {
                    let path = "quotes[\(i)]"
                    guard span(v, path, checkText: false) != nil else { continue }
                    if let t = v["type"]?.stringValue {
                        if !quoteTypes.contains(t) { fail("\(path).type: unknown type \"\(t)\"") }
                    } else {
                        fail("\(path).type: expected a string")
                    }
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
            } else {
                fail("quotes: expected an array, found \(quotes.typeName)")
            }
        }
        return problems
    }
}
