#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The first start opens a window with room for every view in the header and takes the
work area's height for the seed event's day: at the default zoom the day (09:30 to 15:00)
needs 1056 pixels of grid, so on a 1400×900 screen it shows from the first session to
13:00 (no size shows more), on a screen 1400 pixels tall the whole day. A new conference says what to do first instead of showing blank panes: the schedule
without rooms offers "Add Room", the tray without sessions says there are none yet
(not "All Scheduled") and offers "Add Session", empty lists say so, and the
Organisations page has an icon and an Add button like the other views. The buttons do
what they say."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

COORDS = harness.pyatspi.WINDOW_COORDS


def extents(node):
    return node.queryComponent().getExtents(COORDS)


def seed_day_shown(h):
    """The seed day's grid as a new user opens the example: from its first session at the
    top of the visible grid to how far down the visible grid reaches, in minutes after 09:30"""
    h.click_name("Open Example", "push button")
    time.sleep(1.0)
    first = extents(h.find("Ankunft und Anmeldung, Foyer, 09:30 to 10:00", "push button"))
    results = extents(h.find("Ergebnisse aus den Themenräumen und Ausblick, Plenarsaal, "
                             "12:30 to 13:15", "push button"))
    panes = [extents(p) for p in h.find_all(role="scroll pane")]
    panes = [p for p in panes if p.x <= first.x < p.x + p.width and p.y <= first.y < p.y + p.height]
    assert panes, "the first session's card is not in the visible grid"
    pane = min(panes, key=lambda p: p.width * p.height)
    # 09:30 to 12:30 (extents are cut where the window ends, so no card's height)
    per_minute = (results.y - first.y) / 180.0
    assert per_minute > 3, "not the default zoom: %.1f pixels a minute" % per_minute
    assert first.y - pane.y < 60, "the grid does not start at 09:30, below the room names"
    return (pane.y + pane.height - first.y) / per_minute


def new_user(h, **env):
    """Another Podium on a first start of its own (the window's size not yet remembered)"""
    name = "user-%d" % len(os.listdir(h.tmp))
    return h.another(XDG_CONFIG_HOME=os.path.join(h.tmp, name, "config"),
                     XDG_DATA_HOME=os.path.join(h.tmp, name, "data"), **env)


def tall_screen(h):
    """The first start on a screen 1400 pixels tall, in an Xvfb of its own"""
    if not harness.shutil.which("Xvfb"):
        print("no Xvfb: the whole day on a tall screen is not checked")
        return
    n = 150 + os.getpid() % 50
    while os.path.exists("/tmp/.X%d-lock" % n) or os.path.exists("/tmp/.X11-unix/X%d" % n):
        n += 1
    server = harness.subprocess.Popen(["Xvfb", ":%d" % n, "-screen", "0", "1400x1400x24",
                                       "-nolisten", "tcp"],
                                      stdout=harness.subprocess.DEVNULL,
                                      stderr=harness.subprocess.DEVNULL)
    tall = new_user(h, DISPLAY=":%d" % n)
    display = os.environ["DISPLAY"]
    # (xdotool clicks on the display it finds in the environment)
    os.environ["DISPLAY"] = tall.env["DISPLAY"]
    try:
        tall.start()
        window = extents(tall._window())
        shown = seed_day_shown(tall)
        print("on 1400x1400: %dx%d, the grid shows %d minutes" % (window.width, window.height, shown))
        assert shown >= 330, "on a tall screen the seed day is cut after %d minutes" % shown
    finally:
        os.environ["DISPLAY"] = display
        tall.kill()
        server.terminate()
        server.wait(timeout=10)


def body(h):
    # A first start takes the 1400×900 screen's height and fills most of its width: every
    # view's tab fits the header; the seed day from 09:30 to 12:55 at least (13:15 to 15:00
    # cannot fit at the default zoom)
    first = new_user(h)
    try:
        first.start()
        window = extents(first._window())
        print("on 1400x900: %dx%d" % (window.width, window.height))
        assert window.width >= 1300 and window.height >= 860, \
            "a first start opens %dx%d" % (window.width, window.height)
        shown = seed_day_shown(first)
        print("on 1400x900 the grid shows %d minutes" % shown)
        assert shown >= 205, "the seed day is cut after %d minutes" % shown
        first.shot("first-start")
    finally:
        first.kill()
    tall_screen(h)

    h.start()
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
