#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench archive [SCALE] [tls]: "Alles bewaren" of a --scale N demo account on loopback, against
# curl fetching the same full-size media URLs in the same run: in parallel (curl --parallel,
# 6 at once like the archive) and one after another on one connection (what the public
# download scripts do). Prints files/s, MB/s, the ratios, CPU seconds and the archive's memory.
# Wall-time ratios move with whatever else the machine runs (on 2 shared cores, by 2x between
# runs); the CPU ratio much less, so it is printed beside them with the load average.
# `tls`: the portal over HTTPS with a certificate made for the run, as real portals and their
# media hosts are. Over plain HTTP, Qt 6.4 reads each response's status line and headers from
# an unbuffered socket one byte per read(2) (qhttpnetworkconnectionchannel.cpp connects plain
# HTTP without a proxy Unbuffered; over TLS the socket is buffered): some 180 system calls per
# file that curl does not make, a cost parents on an HTTPS portal never pay.
set -euo pipefail
BUILD_DIR=${BUILD_DIR:?set by ./dev bench}
SCALE=${1:-10}
TLS=${2:-}
DATA="$BUILD_DIR/bench-data/archive-scale$SCALE"
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$DATA" && chmod 700 "$DATA" # the server refuses a data dir others can read
SCHEME=http
SERVER_TLS=()
CURL_TLS=()
if [[ "$TLS" == tls ]]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 1 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -addext "basicConstraints=critical,CA:TRUE" 2>/dev/null
  SCHEME=https
  SERVER_TLS=(--tls-cert "$WORK/cert.pem" --tls-key "$WORK/key.pem")
  CURL_TLS=(--cacert "$WORK/cert.pem")
  export BENCH_CA_FILE="$WORK/cert.pem"
fi
"$BUILD_DIR/server/nestje-server" --data "$DATA" --listen "127.0.0.1:$PORT" --seed demo --scale "$SCALE" \
  "${SERVER_TLS[@]}" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do
  grep -q 'listening' "$DATA/server.log" 2>/dev/null && break
  sleep 0.2
done
PORTAL="$SCHEME://127.0.0.1:$PORT/deboomhut"
BENCH="$BUILD_DIR/bench/archive/bench_archive"
"$BENCH" sync "$PORTAL" "$WORK/cache.sqlite" > "$WORK/urls.curl"
FILES=$(grep -c '^url' "$WORK/urls.curl")

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# Creating files is slow right after many were deleted (an earlier run's clean-up): on an ext4
# without a journal, new inodes skip recently deleted ones, longer while their inode table is
# not written out (fs/ext4/ialloc.c, recently_deleted(); 17% of an archive run's CPU samples
# here). Written out first, so the run pays less for what ran before it.
sync

now() { date +%s.%N; }
fetch() { # fetch NAME CURL-ARGS…: all URLs into a fresh folder; prints seconds, bytes, CPU seconds
  local dir="$WORK/$1"; shift
  mkdir -p "$dir"
  local start end cpu
  start=$(now)
  cpu=$( { TIMEFORMAT='%U %S'; time (cd "$dir" && curl -sf "$@" -K "$WORK/urls.curl" 2>/dev/null); } 2>&1 )
  end=$(now)
  echo "$(awk "BEGIN { print $end - $start }") $(du -sb "$dir" | cut -f1) $(awk "BEGIN { print ${cpu% *} + ${cpu#* } }")"
}
read -r SEQ_S SEQ_B SEQ_CPU < <(fetch sequential "${CURL_TLS[@]}")
read -r PAR_S PAR_B PAR_CPU < <(fetch parallel --parallel --parallel-max 6 "${CURL_TLS[@]}")
"$BENCH" archive "$PORTAL" "$WORK/cache.sqlite" "$WORK/archive" > "$WORK/archive.txt"
cat "$WORK/archive.txt"
ARC_S=$(grep '^archive.seconds=' "$WORK/archive.txt" | cut -d= -f2)
ARC_N=$(grep '^archive.downloads=' "$WORK/archive.txt" | cut -d= -f2)
ARC_B=$(grep '^archive.bytes=' "$WORK/archive.txt" | cut -d= -f2)
ARC_CPU=$(awk -F= '/^archive.cpu_(user|sys)_s=/ { s += $2 } END { print s }' "$WORK/archive.txt")
DISTINCT=$(find "$WORK/archive" -path "$WORK/archive/.nestje-archief" -prune -o -type f \( -name '*.jpg' -o -name '*.avi' -o -name '*.mp4' \) -print | wc -l)
r() { awk "BEGIN { printf \"%.2f\", $1 }"; }
echo "scheme=$SCHEME media_urls=$FILES distinct_files_in_archive=$DISTINCT"
echo "curl_sequential: $(r "$FILES / $SEQ_S") files/s, $(r "$SEQ_B / 1000000 / $SEQ_S") MB/s"
echo "curl_parallel6:  $(r "$FILES / $PAR_S") files/s, $(r "$PAR_B / 1000000 / $PAR_S") MB/s"
echo "archive:         $(r "$ARC_N / $ARC_S") files/s, $(r "$ARC_B / 1000000 / $ARC_S") MB/s (EXIF, dates, pages included)"
echo "ratio archive/curl_parallel=$(r "$PAR_S / $ARC_S") (target >= 0.8)"
echo "ratio archive/curl_sequential=$(r "$SEQ_S / $ARC_S") (target >= 3)"
echo "cpu_seconds curl_sequential=$(r "$SEQ_CPU") curl_parallel6=$(r "$PAR_CPU") archive=$(r "$ARC_CPU") (user + system)"
echo "load_average start=\"$LOAD_START\" end=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
