#!/usr/bin/env bash
# Event resolution on a development set: every article added in one batch
# (accord add --jsonl) to an empty dataset, then merge precision and recall
# against the set's same-event pairs. Prints the figures and each merge and
# decision with its reasons; asserts nothing. The project never reads the
# dev set from its build or tests; only this script does, when asked.
#   bench/resolve-score.sh DEVSET_DIR [ACCORD_BINARY]
# DEVSET_DIR holds articles/*.txt; its same-event pairs are read from
# same-events.tsv (two article names a line) when present, else from its
# README (a parenthesis naming two or more articles, "(d01 ..., d24 ...)")
# and manifest.tsv notes ("same event as d24").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: bench/resolve-score.sh DEVSET_DIR [ACCORD_BINARY]" >&2; exit 2; }
devset="$(cd "$1" 2>/dev/null && pwd)" || { echo "no dev set at $1: nothing to score"; exit 0; }
[ -d "$devset/articles" ] || { echo "no articles under $devset: nothing to score"; exit 0; }
bin="${2:-}"
if [ -z "$bin" ]; then
  for b in "$root/build/accord" "$root/build/native/accord"; do [ -x "$b" ] && { bin="$b"; break; }; done
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "no accord binary (build first, or pass its path)" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$devset" "$tmp" <<'PY'
import json, os, sys
devset, tmp = sys.argv[1], sys.argv[2]
names = sorted(f[:-4] for f in os.listdir(os.path.join(devset, "articles")) if f.endswith(".txt"))
with open(os.path.join(tmp, "articles.jsonl"), "w", encoding="utf-8") as out:
    for n in names:
        with open(os.path.join(devset, "articles", n + ".txt"), encoding="utf-8", errors="replace") as f:
            text = f.read()
        rec = {"id": n, "text": text}
        first = text.split("\n", 1)[0].strip()
        if first.startswith("date:"):
            rec["published"] = first[5:].strip()
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
PY
printf '{"schema_version": 1, "title": "resolve score", "home_country": "VNM", "countries": [{"id": "VNM", "name": "Vietnam", "iso_numeric": 704}]}\n' > "$tmp/empty.json"
"$bin" add --jsonl "$tmp/articles.jsonl" --into "$tmp/empty.json" > "$tmp/out.txt" 2> "$tmp/err.txt" || true

python3 - "$devset" "$tmp" <<'PY'
import itertools, os, re, sys
devset, tmp = sys.argv[1], sys.argv[2]
names = sorted(f[:-4] for f in os.listdir(os.path.join(devset, "articles")) if f.endswith(".txt"))
short = {n.split("_")[0]: n for n in names}
gold = set()
def pair(a, b):
    if a in short and b in short and a != b:
        gold.add(tuple(sorted((short[a], short[b]))))
pairs_file = os.path.join(devset, "same-events.tsv")
if os.path.exists(pairs_file):
    for line in open(pairs_file, encoding="utf-8"):
        ids = [w.split("_")[0] for w in line.split()]
        for a, b in itertools.combinations(ids, 2): pair(a, b)
else:
    readme = os.path.join(devset, "README.md")
    if os.path.exists(readme):
        for group in re.findall(r"\(([^()]*)\)", open(readme, encoding="utf-8").read()):
            ids = re.findall(r"\b(d\d\d)\b", group)
            for a, b in itertools.combinations(ids, 2): pair(a, b)
    manifest = os.path.join(devset, "manifest.tsv")
    if os.path.exists(manifest):
        for line in open(manifest, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            for other in re.findall(r"same event as (d\d\d)", line):
                pair(cols[0].split("_")[0], other)
event_of, decided, refused = {}, [], []
for line in open(os.path.join(tmp, "out.txt"), encoding="utf-8"):
    m = re.match(r"line \d+ \(([^)]*)\): (new event|report of) (\S+)", line)
    if m:
        event_of[m.group(1)] = m.group(3)
        near = re.search(r"\(closest: (\S+), score ([-0-9.]+)\)", line)
        if near: print("kept apart:", m.group(1), "closest", near.group(1), "score", near.group(2))
        if m.group(2) == "report of": print("merged:", m.group(1), "->", line.split(": report of ", 1)[1].strip())
        continue
    m = re.match(r"line \d+ \(([^)]*)\): possible report of (.*)", line)
    if m:
        decided.append(m.group(1)); print("decision:", m.group(1), "possible report of", m.group(2).strip()); continue
    m = re.match(r"line \d+ \(([^)]*)\): not added: (.*)", line)
    if m: refused.append(m.group(1)); print("not added:", m.group(1), m.group(2).strip())
for line in open(os.path.join(tmp, "out.txt"), encoding="utf-8"):
    if " articles: " in line or " article: " in line: print(line.strip())
by_event = {}
for a, e in event_of.items(): by_event.setdefault(e, []).append(a)
predicted = set()
for arts in by_event.values():
    for a, b in itertools.combinations(sorted(arts), 2): predicted.add((a, b))
tp = len(predicted & gold)
precision = tp / len(predicted) if predicted else 1.0
recall = tp / len(gold) if gold else 1.0
print(f"same-event pairs: {len(gold)} in the dev set, {len(predicted)} merged, {tp} right")
for p in sorted(predicted - gold): print("wrong merge:", *p)
for p in sorted(gold - predicted): print("missed:", *p)
print(f"merge precision {precision:.2f}, recall {recall:.2f} ({len(decided)} left to the user, {len(refused)} not added)")
PY
