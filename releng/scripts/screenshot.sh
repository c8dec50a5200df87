#!/usr/bin/env bash
# Saves a PNG of one window of the X display $DISPLAY, decorations included.
#   releng/scripts/screenshot.sh "window title part" out.png
# Used to check UI work by looking, e.g. under Xvfb with a window manager (openbox) running.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
isu_require_packages "screenshots" imagemagick x11-utils
title="$1"; out="$2"
# Toolkits keep hidden helper windows with the application's name; take the largest viewable match.
id=""; best=0
for candidate in $(xwininfo -root -tree | grep -F "\"$title" | awk '{print $1}'); do
  info=$(xwininfo -id "$candidate")
  grep -q "IsViewable" <<<"$info" || continue
  area=$(awk '/^ *Width/ {w=$2} /^ *Height/ {h=$2} END {print w*h}' <<<"$info")
  if [ "$area" -gt "$best" ]; then best=$area; id=$candidate; fi
done
[ -n "$id" ] || { echo "No window whose title starts with '$title' on $DISPLAY" >&2; exit 1; }
read -r x y w h < <(xwininfo -id "$id" -frame | awk '
  /Absolute upper-left X/ {x=$4} /Absolute upper-left Y/ {y=$4}
  /^ *Width/ {w=$2} /^ *Height/ {h=$2} END {print x, y, w, h}')
# The frame (title bar) sits above and around the client window.
extents=$(xprop -id "$id" _NET_FRAME_EXTENTS 2>/dev/null | sed -n 's/.*= //p' | tr -d ' ')
if [ -n "$extents" ]; then
  IFS=, read -r left right top bottom <<<"$extents"
  x=$((x - left)); y=$((y - top)); w=$((w + left + right)); h=$((h + top + bottom))
fi
mkdir -p "$(dirname "$out")"
import -window root -crop "${w}x${h}+${x}+${y}" +repage "$out"
echo "Saved $out (${w}x${h})"
