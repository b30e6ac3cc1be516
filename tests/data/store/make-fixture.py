#!/usr/bin/env python3
"""Makes tests/data/store/v<N>.sqlite: a database of the current schema with known content.

Run it once, when a release introduces schema version N, and commit the file; never regenerate an
existing fixture — it stands for the databases users already have. tst_store opens every fixture with
the current Mamori and checks the upgrade keeps all of this content.

    tests/data/store/make-fixture.py build/dev/bin/mamori-cli tests/data/store/vN.sqlite

Content: two firms; firm 1 has two profile versions (35, then 48 employees) and two ipa-self-check
assessments (1 finished with all 25 answers and 3 notes, 2 in progress with 10 answers); firm 2 has one
sme-guideline assessment in progress with 20 answers, 4 of them with notes. 55 answers in all.
"""
import json
import os
import sqlite3
import subprocess
import sys

cli, target = sys.argv[1], os.path.abspath(sys.argv[2])
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
samples = os.path.join(root, "resources", "samples")
if os.path.exists(target):
    sys.exit(f"{target} exists; fixtures are never regenerated")
env = dict(os.environ, MAMORI_DB=target, MAMORI_PACK_PATH="")


def run(*args):
    done = subprocess.run([cli, *args], capture_output=True, text=True, env=env)
    if done.returncode:
        sys.exit(f"{' '.join(args)}: {done.stderr}")
    return done.stdout


def answers(name):
    with open(os.path.join(samples, name), encoding="utf-8") as f:
        return json.load(f)


run("firm", "add", "--profile", os.path.join(samples, "small-manufacturer.profile.json"))
run("firm", "add", "--profile", os.path.join(samples, "micro-retail.profile.json"))

ipa = answers("small-manufacturer.ipa-self-check.answers.json")
run("assessment", "start", "--firm", "1", "--pack", "ipa-self-check")
for q, c in ipa["answers"].items():
    extra = ["--note", ipa["notes"][q]] if q in ipa.get("notes", {}) else []
    run("assessment", "answer", "1", "--question", q, "--choice", c, *extra)
run("assessment", "finish", "1")
run("assessment", "start", "--firm", "1", "--pack", "ipa-self-check")
for i, (q, c) in enumerate(list(ipa["answers"].items())[:10]):
    run("assessment", "answer", "2", "--question", q, "--choice", "yes" if i % 2 == 0 else c)

guide = answers("micro-retail.sme-guideline.answers.json")
run("assessment", "start", "--firm", "2", "--pack", "sme-guideline")
given = 0
for i, (q, c) in enumerate(guide["answers"].items()):
    if given == 20:
        break
    extra = ["--note", f"メモ {i}"] if i % 5 == 0 else []
    done = subprocess.run([cli, "assessment", "answer", "3", "--question", q, "--choice", c, *extra],
                          capture_output=True, env=env)
    given += done.returncode == 0  # questions the firm is not asked are skipped

# A second profile version of firm 1, as `Store::updateProfile` would save it.
db = sqlite3.connect(target)
(profile,) = db.execute("SELECT profile_json FROM profiles WHERE firm_id = 1").fetchone()
db.execute("INSERT INTO profiles (firm_id, profile_json, saved_at) "
           "SELECT 1, ?, strftime('%Y-%m-%dT%H:%M:%fZ', saved_at, '+1 hour') FROM profiles WHERE firm_id = 1",
           (profile.replace('"employees":35', '"employees":48'),))
db.commit()
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.close()
for leftover in ("-wal", "-shm", ".lock"):
    if os.path.exists(target + leftover):
        os.remove(target + leftover)
os.chmod(target, 0o644)
