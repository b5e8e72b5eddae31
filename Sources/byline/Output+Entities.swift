import ArticleModel
import TerminalText

extension Output {
    /// Prints the named entities for `--entities` as a table with the columns name, kind,
    /// mentions (how many) and aliases (comma-separated), in order of first mention, one
    /// entity a line under a header line. Column widths are display widths (columns, via
    /// ``DisplayWidth``): with `truncates` (standard output is a terminal), name at most 32
    /// columns and aliases cut to what is left of `width` (at least 20), both with "…" when
    /// cut; without it (piped to another program), every name and alias whole, the name
    /// column as wide as the widest name. Every cell passes through
    /// ``CellText/sanitize(_:)``, so no escape sequence is written; "(no named entities
    /// found)" when there are none.
    static func writeEntities(_ article: Article, width: Int, truncates: Bool) {
        guard !article.entities.isEmpty else {
            write("(no named entities found)\n")
            return
        }
        let rows = article.entities.map { entity in
            (name: CellText.sanitize(entity.name), kind: entity.kind.rawValue, count: String(entity.mentions.count),
             aliases: CellText.sanitize(entity.aliases.joined(separator: ", ")))
        }
        let widestName = max(4, rows.map { DisplayWidth.of($0.name) }.max() ?? 4)
        let nameWidth = truncates ? min(32, widestName) : widestName
        let kindWidth = max(4, rows.map { DisplayWidth.of($0.kind) }.max() ?? 4)
        let countWidth = max(8, rows.map { DisplayWidth.of($0.count) }.max() ?? 8)
        let aliasWidth = max(20, width - nameWidth - kindWidth - countWidth - 6)
        func line(_ name: String, _ kind: String, _ count: String, _ aliases: String) -> String {
            var text = Truncation.pad(name, toWidth: nameWidth) + "  " + Truncation.pad(kind, toWidth: kindWidth) + "  "
            text += String(repeating: " ", count: max(0, countWidth - DisplayWidth.of(count))) + count
            if !aliases.isEmpty { text += "  " + (truncates ? Truncation.truncate(aliases, toWidth: aliasWidth) : aliases) }
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var out = line("name", "kind", "mentions", "aliases")
        for row in rows { out += line(row.name, row.kind, row.count, row.aliases) }
        write(out)
    }
}
