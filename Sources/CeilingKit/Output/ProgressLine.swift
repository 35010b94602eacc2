#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// A live line on stderr during a batch run on a terminal: files done of found,
/// changed, errors. Redrawn at most ten times a second; erased at the end.
final class ProgressLine: Sendable {
    private let total: Int
    private let write: @Sendable ([UInt8]) -> Void
    private let done = Atomic<Int>(0)
    private let changed = Atomic<Int>(0)
    private let errors = Atomic<Int>(0)
    private let finished = Atomic<Bool>(false)
    private let drawer = Mutex<Bool>(false)

    init(total: Int, write: @escaping @Sendable ([UInt8]) -> Void) {
        self.total = total
        self.write = write
    }

    /// Starts redrawing on a background thread.
    func start() {
        let thread = DispatchQueue(label: "ceiling.progress")
        thread.async { [self] in
            while !finished.load(ordering: .relaxed) {
                draw()
                usleep(100_000)
            }
        }
    }

    func record(_ report: FileReport) {
        done.add(1, ordering: .relaxed)
        if report.status == .changed { changed.add(1, ordering: .relaxed) }
        if report.status == .error { errors.add(1, ordering: .relaxed) }
    }

    /// Stops redrawing and erases the line.
    func stop() {
        finished.store(true, ordering: .relaxed)
        drawer.withLock { _ in write(Array("\r\u{1B}[K".utf8)) }
    }

    private func draw() {
        let text = "\r\u{1B}[Kceiling: \(done.load(ordering: .relaxed))/\(total) files, \(changed.load(ordering: .relaxed)) changed, \(errors.load(ordering: .relaxed)) errors"
        drawer.withLock { _ in
            if !finished.load(ordering: .relaxed) { write(Array(text.utf8)) }
        }
    }
}
