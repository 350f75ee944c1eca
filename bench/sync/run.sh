#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench sync [SCALE]: full and no-change incremental sync of a --scale N demo account, on
# bare loopback (sync.*), then through a proxy that delays every answer by each of
# $SYNC_LATENCIES_MS (sync_latency_Nms.*), because a phone waits for its answers and loopback
# does not.
set -euo pipefail
BUILD_DIR=${BUILD_DIR:?set by ./dev bench}
SCALE=${1:-10}
LATENCIES=${SYNC_LATENCIES_MS:-1 5 20}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$BUILD_DIR/bench-data/sync-scale$SCALE"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
mkdir -p "$DATA" && chmod 700 "$DATA" # the server refuses a data dir others can read
"$BUILD_DIR/server/nestje-server" --data "$DATA" --listen "127.0.0.1:$PORT" --seed demo --scale "$SCALE" \
  > "$DATA/server.log" 2>&1 &
PIDS=($!)
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
wait_for() { # FILE TEXT
  for _ in $(seq 1 300); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "bench sync: no '$2' in $1" >&2
  return 1
}
wait_for "$DATA/server.log" listening
"$BUILD_DIR/bench/sync/bench_sync" "http://127.0.0.1:$PORT/deboomhut"

for ms in $LATENCIES; do
  proxy_port=$(free_port)
  python3 "$HERE/latency_proxy.py" "$proxy_port" "$PORT" "$ms" > "$DATA/proxy-$ms.log" 2>&1 &
  PIDS+=($!)
  wait_for "$DATA/proxy-$ms.log" listening
  "$BUILD_DIR/bench/sync/bench_sync" "http://127.0.0.1:$proxy_port/deboomhut" |
    sed "s/^sync\./sync_latency_${ms}ms./"
done
