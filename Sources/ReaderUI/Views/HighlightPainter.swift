import ArticleModel
import TerminalText

/// Splits the text of one laid-out line into spans by role, so that the parts of it inside
/// highlight ranges (quotations now; search matches and entity mentions later) are painted in
/// their own roles.
///
/// The line's shown text is its block's text from ``LayoutLine/start`` with each tab expanded
/// to a run of spaces (to 8-column or table stops, ``WordWrap``); this walks the two side by
/// side, so a highlight lands on exactly the scalars of its range. Link markers (`[n]`,
/// ``LinkReferences``) that the layout drew into the line are recognised at their offsets
/// and painted in the dim role. If the two ever disagree, the rest of the line keeps its
/// base role rather than guess.
enum HighlightPainter {
    /// A range of scalar offsets in a block and the role to paint it in; later entries win.
    struct Highlight: Sendable, Equatable {
        /// Scalar offsets `lower..<upper` in the block's text.
        var range: Range<Int>
        /// The role of the highlighted cells.
        var role: StyleRole
    }

    /// The spans of `text` (a line's shown text, starting at scalar `start` of `source`,
    /// whose UTF-8 offset is `utf8Start`), in `base` role except where `highlights` apply
    /// and on `markers` (the block's link markers, by offset), which are dim.
    static func spans(
        text: String, base: StyleRole, source: String, start: Int, utf8Start: Int,
        highlights: [Highlight], markers: [LinkReferences.Marker] = []
    ) -> [Span] {
        guard !highlights.isEmpty || !markers.isEmpty else { return [Span(text, base)] }
        // The first marker at or after the line's start.
        var nextMarker = 0
        while nextMarker < markers.count, markers[nextMarker].offset < start { nextMarker += 1 }
        var markerScalars: String.UnicodeScalarView.Iterator?
        var markerOpening = false
        let utf8 = source.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: min(utf8Start, utf8.count))
        var sourceScalars = source.unicodeScalars[from...].makeIterator()
        var lookahead = sourceScalars.next()
        var offset = start
        var inTab = false
        var inSync = true
        var spans: [Span] = []
        var current = ""
        var currentRole = base
        for scalar in text.unicodeScalars {
            if inSync, markerScalars == nil, nextMarker < markers.count, markers[nextMarker].offset == offset {
                markerScalars = markers[nextMarker].text.unicodeScalars.makeIterator()
                markerOpening = true
                nextMarker += 1
            }
            if inSync, var marker = markerScalars {
                let opening = markerOpening
                markerOpening = false
                let expected = marker.next()
                markerScalars = marker
                if let expected, expected == scalar {
                    if currentRole != .dim, !current.isEmpty {
                        spans.append(Span(current, currentRole))
                        current = ""
                    }
                    currentRole = .dim
                    current.unicodeScalars.append(scalar)
                    // Several markers may stand at one offset.
                    var ahead = marker
                    if ahead.next() == nil {
                        markerScalars = nil
                        if nextMarker < markers.count, markers[nextMarker].offset == offset {
                            markerScalars = markers[nextMarker].text.unicodeScalars.makeIterator()
                            markerOpening = true
                            nextMarker += 1
                        }
                    }
                    continue
                }
                markerScalars = nil
                // A marker the line does not start with was drawn on the line before (a
                // wrap inside it): skip it. One that stops halfway: lost track.
                if expected != nil, !opening { inSync = false }
            }
            var scalarOffset = offset
            if inSync {
                if inTab && scalar == " " && lookahead != " " {
                    // Another space of the tab's expansion.
                    scalarOffset = offset - 1
                } else if let next = lookahead {
                    lookahead = sourceScalars.next()
                    inTab = next == "\t" && scalar == " "
                    if !inTab && next != scalar { inSync = false }
                    scalarOffset = offset
                    offset += 1
                } else {
                    inSync = false
                }
            }
            let role = inSync ? role(at: scalarOffset, base: base, highlights: highlights) : base
            if role != currentRole, !current.isEmpty {
                spans.append(Span(current, currentRole))
                current = ""
            }
            currentRole = role
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty || spans.isEmpty { spans.append(Span(current, currentRole)) }
        return spans
    }

    private static func role(at offset: Int, base: StyleRole, highlights: [Highlight]) -> StyleRole {
        var role = base
        for highlight in highlights where highlight.range.contains(offset) {
            role = highlight.role
        }
        return role
    }
}
