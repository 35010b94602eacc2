/// A `.package(...)` requirement as the Package.swift scanner found it.
///
/// The scanner knows the SwiftPM forms; the policy gives it the reference
/// version and the policy name and gets back the edits (see `plan`).
public struct SwiftPackageRequirement: Sendable {
    /// Package identity: the URL's last path component, lowercased, without `.git`; or the registry id.
    public var identity: String
    /// The URL as written, when there is one.
    public var url: String?

    public init(identity: String, url: String?) {
        self.identity = identity
        self.url = url
    }
}
