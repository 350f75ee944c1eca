#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench text: HTML-to-text on 10,000 diary texts against the old regex cleaner (same
# run), and the sanitiser on a 2 MB newsletter against one plain escaping pass over it.
set -euo pipefail
BUILD_DIR=${BUILD_DIR:?set by ./dev bench}
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bench/text/bench_text" "$@"
