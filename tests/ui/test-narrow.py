#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Half of a 1366-px screen: the window of the example plan, first at the size of a first
start and then dragged narrower, step by step as a hand drags its edge, to 683×768, in
English and in German. The real window really becomes that narrow (GTK keeps a window at
its minimum width however it is resized); every view shows its controls inside it; the
unscheduled sessions open from the schedule's toolbar and a session dragged from there
with the real pointer lands on the grid; and the header shows the plan's title whole, at
both sizes."""

import gettext
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
from harness import pyatspi  # noqa: E402

ROOT = os.environ.get("PODIUM_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
WIDTH, HEIGHT = 683, 768
TITLE = "1. Austauschtreffen der mitteldeutschen Fachkräfteinitiativen"
UNSCHEDULED = "Mittagsimbiss und Networking"
# A bold title needs more than this per character on a line (this font draws about 8 px);
# a label cut short to "1. Austauschtreffen der mi…" has far less for its whole text
MIN_PX_PER_CHAR = 6.0

# The controls a person needs in each view (English; German from po/de.po)
VIEW_CONTROLS = {
    1: ["Previous Day", "Next Day", "Colour Cards By", "Zoom Out", "Zoom In",
        "Show Unscheduled Sessions"],
    2: ["Search Sessions", "Add Session"],
    3: ["Search People", "Add Person"],
    4: ["Search Organisations", "Add Organisation"],
    5: ["Search Rooms", "Add Room"],
    6: ["Title"],
    7: ["Publish Version…"],
    8: ["Search Participants", "Import Participants", "Assign Rooms"],
}
HEADER_CONTROLS = ["Main Menu", "Session Inspector"]
VIEWS = ["Schedule", "Sessions", "People", "Organisations", "Rooms", "Conference", "Changes",
         "Participants"]


def catalogue():
    mo = os.path.join(os.environ["PODIUM_LOCALEDIR"], "de", "LC_MESSAGES", "podium.mo")
    with open(mo, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    return {k.split("\x04")[-1].replace("_", ""): v.replace("_", "")
            for k, v in cat.items() if isinstance(k, str) and k}


def extents(node):
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)


def window_id(h):
    """The X window of the plan's window: the largest one of the app that is mapped"""
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(h.proc.pid)],
                         capture_output=True, text=True).stdout.split()
    best, area = None, 0
    for wid in ids:
        geometry = x_geometry(wid)
        if geometry and geometry[0] * geometry[1] > area:
            best, area = wid, geometry[0] * geometry[1]
    assert best, "no window of the app on the X server"
    return best


def x_geometry(wid):
    out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid],
                         capture_output=True, text=True).stdout
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    if "WIDTH" not in values:
        return None
    return int(values["WIDTH"]), int(values["HEIGHT"])


def drag_edge_to(h, width, height):
    """Narrower in steps, as the edge of a window is dragged: GTK then lays out each
    width on the way and the lists, tray and header fold where they would not fit"""
    wid = window_id(h)
    start = x_geometry(wid)[0]
    for step in sorted({w for w in (1100, 1000, 900, 800, 720, width) if width <= w < start},
                       reverse=True):
        subprocess.run(["xdotool", "windowsize", wid, str(step), str(height)], check=True)
        time.sleep(0.6)
    time.sleep(1.0)
    return wid


def shown(h, name, roles=None):
    """The nodes named @name a person sees: visible, with a size"""
    found = []
    for node in h.find_all(name):
        try:
            if roles and node.getRoleName() not in roles:
                continue
            e = extents(node)
        except Exception:
            continue
        if e.width > 0 and e.height > 0:
            found.append(node)
    return found


def under_grid(node):
    """Cards and room headers of the grid scroll sideways: they may reach past the edge"""
    depth = 0
    while node is not None and depth < 60:
        try:
            if node.getRoleName() == "filler" and node.name == "PodiumGridLayer":
                return True
            node = node.parent
        except Exception:
            return False
        depth += 1
    return False


CONTROL_ROLES = {"push button", "toggle button", "entry", "combo box", "page tab", "text",
                 "spin button", "check box", "label", "menu button"}


def controls(h):
    """(role, name, extents, in the grid) of every named control the window shows: one
    walk of the tree per view, it is large"""
    found = []
    for node in h.find_all():
        try:
            role = node.getRoleName()
            if role not in CONTROL_ROLES or not node.name:
                continue
            e = extents(node)
        except Exception:
            continue
        if e.width > 0 and e.height > 0:
            found.append((role, node.name, e, under_grid(node)))
    return found


def cut_off(found, frame):
    """Every control a person sees in the window's height lies wholly inside it"""
    bad = []
    for role, name, e, in_grid in found:
        if e.y >= frame.y + frame.height or e.y + e.height <= frame.y or in_grid:
            continue
        if e.x < frame.x or e.x + e.width > frame.x + frame.width:
            bad.append("%s %r at x %d–%d" % (role, name[:40], e.x, e.x + e.width))
    return bad


