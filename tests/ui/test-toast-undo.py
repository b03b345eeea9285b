#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A toast's Undo undoes its own step and nothing else: after Ctrl+Z has undone the step
a toast announced, that toast's Undo is gone (before, it stayed and undid an earlier,
different step). The Undo of the newest toast undoes exactly that step.

Typing is one step too: a title typed into the session's inspector is in the grid as it
is typed, one Ctrl+Z (the focus still in the field) brings the old title back whole, and
Ctrl+S straight after the last keystroke saves all of it."""

import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

FIRST = "Begrüßung und Eröffnung"
SECOND = "Grußwort des Thüringer Arbeitsministeriums"
THIRD = "Kaffeepause und Wechsel in die Themenräume"
# 30 characters, typed as fast as xdotool types
TYPED = "Welcome by the Labour Minister"


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


def wait_text(h, node, text, timeout=5):
    deadline = time.time() + timeout
    while h.text_of(node) != text and time.time() < deadline:
        time.sleep(0.1)
    return h.text_of(node)


def saved_title(plan, session_id, timeout=5):
    deadline = time.time() + timeout
    while True:
        with open(plan, encoding="utf-8") as f:
            title = [s for s in json.load(f)["sessions"] if s["id"] == session_id][0]["title"]
        if title == TYPED or time.time() > deadline:
            return title
        time.sleep(0.2)


def typing(h, plan):
    h.click(h.find(SECOND, "push button", contains=True))
    h.key("F9")  # the inspector
    title = h.find_on_screen("Title", "text")
    h.click(title)
    h.key("ctrl+a")
    start = time.time()
    h.type(TYPED, delay=20)
    typed = time.time()
    # the card follows the typing: no pause, no leaving the field needed
    h.find(TYPED, "push button", contains=True, timeout=5)
    print("typed %d characters in %.2f s; the card had them %.2f s after the last" %
          (len(TYPED), typed - 0.2 - start, time.time() - typed + 0.2))
    assert h.text_of(title) == TYPED, h.text_of(title)
    assert h.exists("• plan.podium.json", "label"), "the header does not say it is not saved"
    h.shot("typed")

    h.key("ctrl+z")
    shown = wait_text(h, title, SECOND)
    h.shot("typing-undone")
    assert shown == SECOND, "one Ctrl+Z left %r in the title, not %r" % (shown, SECOND)
    h.find(SECOND, "push button", contains=True, timeout=5)
    assert not h.exists(TYPED, "push button", contains=True), "the card kept the typed title"

    # Ctrl+S straight after the last keystroke saves the whole title
    h.key("ctrl+a")
    subprocess.run(["xdotool", "type", "--delay", "20", TYPED], check=True)
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+s"], check=True)
    got = saved_title(plan, "greeting-behr")
    h.shot("typed-and-saved")
    assert got == TYPED, "saved %r, typed %r" % (got, TYPED)
    assert wait_text(h, title, TYPED) == TYPED, h.text_of(title)


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

    typing(h, plan)
    h.kill()


harness.run("toast-undo", body)
