#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A toast's Undo undoes its own step and nothing else: after Ctrl+Z has undone the step
a toast announced, that toast's Undo is gone (before, it stayed and undid an earlier,
different step). The Undo of the newest toast undoes exactly that step."""

import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

FIRST = "Begrüßung und Eröffnung"
SECOND = "Grußwort des Thüringer Arbeitsministeriums"
THIRD = "Kaffeepause und Wechsel in die Themenräume"


def scheduled(h, title):
    """Whether the card of @title is in the grid (its name says when) or in the tray"""
    names = [n.name for n in h.find_all(title, "push button", contains=True)]
    assert names, "no card for %r" % title
    return any(" to " in n for n in names)


def unschedule(h, title):
    h.click(h.find(title, "push button", contains=True))
    h.key("Delete")
    h.find("Unscheduled “%s”" % title, "label", timeout=5)


def toast_undo_buttons(h):
    return h.find_all("Undo", "push button")


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)

    h.start(plan)
    h.view(1)
    unschedule(h, FIRST)
    unschedule(h, SECOND)
    assert not scheduled(h, FIRST) and not scheduled(h, SECOND)

    h.key("ctrl+z")  # undoes the second: its toast has nothing left to undo
    time.sleep(1.0)
    h.shot("after-ctrl-z")
    assert scheduled(h, SECOND), "Ctrl+Z did not bring the second session back"
    stale = toast_undo_buttons(h)
    if stale:
        h.click(stale[0])  # what a user would do with the Undo still offered
        time.sleep(0.5)
    assert not scheduled(h, FIRST), "the stale toast's Undo undid an earlier step"
    assert not stale, "a toast still offers Undo after its step was undone"

    # The newest toast's Undo undoes its own step only
    unschedule(h, THIRD)
    h.click(h.find("Undo", "push button", timeout=5))
    time.sleep(0.5)
    assert scheduled(h, THIRD), "the toast's Undo did not bring the session back"
    assert not scheduled(h, FIRST), "the toast's Undo undid an earlier step"
    assert scheduled(h, SECOND)
    h.wait_gone("Undo", "push button", timeout=5)

    h.key("ctrl+s")
    time.sleep(1.0)
    with open(plan, encoding="utf-8") as f:
        doc = json.load(f)
    by_title = {s["title"]: s for s in doc["sessions"]}
    assert "start" not in by_title[FIRST] and "room" not in by_title[FIRST], by_title[FIRST]
    assert by_title[SECOND]["start"] == "2023-11-20T10:10", by_title[SECOND]
    assert by_title[THIRD]["start"] == "2023-11-20T10:35", by_title[THIRD]
    h.kill()


harness.run("toast-undo", body)
