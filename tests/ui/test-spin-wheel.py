#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The mouse wheel scrolls the inspector, not the number under the pointer: ten wheel
steps over Length or Expected Attendance leave the values as they were and scroll the
pane. Once the user has put the focus in a number field, the wheel changes it."""

import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

TITLE = "Grußwort des Thüringer Arbeitsministeriums"


def value(node):
    return node.queryValue().currentValue


def top(node):
    return node.queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS).y


def wheel(h, node, button, steps):
    x, y = h.center(node)
    subprocess.run(["xdotool", "mousemove", str(x), str(y)], check=True)
    time.sleep(0.3)
    for _ in range(steps):
        subprocess.run(["xdotool", "click", button], check=True)
        time.sleep(0.1)
    time.sleep(0.6)


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)

    h.start(plan)
    h.view(1)
    h.click(h.find(TITLE, "push button", contains=True))
    h.key("F9")  # the inspector
    time.sleep(1.0)

    for name, expected in (("Length", 10), ("Expected Attendance", 60)):
        spin = h.find(name, "spin button")
        h.ensure_visible(spin)
        time.sleep(0.3)
        assert value(spin) == expected, "%s is %r" % (name, value(spin))
        before = top(spin)
        # Wheel down: the pane shows what is below; then back up over the field again
        wheel(h, spin, "5", 10)
        h.shot("wheel-" + name)
        assert value(spin) == expected, "the wheel changed %s to %r" % (name, value(spin))
        assert top(spin) < before, "the pane did not scroll (%s at %d, was %d)" % \
            (name, top(spin), before)
        h.ensure_visible(spin)
        time.sleep(0.3)
        wheel(h, spin, "4", 3)
        assert value(spin) == expected, "the wheel changed %s to %r" % (name, value(spin))

    # With the focus in the field the wheel is meant for it
    spin = h.find("Length", "spin button")
    h.ensure_visible(spin)
    h.click(spin, dx=-20)
    wheel(h, spin, "4", 2)
    assert value(spin) > 10, "with the focus in Length the wheel did nothing: %r" % value(spin)

    h.key("Tab")
    h.key("ctrl+s")
    time.sleep(1.0)
    with open(plan, encoding="utf-8") as f:
        doc = json.load(f)
    greeting = [s for s in doc["sessions"] if s["title"] == TITLE][0]
    assert greeting["duration"] > 10, greeting
    assert greeting.get("expected_attendance") == 60, greeting
    h.kill()


harness.run("spin-wheel", body)
