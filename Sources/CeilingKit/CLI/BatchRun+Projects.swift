import FileIO
import Dispatch
import Synchronization

extension BatchRun {
    /// Projects with more manifests than this are worked through one after another, each with
    /// its manifests in parallel; smaller ones are each one task of one parallel loop, both passes
    /// in turn, so a forest of repositories keeps every core busy and holds a few projects at once.
    static let largeProject = 8

    /// Bytes of manifests a large project keeps from its first pass to its second; a manifest
    /// past the budget is read and scanned again rather than held (a monorepo of thousands of
    /// manifests must not hold them all).
    static let keptBytesPerLargeProject = 16 << 20

    /// Both passes of the run, project by project: each project's manifests are prepared
    /// (`ProjectPass.prepare`), their facts merged, then each is handed to `process` with the
    /// project's references (nil for a manifest alone in its project) and what the first pass
    /// kept of it. Returns the reports index for index with `targets`; nil where the run was
    /// interrupted first (it stops between files; a file being written is finished first).
    func processProjects(_ targets: [Target], pass: ProjectPass,
                         process: @Sendable (Int, ProjectReferences?, PreparedManifest?) -> FileReport) -> [FileReport?] {
        let projects = pass.projects(of: targets)
        let small = projects.filter { $0.count <= Self.largeProject }
        let large = projects.filter { $0.count > Self.largeProject }
        var reports = [FileReport?](repeating: nil, count: targets.count)
        reports.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: small.count) { p in
                let members = small[p]
                if InterruptFlag.isRaised { return }
                // The repository's locks are forgotten once its manifests are done: a forest of
                // ten thousand repositories must not hold every lock it read.
                defer { release(members, targets: targets, pass: pass) }
                guard members.count > 1 else {
                    slots.buffer[members[0]] = process(members[0], nil, nil)
                    return
                }
                var prepared: [PreparedManifest?] = members.map { pass.prepare(targets[$0]) }
                let project = ProjectPass.references(prepared.map { $0?.facts })
                for (k, i) in members.enumerated() {
                    if InterruptFlag.isRaised { return }
                    let manifest = prepared[k]
                    prepared[k] = nil  // released as soon as it is processed
                    slots.buffer[i] = process(i, project, manifest)
                }
            }
            for members in large where !InterruptFlag.isRaised {
                processLarge(members, targets: targets, pass: pass, into: slots, process: process)
                release(members, targets: targets, pass: pass)
            }
        }
        return reports
    }

    /// Forgets the locks discovered in a project's repository (manifests outside any repository
    /// form one project, and keep theirs to the end of the run).
    private func release(_ members: [Int], targets: [Target], pass: ProjectPass) {
        guard let first = members.first, let root = pass.repositoryRoot(of: targets[first]) else { return }
        pass.locks.release(repository: root)
    }

    /// One large project: its manifests prepared in parallel, then processed in parallel.
    private func processLarge(_ members: [Int], targets: [Target], pass: ProjectPass, into slots: UnsafeSlots<FileReport?>,
                              process: @Sendable (Int, ProjectReferences?, PreparedManifest?) -> FileReport) {
        var prepared = [PreparedManifest?](repeating: nil, count: members.count)
        var facts = [ProjectReferences?](repeating: nil, count: members.count)
        let budget = Mutex(Self.keptBytesPerLargeProject)
        prepared.withUnsafeMutableBufferPointer { preparedBuffer in
            facts.withUnsafeMutableBufferPointer { factsBuffer in
                let kept = UnsafeSlots(preparedBuffer)
                let found = UnsafeSlots(factsBuffer)
                DispatchQueue.concurrentPerform(iterations: members.count) { k in
                    if InterruptFlag.isRaised { return }
                    let manifest = pass.prepare(targets[members[k]])
                    found.buffer[k] = manifest.facts
                    let fits = budget.withLock { left in
                        guard manifest.size <= left else { return false }
                        left -= manifest.size
                        return true
                    }
                    if fits { kept.buffer[k] = manifest }
                }
            }
        }
        let project = ProjectPass.references(facts)
        facts = []
        prepared.withUnsafeMutableBufferPointer { preparedBuffer in
            let kept = UnsafeSlots(preparedBuffer)
            DispatchQueue.concurrentPerform(iterations: members.count) { k in
                if InterruptFlag.isRaised { return }
                let manifest = kept.buffer[k]
                kept.buffer[k] = nil  // released as soon as it is processed
                slots.buffer[members[k]] = process(members[k], project, manifest)
            }
        }
    }
}
