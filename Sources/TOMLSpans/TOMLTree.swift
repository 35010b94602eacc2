import SourceText

/// The document under construction: an arena of nodes that enforces TOML's
/// rules on defining tables and keys, then freezes into `TOMLValue`s.
///
/// An arena (nodes addressed by index) lets headers reopen tables anywhere in
/// the tree without copying values, so building stays linear.
struct TOMLTree {
    /// What a node is, and for tables how it was introduced (which decides what may extend it).
    enum Kind {
        case table(TOMLTable.Form)
        case arrayOfTables
        case staticArray
        case scalar(TOMLValue)
        /// A key whose value was checked but not kept (`TOMLParser.keptKeys`): it still
        /// takes its place in the rules on redefinition, and is left out when freezing.
        case skipped
    }

    /// One table, array or scalar; large tables index their children by key for linear-time building.
    struct Node {
        var kind: Kind
        var offset: Int
        var depth: Int
        /// Tables: child per entry, in order; arrays: elements.
        var children: [Int] = []
        var keys: [String] = []
        var keyOffsets: [Int] = []
        /// Key to child, built once a table has `indexThreshold` keys; smaller tables (nearly
        /// all) are searched in `keys`, which costs less than hashing into a dictionary.
        var index: [String: Int] = [:]
    }

    static let indexThreshold = 16

    /// Deeper nesting is refused: it keeps freezing (which recurses) safe on any input.
    static let maxDepth = 128

    private(set) var nodes: [Node] = [Node(kind: .table(.root), offset: 0, depth: 0)]

    /// Adds a detached node one level below `parentDepth`.
    mutating func makeNode(_ kind: Kind, offset: Int, parentDepth: Int) throws(Diagnostic) -> Int {
        let depth = parentDepth + 1
        if depth > Self.maxDepth {
            throw Diagnostic(offset: offset, message: "nesting deeper than \(Self.maxDepth) levels")
        }
        nodes.append(Node(kind: kind, offset: offset, depth: depth))
        return nodes.count - 1
    }

    func depth(_ node: Int) -> Int { nodes[node].depth }

    /// Adds an element to a static array or an array of tables.
    mutating func appendElement(_ child: Int, to array: Int) {
        nodes[array].children.append(child)
    }

    /// Marks a finished `{...}` so nothing outside it can add keys.
    mutating func seal(_ node: Int) {
        nodes[node].kind = .table(.inline)
    }

    /// Records `child` under `key` in `table`, keeping source order.
    private mutating func attach(_ child: Int, as key: TOMLKey, to table: Int) {
        nodes[table].children.append(child)
        nodes[table].keys.append(key.name)
        nodes[table].keyOffsets.append(key.offset)
        let count = nodes[table].keys.count
        if count > Self.indexThreshold {
            nodes[table].index[key.name] = child
        } else if count == Self.indexThreshold {
            for i in 0..<count { nodes[table].index[nodes[table].keys[i]] = nodes[table].children[i] }
        }
    }

    /// The child of `table` under `name`, if any.
    func child(of table: Int, named name: String) -> Int? {
        if nodes[table].keys.count >= Self.indexThreshold { return nodes[table].index[name] }
        guard let i = nodes[table].keys.firstIndex(of: name) else { return nil }
        return nodes[table].children[i]
    }

