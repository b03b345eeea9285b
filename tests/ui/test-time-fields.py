#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A time is applied when the user says so (Enter, or leaving the field), never while
they type: typing 10:30 over a session's start, with a pause after "10" as a person
makes, leaves the text as typed and the session where it was until Enter, and then moves
it to 10:30. A time that is not one (25:99) says why, changes nothing, and on leaving the
field the stored time shows again. The conference's clock and date rows do the same.
A time typed and saved with Ctrl+S straight away, without Enter, is saved: the shortcut
applies it first, as Enter would; closing the window then asks to save it."""

import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

TITLE = "Grußwort des Thüringer Arbeitsministeriums"
NOT_A_TIME = "Not a time: use HH:MM, 00:00 to 23:59"


def type_with_pause(h, before, after):
    """Types @before, hesitates longer than any typing pause, then types @after"""
    h.type(before)
    time.sleep(1.5)
    h.type(after)


def card_name(h):
    return h.find(TITLE, "push button", contains=True).name


def description(node):
    try:
        return node.description or ""
    except Exception:
        return ""


def saved(h, plan):
    h.key("ctrl+s")
    time.sleep(1.0)
    with open(plan, encoding="utf-8") as f:
        return json.load(f)


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
    assert "10:10 to 10:20" in card_name(h), card_name(h)

    start = h.find("Start", "text")
    h.click(start)
    h.key("ctrl+a")
    type_with_pause(h, "10", ":30")
    time.sleep(1.5)  # as long as anything waited for the typing to stop
    h.shot("typed")
    assert h.text_of(start) == "10:30", "the field was rewritten while typing: %r" % \
        h.text_of(start)
    assert "10:10 to 10:20" in card_name(h), "moved before Enter: " + card_name(h)

    h.key("Return")
    time.sleep(0.5)
    assert "10:30 to 10:40" in card_name(h), "Enter did not apply 10:30: " + card_name(h)
    assert h.text_of(start) == "10:30", h.text_of(start)

    # Not a time: the row says why and the session stays at 10:30
    h.key("ctrl+a")
    h.type("25:99")
    h.key("Return")
    time.sleep(0.5)
    h.shot("not-a-time")
    assert h.text_of(start) == "25:99", "the typed text went away: %r" % h.text_of(start)
    assert NOT_A_TIME in description(start), "no reason given: %r" % description(start)
    assert "10:30 to 10:40" in card_name(h), card_name(h)
    h.key("Tab")  # leaving the field shows the stored time again
    time.sleep(0.5)
    assert h.text_of(start) == "10:30", "left as %r" % h.text_of(start)
    assert NOT_A_TIME not in description(start), description(start)

    doc = saved(h, plan)
    greeting = [s for s in doc["sessions"] if s["id"] == "greeting-behr"][0]
    assert greeting["start"] == "2023-11-20T10:30", greeting["start"]

    # Ctrl+S with the time typed, the focus still in the field and no Enter
    h.wait_gone("Saved", "label", timeout=15)
    h.click(start)
    h.key("ctrl+a")
    h.type("10:45")
    doc = saved(h, plan)
    greeting = [s for s in doc["sessions"] if s["id"] == "greeting-behr"][0]
    assert greeting["start"] == "2023-11-20T10:45", "Ctrl+S saved %s" % greeting["start"]
    assert "10:45 to 10:55" in card_name(h), card_name(h)
    h.key("Tab")

    # The conference's clock and date rows: the same rules
    h.view(6)
    # The "Saved" toast sits over the day's rows until it goes
    h.wait_gone("Saved", "label", timeout=15)
    day_start = h.find("Each Day Starts At", "text")
    h.click(day_start)
    h.key("ctrl+a")
    type_with_pause(h, "8", ":45")
    time.sleep(1.5)
    assert h.text_of(day_start) == "8:45", "rewritten while typing: %r" % h.text_of(day_start)
    h.key("Tab")
    time.sleep(0.5)
    assert h.text_of(day_start) == "08:45", h.text_of(day_start)

    first_day = h.find("First Day", "text")
    h.click(first_day)
    h.key("ctrl+a")
    type_with_pause(h, "2023-11-2", "1")
    time.sleep(1.5)
    assert h.text_of(first_day) == "2023-11-21", "rewritten while typing: %r" % \
        h.text_of(first_day)
    h.key("ctrl+a")
    h.type("2023-13-45")
    h.key("Return")
    time.sleep(0.5)
    assert "Not a date" in description(first_day), "no reason given: %r" % \
        description(first_day)
    h.key("Tab", "Tab")  # past the row's calendar button
    time.sleep(0.5)
    assert h.text_of(first_day) == "Monday, 20 November 2023", h.text_of(first_day)

    # Dates as people write them, shown in words
    last_day = h.find("Last Day", "text")
    h.click(last_day)
    h.key("ctrl+a")
    h.type("21.11.2023")
    h.key("Return")
    time.sleep(0.5)
    assert h.text_of(last_day) == "Tuesday, 21 November 2023", h.text_of(last_day)

    doc = saved(h, plan)
    assert doc["conference"]["day_start"] == "08:45", doc["conference"]["day_start"]
    assert doc["conference"]["start_date"] == "2023-11-20", doc["conference"]["start_date"]
    assert doc["conference"]["end_date"] == "2023-11-21", doc["conference"]["end_date"]

    # Closing the window with a time typed and no Enter: a change to save or discard
    h.wait_gone("Saved", "label", timeout=15)
    h.click(day_start)
    h.key("ctrl+a")
    h.type("09:15")
    h.click(h.find_on_screen("Close", "push button"))
    h.find("Save Changes?", "label", timeout=5)
    h.shot("close-asks")
    h.kill()


harness.run("time-fields", body)
