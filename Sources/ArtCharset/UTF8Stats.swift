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
                var need = 0
                var lo: UInt8 = 0x80
                var hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default:
                    invalid += 1
                    i += 1
                    continue
                }
                var j = i + 1
                var ok = true
                for k in 0..<need {
                    guard j < n else { ok = false; break }
                    let d = p[j]
                    if k == 0 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF) { ok = false; break }
                    nonASCII += 1
                    j += 1
                }
                if ok { multibyte += 1 } else { invalid += 1 }
                i = j
            }
        }
    }
}
