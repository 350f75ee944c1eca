#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench startup [SCALE]: process start to the first frame of the timeline with a warm
# cache of a --scale N account (median of 5), and memory then. Baseline, in the same run: the
# same binary to the first frame of the login page (no account, nothing to read).
set -euo pipefail
export SCALE=${1:-10}
exec bash "$(dirname "$0")/ui-session.sh" bash -c '
  median() { sort -n | awk "{a[NR]=\$1} END {print a[int((NR+1)/2)]}"; }
  base=$(for i in 1 2 3 4 5; do "$BENCH_UI" login | sed -n "s/^login.first_frame_ms=//p"; done | median)
  "$BENCH_UI" prepare "$PORTAL" >&2
  rss=""
  runs=$(for i in 1 2 3 4 5; do "$BENCH_UI" startup > /tmp/nestje-bench-startup.$$; cat /tmp/nestje-bench-startup.$$ | sed -n "s/^startup.first_frame_ms=//p"; done)
  rss=$(sed -n "s/^startup.rss_mb=//p" /tmp/nestje-bench-startup.$$)
  rm -f /tmp/nestje-bench-startup.$$
  first=$(echo "$runs" | median)
  echo "startup.first_frame_ms_runs=$(echo $runs | tr " " ",")"
  echo "startup.scale='"$SCALE"'"
  echo "startup.first_frame_ms=$first"
  echo "startup.rss_mb=$rss"
  echo "startup.baseline_login_first_frame_ms=$base"
  awk -v a="$first" -v b="$base" "BEGIN { printf \"startup.first_frame_vs_login_ratio=%.2f\n\", a / b }"
'
