#!/usr/bin/env bash
# `frontwire extract` against readability4j, both as whole processes over the same 1,000+ saved pages, as users run
# them. The pages: the extraction dev set (../shared/eval/extraction-dev/html, 181 pages) copied COPIES times under
# distinct names, plus the multilingual corpus of the processors' tests. Each tool runs over the set once and over it
# twice (a second copy under other names); the second copy's cost is the cost per page beyond start-up:
#   per page = (run over twice − run over once) / pages in once, for wall time and for CPU time (user + sys).
# Rounds alternate the tools; the median round is reported. Needs the dev set; builds nothing but the benchmarks jar.
#
#   scripts/extract-vs-readability4j.sh [ROUNDS=3] [COPIES=6]
#
# Environment: FRONTWIRE_JAVA_OPTS as for ./frontwire (its defaults apply), R4J_JAVA_OPTS for readability4j's JVM
# (default: java's own defaults, as a user starting it runs it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
copies="${2:-6}"
dev="$here/../shared/eval/extraction-dev/html"
multilingual="$here/processors/src/test/resources/extract/multilingual"
[ -d "$dev" ] || { echo "extract-vs-readability4j: no dev set at $dev" >&2; exit 1; }
jar="$here/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$here" && mvn -q -DskipTests -pl benchmarks -am package) >&2
fi
"$here/frontwire" --help >/dev/null  # builds the CLI first if needed, outside the timings

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/once" "$work/twice"
for f in "$dev"/*.html.gz; do
  gunzip -c "$f" > "$work/once/c1-$(basename "$f" .gz)"
done
for ((i = 2; i <= copies; i++)); do
  for f in "$work/once/c1-"*; do cp "$f" "$work/once/c$i-${f##*/c1-}"; done
done
for f in "$multilingual"/*.html; do cp "$f" "$work/once/ml-$(basename "$f")"; done
cp "$work/once/"* "$work/twice/"
for f in "$work/once/"*; do cp "$f" "$work/twice/second-$(basename "$f")"; done
pages=$(ls "$work/once" | wc -l)

# Runs a command; prints "wall cpu" in seconds (CPU: user + sys of the process and its children).
measure() {
  local out="$1"; shift
  python3 - "$out" "$@" <<'PY'
import os, subprocess, sys, time
out = sys.argv[1]
t0 = time.monotonic(); c0 = os.times()
with open(out, "w") as f:
    rc = subprocess.run(sys.argv[2:], stdout=f).returncode
t1 = time.monotonic(); c1 = os.times()
if rc != 0:
    sys.exit(f"failed ({rc}): {' '.join(sys.argv[2:])}")
print(f"{t1 - t0:.3f} {(c1.children_user - c0.children_user) + (c1.children_system - c0.children_system):.3f}")
PY
}

# As users run it: the launcher picks the JVM options (C2 for the JDK only up to its file count, docs/operations.md).
run_extract() { measure "$work/$2.jsonl" "$here/frontwire" extract "$work/$1"; }
run_r4j() { measure "$work/$2.jsonl" java ${R4J_JAVA_OPTS:-} -cp "$jar" org.frontwire.benchmarks.extract.Readability4jFolder "$work/$1"; }

echo "pages: $pages in one copy ($copies × the dev set + the multilingual corpus), $((2 * pages)) in two; load: $(uptime | sed 's/.*load average: //')"
results="$work/results"
: > "$results"
for ((r = 1; r <= rounds; r++)); do
  for tool in extract r4j; do
    read -r w1 c1 < <(run_$tool once "$tool-once")
    read -r w2 c2 < <(run_$tool twice "$tool-twice")
    echo "$tool $r $w1 $c1 $w2 $c2" >> "$results"
    lines=$(wc -l < "$work/$tool-twice.jsonl")
    printf 'round %d %-8s once %6.1f s wall %6.1f s cpu | twice %6.1f s wall %6.1f s cpu | per page %5.2f ms wall %5.2f ms cpu | %d lines | load %s\n' \
      "$r" "$tool" "$w1" "$c1" "$w2" "$c2" "$(python3 -c "print(($w2 - $w1) * 1000 / $pages)")" "$(python3 -c "print(($c2 - $c1) * 1000 / $pages)")" \
      "$lines" "$(uptime | sed 's/.*load average: //')"
  done
done
python3 - "$results" "$pages" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
pages = int(sys.argv[2])
def per_page(tool, col_once, col_twice):
    return [(float(r[col_twice]) - float(r[col_once])) * 1000 / pages for r in rows if r[0] == tool]
for kind, a, b in (("wall", 2, 4), ("cpu", 3, 5)):
    ext, r4j = per_page("extract", a, b), per_page("r4j", a, b)
    ratios = [y / x for x, y in zip(ext, r4j)]
    print(f"{kind} per page beyond start-up: extract {statistics.median(ext):.2f} ms, readability4j {statistics.median(r4j):.2f} ms; "
          f"readability4j / extract = {statistics.median(ratios):.2f} (rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
PY
