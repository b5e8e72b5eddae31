/// Publication dates: ISO 8601 normalisation of what a page declares, and a readable form.
enum PublicationDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The ISO 8601 form of a declared date: `YYYY-MM-DD` or `YYYY/MM/DD` at the start, with
    /// a time (`THH:MM[:SS][.fff]`) and offset (`Z`, `±HH:MM`, `±HHMM`) kept when present;
    /// a space instead of `T` is accepted. `nil` when the value does not start with a date.
    static func iso8601(_ value: String) -> String? {
        let scalars = Array(value.trimmingCharacters(in: " \t\n").unicodeScalars)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= scalars.count else { return nil }
            var number = 0
            for scalar in scalars[start..<start + count] {
                guard ("0"..."9").contains(scalar) else { return nil }
                number = number * 10 + Int(scalar.value - 48)
            }
            return number
        }
        guard let year = digits(0, 4), scalars.count >= 10, scalars[4] == "-" || scalars[4] == "/",
              scalars[7] == scalars[4], let month = digits(5, 2), let day = digits(8, 2),
              (1...12).contains(month), (1...31).contains(day), year >= 1800 else { return nil }
        var result = String(format4(year)) + "-" + two(month) + "-" + two(day)
        guard scalars.count >= 16, scalars[10] == "T" || scalars[10] == " ", let hour = digits(11, 2), scalars[13] == ":",
              let minute = digits(14, 2), hour < 24, minute < 60 else { return result }
        result += "T" + two(hour) + ":" + two(minute)
        var index = 16
        if index + 2 < scalars.count + 0, index < scalars.count, scalars[index] == ":", let second = digits(index + 1, 2), second < 61 {
            result += ":" + two(second)
            index += 3
        } else {
            result += ":00"
        }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        }
        if index < scalars.count {
            if scalars[index] == "Z" {
                result += "Z"
            } else if scalars[index] == "+" || scalars[index] == "-", let offsetHour = digits(index + 1, 2) {
                var offsetMinute = 0
                if index + 3 < scalars.count, scalars[index + 3] == ":" { offsetMinute = digits(index + 4, 2) ?? 0 } else { offsetMinute = digits(index + 3, 2) ?? 0 }
                result += String(scalars[index]) + two(offsetHour) + ":" + two(offsetMinute)
            }
        }
        return result
    }

    /// "June 18, 2021" for an ISO 8601 date.
    static func readable(_ iso: String) -> String? {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return nil }
        return "\(months[month - 1]) \(day), \(year)"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func format4(_ value: Int) -> String { String(value) }
}
