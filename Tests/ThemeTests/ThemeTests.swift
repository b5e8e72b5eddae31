import ArticleModel
import Foundation
import ReaderUI
import Testing
import ThemeLoading

/// The repository's themes/ folder, found from this file's path.
private let themesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

private func themeFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: themesFolder, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "toml" }.sorted { $0.path < $1.path }
}

private func loadTheme(_ name: String) throws -> Theme {
    let url = themesFolder.appendingPathComponent(name + ".toml")
    return try ThemeFile.parse(String(contentsOf: url, encoding: .utf8), file: url.path, fallbackName: name).theme
}

@Suite("Theme files")
struct ThemeFileTests {
    @Test("every file in themes/ loads without warnings and defines every role")
    func everyThemeIsComplete() throws {
        let files = try themeFiles()
        #expect(files.count >= 7)
        for url in files {
            let loaded = try ThemeFile.parse(
                String(contentsOf: url, encoding: .utf8), file: url.path,
                fallbackName: url.deletingPathExtension().lastPathComponent)
            #expect(loaded.warnings.isEmpty, "\(url.lastPathComponent): \(loaded.warnings)")
            #expect(loaded.missingRoles.isEmpty, "\(url.lastPathComponent)")
            #expect(Set(loaded.theme.styles.keys) == Set(StyleRole.allCases))
            #expect(loaded.theme.name == url.deletingPathExtension().lastPathComponent)
            #expect(!loaded.theme.summary.isEmpty)
        }
    }

    @Test("the required themes exist")
    func requiredThemes() throws {
        let names = Set(try themeFiles().map { $0.deletingPathExtension().lastPathComponent })
        for name in ["default", "dark", "light", "solarized-dark", "solarized-light", "high-contrast", "mono"] {
            #expect(names.contains(name))
        }
    }

    @Test("themes/default.toml is the compiled-in Theme.standard")
    func defaultMatchesStandard() throws {
        let theme = try loadTheme("default")
        for role in StyleRole.allCases {
            #expect(theme.style(for: role) == Theme.standard.style(for: role), "\(role)")
        }
    }

    @Test("the compiled-in copies match themes/ (run themes/bundle-themes.sh after editing)")
    func bundledCopiesMatch() throws {
        let files = try themeFiles()
        #expect(BundledThemes.all.count == files.count)
        for url in files {
            let name = url.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: url, encoding: .utf8)
            let bundled = BundledThemes.all.first { $0.name == name }?.text
            #expect(bundled.map { $0 + "\n" } == text, "\(name)")
        }
    }

    @Test("a bad colour names the file, line and key; a syntax error its line")
    func brokenTheme() {
        let text = "name = \"x\"\n\n[roles]\nbody = { fg = \"red\" }\nquote = { fg = \"#12\" }\n"
        #expect(throws: ThemeDiagnostic.self) { try ThemeFile.parse(text, file: "x.toml", fallbackName: "x") }
        do {
            _ = try ThemeFile.parse(text, file: "x.toml", fallbackName: "x")
        } catch {
            #expect(error.description == "x.toml:5: roles.quote: fg: \"#12\" is not a colour: #rrggbb needs six hex digits")
        }
        do {
            _ = try ThemeFile.parse("name = \"x\"\n[roles\n", file: "y.toml", fallbackName: "y")
            Issue.record("no error")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("y.toml:2: "))
        }
    }

    @Test("unknown keys and missing roles are warnings; missing roles take the default's style")
    func lenientTheme() throws {
        let text = "name = \"x\"\ncolour = 1\n[roles]\nbody = { fg = \"red\" }\nsparkle = { fg = \"red\" }\n"
        let loaded = try ThemeFile.parse(text, file: "x.toml", fallbackName: "x")
        #expect(loaded.warnings.contains { $0.key == "colour" && $0.line == 2 })
        #expect(loaded.warnings.contains { $0.key == "roles.sparkle" && $0.line == 5 })
        #expect(loaded.theme.style(for: .body).foreground == .indexed(1))
        #expect(loaded.theme.style(for: .quote) == Theme.standard.style(for: .quote))
        #expect(loaded.missingRoles.count == StyleRole.allCases.count - 1)
    }
}

