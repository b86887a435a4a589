import CZlib

/// zlib's inflater for one gzip member (RFC 1952) at a time; zlib checks the
/// member's CRC-32 and length at its end, so a damaged member never passes.
final class GzipInflater {
    enum Step: Equatable {
        /// The member ended (trailer checked).
        case end
        /// All the input was used and the member goes on.
        case needsInput
        /// The output reached its limit before the member ended.
        case outputFull
        case failed(String)
    }

    private var stream = z_stream()
    private let started: Bool
    /// Where zlib writes; appended to the caller's output.
    private let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)

    /// `acceptingZlib` also takes a zlib stream (an HTTP body's `deflate`).
    init(acceptingZlib: Bool = false) {
        started = art_inflateInit2(&stream, 15 + (acceptingZlib ? 32 : 16)) == Z_OK
    }

    deinit {
        if started { inflateEnd(&stream) }
        scratch.deallocate()
    }

    /// Inflates `input`, appending to `output` until the member ends or
    /// `output` holds `limit` bytes; returns the input bytes used and why it
    /// stopped. Called again with the rest of the member after `needsInput`
    /// or `outputFull`.
    func inflate(_ input: UnsafeRawBufferPointer, into output: inout [UInt8], limit: Int) -> (consumed: Int, step: Step) {
        guard started else { return (0, .failed("cannot start zlib")) }
        guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return (0, .needsInput) }
        var consumed = 0
        while true {
            if stream.avail_in == 0 {
                // avail_in is 32 bits: long inputs go in slices.
                stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
                stream.avail_in = UInt32(min(input.count - consumed, 1 << 30))
            }
            if output.count >= limit { return stop(consumed, .outputFull) }
            let room = min(scratch.count, limit - output.count)
            let slice = Int(stream.avail_in)
            stream.next_out = scratch.baseAddress
            stream.avail_out = UInt32(room)
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<(room - Int(stream.avail_out))]))
            consumed += slice - Int(stream.avail_in)
            switch status {
            case Z_STREAM_END:
                return stop(consumed, .end)
            case Z_OK, Z_BUF_ERROR:
                if stream.avail_in == 0 && consumed == input.count && stream.avail_out > 0 { return stop(consumed, .needsInput) }
            default:
                return stop(consumed, .failed(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"))
            }
        }
    }

    /// Forgets the input (the caller passes what was not used again).
    private func stop(_ consumed: Int, _ step: Step) -> (consumed: Int, step: Step) {
        stream.avail_in = 0
        stream.next_in = nil
        return (consumed, step)
    }
}
