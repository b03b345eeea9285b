#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Podium on Wayland, under Debian's weston (tests/ui/wayland.py), GDK_BACKEND=wayland.

Headless weston (no input devices): the seed event opens and shows its sessions, every
view is switched through its view switcher button's AT-SPI action and shows its own
content, and weston's screenshot has the window in it.

weston nested in the test's Xvfb (its X11 backend gives it a seat): the keys Alt+1 … Alt+7
switch the views, a session card dragged with the pointer moves and Ctrl+Z puts it back.
Escape in the middle of a drag does not cancel it under weston (the compositor keeps the
keys while it drags and ignores Escape); the test checks that the outcome is still a whole
one and says which it was.

Both fail on any critical or warning the app logs. Skips only without weston."""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
import wayland  # noqa: E402

EXAMPLE = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                       "austauschtreffen.podium.json")

# Each view: its switcher button, and what it shows that no other view does
VIEWS = (
    ("Schedule", "Unscheduled", "label"),
    ("Sessions", "Sessions", "tree table"),
    ("People", "People", "tree table"),
    ("Organisations", "Organisations", "tree table"),
    ("Rooms", "Rooms", "tree table"),
    ("Conference", "Title", "text"),
    ("Changes", "No Version Published Yet", "label"),
)

GREETING = "Grußwort des Thüringer Arbeitsministeriums"


def shown(h):
    """(role, name, selected) of what the window shows, in one walk of the tree"""
    found = []
    for node in h.find_all():
        try:
            role = node.getRoleName()
            if role in ("page tab", "label", "tree table", "text"):
                found.append((role, node.name,
                              node.getState().contains(harness.pyatspi.STATE_SELECTED)))
        except Exception:
            pass
    return found


def assert_view(h, tab):
    """@tab is the selected view (the header bar holds a wide and a narrow switcher; both
    say so), its content is there and no other view's is"""
    name, marker, role = next(v for v in VIEWS if v[0] == tab)
    deadline = time.time() + 5
    while True:
        nodes = shown(h)
        selected = {n for r, n, s in nodes if r == "page tab" and s}
        if selected == {name} and (role, marker, False) in nodes or time.time() > deadline:
            break
        time.sleep(0.2)
    assert selected == {name}, "%s is not the view shown (%s is)" % (name, selected)
    h.find_on_screen(marker, role)
    for other, other_marker, other_role in VIEWS:
        if other_marker != marker and (other_role, other_marker, False) in nodes:
            raise AssertionError("the %s view still shows %r" % (other, other_marker))


def pixels_differ(a, b):
    """How many pixels of two screenshots differ (ImageMagick's compare)"""
    p = subprocess.run(["compare", "-metric", "AE", a, b, "null:"],
                       capture_output=True, text=True)
    return int(float(p.stderr.split()[0]))


def headless(h):
    h.wait_for_display()
    desktop = h.shot("desktop")
    h.start(EXAMPLE)
    h.find("austauschtreffen.podium.json", "label")
    # The seed event's first day, with its sessions as cards
    h.find("Ankunft und Anmeldung, Foyer, 09:30 to 10:00", "push button")
    h.find(GREETING + ", Plenarsaal, 10:10 to 10:20", "push button")
    shown = h.shot("schedule")
    assert shown, "weston-screenshooter made no screenshot"
    assert pixels_differ(desktop, shown) > 400 * 300, "the window is not on weston's screen"

    for name, _, _ in VIEWS[1:] + VIEWS[:1]:
        h.do_action(h.find(name, "page tab"))
        assert_view(h, name)
    h.shot("views-switched")
    h.kill()


def card_named(h, start):
    cards = [c for c in h.find_all(role="push button") if c.name.startswith(start)]
    assert len(cards) == 1, "cards %r: %s" % (start, [c.name for c in cards])
    return cards[0]


def drag(h, x0, y0, x1, y1, escape):
    """Presses on (x0, y0), moves to (x1, y1) in steps, presses Escape if @escape, and only
    then releases"""
    steps = ["mousemove", str(x0), str(y0), "sleep", "0.2", "mousedown", "1", "sleep", "0.2"]
    for i in range(1, 9):
        steps += ["mousemove", str(x0 + (x1 - x0) * i // 8), str(y0 + (y1 - y0) * i // 8),
                  "sleep", "0.1"]
    subprocess.run(["xdotool"] + steps + ["sleep", "0.4"], check=True)
    if escape:
        h.shot("dragging")
        subprocess.run(["xdotool", "key", "Escape"], check=True)
        time.sleep(0.5)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(1.0)


def with_input(h):
    h.start(EXAMPLE)
    h.find(GREETING + ", Plenarsaal, 10:10 to 10:20", "push button")
    # The window is weston's only one and has its keyboard focus; X sends keys to the
    # window under the pointer, which is weston's
    subprocess.run(["xdotool", "mousemove", "700", "450"], check=True)
    for number, (name, _, _) in list(enumerate(VIEWS, 1))[1:] + [(1, VIEWS[0])]:
        h.view(number)
        assert_view(h, name)

    card = card_named(h, GREETING + ", Plenarsaal, 10:10 to 10:20")
    x0, y0 = h.center(card)
    x1, _ = h.center(h.find("Themenraum 3", "label"))

    # Escape in the middle of the drag: weston 10 keeps the keyboard to itself while it
    # drags and does not cancel on Escape (mutter does), so Podium never hears of it and
    # the release drops. Either way the user must get a whole outcome: nothing changed,
    # or a normal move with its toast, undone by Ctrl+Z
    drag(h, x0, y0, x1, y0, escape=True)
    if h.exists(GREETING + ", Plenarsaal, 10:10 to 10:20", "push button"):
        assert not h.exists("Moved", "label", contains=True), "a toast for a cancelled drag"
        print("NOTE: Escape cancelled the drag under weston")
    else:
        card_named(h, GREETING + ", Themenraum 3, 10:10 to 10:20")
        h.find("Moved “%s” to Themenraum 3" % GREETING, "label", contains=True)
        print("NOTE: weston does not cancel a drag on Escape: the release dropped the card")
        # weston takes the keyboard focus away for a drag and gives it back on a click
        h.click(card_named(h, GREETING))
        h.key("ctrl+z")
        card_named(h, GREETING + ", Plenarsaal, 10:10 to 10:20")
        h.wait_gone("Moved “%s” to Themenraum 3" % GREETING, "label")

    # A drag with the pointer moves the session, and says so
    drag(h, x0, y0, x1, y0, escape=False)
    card_named(h, GREETING + ", Themenraum 3, 10:10 to 10:20")
    h.find("Moved “%s” to Themenraum 3" % GREETING, "label", contains=True)
    h.shot("moved")
    h.kill()


CASES = {
    "headless": (headless, "wayland-headless"),
    "nested": (with_input, "wayland-input"),
}

if len(sys.argv) > 1:
    body, name = CASES[sys.argv[1]]
    harness.run(name, body, lambda n: wayland.WaylandHarness(n, sys.argv[1]))

# Each case in a process of its own: pyatspi keeps its first accessibility bus, which
# ends with the first case's harness
codes = [subprocess.run([sys.executable, os.path.abspath(__file__), case]).returncode
         for case in CASES]
sys.exit(77 if all(c == 77 for c in codes) else 0 if all(c == 0 for c in codes) else 1)
