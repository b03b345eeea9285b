#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-po.sh PO_FILE [SOURCE_ROOT]
#
# Fails when PO_FILE has a fuzzy or untranslated message (German ships complete,
# docs/design.md §9). With SOURCE_ROOT, PO_FILE is first merged with a template extracted
# afresh from SOURCE_ROOT/po/POTFILES.in, so a new source string that nobody has
# translated yet, or a stale de.po, fails as well.
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 PO_FILE [SOURCE_ROOT]" >&2
  exit 2
fi

po=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 2 ]; then
  # The same keywords as meson's i18n "glib" preset that po/meson.build uses
  (cd "$2" && xgettext --package-name=podium --from-code=UTF-8 --add-comments \
     --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
     --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
     --files-from=po/POTFILES.in --output="$tmp/podium.pot")
  msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/merged.po" "$po" "$tmp/podium.pot"
  po="$tmp/merged.po"
fi

if ! stats=$(LC_ALL=C msgfmt --check --statistics --output-file=/dev/null "$po" 2>&1); then
  printf '%s\n' "$stats"
  echo "error: msgfmt --check failed for $1" >&2
  exit 1
fi
printf '%s\n' "$stats"

case $stats in
  *fuzzy*|*untranslated*)
    echo "error: $1 has fuzzy or untranslated messages" >&2
    if [ $# -eq 2 ]; then
      # Name them, so the translator knows what to do
      msgattrib --untranslated --no-obsolete --no-wrap "$po" | grep '^msgid "..*"$' >&2 || true
      msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | grep '^msgid "..*"$' >&2 || true
    fi
    exit 1
    ;;
esac
exit 0
