#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench sync [SCALE]: full and no-change incremental sync of a --scale N demo account.
set -euo pipefail
BUILD_DIR=${BUILD_DIR:?set by ./dev bench}
SCALE=${1:-10}
DATA="$BUILD_DIR/bench-data/sync-scale$SCALE"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$DATA" && chmod 700 "$DATA" # the server refuses a data dir others can read
"$BUILD_DIR/server/nestje-server" --data "$DATA" --listen "127.0.0.1:$PORT" --seed demo --scale "$SCALE" \
  > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q 'listening' "$DATA/server.log" 2>/dev/null && break
  sleep 0.2
done
"$BUILD_DIR/bench/sync/bench_sync" "http://127.0.0.1:$PORT/deboomhut"
