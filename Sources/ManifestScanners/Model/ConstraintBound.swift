import PythonVersions

/// Whether a constraint ceiling will not edit still lacks an upper bound: what decides
/// that a Skip is listed by `--check`, warned about, and marked `"unbounded"` in JSON.
///
/// The rule is one-sided on purpose: a constraint counts as bounded only when ceiling can
/// show the bound. Text that does not parse, or whose version is hidden behind a variable,
/// is unbounded as far as a CI gate may know.
///
///     requests>=2.0                    unbounded
///     requests>=2.0,<3                 bounded
///     requests==${REQUESTS_VERSION}    bounded (any value of the variable is a pin)
///     requests>=${REQUESTS_VERSION}    unbounded
///     pkg @ https://host/pkg.whl       not a version constraint: not unbounded
///     python>=3.8                      the interpreter, never capped: not unbounded
package enum ConstraintBound {
    /// Whether the PEP 503-normalized `name` is the interpreter (`python`, `Python`, `PYTHON`).
    package static func isInterpreter(_ name: String) -> Bool {
        PackageName.normalize(name) == "python"
    }

    /// Whether a PEP 508 requirement (`name[extras] specifiers ; marker`) has no upper bound.
    /// A requirement that does not parse has none ceiling can show; a URL reference is not a
    /// version constraint.
    static func isUnbounded(requirement value: [UInt8]) -> Bool {
        switch PEP508Requirement.parse(value) {
        case .success(let requirement):
            if isInterpreter(requirement.name) { return false }
            return requirement.url == nil && !requirement.specifier.hasUpperBound
        case .failure:
            let (name, _) = RequirementText.leadingName(value[...])
            return !isInterpreter(name)
        }
    }

    /// `isUnbounded(requirement:)` with every `${VAR}` read as the version `0`, so that only
    /// the operators written around it decide: `==${V}` is a pin, `>=${V}` is not.
    static func isUnbounded(requirementWithVariables value: [UInt8]) -> Bool {
        isUnbounded(requirement: replacingVariables(value))
    }

    /// `value` with each `${NAME}` replaced by `0`.
    static func replacingVariables(_ value: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(value.count)
        var i = 0
        while i < value.count {
            if value[i] == UInt8(ascii: "$"), i + 1 < value.count, value[i + 1] == UInt8(ascii: "{"),
               let close = value[(i + 2)...].firstIndex(of: UInt8(ascii: "}")) {
                out.append(UInt8(ascii: "0"))
                i = close + 1
                continue
            }
            out.append(value[i])
            i += 1
        }
        return out
    }

    /// The `NAME`s of the `${NAME}` variables in `value`, in order.
    static func variableNames(_ value: [UInt8]) -> [String] {
        var names: [String] = []
        var i = 0
        while i + 1 < value.count {
            if value[i] == UInt8(ascii: "$"), value[i + 1] == UInt8(ascii: "{"),
               let close = value[(i + 2)...].firstIndex(of: UInt8(ascii: "}")) {
                names.append(String(decoding: value[(i + 2)..<close], as: UTF8.self))
                i = close + 1
                continue
            }
            i += 1
        }
        return names
    }
}
