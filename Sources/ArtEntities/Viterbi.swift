/// The best label sequence; `allowedMask[t]` (bit y) restricts the labels if given.
func decodeViterbi(
    _ scores: [Float], count n: Int, labels L: Int, transitions: [Float], allowedMask: [UInt32]? = nil
) -> [Int] {
    var decoder = ViterbiDecoder(transitions: transitions, labels: L)
    var path: [Int] = []
    decoder.decode(scores, count: n, allowedMask: allowedMask, into: &path)
    return path
}

/// Viterbi decoding over BIO labels with the I-after-B constraint.
///
/// The eight name labels of a step are scored at once, one vector lane each,
/// with O beside them; a forbidden transition weighs -inf. Previous labels
/// are tried in increasing order with a strict comparison, so ties go to the
/// lowest label.
struct ViterbiDecoder {
    typealias Names = SIMD8<Float>
    let L: Int
    /// Row p + 1: the weights of going from label p (-1: sentence start) to O and to each name label.
    let toO: [Float]
    let toNames: [Names]
    /// Best scores and back pointers per step and label (`t * L + y`), kept between sentences.
    var delta: [Float] = []
    var back: [Int32] = []

    init(transitions: [Float], labels L: Int) {
        precondition(L == 1 + Names.scalarCount)
        self.L = L
        var toO = [Float](repeating: -.infinity, count: L + 1)
        var toNames = [Names](repeating: Names(repeating: -.infinity), count: L + 1)
        for p in -1..<L {
            toO[p + 1] = transitions[(p + 1) * L]
            for y in 1..<L where EntityLabels.allowed(p, y) { toNames[p + 1][y - 1] = transitions[(p + 1) * L + y] }
        }
        self.toO = toO
        self.toNames = toNames
    }

    /// Writes the best label sequence of `scores[t * L + y]`, `t < n`, to `path`.
    mutating func decode(_ scores: [Float], count n: Int, allowedMask: [UInt32]? = nil, into path: inout [Int]) {
        path.removeAll(keepingCapacity: true)
        if n == 0 { return }
        let L = self.L
        let none = -Float.infinity
        let lanes = SIMD8<UInt32>(1, 2, 3, 4, 5, 6, 7, 8)
        if delta.count < n * L {
            delta = [Float](repeating: 0, count: n * L)
            back = [Int32](repeating: 0, count: n * L)
        }
        let toO = self.toO
        let toNames = self.toNames
        scores.withUnsafeBufferPointer { sc in
            delta.withUnsafeMutableBufferPointer { d in
                back.withUnsafeMutableBufferPointer { b in
                    let e = UnsafeRawPointer(sc.baseAddress!)
                    let dRaw = UnsafeMutableRawPointer(d.baseAddress!)
                    let bRaw = UnsafeMutableRawPointer(b.baseAddress!)
                    for t in 0..<n {
                        var bestO = toO[0]
                        var bestNames = toNames[0]
                        var argO: Int32 = 0
                        var argNames = SIMD8<Int32>()
                        if t > 0 {
                            bestO = none
                            bestNames = Names(repeating: none)
                            for p in 0..<L {
                                let v = d[(t - 1) * L + p]
                                if v == none { continue }
                                let sO = v + toO[p + 1]
                                if sO > bestO { bestO = sO; argO = Int32(p) }
                                let sNames = v + toNames[p + 1]
                                let better = sNames .> bestNames
                                bestNames.replace(with: sNames, where: better)
                                argNames.replace(with: Int32(p), where: better)
                            }
                        }
                        var dO = bestO + sc[t * L]
                        var dNames = bestNames + e.loadUnaligned(fromByteOffset: (t * L + 1) * 4, as: Names.self)
                        if let allowedMask {
                            let bits = allowedMask[t]
                            if bits & 1 == 0 { dO = none; argO = 0 }
                            let off = (SIMD8<UInt32>(repeating: bits) &>> lanes) & 1 .== 0
                            dNames.replace(with: none, where: off)
                            argNames.replace(with: 0, where: off)
                        }
                        d[t * L] = dO
                        dRaw.storeBytes(of: dNames, toByteOffset: (t * L + 1) * 4, as: Names.self)
                        b[t * L] = argO
                        bRaw.storeBytes(of: argNames, toByteOffset: (t * L + 1) * 4, as: SIMD8<Int32>.self)
                    }
                }
            }
        }
        path.append(contentsOf: repeatElement(0, count: n))
        var best = none
        for y in 0..<L where delta[(n - 1) * L + y] > best {
            best = delta[(n - 1) * L + y]
            path[n - 1] = y
        }
        if n > 1 {
            for t in stride(from: n - 1, to: 0, by: -1) {
                path[t - 1] = Int(back[t * L + path[t]])
            }
        }
    }
}
