import ArtCore

/// Counts of a byte sequence read as UTF-8.
struct UTF8Stats {
    var invalid = 0
    var multibyte = 0
    var nonASCII = 0

    init(_ b: ArraySlice<UInt8>) {
        b.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                let c = p[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                nonASCII += 1
                guard let lead = utf8Lead(c) else {
                    invalid += 1
                    i += 1
                    continue
                }
                var j = i + 1
                var ok = true
                for k in 0..<(lead.length - 1) {
                    guard j < n else { ok = false; break }
                    let d = p[j]
                    if !(k == 0 ? lead.second : 0x80...0xBF).contains(d) { ok = false; break }
                    nonASCII += 1
                    j += 1
                }
                if ok { multibyte += 1 } else { invalid += 1 }
                i = j
            }
        }
    }
}
