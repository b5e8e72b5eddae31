/// A CSV reader that follows RFC 4180 strictly, written for the tests: records end with
/// CR LF, fields are separated by commas, a field starting with a double quote runs to the
/// next lone double quote (`""` inside is one quote) and may hold commas, CR and LF.
/// Independent of the writer under test (it shares no code with it).
enum RFC4180Reader {
    struct Malformed: Error, Equatable { let reason: String }

    static func records(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var i = 0
        var atFieldStart = true
        while i < scalars.count {
            let c = scalars[i]
            if atFieldStart && c == "\"" {
                i += 1
                while true {
                    guard i < scalars.count else { throw Malformed(reason: "unterminated quoted field") }
                    if scalars[i] == "\"" {
                        if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                            field.append("\"")
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    field.append(scalars[i])
                    i += 1
                }
                atFieldStart = false
                guard i == scalars.count || scalars[i] == "," || scalars[i] == "\r" else {
                    throw Malformed(reason: "text after a closing quote")
                }
                continue
            }
            if c == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
                atFieldStart = true
                i += 1
                continue
            }
            if c == "\r" {
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { throw Malformed(reason: "CR without LF") }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                atFieldStart = true
                i += 2
                continue
            }
            if c == "\"" || c == "\n" { throw Malformed(reason: "quote or LF in an unquoted field") }
            field.append(c)
            atFieldStart = false
            i += 1
        }
        if !atFieldStart || !record.isEmpty {
            record.append(String(field))
            records.append(record)
        }
        return records
    }
}
