#!/bin/sh
# Benchmarks the reference server on loopback with wrk: the timeline page (random offsets) and
# the children route, 50 connections, reporting requests/s and p99 latency.
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

wrk -t2 -c50 -d"${seconds}s" --latency -s "$here/timeline.lua" "http://127.0.0.1:$port" | tee "$data/timeline.txt" >/dev/null
report timeline <"$data/timeline.txt"
wrk -t2 -c50 -d"${seconds}s" --latency -H "Authorization: Bearer $NESTJE_TOKEN" "$base/restservices-parent/children/" \
    | tee "$data/children.txt" >/dev/null
report children <"$data/children.txt"
