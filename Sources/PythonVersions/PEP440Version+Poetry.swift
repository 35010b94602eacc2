/// poetry-core's version arithmetic (`next_major`, `next_breaking`, `first_devrelease`, ...),
/// which keeps the precision the version was written with: `^1.2` ends at `2.0`, `^1` at `2`.
extension PEP440Version {
    /// Not a pre-release and not a dev release (post-releases are stable).
    var isPoetryStable: Bool { pre == nil && dev == nil }

    /// poetry's `stable`: the version itself when stable, else its release (keeping a post
    /// number only when there is no pre-release tag).
    var poetryStable: PEP440Version {
        if isPoetryStable { return self }
        return PEP440Version(epoch: epoch, release: release, post: pre == nil ? post : nil)
    }

    /// `^version`'s exclusive upper bound: the next major, minor or patch after the first non-zero part.
    var nextBreaking: PEP440Version {
        guard let major = release.first else { return self }
        let minor = release.count > 1 ? release[1] : nil
        let patch = release.count > 2 ? release[2] : nil
        if major > 0 || minor == nil { return poetryStable.nextMajor }
        if (minor ?? 0) > 0 || patch == nil { return poetryStable.nextMinor }
        return poetryStable.nextPatch
    }

    /// Whether poetry bumps the release rather than returning it unchanged (`1.0a1` → `1.0`).
    private var isIncrementRequired: Bool { isPoetryStable || (pre == nil && post != nil) }

    /// True when the release is greater than its first `count` parts, zero-padded.
    private func releaseExceedsPrefix(_ count: Int) -> Bool {
        release.dropFirst(count).contains { $0 != 0 }
    }

    var nextMajor: PEP440Version {
        var r = release
        guard !release.isEmpty else { return self }
        if isIncrementRequired || releaseExceedsPrefix(1) {
            r = [release[0] + 1] + Array(repeating: 0, count: release.count - 1)
        }
        return PEP440Version(epoch: epoch, release: r)
    }

    var nextMinor: PEP440Version {
        var r = release
        guard !release.isEmpty else { return self }
        if isIncrementRequired || releaseExceedsPrefix(2) {
            r = release.count == 1 ? [release[0], 1] : [release[0], release[1] + 1] + Array(repeating: 0, count: release.count - 2)
        }
        return PEP440Version(epoch: epoch, release: r)
    }

    var nextPatch: PEP440Version {
        var r = release
        guard !release.isEmpty else { return self }
        if isIncrementRequired || releaseExceedsPrefix(3) {
            switch release.count {
            case 1: r = [release[0], 0, 1]
            case 2: r = [release[0], release[1], 1]
            default: r = [release[0], release[1], release[2] + 1] + Array(repeating: 0, count: release.count - 3)
            }
        }
        return PEP440Version(epoch: epoch, release: r)
    }

    /// poetry's `Release.next()`: bump the last written part (major, minor, patch or extra).
    private var nextReleaseParts: [Int] {
        switch release.count {
        case 0: return [1]
        case 1: return [release[0] + 1]
        case 2: return [release[0], release[1] + 1]
        case 3: return [release[0], release[1], release[2] + 1]
        default: return Array(release.dropLast()) + [release[release.count - 1] + 1]
        }
    }

    /// The version after which a `V.*` wildcard stops matching (before `first_devrelease`).
    var nextForWildcard: PEP440Version {
        if let post {
            return PEP440Version(epoch: epoch, release: release, pre: pre, post: dev == nil ? post + 1 : post)
        }
        if isPoetryStable { return PEP440Version(epoch: epoch, release: nextReleaseParts, local: local) }
        if let pre {
            let next = dev == nil ? PreRelease(kind: pre.kind, number: pre.number + 1) : pre
            return PEP440Version(epoch: epoch, release: release, pre: next)
        }
        return PEP440Version(epoch: epoch, release: release, pre: pre, post: post, dev: (dev ?? -1) + 1)
    }

    var firstDevrelease: PEP440Version {
        PEP440Version(epoch: epoch, release: release, pre: pre, post: post, dev: 0)
    }

    var withoutPostrelease: PEP440Version {
        guard post != nil else { return self }
        var copy = self
        copy.post = nil
        copy.dev = nil
        return copy
    }
}
