#!/usr/bin/env bash
# Scores the extractor on ../shared/eval/extraction-dev with the benchmark's own scorer (word 4-gram F1).
# Usage: scripts/score-extraction.sh [path/to/extraction-dev]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dev="${1:-$here/../shared/eval/extraction-dev}"
out="$(mktemp -d)"
"$here/frontwire" extract "$dev/html" > "$out/extracted.jsonl"
python3 - "$out/extracted.jsonl" "$out/predictions.json" <<'PY'
import json, os, sys
preds = {}
for line in open(sys.argv[1], encoding="utf-8"):
    page = json.loads(line)
    preds[os.path.basename(page["file"]).split(".")[0]] = page.get("text") or ""
json.dump(preds, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
python3 "$dev/../score_extraction.py" "$dev/ground-truth.json" "$out/predictions.json"
