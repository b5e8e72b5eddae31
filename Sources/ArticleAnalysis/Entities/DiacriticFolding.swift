/// Keys of names with the diacritics of Latin letters taken off, so that one name written with
/// and without them ("Erdoğan" and "Erdogan", "Zürich" and "Zurich") is one entity
/// (``AliasMerger``). Only names with a letter above U+007F get such keys; for an ASCII name
/// the folded key is its own ``WordKey``.
///
/// Source of the table: the canonical decompositions of the Unicode Character Database for
/// Latin-1 Supplement, Latin Extended-A and Latin Extended-B (a letter whose decomposition
/// starts with an ASCII letter folds to it), plus the letters English writes as two ("ß" →
/// "ss", "æ" → "ae", "œ" → "oe", "þ" → "th") and the letters with a stroke ("ø", "ł", "đ",
/// "ħ") or without a dot ("ı") folded to their plain letter by hand.
enum DiacriticFolding {
    /// The letters folded one to one, in the same order as ``plainLetters``.
    private static let foldedLetters = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ"
    /// The plain ASCII letter of each of ``foldedLetters``.
    private static let plainLetters = "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy"

    /// Plain ASCII of each folded scalar value.
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for (folded, plain) in zip(foldedLetters.unicodeScalars, plainLetters.unicodeScalars) { table[folded.value] = [plain] }
        for (folded, plain) in [("ß", "ss"), ("æ", "ae"), ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"), ("þ", "th"), ("Þ", "th"), ("ĳ", "ij"), ("Ĳ", "ij")] {
            if let scalar = folded.unicodeScalars.first { table[scalar.value] = Array(plain.unicodeScalars) }
        }
        return table
    }()

    /// Whether `scalars[range]` has a scalar above U+007F that folds (a Latin letter with a
    /// diacritic).
    static func hasFoldable(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for index in range where scalars[index].value >= 0xC0 && scalars[index].value < 0x250 {
            if table[scalars[index].value] != nil { return true }
        }
        return false
    }

    /// The ``WordKey`` of `scalars[range]` with its Latin letters' diacritics taken off
    /// ("Erdoğan" → the key of "erdogan"); a final period left out as ``Tokenizer`` does.
    static func key(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var key = WordKey.empty
        var end = range.upperBound
        if end > range.lowerBound, scalars[end - 1] == "." { end -= 1 }
        for index in range.lowerBound..<end {
            let scalar = scalars[index]
            if scalar.value >= 0xC0, let plain = table[scalar.value] {
                for letter in plain { key = WordKey.adding(letter, to: key) }
            } else {
                key = WordKey.adding(scalar, to: key)
            }
        }
        return key
    }
}
