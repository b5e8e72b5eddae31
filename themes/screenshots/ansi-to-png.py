#!/usr/bin/python3
"""Draws a terminal capture with SGR colour codes (tmux `capture-pane -e -p`) as a PNG.

Usage: ansi-to-png.py CAPTURE.txt OUT.png COLUMNS ROWS

Uses Debian's python3-pil (Pillow) and fonts-dejavu-core (DejaVu Sans Mono). Understands
the SGR codes tmux emits: reset, bold, dim, italic, underline, reverse, 30-37/90-97/39
foregrounds, 40-47/100-107/49 backgrounds, 38;5;N / 48;5;N and 38;2;R;G;B / 48;2;R;G;B.
Wide characters (CJK, emoji) take two cells, as in the terminal.
"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SIZE = 15
# The xterm default palette for the 16 ANSI colours.
ANSI = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
]
DEFAULT_FG = (220, 220, 220)
DEFAULT_BG = (24, 24, 28)


def xterm256(n):
    if n < 16:
        return ANSI[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    grey = 8 + (n - 232) * 10
    return (grey, grey, grey)


def cell_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def parse(text, columns, rows):
    """Returns rows of cells: (char, fg, bg, bold, italic, underline, dim)."""
    grid = []
    # tmux carries attributes over line ends without repeating them: keep the state.
    fg, bg, bold, italic, underline, dim, reverse = None, None, False, False, False, False, False
    for line in text.split("\n")[:rows]:
        cells = []
        for token in re.split(r"(\x1b\[[0-9;]*m)", line):
            if token.startswith("\x1b["):
                codes = [int(c) if c else 0 for c in token[2:-1].split(";")]
                i = 0
                while i < len(codes):
                    c = codes[i]
                    if c == 0:
                        fg, bg, bold, italic, underline, dim, reverse = None, None, False, False, False, False, False
                    elif c == 1: bold = True
                    elif c == 2: dim = True
                    elif c == 3: italic = True
                    elif c == 4: underline = True
                    elif c == 7: reverse = True
                    elif c == 22: bold = dim = False
                    elif c == 23: italic = False
                    elif c == 24: underline = False
                    elif c == 27: reverse = False
                    elif 30 <= c <= 37: fg = ANSI[c - 30]
                    elif 90 <= c <= 97: fg = ANSI[c - 90 + 8]
                    elif c == 39: fg = None
                    elif 40 <= c <= 47: bg = ANSI[c - 40]
                    elif 100 <= c <= 107: bg = ANSI[c - 100 + 8]
                    elif c == 49: bg = None
                    elif c in (38, 48) and i + 1 < len(codes):
                        if codes[i + 1] == 5 and i + 2 < len(codes):
                            colour = xterm256(codes[i + 2]); i += 2
                        elif codes[i + 1] == 2 and i + 4 < len(codes):
                            colour = tuple(codes[i + 2:i + 5]); i += 4
                        else:
                            colour = None
                        if c == 38: fg = colour
                        else: bg = colour
                    i += 1
                continue
            for ch in token:
                w = cell_width(ch)
                if w == 0 and cells:
                    cells[-1] = (cells[-1][0] + ch,) + cells[-1][1:]
                    continue
                f, b = fg or DEFAULT_FG, bg or DEFAULT_BG
                if reverse:
                    f, b = b, f
                cells.append((ch, f, b, bold, italic, underline, dim))
                if w == 2:
                    cells.append(("", f, b, bold, italic, underline, dim))
        # tmux does not report cells a line erase cleared; it cleared them in the colours in
        # effect (back-colour erase), so pad with those.
        pad_bg = (fg or DEFAULT_FG) if reverse else (bg or DEFAULT_BG)
        cells += [(" ", DEFAULT_FG, pad_bg, False, False, False, False)] * (columns - len(cells))
        grid.append(cells[:columns])
    while len(grid) < rows:
        grid.append([(" ", DEFAULT_FG, DEFAULT_BG, False, False, False, False)] * columns)
    return grid


def main():
    source, out, columns, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(source, encoding="utf-8") as f:
        grid = parse(f.read(), columns, rows)
    fonts = {
        (False, False): ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", SIZE),
        (True, False): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", SIZE),
        (False, True): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Oblique.ttf", SIZE),
        (True, True): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-BoldOblique.ttf", SIZE),
    }
    cw = round(fonts[(False, False)].getlength("M"))
    ch = SIZE + 4
    image = Image.new("RGB", (columns * cw + 16, rows * ch + 16), DEFAULT_BG)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(grid):
        for x, (text, fg, bg, bold, italic, underline, dim) in enumerate(row):
            left, top = 8 + x * cw, 8 + y * ch
            draw.rectangle([left, top, left + cw - 1, top + ch - 1], fill=bg)
            if dim:
                fg = tuple((a + b) // 2 for a, b in zip(fg, bg))
            if text.strip():
                draw.text((left, top + 1), text, font=fonts[(bold, italic)], fill=fg)
            if underline:
                draw.line([left, top + ch - 3, left + cw - 1, top + ch - 3], fill=fg)
    image.save(out, optimize=True)


if __name__ == "__main__":
    main()
