import ArticleModel

/// Why an article could not be read. Every case names the input it is about: a path as the
/// user typed it, or `-` for standard input.
///
/// ``description`` is one line, `<input>: <reason>`, without a program-name prefix; the CLI
/// prints `byline: ` followed by it on standard error and exits with status 1, for example
/// `byline: notes/: is a directory`. Control characters in a path are shown as Control
/// Pictures (see ``TextDecoding``) so the message stays one inert line.
public enum ArticleInputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The path names a directory.
    case isDirectory(input: String)
    /// Nothing exists at the path (`ENOENT`, and `ENOTDIR` for a path through a file).
    case notFound(input: String)
    /// The path exists but may not be read (`EACCES`, `EPERM`).
    case permissionDenied(input: String)
    /// The input is larger than the limit, in bytes. `size` is the file's size in bytes from
    /// `stat`, or `nil` when the input is a stream (standard input, a pipe) and reading
    /// stopped once the limit was passed.
    case tooLarge(input: String, size: Int?, limit: Int)
    /// The input holds NUL bytes in a way text does not (see ``ArticleInput/check(_:input:)``).
    case binaryNULBytes(input: String)
    /// Too much of the input is not valid UTF-8 to be text (see ``ArticleInput/check(_:input:)``).
    case binaryNotUTF8(input: String)
    /// The input starts with a UTF-16 byte order mark; Byline reads UTF-8 only.
    case unsupportedUTF16(input: String)
    /// Any other failure of `open`, `fstat` or `read`; `reason` is the system's message
    /// (`strerror`), lower-cased at its first letter.
    case unreadable(input: String, reason: String)
    /// The input is (or was declared to be) a format this build cannot parse yet.
    case unsupportedFormat(input: String, format: ArticleFormat)
    /// The page holds no article: `reason` says what it is instead ("an index page of 24
    /// story links", "a login page", "almost no text (40 characters)"). `--force` shows what
    /// was found anyway.
    case notAnArticle(input: String, reason: String)

    /// The input the error is about, as given (`-` for standard input).
    public var input: String {
        switch self {
        case .isDirectory(let input), .notFound(let input), .permissionDenied(let input),
             .tooLarge(let input, _, _), .binaryNULBytes(let input), .binaryNotUTF8(let input),
             .unsupportedUTF16(let input), .unreadable(let input, _),
             .unsupportedFormat(let input, _), .notAnArticle(let input, _):
            return input
        }
    }

    /// One line, `<input>: <reason>`, for example `notes/: is a directory`,
    /// `big.txt: file is larger than 64 MiB (70.2 MiB)` or
    /// `standard input: input is larger than 64 MiB`. Sizes are in MiB (2^20 bytes) with one
    /// decimal, rounded up so a file just over the limit never reads as equal to it.
    public var description: String {
        "\(Self.displayName(of: input)): \(reason)"
    }

    /// The reason part of ``description``.
    public var reason: String {
        switch self {
        case .isDirectory:
            return "is a directory"
        case .notFound:
            return "no such file"
        case .permissionDenied:
            return "permission denied"
        case .tooLarge(_, let size, let limit):
            if let size {
                return "file is larger than \(Self.mebibytes(limit)) (\(Self.mebibytes(size)))"
            }
            return "input is larger than \(Self.mebibytes(limit))"
        case .binaryNULBytes:
            return "looks like a binary file (NUL bytes)"
        case .binaryNotUTF8:
            return "looks like a binary file (not UTF-8 text)"
        case .unsupportedUTF16:
            return "looks like UTF-16 text; only UTF-8 is supported"
        case .unreadable(_, let reason):
            return reason
        case .unsupportedFormat(_, let format):
            return "\(Self.formatName(format)) is not supported yet"
        case .notAnArticle(_, let reason):
            return "not an article: \(reason) (--force shows what was found)"
        }
    }

    /// The format's name as users know it ("HTML", "Markdown", "plain text").
    static func formatName(_ format: ArticleFormat) -> String {
        switch format {
        case .plainText: return "plain text"
        case .html: return "HTML"
        case .markdown: return "Markdown"
        }
    }

    /// `-` reads as "standard input"; the empty path as `''`; control characters in a path
    /// become visible.
    static func displayName(of input: String) -> String {
        if input == ArticleInput.standardInputName { return "standard input" }
        if input.isEmpty { return "''" }
        return TextDecoding.sanitise(input).replacingLineFeeds()
    }

    /// A byte count as MiB: whole numbers print without decimals ("64 MiB"), others with
    /// one decimal rounded up ("70.2 MiB").
    static func mebibytes(_ bytes: Int) -> String {
        let mebibyte = 1 << 20
        if bytes % mebibyte == 0 { return "\(bytes / mebibyte) MiB" }
        let tenths = (bytes * 10 + mebibyte - 1) / mebibyte
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}

extension String {
    /// Replaces LF (and TAB, which would break a one-line message less but still misalign it)
    /// with their Control Pictures.
    fileprivate func replacingLineFeeds() -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A: result.unicodeScalars.append("\u{240A}")
            case 0x09: result.unicodeScalars.append("\u{2409}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