def check_title(h, frame, where):
    """The plan's title is shown whole: inside the window, and each of its lines has the
    room its characters need (an ellipsized label has one line too short for them)"""
    labels = shown(h, TITLE, {"label"})
    assert labels, "%s: the header does not show the title %r" % (where, TITLE)
    label = labels[0]
    e = extents(label)
    assert e.x >= frame.x and e.x + e.width <= frame.x + frame.width and e.y < 60, \
        "%s: the title lies at %d,%d %dx%d, outside the header of %d px" % (
            where, e.x, e.y, e.width, e.height, frame.width)
    # The lines as laid out (GTK 4.8 answers the line before for an offset at a line's
    # start, so every offset is asked)
    text = label.queryText()
    ranges = {}
    for offset in range(text.characterCount):
        line, start, end = text.getStringAtOffset(offset, pyatspi.TEXT_GRANULARITY_LINE)
        ranges[start] = line
    lines = [ranges[start] for start in sorted(ranges)]
    assert "".join(lines).replace("\n", "") == TITLE, "%s: the title reads %r" % (where, lines)
    for line in lines:
        chars = len(line.strip())
        assert e.width >= chars * MIN_PX_PER_CHAR, \
            "%s: the title is cut short: %d characters on a line %d px wide (%r)" % (
                where, chars, e.width, line)
    return len(lines)


def plan_with_unscheduled(h):
    with open(os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json"),
              encoding="utf-8") as f:
        doc = json.load(f)
    for session in doc["sessions"]:
        if session["title"] == UNSCHEDULED:
            session.pop("start", None)
            session.pop("room", None)
    path = os.path.join(h.tmp, "austauschtreffen.podium.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    return path


def one_language(h, language, tr):
    path = plan_with_unscheduled(h)
    h.start(path)
    h.view(1)
    frame = extents(h._window())
    lines = check_title(h, frame, "%s, first start (%d px)" % (language, frame.width))
    h.shot("first-start-" + language)

    wid = drag_edge_to(h, WIDTH, HEIGHT)
    real = x_geometry(wid)
    frame = extents(h._window())
    h.shot("narrow-" + language)
    assert real[0] <= WIDTH, "%s: the window stays %d px wide (GTK's minimum), not %d" % (
        language, real[0], WIDTH)
    assert frame.width <= WIDTH, "%s: the window's frame is %d px wide" % (language, frame.width)
    lines = check_title(h, frame, "%s, %d px" % (language, real[0]))
    print("%s: %d px wide, the title on %d line(s)" % (language, real[0], lines))

    problems = []
    for view in range(1, 9):
        h.view(view)
        time.sleep(0.4)
        h.shot("view-%d-%s" % (view, language))
        found = controls(h)
        names = {(role, name.replace("_", "")) for role, name, e, in_grid in found}
        for name in VIEW_CONTROLS[view] + HEADER_CONTROLS:
            if not any(n == tr(name) for role, n in names):
                problems.append("view %d: %r not shown" % (view, tr(name)))
        for tab in VIEWS:
            if ("page tab", tr(tab)) not in names:
                problems.append("view %d: no tab %r" % (view, tr(tab)))
        problems += ["view %d: %s" % (view, bad) for bad in cut_off(found, frame)]
    assert not problems, "%s at %d px: %s" % (language, real[0], "; ".join(problems))

    # The tray: folded away, opened from the toolbar, a session dragged onto the grid
    h.view(1)
    assert not shown(h, tr("Search unscheduled sessions"), {"entry"}), \
        "%s: the tray is open beside a grid that has no room for it" % language
    h.click(h.find_on_screen(tr("Show Unscheduled Sessions"), None))
    time.sleep(0.8)
    h.shot("tray-open-" + language)
    search = shown(h, tr("Search unscheduled sessions"), {"entry"})
    assert search and extents(search[0]).x >= frame.x, "%s: the tray did not open" % language
    card = [n for n in h.find_all(UNSCHEDULED, contains=True)
            if n.getRoleName() == "push button" and extents(n).width > 0]
    assert card, "%s: the tray does not show %r" % (language, UNSCHEDULED)
    x0, y0 = h.center(card[0])
    tray_right = extents(search[0]).x + extents(search[0]).width
    room = [n for n in shown(h, "Themenraum 2") if extents(n).x > tray_right]
    assert room, "%s: Themenraum 2 is not in sight beside the tray: %s" % (
        language, [(n.getRoleName(), extents(n).x) for n in h.find_all("Themenraum 2")])
    # The first rows of the day (09:30) lie just below the room's heading
    head = extents(room[0])
    x1 = head.x + 40
    y1 = head.y + head.height + 50
    harness.drag(x0, y0, x1, y1)
    h.shot("dropped-" + language)
    landed = [n for n in h.find_all(UNSCHEDULED, contains=True)
              if n.getRoleName() == "push button" and "Themenraum 2" in n.name]
    assert landed, "%s: %r did not land in Themenraum 2: %s" % (
        language, UNSCHEDULED, [n.name for n in h.find_all(UNSCHEDULED, contains=True)])
    h.key("ctrl+s")
    time.sleep(1.5)
    with open(path, encoding="utf-8") as f:
        saved = [s for s in json.load(f)["sessions"] if s["title"] == UNSCHEDULED][0]
    assert saved.get("room") == "themenraum-2" and \
        "2023-11-20T09:30" <= saved.get("start", "") <= "2023-11-20T10:00", \
        "%s: saved %r" % (language, saved)

    # Closed again from the tray's own header, which covers the toolbar's button
    h.click(h.find_on_screen(tr("Hide Unscheduled Sessions")))
    time.sleep(0.8)
    assert not shown(h, tr("Search unscheduled sessions"), {"entry"}), \
        "%s: the tray did not close" % language
    h.kill()
    os.remove(path)
    shutil.rmtree(os.path.join(h.tmp, "config"), ignore_errors=True)


def body(h):
    german = catalogue()
    one_language(h, "en", lambda s: s)
    h.env.update({"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"})
    one_language(h, "de", lambda s: german.get(s, s))


harness.run("test-narrow", body)
