#!/usr/bin/env bash
# Regenerates the app's icon set in resources/ from the renderer's favicon (the one source of the
# mark). Needs Debian's librsvg2-bin, imagemagick and icnsutils:
#   apt-get install librsvg2-bin imagemagick icnsutils
# The generated files are committed; packaging never runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
src=src/renderer/public/favicon.svg
out=resources
mkdir -p "$out/icons"
# The favicon names Georgia/Times; Liberation Serif is Times-metric and present on Debian.
sed "s/font-family=\"[^\"]*\"/font-family=\"Georgia, 'Liberation Serif', 'Times New Roman', serif\"/" "$src" > "$out/icon.svg"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$out/icon.svg" -o "$out/icons/${size}x${size}.png"
done
cp "$out/icons/1024x1024.png" "$out/icon.png"
# Windows: one .ico holding 16–256.
convert "$out/icons/16x16.png" "$out/icons/24x24.png" "$out/icons/32x32.png" "$out/icons/48x48.png" \
  "$out/icons/64x64.png" "$out/icons/128x128.png" "$out/icons/256x256.png" "$out/icon.ico"
# macOS: .icns from the sizes Apple's format has slots for.
png2icns "$out/icon.icns" "$out/icons/16x16.png" "$out/icons/32x32.png" "$out/icons/48x48.png" \
  "$out/icons/128x128.png" "$out/icons/256x256.png" "$out/icons/512x512.png" "$out/icons/1024x1024.png" >/dev/null
echo "icons written to $out/"