    /// Resolves `[a.b.c]` or `[[a.b.c]]` and returns the table that following key/values fill.
    mutating func openHeader(_ path: [TOMLKey], isArray: Bool, offset: Int) throws(Diagnostic) -> Int {
        var current = 0
        for (i, key) in path.enumerated() {
            let isLast = i == path.count - 1
            guard let existing = child(of: current, named: key.name) else {
                if isLast && isArray {
                    let array = try makeNode(.arrayOfTables, offset: offset, parentDepth: nodes[current].depth)
                    attach(array, as: key, to: current)
                    let element = try makeNode(.table(.header), offset: offset, parentDepth: nodes[array].depth)
                    appendElement(element, to: array)
                    return element
                }
                let table = try makeNode(.table(isLast ? .header : .implicit), offset: isLast ? offset : key.offset,
                                         parentDepth: nodes[current].depth)
                attach(table, as: key, to: current)
                current = table
                continue
            }
            switch nodes[existing].kind {
            case .table(let form):
                if isLast {
                    if isArray {
                        throw Diagnostic(offset: key.offset, message: "'\(key.name)' is already a table, not an array of tables")
                    }
                    guard form == .implicit else {
                        throw Diagnostic(offset: key.offset, message: "table '\(key.name)' is already defined")
                    }
                    nodes[existing].kind = .table(.header)
                    return existing
                }
                if form == .inline {
                    throw Diagnostic(offset: key.offset, message: "cannot extend inline table '\(key.name)'")
                }
                current = existing
            case .arrayOfTables:
                if isLast {
                    guard isArray else {
                        throw Diagnostic(offset: key.offset, message: "'\(key.name)' is already an array of tables")
                    }
                    let element = try makeNode(.table(.header), offset: offset, parentDepth: nodes[existing].depth)
                    appendElement(element, to: existing)
                    return element
                }
                // A header below an array of tables extends its latest element.
                guard let last = nodes[existing].children.last else {
                    throw Diagnostic(offset: key.offset, message: "array of tables '\(key.name)' is empty")
                }
                current = last
            case .staticArray:
                throw Diagnostic(offset: key.offset, message: "cannot extend array '\(key.name)' with a table header")
            case .scalar, .skipped:
                throw Diagnostic(offset: key.offset, message: "key '\(key.name)' is already a value, not a table")
            }
        }
        return current
    }

    /// Stores `value` under a possibly dotted `path` relative to `table`.
    mutating func insert(_ value: Int, at path: [TOMLKey], in table: Int) throws(Diagnostic) {
        var current = table
        for key in path.dropLast() {
            if let existing = child(of: current, named: key.name) {
                guard case .table(let form) = nodes[existing].kind else {
                    throw Diagnostic(offset: key.offset, message: "key '\(key.name)' is already a value, not a table")
                }
                switch form {
                case .dotted: break
                case .implicit: nodes[existing].kind = .table(.dotted)
                case .root, .header, .inline:
                    throw Diagnostic(offset: key.offset, message: "cannot add keys to table '\(key.name)' with a dotted key here")
                }
                current = existing
            } else {
                let created = try makeNode(.table(.dotted), offset: key.offset, parentDepth: nodes[current].depth)
                attach(created, as: key, to: current)
                current = created
            }
        }
        guard let last = path.last else { return }
        try insert(value, key: last, in: current)
    }

    /// Stores `value` under a single `key` in `table`.
    mutating func insert(_ value: Int, key: TOMLKey, in table: Int) throws(Diagnostic) {
        if child(of: table, named: key.name) != nil {
            throw Diagnostic(offset: key.offset, message: "duplicate key '\(key.name)'")
        }
        attach(value, as: key, to: table)
    }

    /// Converts the arena into values; recursion is bounded by `maxDepth`.
    func freeze(_ node: Int = 0) -> TOMLValue {
        let n = nodes[node]
        switch n.kind {
        case .scalar(let value):
            return value
        case .skipped:
            // Never reached: freezing a table leaves skipped entries out.
            return .boolean(false)
        case .staticArray, .arrayOfTables:
            var isAoT = false
            if case .arrayOfTables = n.kind { isAoT = true }
            return .array(TOMLArray(elements: n.children.map { freeze($0) }, offset: n.offset, isArrayOfTables: isAoT))
        case .table(let form):
            var entries: [(key: String, keyOffset: Int, value: TOMLValue)] = []
            var skipped: [(key: String, keyOffset: Int)] = []
            entries.reserveCapacity(n.children.count)
            for i in n.children.indices {
                if case .skipped = nodes[n.children[i]].kind {
                    skipped.append((n.keys[i], n.keyOffsets[i]))
                    continue
                }
                entries.append((n.keys[i], n.keyOffsets[i], freeze(n.children[i])))
            }
            return .table(TOMLTable(entries: entries, offset: n.offset, form: form, skippedKeys: skipped))
        }
    }
}

/// One decoded key segment and where it was written.
struct TOMLKey {
    var name: String
    var offset: Int
}
