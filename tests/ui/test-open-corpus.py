#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file the readers accept — the findings, the frab fixtures, the valid documents
and the fuzz seeds — opens in the real window, and every view shows it, without a
critical or a warning. (The model and the readers are fuzzed; this is the part of the
path from a hostile file to the screen that the fuzzers do not reach.)"""

import glob
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ROOT = os.environ["PODIUM_SOURCE_ROOT"]
VIEWS = 6   # Schedule, Sessions, People, Organisations, Rooms, Conference


def accepted_files(h):
    candidates = sorted(
        glob.glob(os.path.join(ROOT, "tests", "data", "findings", "*.json")) +
        glob.glob(os.path.join(ROOT, "tests", "data", "findings", "*.xml")) +
        glob.glob(os.path.join(ROOT, "tests", "data", "frab", "*.json")) +
        glob.glob(os.path.join(ROOT, "tests", "data", "frab", "*.xml")) +
        glob.glob(os.path.join(ROOT, "tests", "data", "good", "*.json")) +
        glob.glob(os.path.join(ROOT, "tests", "fuzz", "corpus", "*", "seed-*")))
    for path in candidates:
        check = subprocess.run([h.podium, "--check", path], capture_output=True, env=h.env)
        if check.returncode != 2:
            yield path


def body(h):
    opened = 0
    for path in accepted_files(h):
        name = os.path.basename(path)
        h.log.write("=== %s\n" % name)
        h.log.flush()
        h.start(path)
        # The title shows the plan's file, or what it was imported from
        for view in range(1, VIEWS + 1):
            h.view(view)
        time.sleep(0.5)
        assert h.proc.poll() is None, "podium ended on %s" % name
        h.kill()
        opened += 1
        problems = harness.log_problems(h.log.name)
        assert not problems, "%s: %s" % (name, problems[:3])
    assert opened >= 10, "only %d files were accepted" % opened


if __name__ == "__main__":
    harness.run("test-open-corpus", body)
