import ArticleModel

/// The dateline that opens a paragraph of a news report ("Valmont, Norland — The council
/// voted …", "Dunmere: Residents …"): it names where the report was filed, so both of its
/// parts are places.
extension EntityScanner {
    /// A dateline found at the start of a paragraph: the token ranges of its one or two
    /// parts (the place, then the larger place after the comma) and the index of the first
    /// token after its dash or colon.
    struct Dateline {
        /// Token ranges of the parts, one or two, in reading order.
        var parts: [ClosedRange<Int>]
        /// Index of the first token after the dash or colon: where the sentence starts.
        var end: Int
    }

    /// Most capitalised words in each part of a dateline.
    static let datelinePartWords = 3

    /// The dateline at token `lower` of `text`, the first token of a paragraph: one to three
    /// capitalised words, optionally a comma and one to three more, then a dash written after
    /// a space (" —", " –", " -") or (with both parts) a colon right after the last word, with a token after it
    /// before `upper` (the sentence's end). Words that are function words, pronouns, cue
    /// words, weekdays, months or possessives are no part of a dateline ("The", "Monday:",
    /// "Editor's"). Source: the dateline convention of news agencies (place, larger place,
    /// dash), which the fixtures of the team follow.
    static func dateline(in text: TokenText, lower: Int, upper: Int) -> Dateline? {
        let tokens = text.tokens
        var parts: [ClosedRange<Int>] = []
        var index = lower
        while true {
            let start = index
            while index < upper, index - start < datelinePartWords, isDatelineWord(text, index) { index += 1 }
            guard index > start, index < upper else { return nil }
            parts.append(start...(index - 1))
            if parts.count == 1, tokens[index].isPunct(",") {
                index += 1
                continue
            }
            break
        }
        let mark = tokens[index]
        guard index + 1 < upper else { return nil }
        if mark.kind == .dash || mark.isPunct("-") {
            let start = Int(mark.start)
            guard start > 0, ScalarClass.isWhitespace(text.scalars[start - 1]) else { return nil }
        } else if mark.isPunct(":") {
            // Only "Place, Larger place:" — a lone name and a colon is an interview's speaker
            // label ("Ruiz: We never…") far more often than a dateline.
            guard parts.count == 2, Int(mark.start) == text.wordEnd(index - 1) else { return nil }
        } else {
            return nil
        }
        return Dateline(parts: parts, end: index + 1)
    }

    /// Whether the token at `index` may be a word of a dateline's place: a word with a
    /// capital, not a function word, pronoun, cue word, weekday, month, connective or
    /// possessive.
    private static func isDatelineWord(_ text: TokenText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word, token.flags & (TextToken.capitalized | TextToken.allCaps) != 0,
              token.flags & (TextToken.possessive | TextToken.pluralPossessive) == 0 else { return false }
        let key = token.key
        return !text.isCommonWord(key) && !NameLexicon.weekdays.contains(key) && !EntityLexicon.months.contains(key)
            && !EntityLexicon.connectives.contains(key)
    }

    /// The dateline at the start of the sentence `sentence` of block `block`, if the sentence
    /// opens a paragraph.
    func dateline(of sentence: Range<Int>, in text: TokenText, block: Int) -> Dateline? {
        guard sentence.lowerBound == 0, article.blocks[block].kind == .paragraph else { return nil }
        return EntityScanner.dateline(in: text, lower: sentence.lowerBound, upper: sentence.upperBound)
    }

    /// Emits the parts of `dateline` as places: a whole gazetteer name by its entry, any
    /// other as a place written where a place is expected (``EntityCandidate/inPlaceContext``).
    mutating func emitDateline(_ dateline: Dateline) {
        for part in dateline.parts {
            if let match = gazetteerMatch(at: part.lowerBound, limit: part.upperBound), match.last == part.upperBound,
               match.hit.form != .demonym {
                emitGazetteer(part.lowerBound, part.upperBound, match.hit)
            } else {
                emit(part.lowerBound, part.upperBound, kind: .place, guess: false)
            }
            candidates[candidates.count - 1].inPlaceContext = true
        }
    }
}
