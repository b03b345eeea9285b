#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every file in tests/data/findings (and every good and bad fixture) obeys the readers'
# rule: what Podium accepts it writes back and accepts again, equal, and exports without a
# warning; what it refuses it refuses with a message in valid UTF-8, exit 2, writing nothing.

import glob
import os
import subprocess
import sys
import tempfile

PODIUM = os.environ["PODIUM"]
ROOT = os.environ["PODIUM_SOURCE_ROOT"]
FILES = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "findings", "*.json")) +
               glob.glob(os.path.join(ROOT, "tests", "data", "findings", "*.xml")) +
               glob.glob(os.path.join(ROOT, "tests", "data", "frab", "*.json")) +
               glob.glob(os.path.join(ROOT, "tests", "data", "frab", "*.xml")) +
               glob.glob(os.path.join(ROOT, "tests", "data", "good", "*.json")))
EXPORTS = ["ics", "frab-xml", "frab-json", "csv", "html", "pdf"]


def run(*args):
    return subprocess.run([PODIUM, *args], capture_output=True, timeout=120)


def check_file(path, folder):
    result = run("--check", path)
    for stream in (result.stdout, result.stderr):
        stream.decode("utf-8")        # raises on a message that is not UTF-8
    assert b"CRITICAL" not in result.stderr and b"WARNING" not in result.stderr, result.stderr
    if result.returncode == 2:
        assert result.stdout.strip(), "refused without a message"
        out = os.path.join(folder, "refused.podium.json")
        again = run("--export", "podium", "--output", out, path)
        assert again.returncode == 2 and not os.path.exists(out), again
        return

    first = os.path.join(folder, "first.podium.json")
    second = os.path.join(folder, "second.podium.json")
    result = run("--export", "podium", "--output", first, path)
    assert result.returncode == 0, result.stderr.decode()
    result = run("--check", first)
    assert result.returncode != 2, result.stdout.decode()
    result = run("--export", "podium", "--output", second, first)
    assert result.returncode == 0, result.stderr.decode()
    with open(first, "rb") as a, open(second, "rb") as b:
        assert a.read() == b.read(), "saving the saved plan again changed it"
    for name in EXPORTS:
        out = os.path.join(folder, "export." + name)
        result = run("--export", name, "--output", out, first)
        assert result.returncode == 0, (name, result.stderr.decode())
        assert result.stderr == b"", (name, result.stderr.decode())
        assert os.path.getsize(out) > 0, name


print(f"1..{len(FILES)}")
failed = 0
for number, path in enumerate(FILES, 1):
    name = os.path.relpath(path, ROOT)
    try:
        with tempfile.TemporaryDirectory() as folder:
            check_file(path, folder)
        print(f"ok {number} - {name}")
    except Exception as e:  # report and go on: every file is independent
        failed += 1
        print(f"not ok {number} - {name}")
        for line in repr(e).splitlines():
            print(f"# {line}")
sys.exit(1 if failed else 0)
