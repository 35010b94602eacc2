import PythonVersions

/// Chooses the reference version R from what is published, for one name in one run.
///
/// A Python release counts when at least one of its files qualifies: not yanked (PEP 592);
/// uploaded before `--exclude-newer` (PEP 700 `upload-time`); and, when the projects that
/// use the name declare `requires-python`, a `requires-python` of its own that admits each
/// project's lowest Python (a file without one, or with one that does not parse, qualifies,
/// as pip treats it). A SwiftPM tag counts as it is.
///
/// R is the newest counted release that every constraint on the name in the run admits
/// (pre-releases only for a constraint that names one). When the constraints admit no
/// common release (say `>=2` in one manifest, `!=2.1` with a pinned 2.1 elsewhere), R is
/// the newest release any one of them admits; each constraint's own lower bound still
/// raises R for it, as with a lock. Nothing admitted at all: no R, and the constraint is
/// left alone with a warning.
package enum ReleaseSelection {
    /// R for a Python name; an error when `--exclude-newer` cannot be applied to the page.
    package static func python(page: SimpleIndexPage, constraints: [PublishedConstraint], pythonFloors: [PEP440Version],
                       excludeNewer: Timestamp?) -> Result<PEP440Version?, LookupFailure> {
        if let excludeNewer, !page.files.isEmpty, !page.files.contains(where: { $0.uploadTime != nil }) {
            return .failure(LookupFailure("the index gives no upload times (PEP 700 upload-time, JSON pages only), so --exclude-newer \(excludeNewer) cannot be applied"))
        }
        var counted = Set<PEP440Version>()
        for file in page.files where !counted.contains(file.version) && qualifies(file, pythonFloors: pythonFloors, excludeNewer: excludeNewer) {
            counted.insert(file.version)
        }
        let newestFirst = counted.sorted(by: >)
        if let common = newestFirst.first(where: { v in constraints.allSatisfy { $0.admits(v) } }) { return .success(common) }
        return .success(newestFirst.first { v in constraints.contains { $0.admits(v) } })
    }

    static func qualifies(_ file: SimpleIndexPage.File, pythonFloors: [PEP440Version], excludeNewer: Timestamp?) -> Bool {
        if file.isYanked { return false }
        if let excludeNewer {
            guard let uploaded = file.uploadTime, uploaded <= excludeNewer else { return false }
        }
        if !pythonFloors.isEmpty, let text = file.requiresPython, let set = PEP440SpecifierSet(text) {
            return pythonFloors.allSatisfy { set.contains($0, prereleases: true) }
        }
        return true
    }

    /// R for a SwiftPM package: the highest tag every requirement admits (else any one of them).
    package static func swift(tags: [SemanticVersion], constraints: [PublishedConstraint]) -> SemanticVersion? {
        let newestFirst = tags.sorted(by: >)
        if let common = newestFirst.first(where: { v in constraints.allSatisfy { $0.admits(v) } }) { return common }
        return newestFirst.first { v in constraints.contains { $0.admits(v) } }
    }
}
