import CeilingKit
import FileIO

#if canImport(Glibc)
import Glibc
#endif

// The whole command line lives in CeilingKit so it is tested in-process.
InterruptFlag.install()
let status = Ceiling.run(Array(CommandLine.arguments.dropFirst()), io: .standard)
exit(status.rawValue)
