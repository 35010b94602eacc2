/// A decoded TOML value; containers keep their source offsets so scanners can point back at them.
///
/// Scalars other than strings and date-times carry only their value; find where one was
/// written from its key (`TOMLTable.entries`' `keyOffset`).
public indirect enum TOMLValue: Sendable {
    /// A string of any of the four styles, with its spans.
    case string(TOMLString)
    /// An integer: decimal, `0x`, `0o` or `0b`, underscores removed (TOML 1.0 requires 64-bit).
    case integer(Int64)
    /// A float, `inf` and `nan` included.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// An offset or local date-time, a local date, or a local time.
    case datetime(TOMLDateTime)
    /// A `[...]` array or an array of tables.
    case array(TOMLArray)
    /// A `[header]` table, a dotted-key table, or an inline `{...}` table.
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
    /// The elements in order; an array of tables holds `.table` values, one per `[[name]]` header.
    public var elements: [TOMLValue]
    /// Byte offset of the opening `[` of a static array, or of the first `[[` header of an array of tables.
    public var offset: Int
    /// Whether this array was built from `[[name]]` headers rather than written as a value.
    public var isArrayOfTables: Bool

    /// An array as the parser builds it.
    init(elements: [TOMLValue], offset: Int, isArrayOfTables: Bool = false) {
        self.elements = elements
        self.offset = offset
        self.isArrayOfTables = isArrayOfTables
    }
}
