/// The most frequent names of a stream in bounded memory: the Space-Saving
/// sketch (Metwally, Agrawal and El Abbadi, 2005) with `capacity` counters.
///
/// While fewer than `capacity` names have been seen, counts are exact. After
/// that a new name takes the counter of the least counted one and inherits
/// its count; then a count is too high by at most (occurrences / capacity),
/// and every name that occurs more often than that is still counted. The
/// counters are a min-heap, so each occurrence costs a dictionary lookup and
/// a few swaps at most.
struct HeavyHitters {
    struct Entry {
        var name: String
        var count: Int
        /// The first label given with the name (a speaker's gender).
        var label: String?
        fileprivate var key: UInt64
    }

    static let defaultCapacity = 2048

    let capacity: Int
    private var heap: [Entry] = []
    private var position: [UInt64: Int] = [:]
    private(set) var occurrences = 0
    /// True once a counter has been taken over: counts may then be too high.
    private(set) var isApproximate = false

    init(capacity: Int = defaultCapacity) {
        self.capacity = capacity
    }

    /// Counts one occurrence of the name whose UTF-8 is `name`.
    mutating func add(_ name: some Collection<UInt8>, label: String? = nil) {
        occurrences += 1
        let key = Hashing.fnv1a(name)
        if let i = position[key] {
            heap[i].count += 1
            if heap[i].label == nil { heap[i].label = label }
            siftDown(i)
            return
        }
        let entry = Entry(name: String(decoding: name, as: UTF8.self), count: 1, label: label, key: key)
        if heap.count < capacity {
            heap.append(entry)
            position[key] = heap.count - 1
            siftUp(heap.count - 1)
            return
        }
        isApproximate = true
        position[heap[0].key] = nil
        heap[0] = Entry(name: entry.name, count: heap[0].count + 1, label: label, key: key)
        position[key] = 0
        siftDown(0)
    }

    /// The `k` most counted names, most first (ties by name).
    func top(_ k: Int) -> [Entry] {
        Array(heap.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }.prefix(k))
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var least = i
            if l < heap.count, heap[l].count < heap[least].count { least = l }
            if r < heap.count, heap[r].count < heap[least].count { least = r }
            if least == i { return }
            swapAt(i, least)
            i = least
        }
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        while i > 0, heap[(i - 1) / 2].count > heap[i].count {
            swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        heap.swapAt(i, j)
        position[heap[i].key] = i
        position[heap[j].key] = j
    }
}
