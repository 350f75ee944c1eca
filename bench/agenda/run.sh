#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench agenda [SCALE]: opening the Agenda tab right after start with a warm cache of a
# --scale N account (a year of planning for every child), up to the first frame whose calendar
# list shows care days (median of 5), as a ratio against the same binary's first frame of the
# login page in the same run (no account, nothing to read). Target: under 1.5x.
set -euo pipefail
export SCALE=${1:-10}
exec bash "$(dirname "$0")/../startup/ui-session.sh" bash -c '
  median() { sort -n | awk "{a[NR]=\$1} END {print a[int((NR+1)/2)]}"; }
  base=$(for i in 1 2 3 4 5; do "$BENCH_UI" login | sed -n "s/^login.first_frame_ms=//p"; done | median)
  "$BENCH_UI" prepare "$PORTAL" >&2
  runs=$(for i in 1 2 3 4 5; do "$BENCH_UI" agenda | sed -n "s/^agenda.first_frame_ms=//p"; done)
  first=$(echo "$runs" | median)
  echo "agenda.first_frame_ms_runs=$(echo $runs | tr " " ",")"
  echo "agenda.scale='"$SCALE"'"
  echo "agenda.first_frame_ms=$first"
  echo "agenda.baseline_login_first_frame_ms=$base"
  awk -v a="$first" -v b="$base" "BEGIN { printf \"agenda.first_frame_vs_login_ratio=%.2f\n\", a / b }"
'
