#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A new user builds a small conference from the empty state through the window —
two organisations, three people, two rooms, four sessions with roles — saves it,
undoes and redoes through the UI, quits, reopens it, and finds everything again."""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ORGS = [
    ("Thüringer Agentur für Fachkräftegewinnung", "ThAFF", "Thüringen"),
    ("Zentrum für Fachkräftesicherung und Gute Arbeit Sachsen", "ZEFAS", "Sachsen"),
]
PEOPLE = [
    ("Sabine Wosche", "Geschäftsführerin", 0),
    ("Michael Behr", "Abteilungsleiter", 0),
    ("Anna Beispiel", "Referentin", 1),
]
ROOMS = [("Plenarsaal", "Begrüßung und Plenum"), ("Themenraum 1", "Internationale Fachkräfte")]
DAY = "Monday, 20 November 2023"
# title, kind, start, room, roles [(role, person index or None, org index or None)]
SESSIONS = [
    ("Begrüßung und Eröffnung", "Greeting", "10:00", "Plenarsaal", [("Speaker", 0, None)]),
    ("Grußwort", "Greeting", "10:10", "Plenarsaal", [("Speaker", 1, None)]),
    ("Welcome Center", "Breakout", "11:00", "Themenraum 1",
     [("Moderation", None, 1), ("Impulse", 2, None)]),
    ("Ergebnisse", "Panel", "12:30", "Plenarsaal",
     [("Moderation", None, 0), ("Panelist", None, 1)]),
]


def org_label(i):
    return "%s (%s)" % (ORGS[i][0], ORGS[i][1])


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
    assert len(people) == 3, people
    for name, position, org in PEOPLE:
        p = [p for p in people.values() if p["name"] == name][0]
        assert p.get("position") == position, p
        assert orgs[p["organization"]]["short_name"] == ORGS[org][1], p
    rooms = {r["id"]: r for r in doc["rooms"]}
    assert [(r["name"], r.get("theme")) for r in doc["rooms"]] == ROOMS, rooms
    assert len(doc["sessions"]) == 4, doc["sessions"]
    for title, kind, start, room, roles in SESSIONS:
        s = [s for s in doc["sessions"] if s["title"] == title][0]
        assert s["kind"] == kind.lower(), s
        assert s["start"] == "2023-11-20T" + start, s
        assert rooms[s["room"]]["name"] == room, s
        got = []
        for r in s.get("roles", []):
            person = people[r["person"]]["name"] if r.get("person") else None
            org = orgs[r["organization"]]["short_name"] if r.get("organization") else None
            got.append((r["role"], person, org))
        want = []
        for role, p, o in roles:
            nick = {"Speaker": "speaker", "Moderation": "moderator", "Impulse": "impulse",
                    "Panelist": "panelist"}[role]
            want.append((nick, PEOPLE[p][0] if p is not None else None,
                         ORGS[o][1] if o is not None else None))
        assert got == want, (title, got, want)
    return doc


def body(h):
    plan = os.path.join(h.tmp, "plan.podium.json")

    h.start()
    h.find("Plan a Conference", "label")
    h.shot("empty-state")
    h.click_name("New Conference", "push button")

    # The conference view opens with the title selected, ready to type over
    h.find("Title", "text")
    h.type("Austauschtreffen Test")
    h.key("Tab")
    h.fill("First Day", "2023-11-20")
    h.fill("Last Day", "2023-11-20")
    h.fill("Each Day Starts At", "9:30")
    h.shot("conference")

    h.view(4)
    for name, short, region in ORGS:
        h.click(h.find("Add Organisation", "push button"))
        h.fill("Name", name)
        h.fill("Short Name", short)
        h.fill("Region", region)
    h.shot("organisations")

    h.view(3)
    for name, position, org in PEOPLE:
        h.click(h.find("Add Person", "push button"))
        h.fill("Name", name)
        h.fill("Position", position)
        h.choose("Organisation", org_label(org))
    h.shot("people")

    h.view(5)
    for name, theme in ROOMS:
        h.click(h.find("Add Room", "push button"))
        h.fill("Name", name)
        h.fill("Theme", theme)
    h.shot("rooms")

    h.view(2)
    for title, kind, start, room, roles in SESSIONS:
        h.click(h.find("Add Session", "push button"))
        h.fill("Title", title)
        h.choose("Kind", kind)
        h.choose("Day", DAY)
        h.fill("Start", start)
        h.choose("Room", room)
        h.click_name("Add a Person or Organisation", "list item")
        for role, person, org in roles:
            h.choose("Role", role)
            h.choose("Person", PEOPLE[person][0] if person is not None else "None")
            h.choose("Organisation", org_label(org) if org is not None else "None")
            h.click_name("Add Role", "push button")
        h.find("4 sessions" if title == SESSIONS[-1][0] else None, "label")
    h.shot("sessions")

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

    # Undo and redo through the UI
    h.click(h.find("Delete Session", "push button"))
    h.find("3 sessions", "label")
    h.find("Undo", "push button")  # the toast offers it
    h.shot("deleted-with-toast")
    h.key("ctrl+z")
    h.find("4 sessions", "label")
    h.key("ctrl+shift+z")
    h.find("3 sessions", "label")
    h.click_name("Main Menu", "push button")
    h.key("u")  # the menu's mnemonic for Undo
    h.find("4 sessions", "label")
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
    h.find("4 sessions", "label")
    for title, *_ in SESSIONS:
        h.find(title, "label")
    h.view(3)
    h.find("3 people", "label")
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
