/// A JSON value as read from a lock file, with the byte offset where it starts (for messages).
package struct JSONValue: Sendable {
    /// One `"key": value` pair of an object, in file order.
    package struct Member: Sendable {
        var key: String
        var keyOffset: Int
        var value: JSONValue
    }

    package enum Kind: Sendable {
        case object([Member])
        case array([JSONValue])
        case string(String)
        /// The number's text as written (`1.0e3`): locks only ever compare or print it.
        case number(String)
        case bool(Bool)
        case null
    }

    var offset: Int
    package var kind: Kind

    init(offset: Int, kind: Kind) {
        self.offset = offset
        self.kind = kind
    }

    /// The value of `key` in an object (the last one when a key repeats, as most readers do).
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.key == key }?.value
    }

    var members: [Member]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    package var elements: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    package var string: String? {
        if case .string(let text) = kind { return text }
        return nil
    }
}
