/// The authors of a byline, one by one.
extension BylineRecognizer {
    /// Role phrases written after the names instead of a leading "By" ("Ana Cole and Tomas
    /// Reed, staff writers"), lower-cased, singular and plural.
    static let roleSuffixes: Set<String> = [
        "staff writer", "staff writers", "staff reporter", "staff reporters", "reporter",
        "reporters", "correspondent", "correspondents", "special correspondent",
        "special correspondents", "senior writer", "senior writers", "contributing writer",
        "contributing writers", "contributor", "contributors",
    ]

    /// Words that mark a part of a byline after a comma as a publisher or news agency rather
    /// than an author ("…, Coastline Wire", "…, The Harbour Times"), lower-cased.
    static let organisationWords: Set<String> = [
        "news", "wire", "press", "times", "post", "agency", "herald", "journal", "daily",
        "tribune", "gazette", "bureau", "desk", "media", "network", "radio", "television",
        "tv", "service", "services", "newsroom", "staff",
    ]

    /// The byline written with the role after the names and no "By" ("Ana Cole and Tomas
    /// Reed, staff writers", "Lea Park, Special Correspondent"): the whole line as the names,
    /// or `nil` when the line is not one.
    static func matchRoleSuffix(_ line: String) -> Match? {
        guard line.hasAtMostScalars(maximumLength),
              let comma = line.lastIndex(of: ",") else { return nil }
        var role = line[line.index(after: comma)...].trimmingWhitespace().lowercased()
        if role.hasSuffix(".") { role.removeLast() }
        guard roleSuffixes.contains(role) else { return nil }
        let names = String(line[..<comma]).trimmingWhitespace()
        guard isNames(names) else { return nil }
        return Match(names: line.trimmingWhitespace(), date: nil)
    }

    /// The authors named in a byline's `names` (``Match/names``), in order, each as written:
    /// "Ana Cole and Tomas Reed" → ["Ana Cole", "Tomas Reed"]; "Ana Cole, Tomas Reed and Lea
    /// Park" → three; "Ana Cole and Tomas Reed, staff writers" → two (the role is not an
    /// author); "Ana Cole, Coastline Wire" → ["Ana Cole"] (a last part after a comma that is a
    /// single word after multi-word names, or holds a word of ``organisationWords``, is the
    /// publisher). Names are split at commas, " and ", " & " and " | "; emoji beside a name
    /// stay with it. Empty for an empty string.
    package static func authors(in names: String) -> [String] {
        var parts: [[String]] = []
        for section in names.split(separator: " | ") {
            for commaPart in section.split(separator: ",") {
                var text = commaPart.trimmingWhitespace()
                // "A, B, and C": the serial comma leaves "and C".
                for connector in ["and ", "& "] where text.hasPrefix(connector) {
                    text = String(text.dropFirst(connector.count)).trimmingWhitespace()
                }
                guard !text.isEmpty else { continue }
                // A role ("staff writers") starts with a lower-case letter.
                if let first = text.first, first.isLowercase { continue }
                var pieces: [String] = []
                for andPart in text.split(separator: " and ") {
                    for ampersandPart in andPart.split(separator: " & ") {
                        let piece = ampersandPart.trimmingWhitespace()
                        if !piece.isEmpty { pieces.append(piece) }
                    }
                }
                if !pieces.isEmpty { parts.append(pieces) }
            }
        }
        // The last comma part may be the publisher.
        if parts.count > 1, let last = parts.last, last.count == 1, let only = last.first {
            let words = only.split(separator: " ").map { String($0).lowercased() }
            let earlierAreFullNames = parts.dropLast().joined().allSatisfy { $0.split(separator: " ").count > 1 }
            if words.contains(where: organisationWords.contains) || (words.count == 1 && earlierAreFullNames)
                || roleSuffixes.contains(only.lowercased())
            {
                parts.removeLast()
            }
        }
        return parts.joined().filter { piece in
            !roleSuffixes.contains(piece.lowercased()) && piece.contains { $0.isLetter }
        }
    }
}
