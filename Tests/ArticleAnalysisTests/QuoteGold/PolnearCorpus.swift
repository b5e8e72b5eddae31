import ArticleModel
import Foundation

/// The PolNeAR development corpus in `../shared/dev-corpus/quotes-polnear-dev` (beside the
/// package's folder), read only to print figures: nothing from it goes into the repository,
/// and the suite that uses it is skipped when the folder is absent.
///
/// Layout: `text/NAME.txt` (title line, blank line, paragraphs separated by blank lines) and
/// `attributions/NAME_xxxx.ann`, brat standoff with `T` lines (`Source`, `Cue`, `Content`
/// spans as character offsets into the text, which are Unicode scalar offsets; a span may
/// be discontinuous, `a b;c d`) linked by `E` lines (`Attribution:T4 Content:T3 Cue:T2
/// Source:T1`, or `Attribution-no-source:...` without a source).
///
/// Gold for detection: the direct quotations, i.e. the parts of attributed Content spans
/// that stand between double quotation marks (`"`, `“ ”`), each with its event's Source
/// span as the speaker mention. A Content span with a partial quote ("called it “a sham”")
/// gives only the quoted words. A quotation whose paragraph ends open and whose next
/// paragraph (inside the same Content) opens with a mark continues there.
enum PolnearCorpus {
    /// The corpus folder, found by walking up from this file to the package root (the folder
    /// with `Package.swift`) and going to its sibling `shared/dev-corpus/quotes-polnear-dev`.
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.deletingLastPathComponent().appendingPathComponent("shared/dev-corpus/quotes-polnear-dev")
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// Whether the corpus is present (text and attributions folders).
    static var isAvailable: Bool {
        guard let directory else { return false }
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent("text").path)
            && FileManager.default.fileExists(atPath: directory.appendingPathComponent("attributions").path)
    }

    /// Every document with its gold, sorted by name.
    static func documents() throws -> [PolnearDocument] {
        guard let directory else { return [] }
        let textFolder = directory.appendingPathComponent("text")
        let annFolder = directory.appendingPathComponent("attributions")
        let annNames = try FileManager.default.contentsOfDirectory(atPath: annFolder.path).filter { $0.hasSuffix(".ann") }
        var documents: [PolnearDocument] = []
        for textName in try FileManager.default.contentsOfDirectory(atPath: textFolder.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let stem = String(textName.dropLast(4))
            guard let annName = annNames.first(where: { $0.hasPrefix(stem + "_") || $0 == stem + ".ann" }) else { continue }
            let text = try String(contentsOf: textFolder.appendingPathComponent(textName), encoding: .utf8)
            let ann = try String(contentsOf: annFolder.appendingPathComponent(annName), encoding: .utf8)
            documents.append(PolnearDocument(name: stem, text: text, annotation: ann))
        }
        return documents
    }
}

/// One PolNeAR article: the text as an ``ArticleModel/Article`` (headline = first line,
/// then one paragraph per blank-line separated block; line breaks inside a block become
/// spaces so scalar offsets map one to one) and its gold direct quotations in that model.
struct PolnearDocument {
    /// A gold direct quotation.
    struct GoldQuote {
        /// Where the quoted words are (inside the marks), one range per block.
        var ranges: [TextRange]
        /// The Source span's text (the speaker mention), or `nil` for an attribution
        /// without a source.
        var source: String?
    }

    /// The file name without `.txt`.
    var name: String
    /// The article built from the text.
    var article: Article
    /// The gold direct quotations in reading order.
    var gold: [GoldQuote]

    /// Builds the article and reads the gold from brat standoff `annotation`.
    init(name: String, text: String, annotation: String) {
        self.name = name
        let scalars = Array(text.unicodeScalars)
        let extents = Self.blockExtents(scalars)
        var blocks: [Block] = []
        for (index, extent) in extents.enumerated() {
            let content = scalars[extent].map { $0 == "\n" || $0 == "\r" ? " " : $0 }
            blocks.append(Block(kind: index == 0 ? .headline : .paragraph, text: String(String.UnicodeScalarView(content))))
        }
        let headline = blocks.first?.text
        article = Article(metadata: ArticleMetadata(headline: headline, source: name), blocks: blocks)
        gold = Self.goldQuotes(annotation: annotation, scalars: scalars, extents: extents)
    }

