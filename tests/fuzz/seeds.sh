#!/usr/bin/env bash
# Collects the seed corpus of each fuzz target from the repository's own files:
#   tests/fuzz/seeds.sh OUT_DIR [BUILD_DIR]
# writes OUT_DIR/<target>/… (emptied first). BUILD_DIR (default: build/fuzz) is where the signatures of
# the bundled packs are found (core/signed/*.sig); those of the other build folders are taken too.
# Nothing here is committed: the seeds are rebuilt from the sources each time. The committed crash
# reproducers (tests/data/fuzz-regressions/<target>/) are added to their target's seeds.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:?usage: seeds.sh OUT_DIR [BUILD_DIR]}"
build="${2:-$root/build/fuzz}"
targets=(packloader expression profile answers catalog transfer signing packcsv)

rm -rf "$out"
for t in "${targets[@]}"; do mkdir -p "$out/$t"; done

shopt -s nullglob globstar

# copy TARGET FILE… — each file under a name that keeps its origin readable and unique.
copy() {
  local target="$1"; shift
  local f
  for f in "$@"; do
    [[ -f "$f" ]] || continue
    cp "$f" "$out/$target/$(echo "${f#"$root"/}" | tr '/' '_')"
  done
}

# prefixed TARGET BYTE NAME FILE — the file behind a selector byte (catalog: format, signing: parser).
prefixed() {
  local target="$1" byte="$2" name="$3" file="$4"
  [[ -f "$file" ]] || return 0
  { printf "$byte"; cat "$file"; } >"$out/$target/$name"
}

# Packs: the bundled ones, the test packs (small ones make the best seeds).
copy packloader "$root"/questionnaires/*.json "$root"/tests/data/packs/*.json "$root"/tests/data/**/pack.json

# Profiles and answers: the samples and the test fixtures.
copy profile "$root"/resources/samples/*.profile.json "$root"/tests/data/**/*profile*.json
copy answers "$root"/resources/samples/*.answers.json "$root"/tests/data/**/*answers*.json

# Catalog: first byte even → read as .csv, odd → .json. Only the head of a big CSV: the whole sample
# (500 rows) runs 50 times slower and adds nothing the first rows do not cover.
for f in "$root"/resources/catalog/*.csv "$root"/tests/data/**/*.csv; do
  { printf '\x00'; head -n 12 "$f"; } >"$out/catalog/head-$(basename "$f")"
done
for f in "$root"/resources/catalog/*.json; do
  prefixed catalog '\x01' "$(basename "$f")" "$f"
done
printf '\x00id,scheme,name\nx,"a ""quoted"" cell",\n' >"$out/catalog/tiny.csv"
printf '\x01{"format": 1, "services": [], "talent": []}' >"$out/catalog/tiny.json"

# Signing: first byte mod 3 → 0 signature, 1 public key, 2 secret key.
i=0
while IFS= read -r f; do
  prefixed signing '\x00' "sig-$i" "$f"
  i=$((i + 1))
done < <(realpath -e "$build"/core/signed/*.sig "$root"/build/*/core/signed/*.sig 2>/dev/null | sort -u)
while IFS= read -r f; do
  prefixed signing '\x01' "pub-$i" "$f"
  i=$((i + 1))
done < <(realpath -e "$build"/core/signed/*.pub.json "$root"/build/*/core/signed/*.pub.json 2>/dev/null | sort -u)
for f in "$root"/resources/keys/*.secret.json; do
  prefixed signing '\x02' "secret-$i" "$f"
  i=$((i + 1))
done

# Pack spreadsheets: the first rows of each bundled pack's questions as `pack export-csv` writes them
# (the fuzzer imports them with sme-guideline as base, so its rows import whole and the others' stop at
# their categories), the same in Shift_JIS, and a few rows typed as people type them.
python3 - "$root" "$out/packcsv" <<'PY'
import csv, glob, io, json, os, sys
root, out = sys.argv[1], sys.argv[2]
columns = ["id", "category", "weight", "text_ja", "text_en", "help_ja", "help_en", "applies_if", "depends_on",
           "depends_answers", "depends_otherwise", "refs", "replaces", "recommendation_ja", "recommendation_en",
           "cost", "effort", "capabilities"]
def row(q):
    d = q.get("depends_on", {})
    r = q["recommendation"]
    return [q["id"], q["category"], str(q.get("weight", 1)), q["text"]["ja"], q["text"]["en"],
            q.get("help", {}).get("ja", ""), q.get("help", {}).get("en", ""), q.get("applies_if", ""),
            d.get("question", ""), ", ".join(d.get("answers", [])), d.get("otherwise", ""),
            ", ".join(q.get("refs", [])), ", ".join(q.get("replaces", [])), r["text"]["ja"], r["text"]["en"],
            r["cost"], r["effort"], ", ".join(r.get("capabilities", []))]
for path in sorted(glob.glob(os.path.join(root, "questionnaires", "*.json"))):
    pack = json.load(open(path, encoding="utf-8"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for q in pack["questions"][:8]:
        w.writerow(row(q))
    name = os.path.basename(path)[:-5]
    open(os.path.join(out, name + ".csv"), "wb").write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    try:
        open(os.path.join(out, name + ".sjis.csv"), "wb").write(buf.getvalue().encode("cp932"))
    except UnicodeEncodeError:
        pass
open(os.path.join(out, "typed.csv"), "wb").write(
    "id,category,weight,text_ja,text_en,applies_if,depends_on,depends_answers,depends_otherwise,refs,"
    "recommendation_ja,recommendation_en,cost,effort,capabilities,#メモ\r\n"
    "ｇ０１,start,１.５,\"OSを\r\n更新\",Update?,assets.pcs > 0 && tier != “micro”,,,,"
    "ipa-sme-guideline-3.1:part2-1、ipa-sme-guideline-3.1:appendix1,更新,Update,低,中,patching;backup,済\r\n"
    "g02,start,,教育,Training?,,g01,yes partial,no,,研修,Train,high,low,training,\r\n"
    ",,,,,,,,,,,,,,,\r\n".encode("cp932"))
PY

# Expressions: every applies_if of the packs, and one of each construct.
python3 - "$root" "$out/expression" <<'PY'
import glob, json, os, sys
root, out = sys.argv[1], sys.argv[2]
found = set()
def walk(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "applies_if" and isinstance(v, str):
                found.add(v)
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
for path in glob.glob(os.path.join(root, "questionnaires", "*.json")) + \
        glob.glob(os.path.join(root, "tests", "data", "**", "*.json"), recursive=True):
    try:
        with open(path, encoding="utf-8") as f:
            walk(json.load(f))
    except (ValueError, OSError):
        pass
found.update([
    'employees >= 10 && !(tier == "micro") || assets.pcs > 5',
    'industry in ["E", "I"] && sector_class != "retail"',
    '"m365" in assets.cloud || assets.it_staff == "dedicated"',
    'prefecture in [13, 27] && capital_man_yen <= 30000',
    'assets.personal_info_records > 5000 && (assets.wifi || assets.remote_work)',
])
for i, e in enumerate(sorted(found)):
    with open(os.path.join(out, "expr-%03d" % i), "w", encoding="utf-8") as f:
        f.write(e)
PY

# Transfer: a firm document built from the samples, with answers to the bundled ipa-self-check.
python3 - "$root" "$out/transfer" <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
pack = json.load(open(os.path.join(root, "questionnaires", "ipa-self-check.json"), encoding="utf-8"))
for n, firm in enumerate(["small-manufacturer", "micro-retail", "medium-it-services"]):
    samples = os.path.join(root, "resources", "samples")
    profile = json.load(open(os.path.join(samples, firm + ".profile.json"), encoding="utf-8"))
    answers = json.load(open(os.path.join(samples, firm + ".ipa-self-check.answers.json"), encoding="utf-8"))
    t = "2026-04-01T01:00:00.000Z"
    entries = {}
    store = "3e0c2f4a-6b1d-4c8e-9f2a-5d7b1e3c9a0%d" % n
    for k, (q, choice) in enumerate(sorted(answers["answers"].items())):
        entries[q] = {"choice": choice, "answered_at": t}
        note = answers.get("notes", {}).get(q)
        if note:
            entries[q]["note"] = note
        if n == 0:  # version 2: where each answer was given, merged by revisions
            entries[q]["origin"] = {"store": store, "revision": k + 1}
    doc = {
        "format": "mamori-export", "version": 2 if n == 0 else 1, "scope": "firm" if n != 1 else "assessment",
        "exported_at": "2026-04-02T01:00:00.000Z", "generator": "Mamori seeds.sh",
        "firm": {"uid": "d552c82b-3bf5-4348-afc8-781a9287a3a%d" % n, "created_at": t,
                 "profiles": [{"saved_at": t, "profile": profile}]},
        "assessments": [{
            "uid": "9a17a531-fc5f-4768-a62e-b287cd5fa2a%d" % n, "profile": 0,
            "pack": {"id": pack["id"], "version": pack["version"]},
            "status": "finished" if n != 2 else "in_progress",
            "started_at": t, "updated_at": t, "finished_at": t if n != 2 else None,
            "answers": entries}],
    }
    if n == 0:
        doc["assessments"][0]["seen"] = {store: len(entries)}
    with open(os.path.join(out, firm + ".mamori-export.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
PY

# Dictionaries (libFuzzer -dict, run.sh passes them): JSON syntax and hostile values for every
# target, plus the keys and short strings of its seeds (format keys, ids, choices, column names), so
# mutations build structure the readers accept instead of stopping at "unknown key".
python3 - "$out" "${targets[@]}" <<'PY'
import json, os, re, sys
out, targets = sys.argv[1], sys.argv[2:]
# JSON syntax, and values readers get wrong: huge and unrepresentable numbers, NUL, lone surrogates,
# a byte order mark, invalid UTF-8, times at the edges.
common = [b'{', b'}', b'[', b']', b':', b',', b'"', b'true', b'false', b'null', b'0', b'-1', b'1.5', b'1e300',
          b'-1e300', b'1e999999', b'9007199254740993', b'9223372036854775808', b'"\\u0000"', b'"\\ud800"',
          b'"\\udc00\\ud800"', b'\xef\xbb\xbf', b'\xc3\x28', b'\xff', b'\x00', b'\r\n', b'""',
          b'"2026-11-24T21:00:24Z"', b'"2026-11-24T21:00:24.000+09:00"', b'"9999-12-31T23:59:59Z"',
          # text that must be refused where people's text comes in: ESC, OSC, NUL, C1, direction overrides
          b'\x1b', b'"\\u001b"', b'\x1b]0;', b'\x07', b'\xc2\x85', b'\xe2\x80\xae', b'\xe2\x81\xa6',
          b'"\\u202e"', b'"\\u2069"', b'18446744073709551616']
expression = [b'&&', b'||', b'!', b'==', b'!=', b'<', b'<=', b'>', b'>=', b' in ', b'(', b')', b'[', b']', b'"',
              b',', b'1e999999', b'-0', b'\x00', b'\xff']
def escape(token):
    return '"' + ''.join(chr(c) if 0x20 <= c < 0x7f and c not in (0x22, 0x5c) else '\\x%02x' % c
                         for c in token) + '"'
def strings(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            found.add(k)
            strings(v, found)
    elif isinstance(node, list):
        for v in node:
            strings(v, found)
    elif isinstance(node, str) and 0 < len(node) <= 32:
        found.add(node)
for t in targets:
    found = set()
    folder = os.path.join(out, t)
    for name in sorted(os.listdir(folder)):
        raw = open(os.path.join(folder, name), 'rb').read()
        if t in ('catalog', 'signing'):
            raw = raw[1:]
        try:
            strings(json.loads(raw.decode('utf-8')), found)
        except ValueError:  # CSV and expressions: their words
            found.update(w.decode() for w in re.findall(rb'[A-Za-z_][A-Za-z_.:0-9-]{1,31}', raw))
    if t == 'expression':
        tokens = expression + [s.encode() for s in sorted(found)]
    else:
        tokens = common + [json.dumps(s, ensure_ascii=False).encode() for s in sorted(found)]
        if t in ('catalog', 'packcsv'):  # CSV cells are not quoted
            tokens += [s.encode() for s in sorted(found)] + [b';', b'"",""']
    tokens = [x for x in tokens if len(x) <= 64]  # libFuzzer's limit for one entry
    with open(os.path.join(out, t + '.dict'), 'w', encoding='ascii') as f:
        f.write('\n'.join(escape(x) for x in dict.fromkeys(tokens)) + '\n')
PY

# The committed reproducers of earlier findings.
for t in "${targets[@]}"; do
  copy "$t" "$root"/tests/data/fuzz-regressions/"$t"/*
done

for t in "${targets[@]}"; do
  printf '%-11s %3d seeds\n' "$t" "$(find "$out/$t" -type f | wc -l)"
done
