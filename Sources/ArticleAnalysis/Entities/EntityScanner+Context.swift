/// Words around a name that say what it names beyond its own words: a score beside it (a
/// team), a speech cue, "who" or an age beside it (a person).
extension EntityScanner {
    /// Whether a score is written right after `last` or right before `first` in the same
    /// sentence: two numbers of at most two digits joined by a dash or hyphen ("2 – 1",
    /// "3-0").
    func isBesideScore(_ first: Int, _ last: Int) -> Bool {
        let tokens = text.tokens
        func isGoals(_ index: Int) -> Bool {
            index >= sentenceLower && index < sentenceUpper && tokens[index].kind == .number && tokens[index].end - tokens[index].start <= 2
        }
        func isJoiner(_ index: Int) -> Bool {
            index >= sentenceLower && index < sentenceUpper && (tokens[index].kind == .dash || tokens[index].isPunct("-"))
        }
        func isJoinedScore(_ index: Int) -> Bool {
            guard index >= sentenceLower, index < sentenceUpper, tokens[index].kind == .number,
                  tokens[index].has(TextToken.hyphenated), tokens[index].end - tokens[index].start <= 5 else { return false }
            return true
        }
        if isJoinedScore(last + 1) || (isGoals(last + 1) && isJoiner(last + 2) && isGoals(last + 3)) { return true }
        if isJoinedScore(first - 1) || (isGoals(first - 1) && isJoiner(first - 2) && isGoals(first - 3)) { return true }
        return false
    }

    /// Key of "who" ("Ana Ruiz, who …").
    static let who = WordKey.of("who")
    /// Key of "aged" ("Ana Ruiz, aged 34").
    static let aged = WordKey.of("aged")

    /// Whether the words around `first...last` say it names a person: a speech cue right
    /// after it ("Ana Ruiz said") or right before it after punctuation ("…, said Ana Ruiz"),
    /// or "who", ", who", ", aged" or an age (", 34,") right after it.
    ///
    /// With `strong`, only the contexts no organization shares: "who", an age, a cue after a
    /// quotation or comma, not "X said".
    func isInPersonContext(_ first: Int, _ last: Int, strong: Bool = false) -> Bool {
        let tokens = text.tokens
        if last + 1 < sentenceUpper {
            let next = tokens[last + 1]
            if next.isLowercaseWord, next.key == EntityScanner.who || (!strong && CueLexicon.info(next.key)?.strong == true) { return true }
            if next.isPunct(","), last + 2 < sentenceUpper {
                let after = tokens[last + 2]
                if isAge(last + 2) || (after.isLowercaseWord && (after.key == EntityScanner.who || after.key == EntityScanner.aged)) {
                    return true
                }
            }
        }
        // "…," said Ana Ruiz: the cue right after a comma or quotation mark (not "Police said
        // Operation Kestrel …").
        if first - 2 >= sentenceLower, tokens[first - 1].isLowercaseWord, CueLexicon.info(tokens[first - 1].key)?.strong == true,
           tokens[first - 2].kind == .punct || tokens[first - 2].kind == .quote || tokens[first - 2].kind == .dash {
            return true
        }
        return false
    }

    /// Whether an age is written at `index`: a number of at most three digits followed by a
    /// comma or a full stop ("Ana Ruiz, 34, …").
    private func isAge(_ index: Int) -> Bool {
        let tokens = text.tokens
        guard index + 1 < sentenceUpper, tokens[index].kind == .number, tokens[index].end - tokens[index].start <= 3 else { return false }
        return tokens[index + 1].isPunct(",") || tokens[index + 1].isPunct(".")
    }
}
