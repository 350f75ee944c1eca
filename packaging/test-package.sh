#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a built tree and checks it the way a clean machine would see it:
# unpacked with dpkg -x into an empty root, every library the binaries need resolves and comes
# from a package the .deb depends on, every QML module and Qt plugin the app loads by name is in
# Depends too, the desktop file and metainfo pass their validators, the icons are there, and the
# installed nestje starts (--version) from that root.
#
# Usage: packaging/test-package.sh BUILD_DIR SOURCE_DIR QML_DIR PLUGIN_DIR
# (ctest runs it as package_deb; ./dev test-package runs that test.)
set -euo pipefail
build=$1 source=$2 qml_dir=$3 plugin_dir=$4

work=$(mktemp -d /tmp/nestje-package-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo "--- $*"; }

step "cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2
  exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[[ -n "$deb" ]] || { echo "FAIL: cpack made no .deb" >&2; exit 1; }
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

root="$work/root"
dpkg -x "$deb" "$root"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The package names in Depends, alternatives included, without version constraints.
mapfile -t depends_names < <(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/:any//; s/^ +//; s/ +$//' | grep -v '^$')
depends_on() {
  local wanted=$1 name
  for name in "${depends_names[@]}"; do [[ "$name" == "$wanted" ]] && return 0; done
  return 1
}
# The Debian package that holds a file, or nothing. dpkg knows each file under the path its
# package ships it at, which on a merged /usr may differ from the one ldd prints (/lib vs
# /usr/lib). dpkg -S is slow, so every file is looked up in one call first (remember_owners).
declare -A owners
candidates_of() {
  local real
  real=$(readlink -f "$1")
  printf '%s\n' "$1" "$real" "${real#/usr}" "/usr${1#/usr}"
}
remember_owners() {
  local line
  while IFS= read -r line; do
    owners["${line#*: }"]=${line%%:*}
  done < <(dpkg -S "$@" 2>/dev/null || true)
}
owner_of() {
  local candidate
  while read -r candidate; do
    [[ -n "${owners[$candidate]:-}" ]] && { echo "${owners[$candidate]}"; return 0; }
  done < <(candidates_of "$1")
  return 0
}

mapfile -t imports < <(grep -rhoE '^import +[A-Za-z][A-Za-z0-9.]*' "$source/qml" | awk '{ print $2 }' | sort -u)
plugins=(platforms/libqxcb.so platforms/libqoffscreen.so sqldrivers/libqsqlite.so imageformats/libqsvg.so)
lookups=()
for binary in nestje nestje-server; do
  [[ -x "$root/usr/bin/$binary" ]] || continue
  while read -r path; do mapfile -t -O "${#lookups[@]}" lookups < <(candidates_of "$path"); done \
    < <(ldd "$root/usr/bin/$binary" | awk '$3 ~ /^\// { print $3 }')
done
for module in "${imports[@]}"; do lookups+=("$qml_dir/${module//.//}/qmldir"); done
for plugin in "${plugins[@]}"; do lookups+=("$plugin_dir/$plugin"); done
remember_owners "${lookups[@]}"

step "binaries: every needed library resolves and is depended on"
for binary in nestje nestje-server; do
  exe="$root/usr/bin/$binary"
  [[ -x "$exe" ]] || { fail "$binary is not installed"; continue; }
  if ldd "$exe" | grep -q 'not found'; then
    fail "$binary: $(ldd "$exe" | grep 'not found' | tr '\n' ' ')"
  fi
  # Direct needs only: what those libraries need in turn is their packages' business.
  while read -r soname; do
    path=$(ldd "$exe" | awk -v so="$soname" '$1 == so { print $3 }')
    [[ -n "$path" ]] || continue
    package=$(owner_of "$path")
    if [[ -z "$package" ]]; then
      fail "$binary needs $soname ($path), which no Debian package holds"
    elif ! depends_on "$package"; then
      fail "$binary needs $soname from $package, which is not in Depends"
    fi
  done < <(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done

step "QML modules and Qt plugins loaded by name are depended on"
for module in "${imports[@]}"; do
  [[ "$module" == Nestje || "$module" == Nestje.* ]] && continue # ours, compiled in
  qmldir="$qml_dir/${module//.//}/qmldir"
  if [[ ! -f "$qmldir" ]]; then
    fail "QML module $module: no $qmldir on the build machine"
    continue
  fi
  package=$(owner_of "$qmldir")
  depends_on "$package" || fail "QML module $module comes from $package, which is not in Depends"
done
for plugin in "${plugins[@]}"; do
  package=$(owner_of "$plugin_dir/$plugin")
  [[ -n "$package" ]] || { fail "Qt plugin $plugin: not found in $plugin_dir"; continue; }
  depends_on "$package" || fail "Qt plugin $plugin comes from $package, which is not in Depends"
done

step "desktop file and AppStream metadata"
desktop="$root/usr/share/applications/nl.nestje.Nestje.desktop"
metainfo="$root/usr/share/metainfo/nl.nestje.Nestje.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net --no-color "$metainfo" || fail "appstreamcli validate $metainfo"
# The screenshots the metainfo points at are the repository's docs/screenshots/.
while read -r image; do
  [[ -f "$source/docs/screenshots/$(basename "$image")" ]] || fail "metainfo screenshot $image is not in docs/screenshots/"
done < <(sed -n 's:.*<image>\(.*\)</image>.*:\1:p' "$metainfo")
[[ -f "$root/usr/share/doc/nestje/LICENSE" ]] || fail "the licence is not installed"

step "app icon in the hicolor theme"
[[ -f "$root/usr/share/icons/hicolor/scalable/apps/nl.nestje.Nestje.svg" ]] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/nl.nestje.Nestje.png"
  if [[ ! -f "$png" ]]; then
    fail "no ${size}x${size} icon"
  else
    # A PNG's IHDR holds the width and height as big-endian 32-bit numbers at bytes 16 and 20.
    read -r -a header < <(od -An -tu1 -w24 -N24 "$png")
    width=$(((header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19]))
    height=$(((header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23]))
    [[ "${header[1]}${header[2]}${header[3]}" == 807871 && $width == "$size" && $height == "$size" ]] ||
      fail "$png is not a ${size}x${size} PNG (${width}x${height})"
  fi
done

step "nestje --version from the unpacked root"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/nestje" --version) || fail "nestje --version failed"
echo "$version"
[[ "$version" == "nestje "* ]] || fail "unexpected nestje --version output: $version"
"$root/usr/bin/nestje-server" --version >/dev/null || fail "nestje-server --version failed"

if ((failures > 0)); then
  echo "$failures package check(s) failed" >&2
  exit 1
fi
echo "package checks passed"
