import CTOMLGuard
import Testing
import ThemeLoading
import TOMLKit

/// The reason the lexical check gives for `text`, with its line; `nil` when it passes.
private func refusal(_ text: String) -> (reason: String, line: Int)? {
    var bytes = text
    var line = 0
    let reason = bytes.withUTF8 { utf8 in
        utf8.withMemoryRebound(to: CChar.self) { byline_toml_refusal($0.baseAddress, $0.count, &line) }
    }
    return reason.map { (String(cString: $0), line) }
}

@Suite("TOML check before toml++")
struct TOMLGuardTests {
    @Test("a theme file with a [[[x]]] header is a one-line error naming the file and line, not an abort")
    func themeWithBadHeader() {
        do {
            _ = try ThemeFile.parse("name = \"x\"\n[[[roles]]]\nbody = { fg = \"red\" }\n", file: "t.toml", fallbackName: "t")
            Issue.record("no error")
        } catch {
            #expect(error.description == "t.toml:2: not TOML: a table header without a key")
        }
    }

    @Test("a config file with a [[[x]]] header is a one-line error naming the file and line, not an abort")
    func configWithBadHeader() {
        do {
            _ = try Config.parse("width = 60\n\n[[[keys]]]\n", file: "c.toml")
            Issue.record("no error")
        } catch {
            #expect(error.description == "c.toml:3: not TOML: a table header without a key")
            #expect(!error.description.contains("\n"))
        }
    }

    /// Inputs on which toml++ 3.4.0 fails an assertion or reaches an unreachable branch
    /// (found with scripts/fuzz-toml-guard.sh), each with the line and reason refused.
    @Test(
        "text that makes toml++ abort is refused with its line",
        arguments: [
            ("[[[x]]]\n", 1, "a table header without a key"),
            ("a = 1\n[ !x]\n", 2, "a table header without a key"),
            ("a = 1 \u{E9}\n", 1, "a non-ASCII character outside a string or comment"),
            ("caf\u{E9} = 1\n", 1, "a non-ASCII character outside a string or comment"),
            ("x = [1,\u{2028}]\n", 1, "a non-ASCII character outside a string or comment"),
            ("x = [}]\n", 1, "a value expected"),
            ("x = [\n  1, # one\n}\n", 3, "a value expected"),
            ("d = 1979-05-27Tx7:32:00Z\n", 1, "a value that is not a TOML string, number, boolean, date or time"),
            ("d = 1979-05-27 1\n", 1, "a value that is not a TOML string, number, boolean, date or time"),
            ("a = {b = 1,}\n", 1, "a comma before the end of an inline table"),
            // Valid TOML that toml++ cannot read: a line-ending backslash before a non-ASCII letter.
            ("a = \"\"\"x\\\n  \u{E9}t\u{E9}\"\"\"\n", 2, "a non-ASCII character right after a backslash in a string"),
        ] as [(String, Int, String)]
    )
    func refused(text: String, line: Int, reason: String) {
        let result = refusal(text)
        #expect(result?.reason == reason)
        #expect(result?.line == line)
    }

    @Test("every kind of TOML 1.0 value, key and table passes the check and parses")
    func validTOMLPasses() throws {
        let text = """
            # A comment with non-ASCII: th\u{E8}me
            title = "Th\u{E8}me sombre \u{2014} \u{201C}quoted\u{201D}"
            "quoted key" = 1
            'literal key' = 2
            site."example.com" = true
            a . b = 3
            f1 = +1.0
            f2 = -0.01
            f3 = 5e+22
            f4 = 6.626e-34
            f5 = 224_617.445_991_228
            sf1 = inf
            sf2 = -nan
            i1 = +99
            i2 = 0xDEAD_BEEF
            i3 = 0o755
            i4 = 0b1101_0110
            odt1 = 1979-05-27T07:32:00Z
            odt2 = 1979-05-27T00:32:00.999999-07:00
            odt3 = 1979-05-27 07:32:00Z
            ldt = 1979-05-27T07:32:00
            ld = 1979-05-27
            lt = 00:32:00.999999
            inline = { first = "Ada", last = "Quill", nested = { x = 1 } }
            empty = {}
            arr = [
              1, # one
              2,
            ]
            mixed = [[1, 2], ["a", 'b'], [{ a = 1 }], []]
            multi = \"\"\"
            Roses \\
              are red [[[not a header]]]\"\"\"
            lit = '''
            C:\\path [x] ''\'
            quotes = \"\"\"Two quotation marks: "". Simple enough.\"\"\"
            edge = \"\"\"\"\"quoted\"\"\"\"\"

            [ dog . "tater.man" ]
            type.name = "pug"

            [[products]]
            name = "Hammer"

            [[products]]
            """
        #expect(refusal(text) == nil)
        let table = try TOMLTable(string: text)
        #expect(table["products"]?.array?.count == 2)
        #expect(refusal("a = 1\r\nb = 2\r\n") == nil)
        #expect(refusal("") == nil)
    }
}
