#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A new user builds a small conference from the empty state through the window —
two organisations, three people, two rooms, four sessions with roles — saves it,
undoes and redoes through the UI, quits, reopens it, and finds everything again."""

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ORGS = [
    ("Thüringer Agentur für Fachkräftegewinnung", "ThAFF", "Thüringen"),
    ("Zentrum für Fachkräftesicherung und Gute Arbeit Sachsen", "ZEFAS", "Sachsen"),
]
ROOMS = ["Plenarsaal", "Themenraum 1"]
DAY = "2023-11-20"
# title, kind, start, room, moderation: (new person's name or None, organisation index)
SESSIONS = [
    ("Begrüßung und Eröffnung", "Panel", "10:00", "Plenarsaal", ("Sabine Wosche", 0)),
    ("Welcome Center", "Breakout", "11:00", "Themenraum 1", (None, 1)),
    ("Ergebnisse", "Panel", "11:45", "Plenarsaal", ("Anna Beispiel", 1)),
]
PEOPLE = [("Sabine Wosche", 0), ("Anna Beispiel", 1)]
# The same conference took 71 actions before sessions could be made on the grid
MAX_ACTIONS = 40


def org_label(i):
    return "%s (%s)" % (ORGS[i][0], ORGS[i][1])


class Counted:
    """What the user does, counted as a person would: a click, a typed text, a key, a
    field filled (click and type), a choice from a drop-down."""

    def __init__(self, h):
        self.h = h
        self.n = 0

    def click(self, name, role=None):
        self.n += 1
        self.h.click(self.h.find_on_screen(name, role))

    def type(self, text, into=None):
        # Typed again into @into if a character dropped: the harness's, not the user's
        self.n += 1
        self.h.type(text, into=into)

    def key(self, key):
        self.n += 1
        self.h.key(key)

    def fill(self, name, text):
        self.n += 1
        self.h.fill(name, text)

    def choose(self, combo, item):
        self.n += 1
        self.h.choose(combo, item)

    def double_click(self, x, y):
        self.n += 1
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "--repeat", "2",
                        "--delay", "80", "1"], check=True)
        time.sleep(0.8)


def minutes(clock):
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def cell(h, room, clock):
    """Where on the screen the grid shows @room at @clock (09:00 at the top of an empty
    day, 48 pixels a row of 15 minutes, the room header 52 pixels high)"""
    grid = h.find("Schedule", "panel").queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS)
    header = h.find(room, "panel").queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS)
    y = grid.y + 52 + (minutes(clock) - 9 * 60) * 48 / 15 + 8
    return header.x + header.width // 2, int(y)


def check_file(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    conf = doc["conference"]
    assert conf["title"] == "Austauschtreffen Test", conf
    assert conf.get("updated"), "the save sets the time of the last change"
    orgs = {o["id"]: o for o in doc["organizations"]}
    assert sorted((o["name"], o.get("short_name"), o.get("region")) for o in orgs.values()) == \
        sorted(ORGS), orgs
    people = {p["id"]: p for p in doc["people"]}
    assert sorted((p["name"], orgs[p["organization"]]["short_name"]) for p in people.values()) == \
        sorted((name, ORGS[org][1]) for name, org in PEOPLE), people
    rooms = {r["id"]: r for r in doc["rooms"]}
    assert [r["name"] for r in doc["rooms"]] == ROOMS, rooms
    assert len(doc["sessions"]) == 3, doc["sessions"]
    for title, kind, start, room, (person, org) in SESSIONS:
        s = [s for s in doc["sessions"] if s["title"] == title][0]
        assert s["kind"] == kind.lower(), s
        assert s["start"] == "%sT%s" % (DAY, start), s
        assert rooms[s["room"]]["name"] == room, s
        assert len(s["roles"]) == 1 and s["roles"][0]["role"] == "moderator", s
        held = s["roles"][0]
        if person:
            assert people[held["person"]]["name"] == person, s
        else:
            assert orgs[held["organization"]]["short_name"] == ORGS[org][1], s
    return doc


def body(h):
    plan = os.path.join(h.tmp, "plan.podium.json")
    user = Counted(h)

    h.start()
    h.find("Plan a Conference", "label")
    h.shot("empty-state")
    user.click("New Conference", "push button")

    # The conference view opens with the title selected, ready to type over
    title = h.find("Title", "text")
    user.type("Austauschtreffen Test")
    assert h.text_of(title) == "Austauschtreffen Test", \
        "the title was not ready to type over: it holds %r" % h.text_of(title)
    user.fill("First Day", DAY)
    user.fill("Last Day", DAY)
    h.shot("conference")

    user.key("alt+4")
    for name, short, region in ORGS:
        user.click("Add Organisation", "push button")
        user.type(name, into="Name")  # the new organisation's name is focused
        user.fill("Short Name", short)
        user.fill("Region", region)
    h.shot("organisations")

    # The empty schedule offers the first room
    user.key("alt+1")
    user.click("Add Room", "push button")
    user.type(ROOMS[0])
    user.click("Add Room", "push button")
    user.type(ROOMS[1])
    user.key("Tab")
    h.shot("rooms")

    # Sessions are made where they go: a double-click on the grid, the title focused,
    # and the people in the open roles form (a new person from there too)
    user.key("alt+1")
    time.sleep(0.5)
    for title, kind, start, room, (person, org) in SESSIONS:
        x, y = cell(h, room, start)
        user.double_click(x, y)
        h.find("Title", "text")
        user.type(title, into="Title")
        user.choose("Kind", kind)
        if person:
            user.fill("Or a New Person’s Name", person)
        user.choose("Organisation", org_label(org))
        # A click while the drop-down's popover is still closing goes to the popover
        time.sleep(0.6)
        user.click("Add Role", "push button")
        h.find(title + ", " + room + ", " + start, "push button", contains=True)
        # The card says who moderates: the role went to this session
        h.find("Moderation: " + (person if person else ORGS[org][1]), "label", contains=True)
    h.shot("sessions")
    print("built the conference in %d actions" % user.n)
    assert user.n < MAX_ACTIONS, "building the conference took %d actions" % user.n

    # Save: the file chooser asks where
    h.key("ctrl+s")
    h.find("Save Conference Plan", None, timeout=10)
    h.key("ctrl+a")
    h.type(plan)
    h.key("Return")
    deadline = time.time() + 10
    while not os.path.exists(plan) and time.time() < deadline:
        time.sleep(0.3)
    assert os.path.exists(plan), "the plan was not saved"
    h.find("plan.podium.json", "label")
    check_file(plan)

    # Undo and redo through the UI: the inspector deletes the session it shows
    h.click(h.find("Delete Session", "push button"))
    h.find("Undo", "push button")  # the toast offers it
    h.shot("deleted-with-toast")
    h.view(2)
    h.find("2 sessions", "label")
    h.key("ctrl+z")
    h.find("3 sessions", "label")
    h.key("ctrl+shift+z")
    h.find("2 sessions", "label")
    h.click_name("Main Menu", "push button")
    h.key("u")  # the menu's mnemonic for Undo
    h.find("3 sessions", "label")
    h.key("ctrl+s")
    time.sleep(1)
    saved = check_file(plan)
    with open(plan, "rb") as f:
        first = f.read()

    h.key("ctrl+q")
    h.wait_exit()

    # Reopen: everything is there, and saving again writes the same bytes
    h.start(plan)
    h.find("plan.podium.json", "label")
    h.view(2)
    h.find("3 sessions", "label")
    for title, *_ in SESSIONS:
        h.find(title, "label")
    h.view(3)
    h.find("2 people", "label")
    h.view(1)
    h.shot("schedule")
    h.key("ctrl+s")
    time.sleep(1)
    with open(plan, "rb") as f:
        assert f.read() == first, "reopening and saving changed the file"
    assert saved["conference"]["title"] == "Austauschtreffen Test"
    h.key("ctrl+q")
    h.wait_exit()


harness.run("build-conference", body)
