/// A small deterministic generator, so mutation runs are reproducible.
package struct SplitMix {
    package var state: UInt64
    package init(seed: UInt64) { state = seed }
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix {
    /// `input` cut at a random offset, with one byte replaced, or with one TOML delimiter
    /// inserted: the mutation parser and scanner robustness tests apply.
    package mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var mutated = input
        guard !mutated.isEmpty else { return mutated }
        let at = Int(next() % UInt64(mutated.count))
        switch next() % 3 {
        case 0: mutated.removeSubrange(at...)
        case 1: mutated[at] = UInt8(truncatingIfNeeded: next())
        default: mutated.insert(Array("[]{}\"',=.#\n\r".utf8)[Int(next() % 12)], at: at)
        }
        return mutated
    }
}
