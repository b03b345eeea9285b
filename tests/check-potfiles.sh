#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-potfiles.sh SOURCE_ROOT
#
# Fails when a source file has a string marked for translation that po/POTFILES.in does
# not list (so translators would never see it), or when POTFILES.in lists a file that
# does not exist.
set -eu
cd "$1"
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

listed=$(grep -v '^#' po/POTFILES.in | grep .)
for f in $listed; do
  [ -f "$f" ] || { echo "error: po/POTFILES.in lists $f, which does not exist" >&2; status=1; }
done

for f in $(find src -name '*.c' -o -name '*.ui' | sort) $(ls data/*.in data/*.xml 2>/dev/null); do
  rm -f "$tmp/out.pot"
  xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 --output="$tmp/out.pot" "$f" 2>/dev/null || true
  if [ -s "$tmp/out.pot" ] && ! echo "$listed" | grep -qxF "$f"; then
    echo "error: $f has translatable strings but is not in po/POTFILES.in" >&2
    status=1
  fi
done
exit $status
