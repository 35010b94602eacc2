import SourceText

/// A small strict JSON reader (RFC 8259) for lock files: linear, without recursion (an
/// explicit stack, nesting capped so even freeing the tree stays shallow), and every error
/// a `Diagnostic` at the byte where the document stops being JSON.
package struct JSONReader {
    /// Deeper documents are refused: no lock nests more than a handful of levels.
    static let maximumDepth = 512

    let bytes: [UInt8]
    var i: Int

    /// An open object or array waiting for its next member or element.
    private enum Frame {
        case object(offset: Int, members: [JSONValue.Member], key: String, keyOffset: Int)
        case array(offset: Int, elements: [JSONValue])
    }

    private init(_ file: SourceFile) {
        bytes = file.bytes
        i = file.contentStart
    }

    /// Reads the whole file as one JSON value.
    package static func parse(_ file: SourceFile) -> Result<JSONValue, Diagnostic> {
        var reader = JSONReader(file)
        do {
            return .success(try reader.document())
        } catch {
            return .failure(error)
        }
    }

    private mutating func document() throws(Diagnostic) -> JSONValue {
        var stack: [Frame] = []
        while true {
            skipWhitespace()
            guard i < bytes.count else { throw fail("expected a JSON value") }
            var value: JSONValue
            let start = i
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < Self.maximumDepth else {
                    throw fail("expected at most \(Self.maximumDepth) levels of nesting")
                }
                let isObject = bytes[i] == UInt8(ascii: "{")
                i += 1
                skipWhitespace()
                if i < bytes.count, bytes[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    i += 1
                    value = JSONValue(offset: start, kind: isObject ? .object([]) : .array([]))
                } else if isObject {
                    let (key, keyOffset) = try memberKey()
                    stack.append(.object(offset: start, members: [], key: key, keyOffset: keyOffset))
                    continue
                } else {
                    stack.append(.array(offset: start, elements: []))
                    continue
                }
            case UInt8(ascii: "\""):
                value = JSONValue(offset: start, kind: .string(try string()))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = JSONValue(offset: start, kind: .number(try number()))
            case UInt8(ascii: "t"):
                try literal("true")
                value = JSONValue(offset: start, kind: .bool(true))
            case UInt8(ascii: "f"):
                try literal("false")
                value = JSONValue(offset: start, kind: .bool(false))
            case UInt8(ascii: "n"):
                try literal("null")
                value = JSONValue(offset: start, kind: .null)
            default:
                throw fail("expected a JSON value")
            }
            // Hand the finished value to its container; closing brackets may finish several.
            while true {
                guard let top = stack.popLast() else {
                    skipWhitespace()
                    guard i >= bytes.count else { throw fail("expected the end of the document") }
                    return value
                }
                skipWhitespace()
                switch top {
                case .array(let offset, var elements):
                    elements.append(value)
                    if try separator(close: UInt8(ascii: "]")) {
                        value = JSONValue(offset: offset, kind: .array(elements))
                        continue
                    }
                    stack.append(.array(offset: offset, elements: elements))
                case .object(let offset, var members, let key, let keyOffset):
                    members.append(JSONValue.Member(key: key, keyOffset: keyOffset, value: value))
                    if try separator(close: UInt8(ascii: "}")) {
                        value = JSONValue(offset: offset, kind: .object(members))
                        continue
                    }
                    let (next, nextOffset) = try memberKey()
                    stack.append(.object(offset: offset, members: members, key: next, keyOffset: nextOffset))
                }
                break
            }
        }
    }

    /// After an element: `,` (returns false: another follows) or the closing bracket (returns true).
    private mutating func separator(close: UInt8) throws(Diagnostic) -> Bool {
        if i < bytes.count, bytes[i] == UInt8(ascii: ",") {
            i += 1
            return false
        }
        if i < bytes.count, bytes[i] == close {
            i += 1
            return true
        }
        throw fail("expected `,` or `\(Character(Unicode.Scalar(close)))`")
    }

    /// `"key" :` at the start of an object member, leaving the reader at the value.
    private mutating func memberKey() throws(Diagnostic) -> (String, Int) {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
        let offset = i
        let key = try string()
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected `:` after the key") }
        i += 1
        return (key, offset)
    }

    private mutating func skipWhitespace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func literal(_ word: StaticString) throws(Diagnostic) {
        let start = i
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for b in expected {
            guard i < bytes.count, bytes[i] == b else {
                i = start
                throw fail("expected a JSON value")
            }
            i += 1
        }
    }

    func fail(_ message: String) -> Diagnostic {
        Diagnostic(offset: i, message: message)
    }
}
