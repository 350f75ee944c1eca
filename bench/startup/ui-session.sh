#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by bench/startup and bench/scroll: a --scale N portal on loopback, a throwaway home with
# a private D-Bus session and gnome-keyring (the app keeps its secrets there), and a warm cache:
# `bench_ui prepare` logs in and syncs everything once. Then runs "$@" in that session.
set -euo pipefail
BUILD_DIR=${BUILD_DIR:?set by ./dev bench}
SCALE=${SCALE:-10}
DATA="$BUILD_DIR/bench-data/ui-scale$SCALE"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$DATA" && chmod 700 "$DATA" # the server refuses a data dir others can read
"$BUILD_DIR/server/nestje-server" --data "$DATA" --listen "127.0.0.1:$PORT" --seed demo --scale "$SCALE" \
  > "$DATA/server.log" 2>&1 &
SERVER=$!
HOME_DIR=$(mktemp -d /tmp/nestje-bench-home.XXXXXX)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT
for _ in $(seq 1 600); do
  grep -q 'listening' "$DATA/server.log" 2>/dev/null && break
  sleep 0.2
done
mkdir -p "$HOME_DIR/run" && chmod 700 "$HOME_DIR/run"
export BENCH_UI="$BUILD_DIR/bench/startup/bench_ui" PORTAL="http://127.0.0.1:$PORT/deboomhut"
HOME="$HOME_DIR" XDG_RUNTIME_DIR="$HOME_DIR/run" XDG_DATA_HOME="$HOME_DIR/.local/share" \
  XDG_CONFIG_HOME="$HOME_DIR/.config" XDG_CACHE_HOME="$HOME_DIR/.cache" \
  QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software QT_LOGGING_RULES='*.info=false' \
  dbus-run-session -- bash -c '
    printf "nestje-bench" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # The first GUI process of a fresh session waits for D-Bus services to time out; not ours.
    "$BENCH_UI" login >/dev/null 2>&1 || true
    "$@"' _ "$@"
