
/// The positions of the scalars the segmenter's rules look at (line breaks,
/// terminal marks, list-marker ends, emoticon eyes, bullets, separators,
/// letters of other scripts), found in one pass.
struct ScanEvents {
    var positions: [Int] = []
    var kinds: [UInt8] = []

    init(_ s: [Unicode.Scalar]) {
        let n = s.count
        var positions: [Int] = []
        var kinds: [UInt8] = []
        positions.reserveCapacity(n / 16 + 8)
        kinds.reserveCapacity(n / 16 + 8)
        SegmenterEngine.asciiEvents.withUnsafeBufferPointer { table in
            s.withUnsafeBufferPointer { buf in
                for i in 0..<n {
                    let v = buf[i].value
                    let k = v < 0x80 ? table[Int(v)] : SegmenterEngine.classify(nonASCII: buf[i])
                    if k != 0 {
                        positions.append(i)
                        kinds.append(k)
                    }
                }
            }
        }
        self.positions = positions
        self.kinds = kinds
    }
}
