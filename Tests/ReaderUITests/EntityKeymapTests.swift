import Testing
@testable import ReaderUI

/// The keys of the entities sidebar and the mention jumps.
@Suite("Named entities: keymap")
struct EntityKeymapTests {
    @Test("] and [ jump between mentions, with counts, from every focus", arguments: [Focus.article, .quotes, .entities])
    func mentionKeys(focus: Focus) {
        #expect(Keymap.message(for: .character("]"), count: nil, focus: focus) == .nextMention(1))
        #expect(Keymap.message(for: .character("["), count: nil, focus: focus) == .previousMention(1))
        #expect(Keymap.message(for: .character("]"), count: 4, focus: focus) == .nextMention(4))
        #expect(Keymap.message(for: .character("["), count: 2, focus: focus) == .previousMention(2))
        #expect(Keymap.message(for: .character("E"), count: nil, focus: focus) == .toggleEntities)
    }

    @Test("in the entities sidebar: j/k/g/G move, Enter jumps, s filters quotes, Tab moves on, Esc leaves")
    func sidebarKeys() {
        let table: [(Key, Int?, Message)] = [
            (.character("j"), nil, .sidebarMove(1)),
            (.down, 3, .sidebarMove(3)),
            (.character("k"), nil, .sidebarMove(-1)),
            (.character("g"), nil, .sidebarFirst),
            (.character("G"), nil, .sidebarLast),
            (.enter, nil, .sidebarActivate),
            (.character("s"), nil, .toggleSpeakerFilter),
            (.tab, nil, .cycleFocus),
            (.escape, nil, .leaveSidebar),
            (.character("."), nil, .nextQuote(1)),
            (.character("q"), nil, .quit),
        ]
        for (key, count, message) in table {
            #expect(Keymap.message(for: key, count: count, focus: .entities) == message, "\(key)")
        }
        // Tab in the quotes sidebar now moves on to the entities (the state skips them when
        // there are none); in the match list it still closes the list.
        #expect(Keymap.message(for: .tab, count: nil, focus: .quotes) == .cycleFocus)
        #expect(Keymap.message(for: .tab, count: nil, focus: .matches) == .leaveSidebar)
    }

    @Test("the new actions can be remapped and reach the same messages")
    func bindings() {
        let pairs: [(KeyBindings.Action, Message)] = [
            (.nextMention, .nextMention(1)), (.previousMention, .previousMention(1)),
            (.toggleEntities, .toggleEntities),
        ]
        for (action, message) in pairs {
            var bindings = KeyBindings.standard
            bindings.bind(.function(5), to: action)
            guard case .key(let key) = bindings.resolve(.function(5)) else {
                Issue.record("\(action) did not resolve to a key")
                continue
            }
            #expect(Keymap.message(for: key, count: nil) == message)
        }
        #expect(KeyBindings.Action(rawValue: "next-mention") == .nextMention)
        #expect(KeyBindings.Action(rawValue: "toggle-entities") == .toggleEntities)
    }

    @Test("the help lists the entity keys")
    func help() {
        let keys = HelpText.entries.map(\.keys)
        #expect(keys.contains("]  ["))
        #expect(keys.contains("\"  E"))
    }
}
