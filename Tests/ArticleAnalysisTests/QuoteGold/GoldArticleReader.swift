import ArticleModel

/// Builds an ``ArticleModel/Article`` from a quote fixture's plain text *without* the real
/// parser (ArticleAnalysisTests does not depend on ArticleParsing, and the gold should not
/// move when the parser changes). The rules are deliberately few:
///
/// 1. Lines are grouped at blank lines (lines of only whitespace); `\r\n` counts as `\n`.
/// 2. The first line of the first group is the headline (block 0, kind `.headline`, also
///    `metadata.headline`); further lines of that group become a paragraph.
/// 3. If the next group starts with "By ", it is the byline (first line, without "By") and
///    the date (second line, if any) and goes to metadata only.
/// 4. A group of two or more lines whose first line is an image keyword line (three or more
///    comma-separated items of at most three words each, without sentence punctuation or
///    quotation marks) is an image: the keyword line is dropped and the other lines form a
///    `.caption`. The credit is what follows the caption's last sentence end (`.`, `!` or
///    `?`, optionally followed by closing quotation marks, then a space) and goes to
///    `Block.credit`, when that remainder is non-empty and at most 80 scalars long.
/// 5. Every other group is a `.paragraph`; its lines are trimmed and joined with one space.
///
/// Block texts never contain line breaks, so the gold locator can search them directly.
enum GoldArticleReader {
    /// Reads `text` (a fixture file's contents) into an article whose `metadata.source` is
    /// `source`.
    static func article(from text: String, source: String?) -> Article {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var groups: [[String]] = []
        var current: [String] = []
        for line in lines {
            let trimmed = trim(line)
            if trimmed.isEmpty {
                if !current.isEmpty { groups.append(current) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { groups.append(current) }

        var metadata = ArticleMetadata(source: source, format: .plainText)
        var blocks: [Block] = []
        guard var first = groups.first else { return Article(metadata: metadata, blocks: blocks) }
        groups.removeFirst()
        let headline = first.removeFirst()
        metadata.headline = headline
        blocks.append(Block(kind: .headline, text: headline))
        if !first.isEmpty { groups.insert(first, at: 0) }
        else if let header = groups.first, header[0].hasPrefix("By ") {
            metadata.byline = String(header[0].dropFirst(3))
            metadata.date = header.count > 1 ? header[1] : nil
            groups.removeFirst()
        }
        for group in groups {
            if group.count >= 2, isKeywordLine(group[0]) {
                let (caption, credit) = splitCredit(group.dropFirst().joined(separator: " "))
                blocks.append(Block(kind: .caption, text: caption, credit: credit))
            } else {
                blocks.append(Block(kind: .paragraph, text: group.joined(separator: " ")))
            }
        }
        return Article(metadata: metadata, blocks: blocks)
    }

    /// Whether `line` is an image keyword line ("Mayor, Okafor, Signs, Ferry, Accord").
    static func isKeywordLine(_ line: String) -> Bool {
        let items = line.split(separator: ",").map { trim($0) }
        guard items.count >= 3 else { return false }
        let forbidden = Set(".!?:;\"“”„«»「」『』")
        return items.allSatisfy { item in
            !item.isEmpty && item.split(separator: " ").count <= 3 && !item.contains(where: forbidden.contains)
        }
    }

    /// Splits a caption into its text and credit (see rule 4 of the type's documentation).
    static func splitCredit(_ caption: String) -> (text: String, credit: String?) {
        let scalars = Array(caption.unicodeScalars)
        let closers = Set("”\"’»」』".unicodeScalars)
        var index = scalars.count - 1
        while index > 0 {
            if scalars[index] == " " {
                var end = index - 1
                while end > 0, closers.contains(scalars[end]) { end -= 1 }
                if ".!?".unicodeScalars.contains(scalars[end]) {
                    let credit = String(String.UnicodeScalarView(scalars[(index + 1)...]))
                    guard !credit.isEmpty, credit.unicodeScalars.count <= 80 else { break }
                    return (String(String.UnicodeScalarView(scalars[..<index])), credit)
                }
            }
            index -= 1
        }
        return (caption, nil)
    }

    /// `text` without leading and trailing whitespace (spaces, tabs, line ends).
    static func trim(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
