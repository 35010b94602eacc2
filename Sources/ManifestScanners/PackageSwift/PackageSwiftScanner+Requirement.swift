import PythonVersions

/// Why a requirement cannot be read; it becomes a `Skip` with this reason.
struct RequirementFailure: Error {
    var reason: String
}

/// Reading the requirement argument of a `.package(...)` call.
///
///     from: "1.0.0"                      .upToNextMajor(from: "1.0.0")
///     exact: "1.0.0"                     .upToNextMinor(from: Version(1, 0, 0))
///     branch: "main"                     .exact("1.0.0")   .branch("main")   .revision("abc")
///     revision: "abc"                    "1.0.0"..<"2.0.0"   "1.0.0"..."1.9.9"
extension PackageSwiftScanner {
    /// The requirement's kind, and whether it is written in function style (nil when either style writes it so).
    func readRequirement(_ arg: Argument) -> Result<(SwiftPackageRequirement.Kind, Bool?), RequirementFailure> {
        let value = arg.value
        switch arg.label {
        case "from": return operand(value).map { (.from($0), false) }
        case "exact": return operand(value).map { (.exact($0), false) }
        case "branch": return string(value, "branch").map { (.branch($0), false) }
        case "revision": return string(value, "revision").map { (.revision($0), false) }
        default: break
        }
        if let call = memberCall(value) {
            let inner = arguments(open: call.open, close: value.upperBound - 1)
            let only = inner.count == 1 ? inner.first : nil
            switch (call.name, only?.label) {
            case ("upToNextMajor", "from"?): return operand(only?.value ?? value).map { (.upToNextMajor($0), true) }
            case ("upToNextMinor", "from"?): return operand(only?.value ?? value).map { (.upToNextMinor($0), nil) }
            case ("exact", nil): return operand(only?.value ?? value).map { (.exact($0), true) }
            case ("branch", nil): return string(only?.value ?? value, "branch").map { (.branch($0), true) }
            case ("revision", nil): return string(only?.value ?? value, "revision").map { (.revision($0), true) }
            default: return .failure(RequirementFailure(reason: "requirement '.\(call.name)(...)' is not one ceiling reads"))
            }
        }
        if let op = rangeOperator(value) {
            let isClosed = text(op) == "..."
            guard text(op) == "..<" || isClosed else {
                return .failure(RequirementFailure(reason: "requirement is not a form ceiling reads"))
            }
            return operand(value.lowerBound..<op).flatMap { lower in
                operand((op + 1)..<value.upperBound).map { upper in
                    let opRange = tokens[op].range
                    return (isClosed ? .closedRange(lower, upper, operatorRange: opRange) : .range(lower, upper, operatorRange: opRange), nil)
                }
            }
        }
        return .failure(RequirementFailure(reason: "requirement is not a form ceiling reads"))
    }

    /// `.name(...)` or `Package.Dependency.Requirement.name(...)` spanning exactly `value`.
    private func memberCall(_ value: Range<Int>) -> (name: String, open: Int)? {
        let last = value.upperBound - 1
        guard value.count >= 4, text(last) == ")", tokens[last].kind == .punctuation else { return nil }
        let open = partner[last]
        guard open - 2 >= value.lowerBound, tokens[open - 1].kind == .identifier, text(open - 2) == "." else { return nil }
        // Anything before the `.name` must be a type path: `Package.Dependency.Requirement`.
        for k in value.lowerBound..<(open - 2) where !(tokens[k].kind == .identifier || text(k) == ".") { return nil }
        return (text(open - 1), open)
    }

    /// The index of the one top-level range operator in `value`.
    private func rangeOperator(_ value: Range<Int>) -> Int? {
        var k = value.lowerBound
        var found: Int?
        while k < value.upperBound {
            if tokens[k].kind == .operator, text(k).hasPrefix("..") {
                if found != nil { return nil }
                found = k
            }
            k = partner[k] > k ? partner[k] + 1 : k + 1
        }
        guard let found, found > value.lowerBound, found + 1 < value.upperBound else { return nil }
        return found
    }

    /// A branch or revision: a string literal, or a constant holding one. A constant may be
    /// shared (`branch: relatedDependenciesBranch` four times): pinning rewrites only the call site.
    private func string(_ value: Range<Int>, _ what: String) -> Result<String, RequirementFailure> {
        if let s = stringValue(value) { return .success(s) }
        if value.count == 1, tokens[value.lowerBound].kind == .identifier,
           let declaration = constants.declarations[text(value.lowerBound)], let s = stringValue(declaration.value) {
            return .success(s)
        }
        return .failure(RequirementFailure(reason: "\(what) is not a string literal"))
    }

    /// A version written as `"1.2.3"`, `Version(1, 2, 3)`, `Version("1.2.3")` (optionally `!`), or a constant.
    func operand(_ value: Range<Int>) -> Result<VersionOperand, RequirementFailure> {
        guard !value.isEmpty else { return .failure(RequirementFailure(reason: "version is missing")) }
        let range = tokens[value.lowerBound].range.lowerBound..<tokens[value.upperBound - 1].range.upperBound
        let spelling = file.text(range)
        if value.count == 1, tokens[value.lowerBound].kind == .identifier {
            return constant(named: spelling, range: range)
        }
        guard let version = versionLiteral(value) else {
            return .failure(RequirementFailure(reason: "version '\(spelling)' is not a literal x.y.z version"))
        }
        return .success(VersionOperand(version: version, spelling: spelling, range: range))
    }

    /// The version a literal expression spells, if it is one: `"1.2.3"`, `Version(1, 2, 3)`, `Version("1.2.3")!`.
    func versionLiteral(_ value: Range<Int>) -> SemanticVersion? {
        if value.count == 1 { return stringValue(value).flatMap(SemanticVersion.init) }
        var end = value.upperBound
        if text(end - 1) == "!" { end -= 1 }
        guard end - value.lowerBound >= 3, text(value.lowerBound) == "Version", text(value.lowerBound + 1) == "(",
              partner[value.lowerBound + 1] == end - 1 else { return nil }
        let inner = arguments(open: value.lowerBound + 1, close: end - 1)
        if inner.count == 1, let only = inner.first, only.label == nil {
            return stringValue(only.value).flatMap(SemanticVersion.init)
        }
        guard inner.count == 3 else { return nil }
        var numbers: [Int] = []
        for a in inner {
            guard a.label == nil, a.value.count == 1, tokens[a.value.lowerBound].kind == .number,
                  let n = Int(text(a.value.lowerBound).filter { $0 != "_" }) else { return nil }
            numbers.append(n)
        }
        return SemanticVersion(numbers[0], numbers[1], numbers[2])
    }

    /// A version held in a constant: usable only when the constant is a literal used once,
    /// so changing it cannot change another requirement.
    private func constant(named name: String, range: Range<Int>) -> Result<VersionOperand, RequirementFailure> {
        guard let declaration = constants.declarations[name] else {
            return .failure(RequirementFailure(reason: "version '\(name)' is not a literal ceiling can find"))
        }
        guard let version = versionLiteral(declaration.value) else {
            return .failure(RequirementFailure(reason: "constant '\(name)' does not hold a literal x.y.z version"))
        }
        let uses = constants.uses(of: name)
        guard uses == 1 else {
            return .failure(RequirementFailure(reason: "warning: version constant '\(name)' is used \(uses) times; cap it by hand"))
        }
        let literal = declaration.value.count == 1 ? tokens[declaration.value.lowerBound].stringLiteral?.contentRange : nil
        return .success(VersionOperand(version: version, spelling: name, range: range, constantLiteral: literal))
    }
}
