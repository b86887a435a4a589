import ArtCore

/// `--stats --to text`: the `--stats` summary as lines a person reads. Each
/// member is a heading; a list of counts is one line per name with the count
/// first, right-aligned, so that the columns line up.
enum StatsText {
    static func render(_ summary: JSONValue) -> String {
        var out = ""
        for (key, value) in summary.objectValue ?? [] { write(key, value, indent: "", to: &out) }
        return out
    }

    private static func write(_ key: String, _ value: JSONValue, indent: String, to out: inout String) {
        let title = String(key.map { $0 == "_" ? " " : $0 })
        switch value {
        case .array(let items) where items.allSatisfy({ $0.objectValue != nil }) && !items.isEmpty:
            out += "\(indent)\(title):\n"
            rows(items.map { item in
                let count = item.objectValue?.first { $0.value.intValue != nil }?.value.intValue ?? 0
                let gender = item["gender"]?.stringValue.map { " (\($0))" } ?? ""
                return (count, (item["name"]?.stringValue ?? "") + gender)
            }, indent: indent + "  ", to: &out)
        case .array(let items):
            out += "\(indent)\(title): \(items.isEmpty ? "none" : items.compactMap(\.stringValue).joined(separator: ", "))\n"
        case .object(let members) where members.allSatisfy({ $0.value.intValue != nil }):
            out += "\(indent)\(title):\(members.isEmpty ? " none" : "")\n"
            rows(members.map { ($0.value.intValue!, $0.key) }, indent: indent + "  ", to: &out)
        case .object(let members):
            out += "\(indent)\(title):\(members.isEmpty ? " none" : "")\n"
            for (k, v) in members { write(k, v, indent: indent + "  ", to: &out) }
        default:
            out += "\(indent)\(title): \(value.jsonText)\n"
        }
    }

    private static func rows(_ rows: [(count: Int, label: String)], indent: String, to out: inout String) {
        let width = rows.map { String($0.count).count }.max() ?? 0
        for row in rows {
            let count = String(row.count)
            out += indent + String(repeating: " ", count: width - count.count) + count + "  " + row.label + "\n"
        }
    }
}
