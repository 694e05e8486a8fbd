#!/usr/bin/env bash
# accord publish end to end on a stand-in web bundle: the site's files
# written, the dataset in the service worker's release with its SHA-256, a
# bad dataset or a missing bundle refused with nothing written, and the
# zip form readable by Python's zipfile (and unzip, when installed).
#   publish.sh ACCORD FIXTURES WORKDIR
set -euo pipefail
accord="$1"
fixtures="$2"
work="$3"
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$accord" publish "$fixtures/small.json" --out "$work/site" --web "$fixtures/publish-web" --title "Border <atlas>")
echo "$out"
for f in index.html glue.js manifest.webmanifest sw.js atlas.json site.json accord-atlas.wasm; do
  [ -f "$work/site/$f" ] || fail "$f was not written"
done
grep -q '3 events, 2 agreements, 1 person, 2 sources' <<<"$out" || fail "the report has no counts"
grep -q "atlas.json *$(stat -c %s "$work/site/atlas.json") bytes" <<<"$out" || fail "the report does not give atlas.json's size"
hash=$(sha256sum "$work/site/atlas.json" | cut -c1-64)
grep -q "'atlas.json': '$hash'" "$work/site/sw.js" || fail "sw.js's release does not name atlas.json with its SHA-256"
hash=$(sha256sum "$work/site/index.html" | cut -c1-64)
grep -q "'index.html': '$hash'" "$work/site/sw.js" || fail "sw.js's release does not match index.html"
grep -q '<title>Border &lt;atlas&gt;</title>' "$work/site/index.html" || fail "index.html has not the site's title"
grep -q '<meta name="accord-site" content="site.json">' "$work/site/index.html" || fail "index.html does not name site.json"
grep -q '"name": "Border <atlas>"' "$work/site/manifest.webmanifest" || fail "the manifest is not named after the site"
grep -q '"home": "VNM"' "$work/site/site.json" || fail "site.json has not the home country"
"$accord" --data "$work/site/atlas.json" validate >/dev/null || fail "the published atlas.json does not validate"

# Refused: a dataset that does not validate, a bundle that is not there, an unknown --home.
if "$accord" publish "$fixtures/broken-refs.json" --out "$work/bad" --web "$fixtures/publish-web" 2>"$work/err"; then
  fail "a dataset with broken references was published"
fi
grep -q 'broken-refs.json: events\[0\].countries\[1\]: "XYZ" is not a known country id' "$work/err" || fail "no file/field message: $(cat "$work/err")"
grep -q 'nothing was published' "$work/err" || fail "the refusal does not say nothing was published"
[ ! -e "$work/bad" ] || fail "a refused publish wrote $work/bad"
if "$accord" publish "$fixtures/small.json" --out "$work/bad" --web "$work/no-such-web" 2>"$work/err"; then
  fail "published without a web bundle"
fi
grep -q 'Run ./build-wasm.sh' "$work/err" || fail "the missing bundle is not explained: $(cat "$work/err")"
[ ! -e "$work/bad" ] || fail "a refused publish wrote $work/bad"
if "$accord" publish "$fixtures/small.json" --out "$work/bad" --web "$fixtures/publish-web" --home ATL 2>"$work/err"; then
  fail "published with an unknown home country"
fi
grep -q -- '--home: "ATL" is not a country id of the dataset' "$work/err" || fail "bad --home not explained"
[ ! -e "$work/bad" ] || fail "a refused publish wrote $work/bad"

# The zip form.
"$accord" publish "$fixtures/small.json" --out "$work/site.zip" --web "$fixtures/publish-web" --title "Border <atlas>" >/dev/null
python3 - "$work/site.zip" "$work/site" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    assert bad is None, "CRC mismatch in " + str(bad)
    names = sorted(z.namelist())
    assert "atlas.json" in names and "sw.js" in names and len(names) == 12, names
    assert z.read("atlas.json") == open(sys.argv[2] + "/atlas.json", "rb").read()
PY
if command -v unzip >/dev/null; then unzip -tq "$work/site.zip" || fail "unzip -t refused the zip"; fi
echo "publish: ok"
