#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the three video messages the example plan refers to (videos/schneider.webm,
# videos/dulig.webm, videos/werner.webm), so that it shows real lengths. They are test
# pictures, tiny (64×36 at one frame a second, a few kilobytes each) and generated, never
# committed. Werner's runs 5:20 in a five-minute slot on purpose: the plan warns about it.
#
# Usage: make-example-videos.sh [FOLDER]   (default: the videos/ folder beside this script)
#        Existing files are kept; set FORCE=1 to make them again.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/videos"}

if ! command -v gst-launch-1.0 >/dev/null 2>&1; then
  echo "make-example-videos.sh: gst-launch-1.0 not found (Debian: apt install gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good)" >&2
  exit 1
fi

mkdir -p "$out"

# make NAME SECONDS PATTERN
make() {
  target="$out/$1.webm"
  if [ -s "$target" ] && [ "${FORCE:-0}" != 1 ]; then
    return 0
  fi
  # Written beside the target and renamed, so an interrupted run leaves no short file
  gst-launch-1.0 -q videotestsrc pattern="$3" num-buffers="$2" \
    ! video/x-raw,framerate=1/1,width=64,height=36 \
    ! vp8enc deadline=1 ! webmmux ! filesink location="$target.part"
  mv "$target.part" "$target"
  echo "$target: $2 s"
}

make schneider 143 smpte    # 2:23
make dulig     251 ball     # 4:11
make werner    320 pinwheel    # 5:20 — longer than its 5-minute slot