@Suite("Colour values")
struct ColorValueTests {
    @Test("good colours", arguments: [
        ("default", ThemeColor.terminalDefault), ("red", .indexed(1)), ("White", .indexed(7)),
        ("bright-blue", .indexed(12)), ("brightcyan", .indexed(14)), ("grey", .indexed(8)),
        ("0", .indexed(0)), ("255", .indexed(255)), (" 42 ", .indexed(42)),
        ("#002b36", .rgb(0, 0x2b, 0x36)), ("#FDF6E3", .rgb(0xfd, 0xf6, 0xe3)),
    ])
    func good(text: String, expected: ThemeColor) throws {
        #expect(try ThemeColor(parsing: text) == expected)
    }

    @Test("bad colours say why", arguments: [
        ("256", "indexes go from 0 to 255"), ("#12", "six hex digits"), ("#gggggg", "six hex digits"),
        ("purple", "use a name such as red"), ("", "use a name"), ("-1", "use a name"),
    ])
    func bad(text: String, fragment: String) {
        do {
            _ = try ThemeColor(parsing: text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    @Test("attributes by name")
    func attributes() throws {
        #expect(try TextAttributes(parsing: "Bold") == .bold)
        #expect(try TextAttributes(parsing: "reverse") == .reverse)
        #expect(throws: ThemeValueError.self) { try TextAttributes(parsing: "blink") }
    }

    @Test("nearest of the 256", arguments: [
        (0, 0, 0, 16), (255, 255, 255, 231), (255, 0, 0, 196), (0, 255, 0, 46), (0, 0, 255, 21),
        (128, 128, 128, 244), (0x00, 0x2b, 0x36, 235 - 0 /* placeholder */),
        (95, 135, 175, 67), (8, 8, 8, 232), (238, 238, 238, 255), (0x26, 0x8b, 0xd2, 32),
    ])
    func nearest256(r: Int, g: Int, b: Int, expected: Int) {
        if r == 0x00 && g == 0x2b {
            // Solarized base03: dark blue-grey; the cube's (0, 0, 95) and grey 235 (38) are far.
            let index = Palette.nearest256(r: r, g: g, b: b)
            #expect([16, 17, 23, 234, 235].contains(index), "\(index)")
            return
        }
        #expect(Palette.nearest256(r: r, g: g, b: b) == expected)
    }

    @Test("degrading to 16 and 8 colours")
    func degrade() {
        #expect(Palette.degrade(index: 9, colorCount: 8) == 1)
        #expect(Palette.degrade(index: 196, colorCount: 16) == 9)
        #expect(Palette.degrade(index: 196, colorCount: 8) == 1)
        #expect(Palette.degrade(index: 196, colorCount: 256) == 196)
        #expect(Palette.degrade(r: 255, g: 0, b: 0, colorCount: 256) == 196)
        #expect(Palette.degrade(r: 0, g: 0, b: 0, colorCount: 8) == 0)
        #expect(Palette.degrade(r: 250, g: 250, b: 250, colorCount: 16) == 15)
        #expect(Palette.degrade(index: 300, colorCount: 256) == nil)
        #expect(Palette.degrade(index: 3, colorCount: 2) == nil)
    }

    @Test("colour modes and NO_COLOR")
    func colorModes() {
        #expect(ColorMode.auto.allowsColor(environment: [:]))
        #expect(ColorMode.auto.allowsColor(environment: ["NO_COLOR": ""]))
        #expect(!ColorMode.auto.allowsColor(environment: ["NO_COLOR": "1"]))
        #expect(ColorMode.always.allowsColor(environment: ["NO_COLOR": "1"]))
        #expect(!ColorMode.never.allowsColor(environment: [:]))
    }
}

@Suite("Config file")
struct ConfigTests {
    @Test("a good file")
    func good() throws {
        let text = "theme = \"dark\"\nwidth = 72\ncolor = \"never\"\n\n[keys]\nnext-quote = \"n\"\ncycle-theme = \"F5\"\n"
        let (config, warnings) = try Config.parse(text, file: "c.toml")
        #expect(warnings.isEmpty)
        #expect(config.theme == "dark")
        #expect(config.width == 72)
        #expect(config.color == .never)
        #expect(config.keys.resolve(.character("n")) == .key(.character(".")))
        #expect(config.keys.resolve(.function(5)) == .key(.character("T")))
        #expect(config.keys.resolve(.character("T")) == .unbound)
        #expect(config.keys.resolve(.character("j")) == .key(.character("j")))
    }

    @Test("unknown keys and actions are warnings with their line")
    func unknown() throws {
        let text = "theme = \"dark\"\nfont = \"x\"\n[keys]\nlaunch = \"x\"\n"
        let (config, warnings) = try Config.parse(text, file: "c.toml")
        #expect(config.theme == "dark")
        #expect(warnings.map(\.line) == [2, 4])
        #expect(warnings.first?.description == "c.toml:2: font: unknown key (ignored)")
    }

    @Test("a broken file names its line", arguments: [
        ("theme = \"dark\"\nwidth = \n", 2, nil as String?),
        ("width = 0\n", 1, "width"),
        ("color = \"sometimes\"\n", 1, "color"),
        ("[keys]\nquit = \"Hyper-Q\"\n", 2, "keys.quit"),
    ])
    func broken(text: String, line: Int, key: String?) {
        do {
            _ = try Config.parse(text, file: "c.toml")
            Issue.record("parsed")
        } catch {
            #expect(error.line == line, "\(error)")
            if let key { #expect(error.key == key) }
            #expect(error.description.hasPrefix("c.toml:\(line): "))
        }
    }

    @Test("flags override the file; the file's values fill in the rest")
    func flagsOverride() throws {
        let (config, _) = try Config.parse("width = 60\ncolor = \"never\"\ntheme = \"light\"\n", file: "c.toml")
        let flagWidth: Int? = 72
        let flagColor: ColorMode? = nil
        #expect((flagWidth ?? config.width ?? 80) == 72)
        #expect((flagColor ?? config.color ?? .auto) == .never)
        #expect(Config.path(environment: ["HOME": "/h"]) == "/h/.config/byline/config.toml")
        #expect(Config.path(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/x"]) == "/x/byline/config.toml")
    }

    @Test("the catalog finds user themes first and says which names exist")
    func catalog() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-th-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "name = \"mine\"\n[roles]\nbody = { fg = \"red\" }\n".write(
            to: dir.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(directories: [dir.path])
        let names = catalog.entries().map(\.name)
        #expect(names.prefix(7) == ["default", "dark", "light", "solarized-dark", "solarized-light", "high-contrast", "mono"])
        #expect(names.contains("mine"))
        #expect(try catalog.load("mine").theme.style(for: .body).foreground == .indexed(1))
        #expect(try catalog.load("solarized-dark").theme.style(for: .body).background == .rgb(0, 0x2b, 0x36))
        #expect(throws: ThemeCatalog.LookupError.self) { try catalog.load("nope") }
    }
}

@Suite("Monochrome")
struct MonochromeTests {
    /// The roles that must stay apart with attributes alone.
    static let distinct: [StyleRole] = [
        .body, .quote, .currentQuote, .sidebarSelection, .statusLine, .searchMatch, .currentMatch,
        .selectedMention, .highlight, .selection,
    ]

    @Test("every theme keeps quotes, matches, selections and the status line apart without colour")
    func attributesAlone() throws {
        for url in try themeFiles() {
            let theme = try loadTheme(url.deletingPathExtension().lastPathComponent)
            let sets = Self.distinct.map { theme.style(for: $0).attributes }
            #expect(Set(sets).count == sets.count, "\(theme.name)")
        }
    }

    @Test("the mono theme uses no colour at all")
    func monoHasNoColour() throws {
        let theme = try loadTheme("mono")
        for role in StyleRole.allCases {
            #expect(theme.style(for: role).foreground == .terminalDefault)
            #expect(theme.style(for: role).background == .terminalDefault)
        }
    }

    @Test("rendered in mono, quote, current quote, selection and status cells differ by attributes")
    func renderedScreen() throws {
        let theme = try loadTheme("mono")
        let blocks = [
            Block(kind: .headline, text: "Harbour Board Approves the Night Ferry"),
            Block(kind: .paragraph, text: "\"We will run the boats all night,\" said Ines Varga."),
            Block(kind: .paragraph, text: "\"The numbers do not add up,\" said Bo Lind."),
        ]
        func quote(_ text: String, block: Int, start: Int, speaker: String) -> Quote {
            Quote(text: text, ranges: [TextRange(block: block, start: start, end: start + text.unicodeScalars.count)],
                  kind: .direct, cue: "said", speakerMention: speaker, speaker: speaker)
        }
        let article = Article(metadata: ArticleMetadata(headline: blocks[0].text), blocks: blocks, quotes: [
            quote("We will run the boats all night,", block: 1, start: 1, speaker: "Ines Varga"),
            quote("The numbers do not add up,", block: 2, start: 1, speaker: "Bo Lind"),
        ])
        var state = ReaderState(article: article, rows: 20, columns: 120)
        _ = state.handle(.key(.character(".")))
        _ = state.handle(.key(.tab))
        let buffer = ReaderView.render(state)
        var byRole: [StyleRole: TextAttributes] = [:]
        for row in 0..<buffer.rows {
            for column in 0..<buffer.columns {
                let role = buffer[row, column].role
                byRole[role] = theme.style(for: role).attributes
            }
        }
        let wanted: [StyleRole] = [.body, .quote, .currentQuote, .sidebarSelection, .statusLine]
        for role in wanted { #expect(byRole[role] != nil, "\(role) not on screen") }
        let sets = wanted.compactMap { byRole[$0] }
        #expect(Set(sets).count == sets.count)
    }
}

@Suite("Theme switching")
struct ThemeSwitchingTests {
    final class FakeTerminal: TerminalBackend {
        var events: [InputEvent]
        var presented: [(ScreenBuffer, String)] = []
        init(events: [InputEvent]) { self.events = events }
        var size: (rows: Int, columns: Int) { (10, 60) }
        func nextEvent() -> InputEvent { events.isEmpty ? .endOfInput : events.removeFirst() }
        func present(_ buffer: ScreenBuffer, theme: Theme, force: Bool) { presented.append((buffer, theme.name)) }
        func suspend() {}
        func shutdown() {}
    }

    @Test("T cycles themes, names the theme on the status line, and remapped keys act")
    func cycling() {
        let article = Article(blocks: (0..<40).map { Block(kind: .paragraph, text: "Paragraph \($0) of a long enough text.") })
        var bindings = KeyBindings.standard
        bindings.bind(.character("n"), to: .scrollDown)
        var state = ReaderState(article: article, rows: 10, columns: 60)
        state.setThemes([.standard, Theme(name: "other", styles: [:])])
        state.bindings = bindings
        #expect(state.message(for: .key(.character("T"))) == .cycleTheme)
        #expect(state.handle(.key(.character("T"))) == [.repaintAll])
        #expect(state.theme.name == "other")
        let fake = FakeTerminal(events: [.key(.character("n")), .key(.character("q"))])
        var seen: [String] = []
        let final = ReaderLoop.run(state: state, backend: fake)
        seen = fake.presented.map(\.1)
        #expect(seen.allSatisfy { $0 == "other" })
        #expect(fake.presented.first?.0.textLines[9].contains("theme: other (2/2)") == true)
        #expect(final.topLine == 1)
        #expect(final.notice == nil)
    }
}
