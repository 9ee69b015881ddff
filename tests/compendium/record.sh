#!/bin/sh
# Snapshots the compendium's headers (headers/) through the plugin, as a
# library build would, and writes each in binary and text form:
#   OUT_DIR/cxx.apisnap, OUT_DIR/cxx.apisnap.txtpb  (headers/cxx, C++20)
#   OUT_DIR/c.apisnap,   OUT_DIR/c.apisnap.txtpb    (headers/c, C11)
# The target is fixed (x86-64 Linux) so that the layouts are the same on
# every host. compendium_test runs this into a scratch directory and diffs
# each stored format-N/ snapshot with the fresh one; a new format version's
# snapshots are written with it once, by the release that introduces it.
#
# usage: record.sh APICOMPAT PLUGIN CLANG CLANGXX OUT_DIR
set -eu
[ $# -eq 5 ] || { echo "usage: $0 APICOMPAT PLUGIN CLANG CLANGXX OUT_DIR" >&2; exit 2; }
apicompat=$1 plugin=$2 clang=$3 clangxx=$4 out=$5
here=$(cd "$(dirname "$0")" && pwd)
headers=$here/headers
attributes=$here/../../attributes/include
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# snapshot LANG_NAME COMPILER STD SOURCE
snapshot() {
  "$2" "-std=$3" --target=x86_64-pc-linux-gnu -fsyntax-only -Wno-non-c-typedef-for-linkage \
    -I"$attributes" -I"$headers/$1" \
    "-fplugin=$plugin" "-fplugin-arg-apicompat-public-dir=$headers/$1" \
    "-fplugin-arg-apicompat-out=$work/$1.apisnap" "$headers/$4"
  "$apicompat" merge --no-progress -o "$out/$1.apisnap" "$work/$1.apisnap"
  "$apicompat" merge --no-progress -o "$out/$1.apisnap.txtpb" "$work/$1.apisnap"
}

snapshot cxx "$clangxx" c++20 compendium.cc
snapshot c "$clang" c11 compendium.c
