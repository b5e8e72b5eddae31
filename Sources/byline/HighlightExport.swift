import ArgumentParser
import ArticleModel
import ArticleParsing
import Citations
import Foundation
import ReaderUI
import ReadingSession

/// `--export highlights`: the highlights in the store as citations (Markdown through the
/// citation template, JSON or CSV; the same writers as `--quotes --output-format`), and the
/// bridge between the reader's highlights and the store's.
enum HighlightExport {
    /// What `--export` exports.
    enum Kind: String, CaseIterable, Sendable, ExpressibleByArgument {
        /// The highlights kept with `*`.
        case highlights
    }

    /// Prints the highlights of the article `argument` names (found in the store by the
    /// fingerprint of its text, else by its location, and re-anchored to its text as the
    /// reader does), or of every article in the store when `argument` is `nil` (`--all`):
    /// articles newest read first, each one's highlights in reading order, re-anchored to
    /// the file's text as it is now (``currentPlaces(of:location:)``). The store is only read. Exits with status
    /// 1 (one line on standard error) when the store cannot be used or the article cannot
    /// be read.
    static func run(
        argument: String?, inputFormat: FormatChoice, force: Bool, format: CitationExport.Format,
        template: CitationTemplate, remember: Bool?
    ) {
        let store = StateCommands.openOrFail(remember: remember)
        var citations: [Citation] = []
        do {
            if let argument {
                let article: Article
                do {
                    article = try ArticleSource.parse(argument, format: inputFormat, force: force)
                } catch let error as CustomStringConvertible {
                    Diagnostics.fail(error.description)
                }
                let identity = ArticleIdentity(article: article, location: ReadingSessionMemory.location(of: argument))
                let remembered = try store.remembered(article, identity: identity)
                let fallback = fallbackFields(headline: article.headline, source: article.metadata.siteName, location: identity.location)
                citations = remembered.highlights
                    .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
                    .map { citation(json: $0.citation, note: $0.note, position: $0.start, text: nil, fallback: fallback) }
                if citations.isEmpty { Diagnostics.warn("\(argument): no highlights remembered") }
            } else {
                for (record, highlights) in try store.allHighlights() {
                    let fallback = fallbackFields(headline: record.headline, source: record.source, location: record.location)
                    let places = currentPlaces(of: highlights, location: record.location)
                    citations += zip(highlights, places)
                        .sorted { ($0.1.start, $0.1.end) < ($1.1.start, $1.1.end) }
                        .map { citation(json: $0.0.citation, note: $0.0.note, position: $0.1.start, text: $0.0.text, fallback: fallback) }
                }
            }
        } catch {
            Diagnostics.fail("\(store.path): cannot read the highlights (\(error))")
        }
        Output.write(CitationExport.write(citations, as: format, template: template))
    }

    /// Where `highlights` (of the article read from `location`) are in that article's text
    /// as it is now: a file still there is read again (its format detected, as a page kept
    /// with `--force`) and each highlight re-anchored as the reader does on opening it
    /// (``ReadingSession/SavedHighlight/resolve(blocks:hashes:)``). A file that is gone or
    /// can no longer be read keeps the places stored when it was last read, and standard
    /// error says so (one line); so do URLs and standard input, silently (an export never
    /// fetches a page, and their text is the one last read).
    private static func currentPlaces(
        of highlights: [SavedHighlight], location: String?
    ) -> [(start: TextPosition, end: TextPosition)] {
        let stored = highlights.map { (start: $0.start.position, end: $0.end.position) }
        guard let location, location.hasPrefix("/") else { return stored }
        let article: Article
        do {
            article = try ArticleSource.parse(location, format: .auto, force: true, quiet: true)
        } catch {
            let count = highlights.count == 1 ? "its highlight keeps the place" : "its \(highlights.count) highlights keep the places"
            Diagnostics.warn("\(BylineCommand.describe(error)); \(count) stored when it was last read")
            return stored
        }
        let identity = ArticleIdentity(article: article, location: location)
        let texts = article.blocks.map(\.text)
        return highlights.map { $0.resolve(blocks: texts, hashes: identity.blockHashes) }
    }

    /// The article fields for a highlight stored without a citation.
    private struct Fallback {
        var headline: String?
        var source: String?
        var location: String?
    }

    private static func fallbackFields(headline: String?, source: String?, location: String?) -> Fallback {
        Fallback(headline: headline, source: source, location: location)
    }

    /// The stored citation (with the row's note and `position`), else a passage citation of
    /// `text` with the article's fields.
    private static func citation(json: String?, note: String?, position: TextPosition, text: String?, fallback: Fallback) -> Citation {
        if let json, var citation = try? JSONDecoder().decode(Citation.self, from: Data(json.utf8)) {
            citation = Citation(
                kind: citation.kind, text: citation.text, speaker: citation.speaker, role: citation.role, cue: citation.cue,
                note: note, headline: citation.headline, source: citation.source, date: citation.date, url: citation.url,
                position: position)
            return citation
        }
        return Citation(
            kind: .passage, text: text ?? "", note: note, headline: fallback.headline, source: fallback.source,
            url: fallback.location, position: position)
    }

    /// The reader's highlights (at its end) as the store saves them, each with its citation
    /// as JSON.
    static func toSave(_ state: ReaderState) -> [HighlightToSave] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return state.highlights.map { highlight in
            let citation = state.citation(of: highlight.span, note: highlight.note)
            let json = (try? encoder.encode(citation)).map { String(decoding: $0, as: UTF8.self) }
            return HighlightToSave(
                id: highlight.id, start: highlight.span.start, end: highlight.span.end, note: highlight.note, citation: json)
        }
    }

    /// The remembered highlights as the reader shows them.
    static func restored(_ remembered: Remembered) -> [Highlight] {
        remembered.highlights.map { Highlight(id: $0.id, span: TextSpan(start: $0.start, end: $0.end), note: $0.note) }
    }
}
