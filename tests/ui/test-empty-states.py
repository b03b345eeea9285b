#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The first start opens a window with room for every view in the header. A new conference says what to do first instead of showing blank panes: the schedule
without rooms offers "Add Room", the tray without sessions says there are none yet
(not "All Scheduled") and offers "Add Session", empty lists say so, and the
Organisations page has an icon and an Add button like the other views. The buttons do
what they say."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def body(h):
    h.start()
    # A first start fills most of the 1400×900 screen: every view's tab fits the header
    window = h._window().queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS)
    assert window.width >= 1300 and window.height >= 820, \
        "a first start opens %dx%d" % (window.width, window.height)
    h.click_name("New Conference", "push button")
    time.sleep(0.8)
    # (the empty page has no views to switch; a new plan's short title leaves them room)
    tab = h.find_on_screen("Changes", "page tab")
    assert tab.queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS).y < 50, \
        "the views' tabs are not in the header"
    h.view(1)
    h.find("No Rooms Yet", "label")
    h.find("Add a room to start scheduling", "label")
    h.find("No Sessions Yet", "label")
    assert not h.exists("All Scheduled", "label"), "an empty plan's tray says All Scheduled"
    h.shot("empty-schedule")

    h.view(4)
    h.find("No Organisations Yet", "label")
    pills = [n for n in h.find_all("Add Organisation", "push button")
             if n.queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS).width > 40]
    assert pills, "the Organisations page has no Add button of its own (only the list's icon)"
    h.view(3)
    h.find("No People Yet", "label")

    # "Add Room" makes the first room and the grid appears
    h.view(1)
    h.click(h.find_on_screen("Add Room"))
    time.sleep(0.8)
    h.find("Name", "text")  # the room editor, in the Rooms view
    h.view(1)
    time.sleep(0.5)
    assert not h.exists("No Rooms Yet", "label"), "the grid did not replace the empty state"
    h.find("Schedule", contains=True)

    # "Add Session" makes a session, which waits in the tray
    h.click(h.find_on_screen("Add Session"))
    time.sleep(0.8)
    h.view(1)
    time.sleep(0.5)
    assert not h.exists("No Sessions Yet", "label"), "the tray still says there are no sessions"
    h.find("1", "label")
    h.shot("first-session")


if __name__ == "__main__":
    harness.run("test-empty-states", body)
