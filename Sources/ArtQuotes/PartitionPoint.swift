extension Array {
    /// The index of the first element, from `start` on, for which
    /// `isBefore` is false, in an array where every element for which it
    /// holds comes first (a binary search: look-ups by offset stay
    /// logarithmic on a huge text).
    func partitionPoint(from start: Int = 0, _ isBefore: (Element) -> Bool) -> Int {
        var lo = start
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