    /// File offsets of the blocks: the first line, then runs of lines separated by blank
    /// lines, each trimmed of surrounding whitespace.
    static func blockExtents(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var extents: [Range<Int>] = []
        var lineStart = 0
        var blockStart: Int?
        var blockEnd = 0
        func close() {
            if let start = blockStart {
                var s = start, e = blockEnd
                while s < e, scalars[s].properties.isWhitespace { s += 1 }
                while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
                if s < e { extents.append(s..<e) }
            }
            blockStart = nil
        }
        var index = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let blank = scalars[lineStart..<lineEnd].allSatisfy { $0.properties.isWhitespace }
            if blank {
                close()
            } else {
                if blockStart == nil { blockStart = lineStart }
                blockEnd = lineEnd
                if index == 0 { close() }  // the title line is a block of its own
                index += 1
            }
            lineStart = lineEnd + 1
        }
        close()
        return extents
    }

    /// The quoted parts of every attributed Content span, deduplicated, in reading order.
    static func goldQuotes(annotation: String, scalars: [Unicode.Scalar], extents: [Range<Int>]) -> [GoldQuote] {
        var spans: [String: (type: String, pieces: [Range<Int>])] = [:]
        var events: [[String: String]] = []
        for line in annotation.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            if fields[0].hasPrefix("T") {
                let head = fields[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { continue }
                let pieces = head[1].split(separator: ";").compactMap { piece -> Range<Int>? in
                    let bounds = piece.split(separator: " ").compactMap { Int($0) }
                    guard bounds.count == 2, bounds[0] <= bounds[1], bounds[1] <= scalars.count else { return nil }
                    return bounds[0]..<bounds[1]
                }
                spans[String(fields[0])] = (String(head[0]), pieces)
            } else if fields[0].hasPrefix("E") {
                var roles: [String: String] = [:]
                for role in fields[1].split(separator: " ") {
                    let parts = role.split(separator: ":")
                    if parts.count == 2 { roles[String(parts[0])] = String(parts[1]) }
                }
                events.append(roles)
            }
        }
        var seen = Set<[TextRange]>()
        var result: [GoldQuote] = []
        for roles in events {
            let source = roles.first { $0.key.hasPrefix("Source") }.flatMap { spans[$0.value] }.map { span in
                span.pieces.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
            }
            for (role, id) in roles where role.hasPrefix("Content") {
                guard let span = spans[id] else { continue }
                for ranges in quotedParts(of: span.pieces, scalars: scalars, extents: extents) where !seen.contains(ranges) {
                    seen.insert(ranges)
                    result.append(GoldQuote(ranges: ranges, source: source))
                }
            }
        }
        return result.sorted { $0.ranges[0].lowerBound < $1.ranges[0].lowerBound }
    }

    /// The parts of a Content span between double quotation marks, as block ranges.
    static func quotedParts(of pieces: [Range<Int>], scalars: [Unicode.Scalar], extents: [Range<Int>]) -> [[TextRange]] {
        // Cut the span's pieces at block boundaries: (block, file range) in reading order.
        var parts: [(block: Int, range: Range<Int>)] = []
        for piece in pieces.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            for (block, extent) in extents.enumerated() where extent.overlaps(piece) {
                parts.append((block, max(extent.lowerBound, piece.lowerBound)..<min(extent.upperBound, piece.upperBound)))
            }
        }
        var quotes: [[TextRange]] = []
        var open: [TextRange] = []  // finished ranges of a quotation still open
        var openStart: (block: Int, offset: Int)?
        func range(_ block: Int, _ from: Int, _ to: Int) -> TextRange {
            TextRange(block: block, start: from - extents[block].lowerBound, end: to - extents[block].lowerBound)
        }
        for (index, part) in parts.enumerated() {
            var position = part.range.lowerBound
            while position < part.range.upperBound {
                let scalar = scalars[position]
                let isStraight = scalar == "\""
                let atBlockStart = position == extents[part.block].lowerBound
                let continuing = openStart.map { $0.block != part.block && atBlockStart } ?? false
                if scalar == "“" || (isStraight && (openStart == nil || continuing)) {
                    if openStart == nil || continuing { openStart = (part.block, position + 1) }
                } else if scalar == "”" || isStraight {
                    if let start = openStart, start.block == part.block, start.offset < position {
                        quotes.append(open + [range(part.block, start.offset, position)])
                    } else if openStart == nil, index == 0, part.range.lowerBound > 0,
                        ["“", "\""].contains(scalars[part.range.lowerBound - 1]), part.range.lowerBound < position
                    {
                        // The Content span starts just inside the opening mark.
                        quotes.append([range(part.block, part.range.lowerBound, position)])
                    }
                    open = []
                    openStart = nil
                }
                position += 1
            }
            // End of a part with a quotation open: continue into the next paragraph when it
            // starts with an opening mark; otherwise the quotation ends with the part.
            if let start = openStart, start.block == part.block {
                let end = part.range.upperBound
                let next = index + 1 < parts.count ? parts[index + 1] : nil
                let continues =
                    next.map { $0.block == part.block + 1 && $0.range.lowerBound == extents[$0.block].lowerBound }
                    ?? false
                let nextOpens = next.map { ["“", "\""].contains(scalars[$0.range.lowerBound]) } ?? false
                if continues && nextOpens && end == extents[part.block].upperBound {
                    if start.offset < end { open.append(range(part.block, start.offset, end)) }
                } else {
                    if start.offset < end { quotes.append(open + [range(part.block, start.offset, end)]) }
                    open = []
                    openStart = nil
                }
            }
        }
        return quotes
    }
}
