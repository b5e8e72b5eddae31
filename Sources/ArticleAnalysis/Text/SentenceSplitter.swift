/// Splits a block's tokens into sentences. Quotations are single tokens, so a sentence that
/// contains a quotation of several sentences stays one sentence.
///
/// A sentence ends after `.`, `!`, `?` or `…` followed by a capitalised word, a quotation or
/// the end of the block; after an abbreviation with a period (`U.S.`, `Mr.`) only before a
/// word that usually starts sentences ("The", "He") or a quotation that starts with a capital
/// (never in a headline); and after a quotation that ends with
/// sentence punctuation inside its marks and is followed by a capitalised word or another
/// quotation — except `"…?" Smith asked`-style attributions, where a cue follows within four
/// words.
enum SentenceSplitter {
    /// Appends the sentences of `tokens` to `sentences` as token ranges.
    static func split(
        _ text: TokenText, parts: [QuotePart], into sentences: inout [Range<Int>]
    ) {
        sentences.removeAll(keepingCapacity: true)
        let tokens = text.tokens
        var start = 0
        for index in tokens.indices {
            if endsSentence(text, at: index, parts: parts) {
                sentences.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
    }

    private static func endsSentence(_ text: TokenText, at index: Int, parts: [QuotePart]) -> Bool {
        let tokens = text.tokens
        let token = tokens[index]
        let next = index + 1 < tokens.count ? index + 1 : nil
        switch token.kind {
        case .punct:
            guard let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: token.key)), ScalarClass.isTerminal(scalar) else {
                return false
            }
            guard let next else { return true }
            let following = tokens[next]
            if following.kind == .quote { return true }
            if following.kind == .punct, following.isPunct(")") || following.isPunct("]") { return false }
            return following.isCapitalizedWord || following.has(TextToken.allCaps)
        case .word:
            guard token.has(TextToken.endsWithPeriod) else { return false }
            guard let next else { return true }
            let following = tokens[next]
            if following.kind == .quote {
                // "in the U.S. "We …" ends a sentence; "U.S. 'Should Be Valued'" in a
                // headline does not.
                let partIndex = Int(following.part)
                guard !text.isHeadline, partIndex >= 0, partIndex < parts.count else { return false }
                let part = parts[partIndex]
                var index = part.innerStart
                while index < part.innerEnd, !ScalarClass.isLetter(text.scalars[index]) { index += 1 }
                return index < part.innerEnd && ScalarClass.isUppercase(text.scalars[index])
            }
            // Initials: "Wayne A. I. Frederick".
            if following.has(TextToken.endsWithPeriod), following.end - following.start == 2, token.end - token.start == 2 {
                return false
            }
            return following.isCapitalizedWord && NameLexicon.sentenceStarters.contains(following.key)
        case .quote:
            let partIndex = Int(token.part)
            guard partIndex >= 0, partIndex < parts.count, parts[partIndex].hasClosingMark,
                  let ending = lastQuotedScalar(text.scalars, parts[partIndex]), ScalarClass.isTerminal(ending) else { return false }
            guard let next else { return true }
            let following = tokens[next]
            if following.kind == .quote { return true }
            guard following.isCapitalizedWord else { return false }
            if ending != "." {
                // "Why?" Smith asked.
                let finder = AttributionFinder(text: text)
                var probe = next
                while probe < tokens.count, probe <= next + 4, tokens[probe].kind == .word || text.isNickname(probe) {
                    if finder.cue(at: probe, limit: tokens.count) != nil { return false }
                    probe += 1
                }
                // "Why?" Smith's niece, Ana Ruiz (D-Kent), asked.: an appositive between commas,
                // then the cue (at most 20 tokens).
                if probe < tokens.count, tokens[probe].isPunct(",") {
                    var comma = probe + 1
                    while comma < tokens.count, comma <= probe + 20, !tokens[comma].isPunct(","),
                          tokens[comma].kind != .quote || text.isNickname(comma) {
                        if tokens[comma].kind == .punct, !tokens[comma].isPunct("("), !tokens[comma].isPunct(")"), !tokens[comma].isPunct("-"),
                           !tokens[comma].isPunct(".") {
                            break
                        }
                        comma += 1
                    }
                    if comma + 1 < tokens.count, tokens[comma].isPunct(","), finder.cue(at: comma + 1, limit: tokens.count) != nil {
                        return false
                    }
                }
            }
            return true
        case .number, .dash:
            return false
        }
    }

    /// The last quoted scalar of `part` that is not a closing mark or bracket (`no.’` → `.`).
    static func lastQuotedScalar(_ scalars: [Unicode.Scalar], _ part: QuotePart) -> Unicode.Scalar? {
        var index = part.innerEnd - 1
        while index >= part.innerStart {
            let scalar = scalars[index]
            let value = scalar.value
            if QuoteMarks.family(of: scalar) == nil && value != 0x29 && value != 0x5D { return scalar }
            index -= 1
        }
        return nil
    }
}
