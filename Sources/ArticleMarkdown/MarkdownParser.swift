import ArticleModel
import ArticleParsing

/// Reads a Markdown post (CommonMark with GitHub Flavored Markdown's extensions, optional
/// YAML or TOML front matter, static-site template tags) into an ``ArticleModel/Article``.
///
/// Steps, each linear in the input's length:
/// 1. The bytes are decoded and sanitised (``ArticleParsing/TextDecoding``).
/// 2. Front matter is split off and read (``FrontMatter``): it is never shown.
/// 3. Template tags are removed or made figures and code (``TemplateTags``).
/// 4. cmark-gfm parses the rest; the tree becomes blocks, figures and links
///    (``MarkdownTree``, raw HTML through ``RawHTML``).
/// 5. Metadata: the headline is the front matter's title, else the first level-1 heading
///    when it comes before any other heading (it then leaves the body); a body heading
///    repeating the title is dropped. Authors from the front matter (joined as the byline),
///    else a byline paragraph ("By Ana Ruiz", ``ArticleParsing/BylineRecognizer``) opening
///    the body, which then leaves it;
///    the date as written and as ISO 8601 (``PublicationDate``), else from a
///    `YYYY-MM-DD-` file name (Jekyll's convention); description, tags and the post's own
///    URL (the base for root-relative links).
///
/// Never throws: any bytes are some Markdown.
public struct MarkdownParser: ArticleParser {
    /// Creates the parser.
    public init() {}

    /// Whether cmark-gfm gets only the extensions the post can need (``ExtensionNeeds``);
    /// `false` attaches all of them, the reference the gating is tested against.
    var gatesExtensions = true

    /// Bytes between the cuts of a parted parse (``MarkdownParts``), for tests: `nil` parts
    /// only long documents on machines with several cores (``MarkdownTree/read(_:into:gated:partSpacing:)``);
    /// `Int.max` never parts.
    var partSpacing: Int?

    /// Always ``ArticleModel/ArticleFormat/markdown``.
    public var format: ArticleFormat { .markdown }

    /// Parses the input's bytes as described on the type; `input.name` becomes
    /// `metadata.source` and may give the date.
    public func parse(_ input: consuming ArticleInput) throws(ArticleInputError) -> Article {
        let name = input.name
        let bytes = input.bytes
        return parse(bytes: bytes, source: name)
    }

    /// Parses UTF-8 (or any) bytes named `source` (a path, `-`, or a label).
    public func parse(bytes: [UInt8], source: String?) -> Article {
        let text = bytes.withUnsafeBufferPointer { TextDecoding.sanitisedUTF8($0, stripByteOrderMark: true) }
        var frontMatter = FrontMatter()
        let body: [UInt8] = text.withUnsafeBufferPointer { buffer in
            var start = 0
            if let split = FrontMatter.split(buffer) {
                start = split.end
                frontMatter = FrontMatter(split.language, text: split.text)
            }
            return TemplateTags.strip(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
        var assembler = BlockAssembler()
        assembler.base = frontMatter.url
        MarkdownTree.read(body, into: &assembler, gated: gatesExtensions, partSpacing: partSpacing)
        var (blocks, links) = assembler.finish()

        var metadata = ArticleMetadata(source: source, format: .markdown)
        var headline = frontMatter.title.map(Self.flatten)
        if let title = headline {
            // A body heading that repeats the title (a post's own "# Title") is not shown twice.
            if let index = blocks.firstIndex(where: { $0.kind == .heading }),
               Self.folded(blocks[index].text) == Self.folded(title) {
                Self.remove(at: index, from: &blocks, links: &links)
            }
        } else if let index = blocks.firstIndex(where: { $0.kind == .heading }), blocks[index].level == 1 {
            headline = blocks[index].text
            Self.remove(at: index, from: &blocks, links: &links)
        }
        var bodyByline: BylineRecognizer.Match?
        if frontMatter.authors.isEmpty, let index = blocks.prefix(2).firstIndex(where: { $0.kind == .paragraph }),
           let match = BylineRecognizer.match(blocks[index].text) {
            // "By Ana Ruiz" opening the post: the byline, as in a plain-text article.
            bodyByline = match
            Self.remove(at: index, from: &blocks, links: &links)
        }
        if let headline, !headline.isEmpty {
            let clean = TextDecoding.sanitise(headline)
            metadata.headline = clean
            blocks.insert(Block(kind: .headline, text: clean), at: 0)
            for index in links.indices { links[index].range.block += 1 }
        }
        metadata.authors = frontMatter.authors.map { TextDecoding.sanitise(Self.flatten($0)) }
        if !metadata.authors.isEmpty { metadata.byline = Self.join(metadata.authors) }
        if let bodyByline {
            metadata.byline = bodyByline.names
            metadata.authors = Self.split(bodyByline.names)
            metadata.date = bodyByline.date
        }
        if let date = frontMatter.date {
            metadata.date = TextDecoding.sanitise(Self.flatten(date))
            metadata.published = PublicationDate.iso8601(date)
        }
        if metadata.published == nil, let source, let date = PublicationDate.fromFileName(source) {
            metadata.published = date
            if metadata.date == nil { metadata.date = date }
        }
        metadata.description = frontMatter.description.map { TextDecoding.sanitise(Self.flatten($0)) }
        metadata.tags = frontMatter.tags.map { TextDecoding.sanitise(Self.flatten($0)) }
        metadata.url = frontMatter.url
        return Article(metadata: metadata, blocks: blocks, links: links)
    }

    /// Removes block `index`, its links, and moves later links up.
    private static func remove(at index: Int, from blocks: inout [Block], links: inout [Link]) {
        blocks.remove(at: index)
        links.removeAll { $0.range.block == index }
        for link in links.indices where links[link].range.block > index { links[link].range.block -= 1 }
    }

    /// `text` on one line: line feeds and tabs become spaces.
    static func flatten(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Text compared case- and blank-insensitively.
    private static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The names of a byline one by one: split at ", ", " and ", " & ".
    static func split(_ names: String) -> [String] {
        var parts = [names]
        for separator in [", ", " and ", " & "] {
            parts = parts.flatMap { $0.split(separator: separator).map { $0.trimmingBlanks() } }
        }
        return parts.filter { !$0.isEmpty }
    }

    /// "A", "A and B", "A, B and C" (the byline convention of English-language news).
    static func join(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
