/// Turning input events into messages. Nothing here changes the state: ``message(for:)``
/// is a pure function of the state and the event, and ``handle(_:)`` hands its result to
/// ``update(_:)``.
extension ReaderState {
    /// Handles one input event: the message it means (``message(for:)``), applied.
    /// Returns the effects of the update.
    public mutating func handle(_ event: InputEvent) -> [Effect] {
        update(message(for: event))
    }

    /// The message an input event means here: in a prompt, keys are its editing keys or
    /// text; elsewhere digits build a count prefix (shown in the status line), Esc cancels
    /// it (else leaves a sidebar, else clears the selection), and every other key goes
    /// through the user's ``bindings`` and then ``Keymap`` with the count. Signals and the
    /// terminal's events have messages of their own.
    public func message(for event: InputEvent) -> Message {
        switch event {
        case .key(let key):
            return message(for: key)
        case .wheel(let direction):
            return .scrollLines(direction * 3)
        case .resize(let rows, let columns):
            return .resize(rows: rows, columns: columns)
        case .redraw(let rows, let columns):
            return .terminalRedrawn(rows: rows, columns: columns)
        case .stopRequested:
            return .stopRequested
        case .paste(let text):
            // Into the open prompt as text; never keys anywhere (a pasted q does not quit).
            if activePrompt != nil, !showingHelp { return .edit(.insert(Self.pastedLine(text))) }
            return .showNotice("Paste ignored: press / and paste to search for it")
        case .terminate, .endOfInput:
            return .terminate
        }
    }

    /// Pasted text as one line of a prompt: each line break (LF, CR, CR LF, U+2028, U+2029)
    /// and tab becomes a space, and those at the end are dropped (a copied line usually ends
    /// with one), so a pasted newline never submits; other control characters are dropped.
    /// At most ``maximumPastedCharacters`` characters are kept.
    static func pastedLine(_ text: String) -> String {
        var result = ""
        var count = 0
        var pendingSpaces = 0
        for character in text {
            if count >= maximumPastedCharacters { break }
            if character.isNewline || character == "\t" {
                pendingSpaces += 1
                continue
            }
            if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
               scalar.properties.generalCategory == .control {
                continue
            }
            if pendingSpaces > 0, count > 0 {
                result += String(repeating: " ", count: pendingSpaces)
                count += pendingSpaces
            }
            pendingSpaces = 0
            result.append(character)
            count += 1
        }
        return result
    }

    /// The most characters a paste puts into a prompt (a prompt is one line).
    static let maximumPastedCharacters = 1_000

    /// The message for one key (see ``message(for:)``).
    private func message(for key: Key) -> Message {
        if activePrompt != nil, !showingHelp {
            return Keymap.promptMessage(for: key)
        }
        if let command = pendingMark, !showingHelp {
            // The key after m or ' names the mark; any other key cancels.
            guard case .character(let c) = key else { return .ignore }
            return command == .set ? .setMark(c) : .jumpToMark(c)
        }
        if let count = pendingArticleCommand, !showingHelp {
            // The key after : names the command, as in less; any other key cancels.
            switch key {
            case .character("n"): return .switchArticle(.next(count ?? 1))
            case .character("p"): return .switchArticle(.previous(count ?? 1))
            case .character("x"): return .switchArticle(.first)
            default: return .unbound(":" + Keymap.name(of: key))
            }
        }
        if case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII,
           !showingHelp, digit > 0 || pendingCount != nil
        {
            return .countDigit(digit)
        }
        if key == .escape { return .escape }
        guard case .key(let resolved) = bindings.resolve(key) else {
            return .unbound(Keymap.name(of: key))
        }
        // While a passage is selected in the article, its own keys come first.
        if passage != nil, focus == .article, !showingHelp,
           let binding = KeyTable.binding(for: resolved, in: .passage)
        {
            return binding.message(pendingCount)
        }
        // The help overlay scrolls with the article's keys whatever has the focus
        // (j in a sidebar would otherwise move its cursor and close the help).
        return Keymap.message(for: resolved, count: pendingCount, focus: showingHelp ? .article : focus)
    }
}
