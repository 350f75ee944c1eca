#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./dev bench server [SCALE] [SECONDS]: wrk against the timeline and children routes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/run-wrk.sh" "${BUILD_DIR:?set by ./dev bench}/server/nestje-server" "${1:-1}" "${2:-15}"
