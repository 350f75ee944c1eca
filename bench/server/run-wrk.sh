#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks the reference server on loopback with wrk: the timeline page (random offsets) and
# the children route, 50 connections, reporting requests/s and p99 latency; then the timeline
# again, alternating without and with 20 logins a second alongside (login_load.py), and the ratio
# of the two median p99s: password hashing must not stall everyone else (issue 10; target: p99
# under 50 ms).
#
#   bench/server/run-wrk.sh [path/to/nestje-server] [scale] [seconds]
#
# Needs: wrk, curl, python3 (Debian packages wrk, curl, python3).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
server=${1:-}
if [ -z "$server" ]; then
    for candidate in "$root"/build/*/server/nestje-server; do
        [ -x "$candidate" ] && server=$candidate && break
    done
fi
scale=${2:-1}
seconds=${3:-15}
[ -x "${server:-}" ] || { echo "nestje-server not found; pass its path" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

data=$(mktemp -d)
port=${NESTJE_BENCH_PORT:-18555}
log="$data/server.log"
"$server" --data "$data/portal" --listen "127.0.0.1:$port" --seed demo --scale "$scale" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
while ! grep -q listening "$log" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
done

base="http://127.0.0.1:$port/deboomhut"
NESTJE_TOKEN=$(curl -s -X PUT "$base/auth-api/login" -H 'Content-Type: application/json' \
    -d '{"username":"ouder@example.nl","password":"nestje-demo"}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["authToken"])')
export NESTJE_TOKEN

cards=$(curl -s "$base/restservices-parent/timeline/cards/v2/0" -H "Authorization: Bearer $NESTJE_TOKEN" |
    python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
echo "nestje-server scale $scale, $(nproc) cores; timeline page size $cards cards"

report() {
    # wrk --latency prints "99%  <latency>" and "Requests/sec: <n>".
    awk -v name="$1" '/Requests\/sec/ { rps = $2 } $1 == "99%" { p99 = $2 } /Non-2xx/ { bad = $NF }
        END { printf "%-10s %10s req/s   p99 %8s%s\n", name, rps, p99, bad ? "   NON-2XX: " bad : "" }'
}
p99ms() {
    # wrk's "99%  12.34ms" (or us, or s) in milliseconds.
    awk '$1 == "99%" { v = $2; f = 1; if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /s$/) f = 1000;
        sub(/[a-z]+$/, "", v); printf "%.2f", v * f }' "$1"
}

wrk -t2 -c50 -d"${seconds}s" --latency -s "$here/timeline.lua" "http://127.0.0.1:$port" | tee "$data/timeline.txt" >/dev/null
report timeline <"$data/timeline.txt"
wrk -t2 -c50 -d"${seconds}s" --latency -H "Authorization: Bearer $NESTJE_TOKEN" "$base/restservices-parent/children/" \
    | tee "$data/children.txt" >/dev/null
report children <"$data/children.txt"

# The timeline while logins hash on the worker pool: 20 a second, as many as the issue's probe.
# Alone and with logins alternate for ROUNDS rounds and the medians are compared: on a shared
# machine the load drifts over a minute, and one run of each taken a minute apart compared that
# drift as much as the logins (ratios 1.5-1.7 between two runs of the same server).
rate=${NESTJE_BENCH_LOGIN_RATE:-20}
rounds=${NESTJE_BENCH_ROUNDS:-3}
: >"$data/alone.p99"
: >"$data/loaded.p99"
round=1
while [ "$round" -le "$rounds" ]; do
    wrk -t2 -c50 -d"${seconds}s" --latency -s "$here/timeline.lua" "http://127.0.0.1:$port" >"$data/alone-$round.txt"
    report "alone $round" <"$data/alone-$round.txt"
    p99ms "$data/alone-$round.txt" >>"$data/alone.p99"
    echo >>"$data/alone.p99"
    python3 "$here/login_load.py" "$base" "$rate" "$seconds" >"$data/logins-$round.txt" &
    load=$!
    wrk -t2 -c50 -d"${seconds}s" --latency -s "$here/timeline.lua" "http://127.0.0.1:$port" >"$data/loaded-$round.txt"
    wait $load
    report "+logins $round" <"$data/loaded-$round.txt"
    sed 's/^/  /' "$data/logins-$round.txt"
    p99ms "$data/loaded-$round.txt" >>"$data/loaded.p99"
    echo >>"$data/loaded.p99"
    round=$((round + 1))
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
alone=$(median "$data/alone.p99")
loaded=$(median "$data/loaded.p99")
awk -v a="$alone" -v l="$loaded" -v r="$rate" -v n="$rounds" 'BEGIN {
    printf "timeline p99 (median of %d) %.1f ms alone, %.1f ms with %s logins/s: ratio %.2f (target: under 50 ms)\n", n, a, l, r, (a > 0 ? l / a : 0) }'
