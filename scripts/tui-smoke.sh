#!/usr/bin/env bash
# Drives `reportdiff review` in a real 80x24 terminal (tmux) on the bundled
# 2024 and 2025 Government Work Reports and checks what only a real terminal
# shows: the first frame, key handling, Chinese search input, resize, quit.
# Usage: scripts/tui-smoke.sh   (exits 0 with a note when tmux is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v tmux >/dev/null; then
  echo "tui-smoke: tmux not installed; skipping" >&2
  exit 0
fi
session="reportdiff-smoke-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
npm run --silent build
# The bundled bin, as users run it (its terminal UI is the bundle dist/bin/tui.mjs).
tmux new-session -d -s "$session" -x 80 -y 24 \
  "node dist/bin/reportdiff.js review seeds/gov-work-report-2024.txt seeds/gov-work-report-2025.txt; echo EXITED:\$?; sleep 5"

screen() { tmux capture-pane -p -t "$session"; }
# Polls the pane until it shows $1 (a grep -E pattern), up to 30 s.
wait_for() {
  for _ in $(seq 1 150); do
    if screen | grep -qE -- "$1"; then return 0; fi
    sleep 0.2
  done
  echo "tui-smoke: never saw /$1/; screen was:" >&2
  screen >&2
  exit 1
}
keys() { tmux send-keys -t "$session" "$@"; }

wait_for 'SECTIONS [0-9]+/'
wait_for 'change 1/[0-9]+ │ filter: all'
keys Tab; keys n; wait_for 'change 2/'
keys f; wait_for 'filter: new'
keys f f f f f; wait_for 'filter: check'
keys f; wait_for 'filter: all'
keys / ; wait_for 'Esc cancel'
keys '城市更新'; wait_for '/城市更新'
keys Enter; wait_for '│ /城市更新'
keys Enter; wait_for 'CONTEXT'
screen | grep -q '«' || { echo 'tui-smoke: context does not mark the unit' >&2; exit 1; }
keys Enter; keys s; wait_for ' │ '
keys '?'; wait_for 'KEYS'
keys '?'
tmux resize-window -t "$session" -x 60 -y 20; wait_for 'SECTIONS'
keys q; wait_for 'EXITED:0'
echo "tui-smoke: ok"
