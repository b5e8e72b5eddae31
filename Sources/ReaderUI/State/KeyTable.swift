/// Every key of the reader in one table: each binding with its keys, where it acts, the
/// config action it implements and the message it sends; each entry with its help text
/// and its README text. ``Keymap`` (keys to messages), ``HelpText`` (the help overlay),
/// ``KeyBindings/Action/builtInKey`` (remapping) and README's key table all come from here
/// (a test checks README against ``readmeTable``).
public enum KeyTable {
    /// Where a binding acts.
    public enum Context: Sendable, Hashable {
        /// The article pane has the focus (also while the help is shown).
        case article
        /// A sidebar panel has the focus; keys not bound here act as in the article.
        case panel
        /// The match list has the focus; keys not bound here mean nothing.
        case matches
        /// A prompt takes the keys as text; printable keys not bound here are typed.
        case prompt
        /// A passage is being selected in the article; keys not bound here act as in the
        /// article.
        case passage
    }

    /// Keys that send one message.
    public struct Binding: Sendable {
        /// The keys, in the order help shows them.
        public let keys: [Key]
        /// Keys that do the same but that help leaves out (README lists them).
        public let otherKeys: [Key]
        /// Where the keys act.
        public let contexts: Set<Context>
        /// The config-file action this binding implements, if remappable.
        public let action: KeyBindings.Action?
        /// The message for the keys, given the count typed before them (`nil`: none).
        let message: @Sendable (Int?) -> Message

        init(
            _ keys: [Key], also otherKeys: [Key] = [], in contexts: Set<Context> = [.article],
            action: KeyBindings.Action? = nil, _ message: @escaping @Sendable (Int?) -> Message
        ) {
            self.keys = keys
            self.otherKeys = otherKeys
            self.contexts = contexts
            self.action = action
            self.message = message
        }

        /// Every key of the binding.
        public var allKeys: [Key] { keys + otherKeys }
    }

    /// One row of the help and of README: one or more bindings and what they do.
    public struct Entry: Sendable {
        /// The bindings (none for a row that only explains, such as counts).
        public let bindings: [Binding]
        /// The keys column of help when it is not the bindings' keys.
        public let keysNote: String?
        /// The help overlay's lines (continuation lines start with two spaces); none: the
        /// entry is not in the overlay.
        public let help: [String]
        /// The README keys column when it is not the bindings' keys.
        public let readmeKeys: String?
        /// The README action column; `nil`: not in README.
        public let readme: String?

        init(
            _ bindings: [Binding], keys keysNote: String? = nil, help: [String],
            readmeKeys: String? = nil, readme: String?
        ) {
            self.bindings = bindings
            self.keysNote = keysNote
            self.help = help
            self.readmeKeys = readmeKeys
            self.readme = readme
        }

        /// The keys as help shows them ("j  Down  Enter  Ctrl-N").
        public var helpKeys: String {
            keysNote ?? bindings.flatMap(\.keys).map(Keymap.name(of:)).joined(separator: "  ")
        }

        /// The keys as README shows them ("`d` `Ctrl-D`", bindings apart with " / ").
        public var readmeKeysText: String {
            readmeKeys ?? bindings.map { binding in
                binding.allKeys.map { "`" + Keymap.name(of: $0) + "`" }.joined(separator: " ")
            }.joined(separator: " / ")
        }
    }

    /// A titled group of entries (a heading of the help overlay).
    public struct Group: Sendable {
        /// The heading.
        public let title: String
        /// The rows.
        public let entries: [Entry]
    }

    private static func ch(_ c: Character) -> Key { .character(c) }
    private static func ctrl(_ c: Character) -> Key { .control(c) }
    private static func n(_ count: Int?) -> Int { max(1, count ?? 1) }
    private static let lists: Set<Context> = [.panel, .matches]
    private static let everywhere: Set<Context> = [.article, .panel, .matches]

