#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Someone who keeps editing still gets a draft: with one edit every 1.5 s for 15 s
(each one a change of its own, as a slow typist makes), a draft is written within a few
seconds of the first unsaved change and keeps following; after SIGKILL the next start
offers it, and it holds every edit older than the draft's longest delay."""

import os
import shutil
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

# The plan writes a draft at most this long after the first change it does not hold yet
# (src/plan/podium-plan.c), plus the form's commit delay and slack for a busy machine
MAX_DELAY = 5.0
SLACK = 0.8 + 2.0
INTERVAL = 1.5
TEXT = "Steady-0123456789"


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)
    with open(plan, "rb") as f:
        original = f.read()

    h.start(plan)
    h.view(6)
    title = h.find("Title", "text")
    h.click(title)
    h.key("ctrl+a")
    typed = []  # (time, text typed so far)
    start = time.time()
    for i, c in enumerate(TEXT[:11]):
        wait = start + i * INTERVAL - time.time()
        if wait > 0:
            time.sleep(wait)
        h.type(c)
        typed.append((time.time(), TEXT[:i + 1]))
    time.sleep(0.3)
    h.find("• plan.podium.json", "label")
    killed = time.time()
    h.shot("before-kill")
    h.kill(signal.SIGKILL)
    with open(plan, "rb") as f:
        assert f.read() == original, "the plan itself must not change without a save"

    # What the draft must hold: every edit typed longer ago than the longest delay
    must = ""
    for when, text in typed:
        if when < killed - MAX_DELAY - SLACK:
            must = text
    assert len(must) >= 4, "the machine was too slow to test anything: %r" % typed

    h.start()
    h.find("Recover Unsaved Changes?", "label", timeout=15)
    h.click_name("Recover", "push button")
    h.find("• plan.podium.json", "label")
    h.view(6)
    got = h.text_of(h.find("Title", "text"))
    print("typed %r, %r at the latest was older than the delay; recovered %r"
          % (typed[-1][1], must, got))
    assert got.startswith(must), "the draft lost edits: %r does not start with %r" % (got, must)
    assert TEXT.startswith(got), "recovered %r, never typed" % got
    h.shot("recovered")
    h.kill()


harness.run("recover-steady", body)
