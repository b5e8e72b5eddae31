/// How a ``Citation`` is written out: a template with placeholders, Markdown by default
/// (``markdown``), replaceable in the config file (`citation-template`).
///
/// Syntax:
/// - `{text}`, `{speaker}`, `{role}`, `{headline}`, `{source}`, `{date}`, `{url}`, `{note}`,
///   `{cue}`: the citation's field (cleaned: one line, no controls); an absent field is empty.
/// - `{?…}`: an optional part, written only when every placeholder directly inside it has a
///   value (and, when it has none of its own, when one of the optional parts inside it was
///   written). Optional parts nest: `{?— {speaker}{?, {role}}}`.
/// - `{{` and `}}`: a literal `{` and `}`.
/// - Line feeds in the template are kept; a line that would start with ", " or "; " (the
///   part before it was left out) starts after it, trailing spaces are removed, and so are
///   empty lines at the end.
///
/// The template itself is cleaned like the fields (``CitationText/cleanKeepingLines(_:limit:)``),
/// and what it writes is capped at ``maximumBytes`` bytes of UTF-8.
public struct CitationTemplate: Sendable, Equatable {
    /// A placeholder's name.
    public enum Field: String, Sendable, CaseIterable {
        case text, speaker, role, headline, source, date, url, note, cue

        func value(of citation: Citation) -> String? {
            switch self {
            case .text: return citation.text.isEmpty ? nil : citation.text
            case .speaker: return citation.speaker
            case .role: return citation.role
            case .headline: return citation.headline
            case .source: return citation.source
            case .date: return citation.date
            case .url: return citation.url
            case .note: return citation.note
            case .cue: return citation.cue
            }
        }
    }

    /// Why a template cannot be read; `description` is one line naming the place.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        /// `{name}` with a name that is not a field.
        case unknownPlaceholder(String)
        /// A `{` (or `{?`) with no `}` to close it.
        case unclosed
        /// A `}` that closes nothing (write `}}` for a literal one).
        case strayBrace

        public var description: String {
            switch self {
            case .unknownPlaceholder(let name):
                return "unknown placeholder {\(name)}; placeholders: "
                    + Field.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")
            case .unclosed: return "a { or {? is never closed with }"
            case .strayBrace: return "a } closes nothing (write }} for a literal brace)"
            }
        }
    }

    indirect enum Part: Sendable, Equatable {
        case literal(String)
        case field(Field)
        case optional([Part])
    }

    /// The most a written citation takes, in bytes of UTF-8 (longer ones are cut with "…").
    public static let maximumBytes = 8192
    /// The longest template accepted, in grapheme clusters (longer ones are cut).
    public static let maximumTemplateLength = 2000

    /// The template as given (after cleaning).
    public let source: String
    let parts: [Part]

    /// The default: a Markdown block quote, the speaker and role under it, then the
    /// headline in italics, the source, the date and the URL or path on a line of their own,
    /// and the reader's note (a highlight's) after a blank line.
    public static let markdown: CitationTemplate = {
        let text = "> {text}\n{?>\n> — {speaker}{?, {role}}\n}\n{?*{headline}*}{?, {source}}{?, {date}}{?, {url}}{?\n\nNote: {note}}"
        // The literal above parses; `try!` is not used so that no path can trap.
        return (try? CitationTemplate(text)) ?? CitationTemplate(source: text, parts: [.field(.text)])
    }()

    private init(source: String, parts: [Part]) {
        self.source = source
        self.parts = parts
    }

    /// Reads `template` (see the type's syntax).
    /// - Throws: ``ParseError`` for an unknown placeholder, an unclosed `{` or a stray `}`.
    public init(_ template: String) throws(ParseError) {
        let cleaned = CitationText.cleanKeepingLines(template, limit: Self.maximumTemplateLength)
        var stack: [[Part]] = [[]]
        var literal = ""
        func flush() {
            if !literal.isEmpty { stack[stack.count - 1].append(.literal(literal)) }
            literal = ""
        }
        var index = cleaned.startIndex
        while index < cleaned.endIndex {
            let character = cleaned[index]
            let next = cleaned.index(after: index)
            let following = next < cleaned.endIndex ? cleaned[next] : nil
            if character == "{" && following == "{" || character == "}" && following == "}" {
                literal.append(character)
                index = cleaned.index(after: next)
                continue
            }
            if character == "{" && following == "?" {
                flush()
                stack.append([])
                index = cleaned.index(after: next)
                continue
            }
            if character == "{" {
                guard let close = cleaned[next...].firstIndex(of: "}") else { throw .unclosed }
                let name = String(cleaned[next..<close])
                guard let field = Field(rawValue: name) else { throw .unknownPlaceholder(name) }
                flush()
                stack[stack.count - 1].append(.field(field))
                index = cleaned.index(after: close)
                continue
            }
            if character == "}" {
                guard stack.count > 1 else { throw .strayBrace }
                flush()
                let group = stack.removeLast()
                stack[stack.count - 1].append(.optional(group))
                index = next
                continue
            }
            literal.append(character)
            index = next
        }
        guard stack.count == 1 else { throw .unclosed }
        flush()
        self.source = cleaned
        self.parts = stack[0]
    }

    /// `citation` written with this template, at most ``maximumBytes`` bytes of UTF-8, with
    /// no control character other than the template's line feeds.
    public func render(_ citation: Citation) -> String {
        let written = Self.write(parts, citation) ?? ""
        let lines = written.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var line = line
            while line.hasPrefix(", ") || line.hasPrefix("; ") { line = line.dropFirst(2) }
            while line.last == " " { line = line.dropLast() }
            return line
        }
        let kept = lines.reversed().drop { $0.isEmpty }.reversed()
        return CitationText.cap(kept.joined(separator: "\n"), utf8Bytes: Self.maximumBytes)
    }

    /// The text of `parts`, or `nil` for an optional part to be left out.
    private static func write(_ parts: [Part], _ citation: Citation, optional: Bool = false) -> String? {
        var out = ""
        var hasField = false
        var wroteGroup = false
        for part in parts {
            switch part {
            case .literal(let text): out += text
            case .field(let field):
                hasField = true
                guard let value = field.value(of: citation) else {
                    if optional { return nil }
                    continue
                }
                out += value
            case .optional(let inner):
                if let text = write(inner, citation, optional: true) {
                    out += text
                    wroteGroup = true
                }
            }
        }
        if optional && !hasField && !wroteGroup { return nil }
        return out
    }
}
