/// Why a published-version lookup gave nothing usable: the index or remote could not be
/// reached, answered with an error, or answered with something unreadable.
///
/// Printed per constraint that needed the lookup as `path:line:col: error: <name>: <message>`;
/// never replaced by a guess.
package struct LookupFailure: Error, Sendable, Equatable {
    package var message: String
    init(_ message: String) { self.message = message }
}
