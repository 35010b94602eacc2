import PythonVersions
import ManifestScanners
import Locks

/// What a project as a whole says about each Python name, so that every cap on one name
/// across the project comes from one reference version R and admits one common version.
///
/// A project is one repository (the folder holding `.git`), or the files named on the
/// command line outside any repository. For each PEP 503-normalized name it keeps the
/// highest lower bound written in any manifest (every group, extra, file and format) and
/// the highest evidence (locked, installed or published version) any manifest's lookup gave:
///
///     requirements.txt       pillow>=9.1           floor 12.1 (from the other file)
///     requirements-test.txt  pillow>=12.1          evidence 9.5.0 (requirements.lock)
///     -> both capped from R = 12.1: pillow>=9.1,<13 and pillow>=12.1,<13
struct ProjectReferences: Sendable {
    /// One name's facts.
    struct Facts: Sendable {
        /// The highest non-zero lower bound written for the name.
        var floor: PEP440Version?
        /// The evidence with the highest version.
        var evidence: LockIndex.Entry?
        var evidenceVersion: PEP440Version?
        /// The constraints on the name that already have an upper bound: `--policy exact` pins
        /// a version only when every one of them admits it.
        var bounded: [Constraint] = []
    }

    private var names: [String: Facts] = [:]

    init() {}

    var isEmpty: Bool { names.isEmpty }

    /// The facts for `name` (any spelling; PEP 503-normalized here).
    func facts(for name: String) -> Facts? {
        names[LockIndex.normalize(name)]
    }

    /// Records a lower bound and the evidence one manifest gives for `name`.
    mutating func add(name: String, lowerBound: PEP440Version?, evidence: LockIndex.Entry?, bounded: [Constraint] = []) {
        add(key: LockIndex.normalize(name), lowerBound: lowerBound, evidence: evidence,
            evidenceVersion: evidence.flatMap { PEP440Version($0.version) }, bounded: bounded)
    }

    /// `add` for a normalized `key`, with the evidence's version parsed (nil: it does not parse,
    /// and the evidence is not kept). The facts are updated in place: copying them out and back
    /// copied each name's `bounded` list on every constraint of a project.
    private mutating func add(key: String, lowerBound: PEP440Version?, evidence: LockIndex.Entry?, evidenceVersion: PEP440Version?,
                              bounded: [Constraint]) {
        Self.update(&names[key, default: Facts()], lowerBound: lowerBound, evidence: evidence, evidenceVersion: evidenceVersion, bounded: bounded)
    }

    private static func update(_ facts: inout Facts, lowerBound: PEP440Version?, evidence: LockIndex.Entry?, evidenceVersion: PEP440Version?,
                               bounded: [Constraint]) {
        if !bounded.isEmpty { facts.bounded += bounded }
        if let lowerBound, !lowerBound.isAllZero, facts.floor.map({ lowerBound > $0 }) ?? true {
            facts.floor = lowerBound
        }
        if let evidence, let version = evidenceVersion, facts.evidenceVersion.map({ version > $0 }) ?? true {
            facts.evidence = evidence
            facts.evidenceVersion = version
        }
    }

    /// Takes in another part of the same project.
    mutating func merge(_ other: ProjectReferences) {
        for (key, facts) in other.names {
            // Keys are normalized and each kept evidence's version is parsed already.
            add(key: key, lowerBound: facts.floor, evidence: facts.evidence, evidenceVersion: facts.evidenceVersion, bounded: facts.bounded)
        }
    }

    /// The Python dependencies of one scanned manifest, with their evidence from `locks`.
    static func of(_ dependencies: [Dependency], locks: LockIndex) -> ProjectReferences {
        var references = ProjectReferences()
        for dependency in dependencies {
            if case .swiftPackage = dependency.constraint { continue }
            let bounds = dependency.writtenBounds
            references.add(name: dependency.name, lowerBound: bounds.lower, evidence: locks.lookup(dependency.name),
                           bounded: bounds.hasUpper ? [dependency.constraint] : [])
        }
        return references
    }
}
