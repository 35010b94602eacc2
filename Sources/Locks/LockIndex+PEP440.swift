import PythonVersions

extension LockIndex {
    /// PEP 440 order for `add(name:entry:isHigher:)`: whether `candidate` is above `existing`.
    ///
    /// When either version does not parse, the first one seen stays: an odd version in one
    /// uv fork must not displace a well-formed one, nor be displaced by guesswork.
    package static func isHigherPythonVersion(_ candidate: String, than existing: String) -> Bool {
        guard let new = PEP440Version(candidate), let old = PEP440Version(existing) else { return false }
        return new > old
    }
}
