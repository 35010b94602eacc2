/// Collects output and hands it on in blocks of about 64 KiB, so a report over ten
/// thousand files is never held whole in memory (nor copied whole before writing).
struct ChunkedWriter {
    let write: @Sendable ([UInt8]) -> Void
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    init(write: @escaping @Sendable ([UInt8]) -> Void) {
        self.write = write
        buffer.reserveCapacity(limit + 4096)
    }

    mutating func append(_ bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= limit { flush() }
    }

    mutating func append(_ text: String) {
        buffer += text.utf8
        if buffer.count >= limit { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        if buffer.isEmpty { return }
        write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
