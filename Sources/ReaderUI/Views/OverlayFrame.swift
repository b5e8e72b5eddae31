/// Draws the framed box that overlays share (help, match list): a filled rectangle in
/// `role` with a single-line border in the border role.
enum OverlayFrame {
    /// Fills rows `top...top+height-1` and columns `left...left+width-1` and draws the
    /// border around them. Sizes are in rows and columns; nothing is drawn below 2x2.
    static func draw(
        into buffer: inout ScreenBuffer, left: Int, top: Int, width: Int, height: Int, role: StyleRole
    ) {
        guard width >= 2, height >= 2 else { return }
        let right = left + width - 1
        let bottom = top + height - 1
        for row in top...bottom {
            buffer.fill(row: row, column: left, width: width, role: role)
            buffer.write("│", row: row, column: left, role: .border)
            buffer.write("│", row: row, column: right, role: .border)
        }
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        buffer.write("┌" + horizontal + "┐", row: top, column: left, role: .border)
        buffer.write("└" + horizontal + "┘", row: bottom, column: left, role: .border)
    }
}
