#!/usr/bin/env bash
# Draws the app icons (web/icon-192.png, web/icon-512.png) with ImageMagick:
# a blue rounded square with a white "A" made of strokes, like the favicon.
# The PNGs are committed; run this again only to change them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v convert >/dev/null || { echo "make-icons: ImageMagick's convert is missing" >&2; exit 1; }
for size in 192 512; do
  # Drawn on a 32-unit grid (the favicon's), scaled to the size. The
  # square fills the icon, so it also works as a "maskable" icon.
  s=$(awk -v n="$size" 'BEGIN { printf "%.4f", n / 32 }')
  p() { awk -v s="$s" -v x="$1" -v y="$2" 'BEGIN { printf "%.1f,%.1f", x * s, y * s }'; }
  w=$(awk -v s="$s" 'BEGIN { printf "%.1f", 3 * s }')
  convert -size "${size}x${size}" xc:'#1a5cb0' \
    -fill none -stroke white -strokewidth "$w" \
    -draw "stroke-linecap round stroke-linejoin round polyline $(p 8 23) $(p 16 8) $(p 24 23)" \
    -draw "stroke-linecap round line $(p 11 18) $(p 21 18)" \
    -strip "PNG32:$root/web/icon-$size.png"
done
echo "make-icons: wrote web/icon-192.png and web/icon-512.png"
