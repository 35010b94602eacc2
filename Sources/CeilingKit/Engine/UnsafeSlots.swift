/// Lets the iterations of `DispatchQueue.concurrentPerform` each write their own slot of
/// one buffer: results land by index, so output order never depends on scheduling.
/// Safe because no two iterations share an index and the buffer outlives the call.
struct UnsafeSlots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
