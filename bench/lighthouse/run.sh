#!/usr/bin/env bash
# Lighthouse's mobile profile (simulated slow 4G and a 4x slower CPU) on the suite's public pages, with Debian's
# Chromium: prints performance and accessibility per page and the metrics behind the score. Figures, not a test.
# Needs a running suite (./run.sh in another shell; its demo data gives the pages content), Node.js with npm, and
# chromium. Usage: bench/lighthouse/run.sh [base-url]   (default http://127.0.0.1:8080)
# Targets (issue 20): performance >= 90 and accessibility 100 on every page. Each page is loaded once before it is
# measured, so the score is of the page, not of the services' first request after start (JIT, cold caches); the
# cold figure of the first page is printed too.
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://127.0.0.1:8080}"
command -v chromium >/dev/null || { echo "chromium is missing (apt-get install chromium)" >&2; exit 1; }
[ -x node_modules/.bin/lighthouse ] || npm install --no-audit --no-fund --silent
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
notice=$(curl -fsS "$base/api/public/notices?limit=1" | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);const l=Array.isArray(j)?j:j.items;console.log(l.length?l[0].id:"")})')
pages=(/notices /complaints/new /open-data /open-data/statistics /register /login /verify)
[ -n "$notice" ] && pages+=("/notices/$notice")
out=$(mktemp -d)
measure() { # page, report file
  node_modules/.bin/lighthouse "$base$1" --only-categories=performance,accessibility --quiet \
    --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$2" >/dev/null
}
summary() { # label, report file
  node -e '
    const r = require(process.argv[2]); const a = r.audits;
    const s = k => Math.round(r.categories[k].score * 100);
    console.log([process.argv[1].padEnd(52), "performance " + String(s("performance")).padStart(3),
      "accessibility " + String(s("accessibility")).padStart(3), "FCP " + a["first-contentful-paint"].displayValue,
      "LCP " + a["largest-contentful-paint"].displayValue, "TBT " + a["total-blocking-time"].displayValue,
      "CLS " + a["cumulative-layout-shift"].displayValue].join("  "));' "$1" "$2"
}
echo "Lighthouse $(node_modules/.bin/lighthouse --version), mobile profile, $(chromium --version 2>/dev/null | head -1), $base"
measure "${pages[0]}" "$out/cold.json"
summary "${pages[0]} (cold: first request)" "$out/cold.json"
for page in "${pages[@]}"; do
  measure "$page" "$out/warm-up.json"
  measure "$page" "$out/page.json"
  summary "$page" "$out/page.json"
done
rm -rf "$out"
