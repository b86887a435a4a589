/// Wire services and agencies a byline or a dateline credits (art-strip(1),
/// `agency`): the names they go by, and the one name `agency` gives for
/// each, so that a corpus groups them.
enum Agencies {
    /// Spellings and the name given. Acronyms in capitals match only as
    /// written (`AP`, not `ap`); other spellings in any case.
    static let table: [(spelling: String, name: String)] = [
        ("AP", "AP"), ("Associated Press", "AP"), ("The Associated Press", "AP"),
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
        ("Reuters", "Reuters"), ("Thomson Reuters", "Reuters"),
        ("dpa", "dpa"), ("DPA", "dpa"), ("Deutsche Presse-Agentur", "dpa"),
        ("EFE", "EFE"), ("Agencia EFE", "EFE"), ("ANSA", "ANSA"), ("Agenzia ANSA", "ANSA"),
        ("Bloomberg", "Bloomberg"), ("Bloomberg News", "Bloomberg"),
        ("UPI", "UPI"), ("United Press International", "UPI"), ("Xinhua", "Xinhua"),
        ("Kyodo", "Kyodo"), ("Kyodo News", "Kyodo"), ("Yonhap", "Yonhap"), ("TASS", "TASS"),
        ("KNA", "KNA"), ("epd", "epd"), ("APA", "APA"), ("SDA", "SDA"), ("Keystone-SDA", "Keystone-SDA"),
        ("Europa Press", "Europa Press"), ("Lusa", "Lusa"), ("Agência Lusa", "Lusa"),
        ("Agência Brasil", "Agência Brasil"), ("ANP", "ANP"), ("Belga", "Belga"), ("AGI", "AGI"),
        ("Adnkronos", "Adnkronos"), ("Anadolu Agency", "Anadolu"), ("PTI", "PTI"), ("IANS", "IANS"),
        ("AAP", "AAP"), ("The Canadian Press", "The Canadian Press"), ("Canadian Press", "The Canadian Press"),
        ("BSS", "BSS"),
    ]

    static func isAcronym(_ s: String) -> Bool { s.count <= 5 && s.allSatisfy { $0.isUppercase } }

    static let exact: [String: String] = Dictionary(table.map { ($0.spelling, $0.name) }, uniquingKeysWith: { a, _ in a })
    static let folded: [String: String] = Dictionary(
        table.filter { !isAcronym($0.spelling) }.map { ($0.spelling.lowercased(), $0.name) }, uniquingKeysWith: { a, _ in a })

    /// `s` without the brackets, punctuation and spaces around it: `(dpa)` is `dpa`.
    static func bare(_ s: String) -> String {
        let isMark: (Character) -> Bool = { "()[]{}.,;:-–—|*".contains($0) || $0.isWhitespace }
        var t = s[...]
        while let f = t.first, isMark(f) { t = t.dropFirst() }
        while let l = t.last, isMark(l) { t = t.dropLast() }
        return String(t)
    }

    /// The agency `s` names, whole (`Reuters`, `(dpa)`, `The Associated Press`).
    static func named(_ s: String) -> String? {
        let t = bare(s)
        guard !t.isEmpty, t.count <= 30 else { return nil }
        return exact[t] ?? folded[t.lowercased()]
    }

    /// `s` without the agencies it sets apart in parentheses or after a
    /// slash (`Jane Doe (dpa)`, `Jane Doe/AFP`, `dpa/AFP`), which go to
    /// `agencies`; other parentheses and slashes stay (`Paramita (Guha)
    /// Ghosh`, an address).
    static func removingCredits(_ s: String, into agencies: inout [String]) -> String {
        func take(_ group: String) -> Bool {
            let names = TextUtil.split(group, separator: "/").map(named)
            guard !names.isEmpty, names.allSatisfy({ $0 != nil }) else { return false }
            for case let name? in names where !agencies.contains(name) { agencies.append(name) }
            return true
        }
        var out = s
        while let open = out.lastIndex(of: "("), let close = out[open...].firstIndex(of: ")"),
            take(String(out[out.index(after: open)..<close]))
        {
            out = String(out[..<open]) + ", " + String(out[out.index(after: close)...])
        }
        guard out.contains("/"), !out.contains("://") else { return out }
        var kept: [String] = []
        var found = false
        for part in TextUtil.split(out, separator: "/") {
            if let name = named(part) {
                if !agencies.contains(name) { agencies.append(name) }
                found = true
            } else {
                kept.append(part)
            }
        }
        return found ? kept.joined(separator: ", ") : out
    }

    /// The agency that ends a name in a byline without a comma (`JOSH BOAK
    /// Associated Press`, `Jane Doe AFP`): a name of two words or more, or
    /// an acronym; a single word such as `Bloomberg` is also a surname.
    static func runningOn(_ s: String) -> String? {
        guard let name = named(s), s.contains(" ") || isAcronym(s) else { return nil }
        return name
    }

    /// The agency of a wire dateline at the start of a text: `BERLIN (dpa)
    /// -`, `WASHINGTON (AP) —`, `(ANSA) - ROMA`, `PARÍS, 3 oct (EFE).-`,
    /// a parenthesis of agencies within the first few words.
    static func inDateline(_ paragraph: String) -> String? {
        let head = String(paragraph.unicodeScalars.prefix(80))
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        guard TextUtil.words(String(head[..<open])).count <= 6 else { return nil }
        var names: [String] = []
        for part in TextUtil.split(String(head[head.index(after: open)..<close]), separator: "/") {
            guard let name = named(part) else { return nil }
            if !names.contains(name) { names.append(name) }
        }
        // A dash, a colon or the text's end follows: the dateline's mark.
        let after = head[head.index(after: close)...].drop { $0 == " " || $0 == "." }
        guard let mark = after.first, "-–—:".contains(mark) || head[..<open].isEmpty else { return nil }
        return names.isEmpty ? nil : names.joined(separator: "/")
    }
}
