import ArticleModel

extension EntityScanner {
    /// Emits, beside each name of several words emitted from the run `first...last` since
    /// candidate `start`, the gazetteer places written inside it as names of their own: the
    /// place is mentioned there too, and its mention joins the place's other mentions.
    ///
    /// Rules (the place must be a whole gazetteer name by its short or official name, or an
    /// abbreviation in capitals; never a demonym: "Chinese Foreign Ministry" names no place):
    /// - after "of" or "of the" inside an organization's name, or an event's, law's or work's,
    ///   and ending that name or followed by a lower-case word: "University of Nordhaven",
    ///   "Bank of Kenya", "Medical Journal of Australia", "Treaty of Paris";
    /// - first in an organization's name whose last word is an organization head: "Kenya
    ///   Wildlife Service", "U.S. Department of Agriculture", "UK Government", "Paris Police";
    ///   a firm named after a place without such a head ("Texas Instruments") stays flat;
    /// - first in the name of a building or venue ("Geneva Station", "Volgograd Arena"), or a
    ///   city GeoNames knows first in the name of a town's public body whose head is one of
    ///   ``EntityLexicon/publicServiceHeads`` ("Irvington Police Department").
    ///
    /// A name after "of" that the gazetteer does not know ("University of Wexley") is emitted
    /// as pending: ``AliasMerger`` keeps it only when the article names a place so elsewhere
    /// ("near Wexley"), and joins it to that place. First words the gazetteer does not know
    /// ("Valmont City Council") stay inside the name: a firm named after its founder or an
    /// analyst "at Corvo" (read as a place) would give wrong places.
    ///
    /// A whole gazetteer name is never split ("Democratic People's Republic of Korea", "Mexico
    /// City"), nor a state's "Republic of Ostrand": the outer name is itself the place.
    /// Candidates are appended after the run's own (``AliasMerger`` restores reading order of
    /// each entity's mentions); ``lastInSentence`` is left on the outer name.
    mutating func emitNestedPlaces(_ first: Int, _ last: Int, from start: Int) {
        let end = candidates.count
        guard end > start, last > first else { return }
        let tokens = text.tokens
        for index in start..<end {
            let outer = candidates[index]
            guard outer.wordCount >= 2, outer.gazetteer == nil, outer.kind != .person, outer.kind != .unknown,
                  !EntityLexicon.statePrefixes.contains(outer.firstKey) else { continue }
            guard let lower = (first...last).first(where: { Int(tokens[$0].start) >= outer.start }),
                  let upper = (first...last).last(where: { Int(tokens[$0].start) < outer.end }), upper > lower else { continue }
            // First words of an organization or venue.
            let venue = outer.kind == .place && EntityScanner.venueHeads.contains(outer.lastKey)
            let body = outer.kind == .organization && isOrganizationHead(outer.lastKey)
            if venue || body, let match = nestedPlace(at: lower, limit: upper - 1) {
                emitNested(lower, match.last, match.hit)
            } else if venue || (outer.kind == .organization && EntityLexicon.publicServiceHeads.contains(outer.lastKey)),
                      let placeLast = geoNamesPlace(at: lower, limit: upper - 1) {
                // "Volgograd Arena": a city GeoNames knows, first in a venue's name; so in
                // the name of a public body of that town ("Irvington Police Department",
                // "Leeds City Council").
                let saved = lastInSentence
                emit(lower, placeLast, kind: .place, guess: false)
                candidates[candidates.count - 1].inPlaceContext = true
                lastInSentence = saved
            } else if outer.kind == .organization || outer.kind == .other, EntityLexicon.civicHeads.contains(outer.lastKey),
                      isPlainNameWord(lower), tokens[lower + 1].isCapitalizedWord, !GivenNames.shared.contains(tokens[lower].key) {
                // "Brackwell Town Council", "Halvard Marathon": the town, if the article names
                // it as a place elsewhere (decided by ``AliasMerger``).
                let placeLast = NameLexicon.placeFirstWords.contains(tokens[lower].key) && lower + 2 <= upper
                    && isPlainNameWord(lower + 1) ? lower + 1 : lower
                emitPendingPlace(lower, placeLast)
            }
            guard outer.kind == .organization || outer.kind == .other else { continue }
            var offset = lower + 1
            while offset <= upper {
                var place = offset
                if tokens[offset - 1].isLowercaseWord, tokens[offset - 1].key == NameLexicon.of {
                    // "of the": "University of the Highlands".
                    if tokens[offset].isLowercaseWord, tokens[offset].key == NameLexicon.the, offset < upper { place = offset + 1 }
                    if let match = nestedPlace(at: place, limit: upper),
                       match.last == upper || tokens[match.last + 1].isLowercaseWord {
                        emitNested(place, match.last, match.hit)
                        offset = match.last + 1
                        continue
                    }
                    // "University of Wexley": the rest of the name, if the article names
                    // that place elsewhere (decided by ``AliasMerger``).
                    if place == offset, upper - place <= 2, (place...upper).allSatisfy({ isPlainNameWord($0) }) {
                        emitPendingPlace(place, upper)
                        break
                    }
                }
                offset += 1
            }
        }
    }

