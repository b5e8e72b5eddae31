#!/usr/bin/env bash
# Makes the README's pictures of Byline in several themes from a real terminal session:
# runs the built binary on the built-in sample in a detached tmux session, captures the
# pane with its colours (capture-pane -e), and draws each capture as a PNG with
# ansi-to-png.py (Debian packages: tmux, python3-pil, fonts-dejavu-core).
#
# Usage (from anywhere): themes/screenshots/make-screenshots.sh [path/to/byline]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
binary="${1:-$root/.build/debug/byline}"
[ -x "$binary" ] || { echo "make-screenshots: build first (swift build), or pass the binary" >&2; exit 1; }
columns=110
rows=30
socket="byline-screenshots-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT

for theme in default dark light solarized-dark; do
  tmux -L "$socket" -f /dev/null new-session -d -s shot -x "$columns" -y "$rows" \
    "env LANG=C.UTF-8 TERM=xterm-256color COLORTERM= NO_COLOR= XDG_CONFIG_HOME=/nonexistent $binary --theme $theme"
  tmux -L "$socket" set-option -g status off >/dev/null
  sleep 1
  # Jump to the third quotation so the sidebar and a highlighted quote show.
  tmux -L "$socket" send-keys -t shot . . .
  sleep 0.5
  tmux -L "$socket" capture-pane -t shot -e -p -N > "$here/$theme.ansi"
  tmux -L "$socket" kill-server
  /usr/bin/python3 "$here/ansi-to-png.py" "$here/$theme.ansi" "$here/$theme.png" "$columns" "$rows"
  rm -f "$here/$theme.ansi"
  echo "wrote $here/$theme.png"
done
