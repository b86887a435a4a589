/// A per-record failure, appended to the record's `errors` list (art(7), BAD INPUT AND FAILURES).
public struct RecordError: Sendable, Hashable {
    public var tool: String
    public var kind: String
    public var message: String

    public init(tool: String, kind: String, message: String) {
        self.tool = tool
        self.kind = kind
        self.message = message
    }

    public var json: JSONValue { .object(["tool": .string(tool), "kind": .string(kind), "message": .string(message)]) }
}

/// What a filter does to one record: fields to set (replaced where they are,
/// otherwise appended), fields to remove, and errors to append.
public struct RecordUpdate: Sendable {
    public var fields: [(key: String, value: JSONValue)] = []
    /// Fields whose values a filter wrote as JSON text itself (for speed, on
    /// large arrays of spans); written verbatim.
    public var encodedFields: [(key: String, json: [UInt8])] = []
    public var removals: [String] = []
    public var errors: [RecordError] = []

    public init() {}

    public static var unchanged: RecordUpdate { RecordUpdate() }

    public var isEmpty: Bool { fields.isEmpty && encodedFields.isEmpty && removals.isEmpty && errors.isEmpty }

    public mutating func set(_ key: String, _ value: JSONValue) {
        encodedFields.removeAll { $0.key == key }
        if let i = fields.firstIndex(where: { $0.key == key }) {
            fields[i].value = value
        } else {
            fields.append((key: key, value: value))
        }
    }

    /// Sets `key` to a value given as JSON text, which the caller guarantees
    /// is valid, compact JSON.
    public mutating func set(_ key: String, encodedJSON json: [UInt8]) {
        fields.removeAll { $0.key == key }
        if let i = encodedFields.firstIndex(where: { $0.key == key }) {
            encodedFields[i].json = json
        } else {
            encodedFields.append((key: key, json: json))
        }
    }

    public mutating func remove(_ key: String) {
        fields.removeAll { $0.key == key }
        encodedFields.removeAll { $0.key == key }
        if !removals.contains(key) { removals.append(key) }
    }

    public mutating func fail(tool: String, kind: String, message: String) {
        errors.append(RecordError(tool: tool, kind: kind, message: message))
    }
}

extension Record {
    /// Appends the record with `update` applied, and a line break, to `out`.
    ///
    /// Untouched members keep their bytes and order; a replaced value keeps its
    /// position; new members go before the closing brace.
    public func write(_ update: RecordUpdate, to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            writeSpliced(update, buffer, to: &out)
        }
        out.append(0x0A)
    }

    /// The record's bytes with `update` applied (no line break).
    public func applying(_ update: RecordUpdate) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        bytes.withUnsafeBufferPointer { writeSpliced(update, $0, to: &out) }
        return out
    }

    private func writeSpliced(_ update: RecordUpdate, _ buffer: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if update.isEmpty {
            out.append(contentsOf: buffer)
            return
        }
        let members = index.members
        // What happens to each existing member.
        var replacement = [SplicedValue?](repeating: nil, count: members.count)
        var removed = [Bool](repeating: false, count: members.count)
        var appended: [(key: String, value: SplicedValue)] = []
        var set = update.fields.map { (key: $0.key, value: SplicedValue.value($0.value)) }
            + update.encodedFields.map { (key: $0.key, value: SplicedValue.encoded($0.json)) }
        if !update.errors.isEmpty {
            var list = update.fields.first(where: { $0.key == "errors" })?.value.arrayValue ?? errors
            list.append(contentsOf: update.errors.map(\.json))
            set.removeAll { $0.key == "errors" }
            set.append((key: "errors", value: .value(.array(list))))
        }
        for (key, value) in set {
            if let i = memberPosition(key) { replacement[i] = value } else { appended.append((key, value)) }
        }
        for key in update.removals {
            if let i = memberPosition(key) { removed[i] = true }
            appended.removeAll { $0.key == key }
        }

        var writer = JSONWriter(capacity: 0)
        swap(&writer.bytes, &out)
        defer { swap(&writer.bytes, &out) }

        if !removed.contains(true) {
            // Keep every byte between members as it was.
            var cursor = 0
            for (i, m) in members.enumerated() {
                guard let value = replacement[i] else { continue }
                writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[cursor..<m.value.lowerBound]))
                value.write(to: &writer)
                cursor = m.value.upperBound
            }
            writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[cursor..<index.closeBrace]))
            writer.appendMembers(appended, afterOthers: !members.isEmpty)
            writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index.closeBrace..<buffer.count]))
            return
        }

        // Some members go: rebuild the member list from the kept members' bytes.
        let open = members.first.map { m -> Int in
            var p = m.keyStart - 1
            while buffer[p] != UInt8(ascii: "{") { p -= 1 }
            return p
        } ?? index.closeBrace
        writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0...open]))
        var needsComma = false
        for (i, m) in members.enumerated() where !removed[i] {
            if needsComma { writer.bytes.append(UInt8(ascii: ",")) }
            needsComma = true
            if let value = replacement[i] {
                writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[m.keyStart..<m.value.lowerBound]))
                value.write(to: &writer)
            } else {
                writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[m.keyStart..<m.value.upperBound]))
            }
        }
        writer.appendMembers(appended, afterOthers: needsComma)
        writer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index.closeBrace..<buffer.count]))
    }
}

extension JSONWriter {
    /// `"key":value` pairs, comma-separated, after other members or not.
    fileprivate mutating func appendMembers(_ members: [(key: String, value: SplicedValue)], afterOthers: Bool) {
        var needsComma = afterOthers
        for (key, value) in members {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            needsComma = true
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            value.write(to: &self)
        }
    }
}

/// A value to splice in: decoded, or already JSON text.
enum SplicedValue {
    case value(JSONValue)
    case encoded([UInt8])

    func write(to writer: inout JSONWriter) {
        switch self {
        case .value(let v): writer.write(v)
        case .encoded(let bytes): writer.bytes.append(contentsOf: bytes)
        }
    }
}
