#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Turns SIGINT and SIGTERM into a flag that batch workers check between files.
///
/// A file being written when the signal arrives is finished (temporary file,
/// rename) so every manifest is either old or new, never half-written; no new
/// file is started. A second signal kills the process at once, as users expect.
package enum InterruptFlag {
    private static let raised = Atomic<Bool>(false)

    package static var isRaised: Bool { raised.load(ordering: .relaxed) }

    /// Installs the handlers; call once, from the batch run.
    package static func install() {
        let handler: @convention(c) (Int32) -> Void = { signalNumber in
            // Only async-signal-safe work here: a lock-free store and signal().
            InterruptFlag.raised.store(true, ordering: .relaxed)
            signal(signalNumber, SIG_DFL)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        // A parent may have started us with these blocked (Foundation's Process does, from a
        // Dispatch thread); unblock them before any worker thread inherits the mask.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }
}
