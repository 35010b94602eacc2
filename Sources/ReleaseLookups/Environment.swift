#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process environment's value for `name`, if set.
func getenvString(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