    /// The table, in the order help and README list it.
    public static let groups: [Group] = [
        Group(title: "Moving", entries: [
            Entry([Binding([ch("j"), .down, .enter, ctrl("n")], also: [ctrl("e")], action: .scrollDown) { .scrollLines(n($0)) }],
                  help: ["down one line"], readme: "down one line"),
            Entry([Binding([ch("k"), .up, ctrl("p")], also: [ctrl("y")], action: .scrollUp) { .scrollLines(-n($0)) }],
                  help: ["up one line"], readme: "up one line"),
            Entry([Binding([ch(" "), ch("f"), .pageDown, ctrl("f")], also: [ctrl("v")], action: .pageDown) { .scrollPages(n($0)) }],
                  help: ["down one page"], readme: "down one page"),
            Entry([Binding([ch("b"), .pageUp, ctrl("b")], action: .pageUp) { .scrollPages(-n($0)) }],
                  help: ["up one page"], readme: "up one page"),
            Entry([Binding([ch("d"), ctrl("d")], action: .halfPageDown) { .scrollHalfPages(n($0)) },
                   Binding([ch("u"), ctrl("u")], action: .halfPageUp) { .scrollHalfPages(-n($0)) }],
                  help: ["down / up half a page"], readme: "down / up half a page"),
            Entry([Binding([ch("g"), .home, ch("<")], action: .top) { count in count.map { .line($0) } ?? .top },
                   Binding([ch("G"), .end, ch(">")], action: .bottom) { count in count.map { .line($0) } ?? .bottom }],
                  help: ["top / end of the article"], readme: "top / end of the article (`10g`, `10G`: line 10)"),
            Entry([Binding([], also: [ch("%")]) { .percent($0 ?? 0) }], keys: "5j  10G  50%",
                  help: ["a count repeats a key; NG line N, N% N%"],
                  readmeKeys: "a count before a key",
                  readme: "repeats it: `5j`; `10G` goes to line 10, `50%` to the middle"),
            Entry([], keys: "mouse wheel", help: ["scrolls (with --mouse)"], readmeKeys: "mouse wheel",
                  readme: "scrolls three lines (only with `--mouse`)"),
        ]),
        Group(title: "Search", entries: [
            Entry([Binding([ch("/")]) { _ in .openSearch(forward: true) }, Binding([ch("?")]) { _ in .openSearch(forward: false) }],
                  help: ["search forward / backward"],
                  readme: "search forward / backward, as you type (Enter keeps it, Esc goes back to where you were, an empty pattern repeats the last search)"),
            Entry([Binding([ch("n")]) { .repeatSearch(sameDirection: true, count: n($0)) },
                   Binding([ch("N")]) { .repeatSearch(sameDirection: false, count: n($0)) }],
                  help: ["next / previous match"],
                  readme: "next / previous match, wrapping at the ends (\"search wrapped to top\")"),
            Entry([Binding([ch("M")]) { _ in .openMatchList }], help: ["list every match (j/k, Enter jumps)"],
                  readme: "list every match with its context; `j`/`k` select, `Enter` jumps, `Esc` closes"),
            Entry([Binding([ch("c")]) { _ in .clearSearch }], help: ["clear the search and selection highlights"],
                  readme: "clear the search highlights and the selection (the current quotation or entity)"),
            Entry([Binding([ctrl("r")], in: [.prompt]) { _ in .togglePromptRegex },
                   Binding([ctrl("d")], in: [.prompt]) { _ in .togglePromptDiacritics }],
                  help: ["in the prompt: regex / ignore accents"],
                  readme: "in the prompt: regular-expression mode / ignore accents"),
            Entry([Binding([.enter], also: [.tab], in: [.prompt]) { _ in .submitPrompt },
                   Binding([.escape], also: [ctrl("c"), ctrl("g")], in: [.prompt]) { _ in .cancelPrompt },
                   Binding([.backspace], in: [.prompt]) { _ in .edit(.deleteBackward) },
                   Binding([.delete], in: [.prompt]) { _ in .edit(.deleteForward) },
                   Binding([ctrl("u")], in: [.prompt]) { _ in .edit(.deleteToStart) },
                   Binding([ctrl("w")], in: [.prompt]) { _ in .edit(.deleteWordBackward) },
                   Binding([.left], also: [ctrl("b")], in: [.prompt]) { _ in .edit(.moveLeft) },
                   Binding([.right], also: [ctrl("f")], in: [.prompt]) { _ in .edit(.moveRight) },
                   Binding([.home], also: [ctrl("a")], in: [.prompt]) { _ in .edit(.moveToStart) },
                   Binding([.end], also: [ctrl("e")], in: [.prompt]) { _ in .edit(.moveToEnd) },
                   Binding([.up], in: [.prompt]) { _ in .edit(.historyPrevious) },
                   Binding([.down], in: [.prompt]) { _ in .edit(.historyNext) }],
                  help: [], readmeKeys: "in a prompt (search, quotes filter)",
                  readme: "`Enter` keeps the line, `Esc` cancels; `Left` `Right` `Home` `End` `Backspace` `Delete` `Ctrl-U` `Ctrl-W` edit (and the Emacs keys `Ctrl-A` `Ctrl-E` `Ctrl-B` `Ctrl-F`); `Up`/`Down` bring back earlier searches (in the filter they keep it)"),
        ]),
        Group(title: "Quotes, entities and highlights", entries: [
            Entry([Binding([ch(".")], in: [.article, .panel], action: .nextQuote) { .nextQuote(n($0)) },
                   Binding([ch(",")], in: [.article, .panel], action: .previousQuote) { .previousQuote(n($0)) }],
                  help: ["next / previous quote"], readme: "next / previous quotation (a count skips: `3.`)"),
            Entry([Binding([ch("]")], in: [.article, .panel], action: .nextMention) { .nextMention(n($0)) },
                   Binding([ch("[")], in: [.article, .panel], action: .previousMention) { .previousMention(n($0)) }],
                  help: ["next / previous mention of the entity"],
                  readme: "next / previous mention of the selected entity (a count skips: `3]`); \"no more mentions (last mention)\" at the ends"),
            Entry([Binding([ch("\"")], in: [.article, .panel], action: .toggleQuotes) { _ in .toggleQuotes },
                   Binding([ch("E")], in: [.article, .panel], action: .toggleEntities) { _ in .toggleEntities }],
                  help: ["show or hide the quotes / entities sidebar"],
                  readme: "show or hide the quotes / entities panel (an overlay on narrow terminals)"),
            Entry([Binding([.tab], in: [.article, .panel], action: .cycleFocus) { _ in .cycleFocus }],
                  help: ["focus: article, quotes, entities, article"],
                  readme: "move the focus on: article → each sidebar panel in turn → article"),
            Entry([Binding([ch("j")], also: [.down, ctrl("n")], in: lists) { .sidebarMove(n($0)) },
                   Binding([ch("k")], also: [.up, ctrl("p")], in: lists) { .sidebarMove(-n($0)) },
                   Binding([], also: [ch(" "), .pageDown, ctrl("f")], in: lists) { .sidebarMove(10 * n($0)) },
                   Binding([], also: [ch("b"), .pageUp, ctrl("b")], in: lists) { .sidebarMove(-10 * n($0)) },
                   Binding([ch("g")], also: [.home], in: lists) { _ in .sidebarFirst },
                   Binding([ch("G")], also: [.end], in: lists) { _ in .sidebarLast },
                   Binding([.enter], in: lists) { _ in .sidebarActivate }],
                  help: ["in a sidebar: select; Enter jumps to it"],
                  readme: "in a sidebar panel or the match list: move the selection (an entity's mentions are highlighted in the article), jump to it (an overlay closes)"),
            Entry([Binding([ch("s")], in: [.article, .panel], action: .speakerFilter) { _ in .toggleSpeakerFilter }],
                  help: ["only this speaker's (entity's) quotes / all"],
                  readme: "only the selected quotation's speaker / all speakers; in the entities panel (or with an entity selected), only that entity's quotes / all"),
            Entry([Binding([ch("/")], in: [.panel]) { _ in .openFilter }], keys: "/ (quotes sidebar)",
                  help: ["filter the quotes by typing"], readmeKeys: "`/` (in the quotes panel)",
                  readme: "filter the quotes by typing (speaker or words); `Enter` keeps the filter, `Esc` removes it"),
            Entry([Binding([.escape], in: [.article]) { _ in .escape },
                   Binding([], also: [.escape, .tab, ch("M")], in: [.panel, .matches]) { _ in .leaveSidebar }],
                  keys: "Esc", help: ["back to the article; there: no selection"], readmeKeys: "`Esc`",
                  readme: "back to the article (closes an overlay or the match list); in the article, clears the selection"),
            Entry([Binding([ch("y")], in: [.article, .panel], action: .copyCitation) { _ in .copyCitation }],
                  help: ["copy the selection or quote as a citation"],
                  readme: "copy the selected passage, else the current quotation (the selected one, else the first on screen), as a citation: its words, \"— Speaker, role\" (a passage that is exactly a quotation keeps its speaker), headline, source, date and URL or path (see Citations); through OSC 52, or `wl-copy`/`xclip`/`xsel`. In the highlights panel: the highlight under the cursor, with its note"),
            Entry([Binding([ch("v")], in: [.article, .panel]) { _ in .beginPassage(.sentence) },
                   Binding([ch("V")], in: [.article, .panel]) { _ in .beginPassage(.paragraph) },
                   Binding([ch("a")], in: [.article, .panel]) { _ in .selectQuotation },
                   Binding([ch("j")], also: [.down, ch(")")], in: [.passage]) { .extendPassage(n($0)) },
                   Binding([ch("k")], also: [.up, ch("(")], in: [.passage]) { .extendPassage(-n($0)) }],
                  keys: "v  V  a  (then j k)", help: ["select sentence / paragraph / quote; j k extend"],
                  readmeKeys: "`v` / `V` / `a`; then `j` `Down` `)` / `k` `Up` `(`",
                  readme: "select the sentence / paragraph at the top of the window (the current quotation's, when it is on screen) / exactly the current quotation; then `j` / `k` move the far end of the selection one sentence (paragraph) on / back (`3j` moves three), `v` (`V`) again adds one more, `V` after `v` switches to whole paragraphs (`v` after `V` to sentences); `Esc` drops the selection; other keys scroll as usual"),
            Entry([Binding([ch("*")], in: [.article, .panel]) { _ in .keepHighlight },
                   Binding([ch("i")], in: [.article, .panel]) { _ in .toggleFocusedPanel(.highlights) },
                   Binding([ch("e")], in: [.panel]) { _ in .editEntry },
                   Binding([ch("x")], also: [.delete], in: [.panel]) { _ in .deleteEntry }],
                  keys: "*  i  e  x", help: ["highlight (with a note) / panel: e note, x delete"],
                  readmeKeys: "`*` / `i`; `e` / `x` `Delete` (in the highlights panel)",
                  readme: "keep the selection (else the current quotation) as a highlight: a note prompt opens (`Enter` keeps it, with the note or none when empty; `Esc` keeps nothing); highlights are painted in the article and remembered with it / show the highlights panel with the focus, or hide it when it has the focus (each highlight's first words and note; `Enter` jumps); there, edit the note of the highlight under the cursor / delete it (`y` copies it as a citation with its note)"),
        ]),
        Group(title: "Marks, sections, articles and links", entries: [
            Entry([Binding([ch("m")], in: [.article, .panel]) { _ in .beginMark(.set) },
                   Binding([ch("'")], in: [.article, .panel]) { _ in .beginMark(.jump) },
                   Binding([ch("`")], in: [.article, .panel]) { _ in .toggleFocusedPanel(.marks) }], keys: "ma  'a  ''  `",
                  help: ["set / go to mark a; '' back; marks panel"], readmeKeys: "`m` letter / `'` letter / `''` / ``` ` ```",
                  readme: "set a mark at the top of the window (`ma`; marks are remembered with the article) / go to it (`'a`) / go back to where you were before the last jump (a mark, `g`, `G`, a line, a percentage, a search) / show the marks panel with the focus, or hide it (each mark and the words there; `Enter` jumps)"),
            Entry([Binding([ch("}")], in: [.article, .panel]) { .nextSection(n($0)) },
                   Binding([ch("{")], in: [.article, .panel]) { .previousSection(n($0)) },
                   Binding([ch("o")], in: [.article, .panel]) { _ in .toggleFocusedPanel(.outline) }],
                  help: ["next / previous section; outline panel"],
                  readme: "next / previous section (heading, caption, or where the speaker changes) / show the outline panel with the focus, or hide it (the section being read is marked; `Enter` jumps)"),
            Entry([Binding([ch(":")], in: [.article, .panel]) { .beginArticleCommand($0) },
                   Binding([ch("L")], in: [.article, .panel]) { _ in .toggleArticleList },
                   Binding([ch("H")], in: [.article, .panel]) { _ in .toggleHistory }],
                  keys: ":n  :p  :x  L  H", help: ["next / previous / first article; list; history"],
                  readmeKeys: "`:n` / `:p` / `:x` / `L` / `H`",
                  readme: "next / previous / first of the articles opened together (`byline a.txt b.html …`; each keeps its place, search and selection; `3:n` three on) / show or hide the list of open articles / the reading history (as `--history`); `Enter` in either opens the article"),
            Entry([Binding([ch("l")], in: [.article, .panel]) { _ in .toggleLinks },
                   Binding([ch("B")], also: [.backspace], in: [.article, .panel]) { _ in .goBack },
                   Binding([ch("Y")], in: [.article, .panel]) { _ in .copyLink }],
                  help: ["link list (Enter opens) / back / copy URL"],
                  readme: "show or hide the link list: each link's number `[n]` (shown after the linked words and listed at the end of the article) and URL; `Enter` opens that page in Byline (http and https only; nothing is fetched until you ask) / back to the page you followed the link from, at the place you left it / copy a link's URL (the one under the cursor in the link list, else the first link on screen), as `y` copies"),
        ]),
        Group(title: "Display and other", entries: [
            Entry([Binding([ch("+")], in: [.article, .panel], action: .wider) { .adjustWidth(ReaderState.widthStep * n($0)) },
                   Binding([ch("-")], in: [.article, .panel], action: .narrower) { .adjustWidth(-ReaderState.widthStep * n($0)) },
                   Binding([ch("=")], in: [.article, .panel], action: .resetWidth) { _ in .resetWidth },
                   Binding([ch("T")], in: [.article, .panel], action: .cycleTheme) { _ in .cycleTheme },
                   Binding([ctrl("l")], in: everywhere, action: .redraw) { _ in .redraw }],
                  help: ["wider / narrower / start width; theme; redraw"],
                  readme: "wider / narrower text / back to the starting width / next colour theme (the status line names it) / redraw the screen"),
            Entry([Binding([ch("h"), .function(1)], in: [.article, .panel], action: .help) { _ in .toggleHelp }],
                  help: ["this help (any key closes it)"],
                  readme: "help overlay listing every key; any key closes it (when it is taller than the window, `j`/`k` scroll it first)"),
            Entry([Binding([ctrl("z")], in: everywhere.union([.prompt]), action: .suspend) { _ in .suspend }],
                  help: ["suspend to the shell (fg resumes)"],
                  readme: "suspend to the shell; `fg` comes back to the same place"),
            Entry([Binding([ch("q"), ch("Q"), ctrl("c")], in: everywhere, action: .quit) { _ in .quit }],
                  help: ["quit"], readme: "quit"),
        ]),
    ]

    /// Every binding, in table order.
    public static let bindings: [Binding] = groups.flatMap { $0.entries.flatMap(\.bindings) }

    /// For each context, each key's binding (the first in table order wins).
    static let index: [Context: [Key: Binding]] = {
        var index: [Context: [Key: Binding]] = [:]
        for binding in bindings {
            for context in binding.contexts {
                for key in binding.allKeys where index[context]?[key] == nil {
                    index[context, default: [:]][key] = binding
                }
            }
        }
        return index
    }()

    /// The binding of `key` in `context`, if any.
    static func binding(for key: Key, in context: Context) -> Binding? {
        index[context]?[key]
    }

    /// README's key table (Markdown), one row per entry that README lists.
    public static var readmeTable: String {
        var lines = ["| keys | action |", "|---|---|"]
        for group in groups {
            for entry in group.entries {
                guard let readme = entry.readme else { continue }
                lines.append("| \(entry.readmeKeysText) | \(readme) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
