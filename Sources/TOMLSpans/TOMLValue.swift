/// A decoded TOML value; containers keep their source offsets so scanners can point back at them.
public indirect enum TOMLValue: Sendable {
    case string(TOMLString)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case datetime(TOMLDateTime)
    case array(TOMLArray)
    case table(TOMLTable)

    /// The string, if this is one.
    public var stringValue: TOMLString? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The table (ordinary, inline, or one element of an array of tables), if this is one.
    public var tableValue: TOMLTable? {
        if case .table(let t) = self { return t }
        return nil
    }

    /// The array (static or array of tables), if this is one.
    public var arrayValue: TOMLArray? {
        if case .array(let a) = self { return a }
        return nil
    }
}

/// An array: a static `[...]` value or an array of tables (`[[name]]`).
public struct TOMLArray: Sendable {
    public var elements: [TOMLValue]
    /// The opening `[` of a static array, or of the first `[[` header of an array of tables.
    public var offset: Int
    /// Whether this array was built from `[[name]]` headers rather than written as a value.
    public var isArrayOfTables: Bool

    public init(elements: [TOMLValue], offset: Int, isArrayOfTables: Bool = false) {
        self.elements = elements
        self.offset = offset
        self.isArrayOfTables = isArrayOfTables
    }
}
