#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench messages [ROUNDS]: opening a conversation of 200 messages up to its first frame,
# as a ratio against opening an empty one in the same run (target under 2x); and the list of
# 1,000 conversations scrolled from top to bottom, memory as a ratio against its first frame.
set -euo pipefail
BUILD_DIR=${BUILD_DIR:?set by ./dev bench}
QT_QPA_PLATFORM=offscreen exec "$BUILD_DIR/bench/messages/bench_messages" "${1:-9}"
