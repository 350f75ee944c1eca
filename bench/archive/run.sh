#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench archive [SCALE]: "Alles bewaren" of a --scale N demo account on loopback, against
# curl fetching the same full-size media URLs in the same run: in parallel (curl --parallel,
# 6 at once like the archive) and one after another on one connection (what the public
# download scripts do). Prints files/s, MB/s, the ratios and the archive's memory.
set -euo pipefail
BUILD_DIR=${BUILD_DIR:?set by ./dev bench}
SCALE=${1:-10}
DATA="$BUILD_DIR/bench-data/archive-scale$SCALE"
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$DATA" && chmod 700 "$DATA" # the server refuses a data dir others can read
"$BUILD_DIR/server/nestje-server" --data "$DATA" --listen "127.0.0.1:$PORT" --seed demo --scale "$SCALE" \
  > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do
  grep -q 'listening' "$DATA/server.log" 2>/dev/null && break
  sleep 0.2
done
PORTAL="http://127.0.0.1:$PORT/deboomhut"
BENCH="$BUILD_DIR/bench/archive/bench_archive"
"$BENCH" sync "$PORTAL" "$WORK/cache.sqlite" > "$WORK/urls.curl"
FILES=$(grep -c '^url' "$WORK/urls.curl")

now() { date +%s.%N; }
fetch() { # fetch NAME CURL-ARGS…: all URLs into a fresh folder; prints seconds and bytes
  local dir="$WORK/$1"; shift
  mkdir -p "$dir"
  local start end
  start=$(now)
  (cd "$dir" && curl -sf "$@" -K "$WORK/urls.curl" 2>/dev/null)
  end=$(now)
  echo "$(awk "BEGIN { print $end - $start }") $(du -sb "$dir" | cut -f1)"
}
read -r SEQ_S SEQ_B < <(fetch sequential)
read -r PAR_S PAR_B < <(fetch parallel --parallel --parallel-max 6)
"$BENCH" archive "$PORTAL" "$WORK/cache.sqlite" "$WORK/archive" > "$WORK/archive.txt"
cat "$WORK/archive.txt"
ARC_S=$(grep '^archive.seconds=' "$WORK/archive.txt" | cut -d= -f2)
ARC_N=$(grep '^archive.downloads=' "$WORK/archive.txt" | cut -d= -f2)
ARC_B=$(grep '^archive.bytes=' "$WORK/archive.txt" | cut -d= -f2)
DISTINCT=$(find "$WORK/archive" -path "$WORK/archive/.nestje-archief" -prune -o -type f \( -name '*.jpg' -o -name '*.avi' -o -name '*.mp4' \) -print | wc -l)
r() { awk "BEGIN { printf \"%.2f\", $1 }"; }
echo "media_urls=$FILES distinct_files_in_archive=$DISTINCT"
echo "curl_sequential: $(r "$FILES / $SEQ_S") files/s, $(r "$SEQ_B / 1000000 / $SEQ_S") MB/s"
echo "curl_parallel6:  $(r "$FILES / $PAR_S") files/s, $(r "$PAR_B / 1000000 / $PAR_S") MB/s"
echo "archive:         $(r "$ARC_N / $ARC_S") files/s, $(r "$ARC_B / 1000000 / $ARC_S") MB/s (EXIF, dates, pages included)"
echo "ratio archive/curl_parallel=$(r "$PAR_S / $ARC_S") (target >= 0.8)"
echo "ratio archive/curl_sequential=$(r "$SEQ_S / $ARC_S") (target >= 3)"
