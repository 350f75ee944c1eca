#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench scroll [PHOTO_CARDS] [SCALE]: scroll the timeline of a warm --scale N account
# past 1,000 photo cards (images fetched and decoded as they come into view) and report the
# memory; the baseline is the same process's memory at its first frame. Scale 20: the demo
# family has about 540 photo cards per 10 of scale.
set -euo pipefail
export CARDS=${1:-1000} SCALE=${2:-20}
exec bash "$(dirname "$0")/../startup/ui-session.sh" bash -c '
  "$BENCH_UI" prepare "$PORTAL" >&2
  echo "scroll.scale=$SCALE"
  "$BENCH_UI" scroll "$CARDS"
'
