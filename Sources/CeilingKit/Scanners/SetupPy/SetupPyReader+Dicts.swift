/// A dict a setup.py writes out: a `{"key": value}` literal or a `dict(key=value)` call.
///
///     setup(extras_require=dict(dev=["pytest>=7"]))
///     ARGS = dict(install_requires=["click>=7"])
///     setup(**ARGS)
struct DictForm {
    /// The `{` of a literal, or the `dict` of a call.
    let open: Int
    /// The tokens between the brackets.
    let inner: Range<Int>
    let isCall: Bool

    /// One entry: a key (nil when it is not a plain string) and its value, an unpacking, or anything else.
    enum Entry {
        case pair(key: String?, value: Range<Int>)
        case unpacked(at: Int)
        case other(at: Int)
    }

    /// `range` as a dict, when it is exactly a literal or a call of the builtin `dict`
    /// (not when the file binds `dict` itself).
    init?(_ range: Range<Int>, in reader: SetupPyReader) {
        guard let first = range.first else { return nil }
        if reader.isOp(first, "{"), reader.closing[first] == range.upperBound - 1 {
            self.init(open: first, inner: (first + 1)..<(range.upperBound - 1), isCall: false)
            return
        }
        guard reader.isName(first, "dict"), !reader.bindings.isBound("dict"), reader.isOp(first + 1, "("),
              reader.closing[first + 1] == range.upperBound - 1 else { return nil }
        self.init(open: first, inner: (first + 2)..<(range.upperBound - 1), isCall: true)
    }

    private init(open: Int, inner: Range<Int>, isCall: Bool) {
        self.open = open
        self.inner = inner
        self.isCall = isCall
    }

    /// The entries in order: `"k": v` in a literal, `k=v` in a call.
    func entries(in reader: SetupPyReader) -> [Entry] {
        reader.split(inner, on: ",").compactMap { entry -> Entry? in
            guard let first = entry.first else { return nil }
            if reader.isOp(first, "**") { return .unpacked(at: first) }
            if isCall {
                guard entry.count >= 3, reader.tokens[first].kind == .name, reader.isOp(first + 1, "=") else { return .other(at: first) }
                return .pair(key: reader.text(first), value: (first + 2)..<entry.upperBound)
            }
            let parts = reader.split(entry, on: ":")
            guard parts.count == 2, let keyRange = parts.first, let value = parts.last else { return .other(at: first) }
            var key: String?
            if keyRange.count == 1, case .string(let literal) = reader.tokens[keyRange.lowerBound].kind,
               !literal.isFormatted, !literal.isBytes,
               case .success(let decoded) = PythonStringDecoder.decode(literal, in: reader.bytes) {
                key = decoded.string
            }
            return .pair(key: key, value: value)
        }
    }
}

extension SetupPyReader {
    /// `setup(**NAME)`, `setup(**{...})` or `setup(**dict(...))`: the requirement arguments in
    /// the unpacked dict are read as if written in the call. NAME must be bound once, at
    /// module level, to such a dict; anything else is a Skip, as nothing in it can be read.
    mutating func readUnpackedArguments(_ raw: Range<Int>) {
        var range = unparenthesized(raw)
        guard let first = range.first else { return }
        if range.count == 1, tokens[first].kind == .name {
            switch bindings.lookup(text(first)) {
            case .value(let value): range = unparenthesized(value)
            case .unusable(let why):
                return skip(first, "the arguments unpacked into setup() are \(why) (\(text(first))); not read")
            }
        }
        guard let dict = DictForm(range, in: self) else {
            return skip(first, "the arguments unpacked into setup() are \(describe(range)); not read")
        }
        for case .pair(let key?, let value) in dict.entries(in: self) where SetupPyScanner.keys.contains(key) {
            readValue(value, label: key, allowsDict: key == "extras_require", followsNames: true)
        }
    }
}
