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
    static let labelCount = 1 + Names.scalarCount
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
        if allowedMask == nil {
            decodeUnconstrained(scores, count: n, into: &path)
            return
        }
        let L = self.L
        let none = -Float.infinity
        let lanes = SIMD8<UInt32>(1, 2, 3, 4, 5, 6, 7, 8)
        if delta.count < n * L {
            delta = [Float](repeating: 0, count: n * L)
            back = [Int32](repeating: 0, count: n * L)
        }
        scores.withUnsafeBufferPointer { sc in
            delta.withUnsafeMutableBufferPointer { d in
                back.withUnsafeMutableBufferPointer { b in
                    toO.withUnsafeBufferPointer { toO in
                        toNames.withUnsafeBufferPointer { toNames in
                            let e = UnsafeRawPointer(sc.baseAddress!)
                            let dRaw = UnsafeMutableRawPointer(d.baseAddress!)
                            let bRaw = UnsafeMutableRawPointer(b.baseAddress!)
                            let dp = d.baseAddress!
                            let bp = b.baseAddress!
                            let oRow = toO.baseAddress!
                            let namesRow = toNames.baseAddress!
                            for t in 0..<n {
                                var bestO = oRow[0]
                                var bestNames = namesRow[0]
                                var argO: Int32 = 0
                                var argNames = SIMD8<Int32>()
                                if t > 0 {
                                    // A previous label of score -inf can win
                                    // nothing (every sum is -inf, and the
                                    // comparisons are strict): no test needed.
                                    bestO = none
                                    bestNames = Names(repeating: none)
                                    let prev = dp + (t - 1) * L
                                    for p in 0..<Self.labelCount {
                                        let v = prev[p]
                                        let sO = v + oRow[p + 1]
                                        if sO > bestO { bestO = sO; argO = Int32(truncatingIfNeeded: p) }
                                        let sNames = v + namesRow[p + 1]
                                        let better = sNames .> bestNames
                                        bestNames.replace(with: sNames, where: better)
                                        argNames.replace(with: Int32(truncatingIfNeeded: p), where: better)
                                    }
                                }
                                var dO = bestO + e.load(fromByteOffset: t * L * 4, as: Float.self)
                                var dNames = bestNames + e.loadUnaligned(fromByteOffset: (t * L + 1) * 4, as: Names.self)
                                if let allowedMask {
                                    let bits = allowedMask[t]
                                    if bits & 1 == 0 { dO = none; argO = 0 }
                                    let off = (SIMD8<UInt32>(repeating: bits) &>> lanes) & 1 .== 0
                                    dNames.replace(with: none, where: off)
                                    argNames.replace(with: 0, where: off)
                                }
                                dp[t * L] = dO
                                dRaw.storeBytes(of: dNames, toByteOffset: (t * L + 1) * 4, as: Names.self)
                                bp[t * L] = argO
                                bRaw.storeBytes(of: argNames, toByteOffset: (t * L + 1) * 4, as: SIMD8<Int32>.self)
                            }
                        }
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

    /// `decode` without a mask: the forward pass keeps only the best scores,
    /// and the way back finds each step's previous label again, with the
    /// same sums and the same strict comparisons in the same order, so it
    /// picks the label a back pointer would have held.
    private mutating func decodeUnconstrained(_ scores: [Float], count n: Int, into path: inout [Int]) {
        let L = self.L
        let none = -Float.infinity
        if delta.count < n * L { delta = [Float](repeating: 0, count: n * L) }
        path.append(contentsOf: repeatElement(0, count: n))
        scores.withUnsafeBufferPointer { sc in
            delta.withUnsafeMutableBufferPointer { d in
                toO.withUnsafeBufferPointer { toO in
                    toNames.withUnsafeBufferPointer { toNames in
                        path.withUnsafeMutableBufferPointer { path in
                            let e = UnsafeRawPointer(sc.baseAddress!)
                            let dRaw = UnsafeMutableRawPointer(d.baseAddress!)
                            let dp = d.baseAddress!
                            let oRow = toO.baseAddress!
                            let namesRow = toNames.baseAddress!
                            for t in 0..<n {
                                var bestO = oRow[0]
                                var bestNames = namesRow[0]
                                if t > 0 {
                                    bestO = none
                                    bestNames = Names(repeating: none)
                                    let prev = dp + (t - 1) * L
                                    for p in 0..<Self.labelCount {
                                        let v = prev[p]
                                        let sO = v + oRow[p + 1]
                                        if sO > bestO { bestO = sO }
                                        let sNames = v + namesRow[p + 1]
                                        bestNames.replace(with: sNames, where: sNames .> bestNames)
                                    }
                                }
                                dp[t * L] = bestO + e.load(fromByteOffset: t * L * 4, as: Float.self)
                                let dNames = bestNames + e.loadUnaligned(fromByteOffset: (t * L + 1) * 4, as: Names.self)
                                dRaw.storeBytes(of: dNames, toByteOffset: (t * L + 1) * 4, as: Names.self)
                            }
                            var best = none
                            for y in 0..<L where dp[(n - 1) * L + y] > best {
                                best = dp[(n - 1) * L + y]
                                path[n - 1] = y
                            }
                            let o = UnsafeRawPointer(oRow)
                            let names = UnsafeRawPointer(namesRow)
                            for t in stride(from: n - 1, to: 0, by: -1) {
                                let y = path[t]
                                // Row p + 1's weight into y: O's in toO, a name's in lane y - 1 of toNames.
                                let row = y == 0 ? o : names + (y - 1) * 4
                                let stride = y == 0 ? 4 : MemoryLayout<Names>.stride
                                let prev = dp + (t - 1) * L
                                var bestP = 0
                                var bestScore = none
                                for p in 0..<Self.labelCount {
                                    let s = prev[p] + row.load(fromByteOffset: (p + 1) * stride, as: Float.self)
                                    if s > bestScore { bestScore = s; bestP = p }
                                }
                                path[t - 1] = bestP
                            }
                        }
                    }
                }
            }
        }
    }
}
