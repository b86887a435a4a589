extension DocumentPass {
    /// A well-known alias that the tagger left untagged (`the Fed`, `the
    /// WHO`) is a name of the alias table's type, with its canonical name:
    /// one or two tokens as written, capitalised, neither opening a sentence
    /// (`Fed up with`) nor in a line of capitals (`WHO WON`), where case
    /// tells nothing.
    mutating func addAliases() {
        var added = false
        for i in 0..<n where !taken[i] && !ruleAt[i] && !sentenceStart[i] && !inCapitalsLine[i] && capitalised(i)
            && aliasFirstWords.contains(lowerHashes[i])
        {
            for len in stride(from: min(2, n - i), through: 1, by: -1) {
                guard (i..<(i + len)).allSatisfy({ !taken[$0] && !ruleAt[$0] }) else { continue }
                let k = key(i, i + len)
                guard let (canonical, type) = aliasTable[k] else { continue }
                // Not glued to a capitalised word that would make it part of a
                // longer name, nor to a currency sign (`US$`) or a word.
                if i + len < n {
                    let next = tokens[i + len]
                    if capitalised(i + len) && next.start == tokens[i + len - 1].end + 1 { break }
                    if next.start == tokens[i + len - 1].end && (s[next.start].properties.generalCategory == .currencySymbol || s[next.start].isLetter) {
                        break
                    }
                }
                for t in i..<(i + len) { taken[t] = true }
                mentions.append(Mention(first: i, end: i + len, type: type, key: k, canonical: canonical))
                added = true
                break
            }
        }
        if added { mentions.sort { $0.first < $1.first } }
    }
}

/// The lower-case hashes of the first words of the alias table's forms: a
/// token that starts none is passed over without building its text.
let aliasFirstWords: Set<UInt64> = {
    var words = Set<UInt64>()
    for form in aliasTable.keys {
        let s = Array(form.unicodeScalars)
        if let t = entityTokens(s).first { words.insert(hashScalars(s, t.start, t.end, lower: true)) }
    }
    return words
}()
