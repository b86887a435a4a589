/// One input line that holds a JSON object: its original bytes plus an index
/// of its top-level members. Values are decoded only when asked for.
public struct Record: Sendable {
    /// The object's bytes as read (without the line break, CR or BOM).
    public let bytes: ArraySlice<UInt8>
    @usableFromInline let index: ObjectIndex

    /// Validates `bytes` as exactly one JSON object (RFC 8259) and indexes it.
    /// A key that occurs twice at the top level makes the line invalid: which
    /// one a filter should read or replace would be ambiguous.
    public init(validating bytes: ArraySlice<UInt8>, maxDepth: Int = JSONLimits.defaultMaxDepth)
        throws(JSONSyntaxError)
    {
        let index = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> ObjectIndex in
            let index = try JSONScanner(buffer, maxDepth: maxDepth).scanObject()
            try Record.checkDuplicateKeys(index, buffer)
            return index
        }
        self.bytes = bytes
        self.index = index
    }

    public init(validating bytes: [UInt8], maxDepth: Int = JSONLimits.defaultMaxDepth) throws(JSONSyntaxError) {
        try self.init(validating: bytes[...], maxDepth: maxDepth)
    }

    public init(validating text: String) throws(JSONSyntaxError) {
        try self.init(validating: Array(text.utf8))
    }

    /// A record holding `fields`, in order.
    public init(_ fields: [(key: String, value: JSONValue)]) {
        // The writer produces valid JSON; duplicate keys are the caller's to avoid.
        let bytes = JSONValue.object(fields).jsonBytes
        self.bytes = bytes[...]
        self.index = bytes.withUnsafeBufferPointer { try! JSONScanner($0, maxDepth: Int.max).scanObject() }
    }

    private init(bytes: ArraySlice<UInt8>, index: ObjectIndex) {
        self.bytes = bytes
        self.index = index
    }

    /// The same record in storage of its own, so that it does not keep the
    /// reader's buffer alive (records held across reads, as in `--jobs`).
    public func ownedCopy() -> Record {
        Record(bytes: Array(bytes)[...], index: index)
    }

    private static func checkDuplicateKeys(_ index: ObjectIndex, _ buffer: UnsafeBufferPointer<UInt8>)
        throws(JSONSyntaxError)
    {
        let members = index.members
        guard members.count > 1 else { return }
        if members.count <= 32 {
            for i in 1..<members.count {
                for j in 0..<i where sameKey(members[i], members[j], buffer) {
                    throw JSONSyntaxError("duplicate key \"\(keyString(members[i], buffer))\"", at: members[i].keyStart)
                }
            }
        } else {
            var seen = Set<String>()
            for m in members where !seen.insert(keyString(m, buffer)).inserted {
                throw JSONSyntaxError("duplicate key \"\(keyString(m, buffer))\"", at: m.keyStart)
            }
        }
    }

    private static func sameKey(_ a: MemberIndex, _ b: MemberIndex, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        if !a.keyHasEscapes && !b.keyHasEscapes {
            return a.keyContent.count == b.keyContent.count
                && buffer[a.keyContent].elementsEqual(buffer[b.keyContent])
        }
        return keyString(a, buffer) == keyString(b, buffer)
    }

    static func keyString(_ m: MemberIndex, _ buffer: UnsafeBufferPointer<UInt8>) -> String {
        if !m.keyHasEscapes { return String(decoding: buffer[m.keyContent], as: UTF8.self) }
        return JSONDecoder(buffer).string(at: m.keyStart).0
    }

    // MARK: Reading fields

    /// The top-level keys, in order.
    public var keys: [String] {
        bytes.withUnsafeBufferPointer { buffer in index.members.map { Record.keyString($0, buffer) } }
    }

    public var isEmpty: Bool { index.members.isEmpty }

    /// The position in `index.members` of `key`.
    func memberPosition(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { k in
            bytes.withUnsafeBufferPointer { buffer in
                for (i, m) in index.members.enumerated() {
                    if m.keyHasEscapes {
                        if Record.keyString(m, buffer) == String(decoding: k, as: UTF8.self) { return i }
                    } else if m.keyContent.count == k.count, buffer[m.keyContent].elementsEqual(k) {
                        return i
                    }
                }
                return nil
            }
        }
    }

    public func has(_ key: String) -> Bool { memberPosition(key) != nil }

    /// The raw JSON text of the value of `key`.
    public func rawValue(_ key: String) -> ArraySlice<UInt8>? {
        guard let i = memberPosition(key) else { return nil }
        let r = index.members[i].value
        return bytes[(bytes.startIndex + r.lowerBound)..<(bytes.startIndex + r.upperBound)]
    }

    /// The UTF-8 bytes of the value of `key` when it is a string, escapes
    /// decoded: for stages that work on bytes (a page for the HTML parser),
    /// which need no `String` and the UTF-8 check its creation makes again.
    /// The record was validated when read, so the bytes are valid UTF-8.
    public func stringBytes(_ key: String) -> [UInt8]? {
        guard let i = memberPosition(key) else { return nil }
        let r = index.members[i].value
        return bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            guard buffer[r.lowerBound] == UInt8(ascii: "\"") else { return nil }
            return JSONDecoder.unescapedBytes(UnsafeBufferPointer(rebasing: buffer[r]))
        }
    }

    /// The value of `key` when it is a string, as Unicode scalars, escapes
    /// decoded: what text filters index by code point (art(7), SPANS AND
    /// OFFSETS), without building a `String` first.
    public func scalars(_ key: String) -> [Unicode.Scalar]? {
        guard let i = memberPosition(key) else { return nil }
        let r = index.members[i].value
        return bytes.withUnsafeBufferPointer { buffer -> [Unicode.Scalar]? in
            guard buffer[r.lowerBound] == UInt8(ascii: "\"") else { return nil }
            return JSONDecoder.unescapedScalars(UnsafeBufferPointer(rebasing: buffer[r]))
        }
    }

    /// The value of `key` when it is a string.
    public func string(_ key: String) -> String? {
        guard let i = memberPosition(key) else { return nil }
        let r = index.members[i].value
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            guard buffer[r.lowerBound] == UInt8(ascii: "\"") else { return nil }
            return JSONDecoder(buffer).string(at: r.lowerBound).0
        }
    }

    /// The decoded value of `key`.
    public func value(_ key: String) -> JSONValue? {
        guard let i = memberPosition(key) else { return nil }
        let r = index.members[i].value
        return bytes.withUnsafeBufferPointer { JSONDecoder($0).value(at: r.lowerBound).0 }
    }

    /// Calls `body` with each element of the array at `key`, decoded one at
    /// a time, until it returns false: a list of millions of spans is never
    /// one tree in memory. False when `key` is absent or not an array.
    @discardableResult
    public func forEachElement(of key: String, _ body: (JSONValue) -> Bool) -> Bool {
        withArray(key) { decoder, at in decoder.forEachElement(ofArrayAt: at, body) }
    }

    /// The same for a list of spans (`sentences`): `body` gets each element
    /// as a span, nil for one that is no `{"start":S,"end":E}`; spans as
    /// art-sentences writes them are read without decoding an object.
    public func forEachSpan(of key: String, _ body: (TextSpan?) -> Bool) -> Bool {
        withArray(key) { decoder, at in decoder.forEachSpan(ofArrayAt: at, body) }
    }

    /// Calls `read` with a decoder over the record and the position of the
    /// array at `key`; false when `key` is absent or not an array.
    private func withArray(_ key: String, _ read: (JSONDecoder, Int) -> Void) -> Bool {
        guard let i = memberPosition(key) else { return false }
        let r = index.members[i].value
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard buffer[r.lowerBound] == UInt8(ascii: "[") else { return false }
            read(JSONDecoder(buffer), r.lowerBound)
            return true
        }
    }

    /// The whole object, decoded.
    public var object: JSONValue {
        bytes.withUnsafeBufferPointer { buffer in
            .object(index.members.map { m in
                (key: Record.keyString(m, buffer), value: JSONDecoder(buffer).value(at: m.value.lowerBound).0)
            })
        }
    }

    /// The `errors` entries already on the record.
    public var errors: [JSONValue] { value("errors")?.arrayValue ?? [] }
}