    /// A gazetteer place starting at `index`, by a name or an abbreviation (not a demonym).
    private func nestedPlace(at index: Int, limit: Int) -> (last: Int, hit: Gazetteer.Hit)? {
        guard index <= limit, let match = gazetteerMatch(at: index, limit: limit), match.hit.form != .demonym,
              gazetteer.entries[Int(match.hit.entry)].kind == .place else { return nil }
        return match
    }

    /// The last token of a place ``GeoNamesPlaces`` knows by the one or two capitalised words
    /// from `index` (the longer first), ending at or before `limit`.
    private func geoNamesPlace(at index: Int, limit: Int) -> Int? {
        let tokens = text.tokens
        guard index <= limit, isPlainNameWord(index) else { return nil }
        if index + 1 <= limit, isPlainNameWord(index + 1),
           GeoNamesPlaces.shared.contains(Gazetteer.extend(tokens[index].key, with: tokens[index + 1].key)) {
            return index + 1
        }
        return GeoNamesPlaces.shared.contains(tokens[index].key) ? index : nil
    }

    /// Appends the nested place `first...last`, leaving ``lastInSentence`` as it is.
    private mutating func emitNested(_ first: Int, _ last: Int, _ hit: Gazetteer.Hit) {
        let saved = lastInSentence
        emitGazetteer(first, last, hit)
        lastInSentence = saved
    }

    /// Whether the word at `index` is capitalised (not in capitals), no organization head,
    /// title or generic word, no possessive: a word that may name a place of the article.
    private func isPlainNameWord(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word, token.isCapitalizedWord, !token.has(TextToken.allCaps),
              token.flags & (TextToken.possessive | TextToken.pluralPossessive) == 0 else { return false }
        let key = token.key
        return !isOrganizationHead(key) && !NameLexicon.titles.contains(key) && !EntityLexicon.genericWords.contains(key)
            && !NameLexicon.portfolios.contains(key) && !EntityLexicon.placeHeads.contains(key)
    }

    /// Appends `first...last` as a place that is a mention only if the article names a
    /// place so elsewhere (``EntityCandidate/nestedPending``).
    private mutating func emitPendingPlace(_ first: Int, _ last: Int) {
        let saved = lastInSentence
        emit(first, last, kind: .place, guess: true)
        candidates[candidates.count - 1].nestedPending = true
        candidates[candidates.count - 1].inPlaceContext = true
        lastInSentence = saved
    }

    /// Last words of places that are buildings or venues, whose first words may name the
    /// place they stand in ("Volgograd Arena").
    static let venueHeads = WordSet([
        "station", "stadium", "arena", "airport", "bridge", "palace", "hotel", "building", "tower", "towers", "square",
        "plaza", "cathedral", "museum",
    ])
}
