#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The screenshots of the AppStream metainfo, taken of the real window: the schedule of
the bundled example with a session in the inspector, and the Sessions view. They land in
the test output folder; with PODIUM_UPDATE_SCREENSHOTS=1 they also replace
data/screenshots/, which the metainfo links to.

On the way it checks that the window shows the same problems as `podium --check`: the
count on the problems button and, in the Sessions list, a badge that reads each one."""

import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ROOT = os.environ["PODIUM_SOURCE_ROOT"]


def window_shot(h, name):
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(h.proc.pid)],
                         capture_output=True, text=True).stdout.split()
    assert ids, "the window cannot be found on the X server"
    path = os.path.join(h.out, name + ".png")
    subprocess.run(["import", "-window", ids[-1], path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    size = subprocess.run(["identify", "-format", "%w %h", path],
                          capture_output=True, text=True).stdout.split()
    assert int(size[0]) >= 1000 and int(size[1]) >= 600, "the screenshot is %s" % size
    return path


def body(h):
    example = os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json")
    check = subprocess.run([h.podium, "--check", example], capture_output=True, text=True,
                           env=h.env)
    messages = [line.split("] ", 1)[1] for line in check.stdout.splitlines() if "] " in line]
    h.start(example)
    if messages:
        h.find("%d Problem" % len(messages), contains=True)
    h.view(1)
    card = h.find("Kaffeepause und Wechsel in die Themenräume", contains=True)
    h.click(card)
    h.key("F9")  # the inspector
    time.sleep(1.5)
    shots = {"main": window_shot(h, "main")}
    h.view(2)
    time.sleep(0.5)
    for message in messages:
        h.find(message, contains=True)
    shots["sessions"] = window_shot(h, "sessions")

    if os.environ.get("PODIUM_UPDATE_SCREENSHOTS") == "1":
        target = os.path.join(ROOT, "data", "screenshots")
        os.makedirs(target, exist_ok=True)
        for name, path in shots.items():
            shutil.copy(path, os.path.join(target, name + ".png"))


if __name__ == "__main__":
    harness.run("test-screenshots", body)
