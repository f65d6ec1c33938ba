#!/usr/bin/env bash
# Refreshes src/Web/wwwroot/lib from the npm packages pinned in src/Web/package.json.
# Run it after changing a version there; commit the result. The app itself never needs npm.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
werk="$(mktemp -d)"
trap 'rm -rf "$werk"' EXIT

cp "$root/src/Web/package.json" "$werk/"
(cd "$werk" && npm install --no-audit --no-fund --ignore-scripts --silent)

lib="$root/src/Web/wwwroot/lib"
rm -rf "$lib"
mkdir -p "$lib/utrecht/component-library-css" "$lib/nl-design-system/voorbeeld-design-tokens" "$lib/mermaid" "$lib/htmx" "$lib/chart.js"
m="$werk/node_modules"
cp "$m/@utrecht/component-library-css/dist/index.css" "$lib/utrecht/component-library-css/index.css"
# The open NL Design System example theme (EUPL-1.2); Utrecht's own tokens are proprietary to Utrecht.
cp "$m/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css" "$lib/nl-design-system/voorbeeld-design-tokens/theme.css"
cp "$m/mermaid/dist/mermaid.min.js" "$lib/mermaid/mermaid.min.js"
cp "$m/htmx.org/dist/htmx.min.js" "$lib/htmx/htmx.min.js"
# Chart.js as one UMD file (global Chart): only the dashboard loads it.
cp "$m/chart.js/dist/chart.umd.min.js" "$lib/chart.js/chart.umd.min.js"
# Noto Sans, the theme's font, served locally: Latin and Latin Extended (Dutch and names from across Europe) in the
# weights the pages use, woff2 only.
mkdir -p "$lib/fontsource/noto-sans/files"
node - "$m/@fontsource/noto-sans" "$lib/fontsource/noto-sans" <<'JS'
const fs = require("fs"), path = require("path");
const [bron, doel] = process.argv.slice(2);
const blokken = ["400.css", "400-italic.css", "600.css", "700.css"]
  .flatMap((f) => fs.readFileSync(path.join(bron, f), "utf8").split(/\n(?=\/\* )/))
  .filter((b) => /\/\* noto-sans-latin(-ext)?-\d+-(normal|italic) \*\//.test(b))
  .map((b) => b.replace(/, url\([^)]*\.woff\) format\('woff'\)/, "").trim());
for (const b of blokken) {
  const bestand = /files\/([^)]+\.woff2)/.exec(b)[1];
  fs.copyFileSync(path.join(bron, "files", bestand), path.join(doel, "files", bestand));
}
fs.writeFileSync(path.join(doel, "noto-sans.css"), "/* @fontsource/noto-sans (SIL OFL 1.1): Latin and Latin Extended, 400, 400 italic, 600, 700. */\n" + blokken.join("\n\n") + "\n");
JS
for pakket in @fontsource/noto-sans:fontsource/noto-sans @utrecht/component-library-css:utrecht/component-library-css @nl-design-system-unstable/voorbeeld-design-tokens:nl-design-system/voorbeeld-design-tokens mermaid:mermaid htmx.org:htmx chart.js:chart.js; do
  bron="${pakket%%:*}"; doel="${pakket##*:}"
  for licentie in LICENSE LICENSE.md LICENSE.txt; do
    [ -f "$m/$bron/$licentie" ] && cp "$m/$bron/$licentie" "$lib/$doel/$licentie" && break
  done
done
echo "wwwroot/lib bijgewerkt:"
find "$lib" -type f -printf '%P\t%s\n' | sort
