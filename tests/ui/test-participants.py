#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Participants in the window: 60 registrations from a semicolon-separated Windows-1252
spreadsheet with German headers are imported through the Import dialog (the guessed
mapping, one toast), the list shows 60, Assign Rooms says in a toast how many got their
first and second choice and fills no theme room beyond its 25 seats, one participant is
dragged with the pointer to another room in the By Room page, and the saved file holds
all of it. Screenshots in English and German."""

import gettext
import json
import os
import re
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ROOMS = {"Themenraum 1": "themenraum-1-thaff", "Themenraum 2": "themenraum-2-zefas",
         "Themenraum 3": "themenraum-3-fif"}
MOVED = "Jürgen Müller"


def write_csv(path, bad_line=None):
    """30 want room 1 first, 18 room 2, 12 room 3: five of room 1's must take their second.
    With @bad_line, the row on that line of the file has no name."""
    rows = ["Vorname;Nachname;Organisation;E-Mail;Erstwunsch;Zweitwunsch"]
    for i in range(60):
        if bad_line is not None and i + 2 == bad_line:
            rows.append(";;Verein 9;nobody@example.org;Themenraum 1;Themenraum 2")
            continue
        first = "Themenraum 1" if i < 30 else "Themenraum 2" if i < 48 else "Themenraum 3"
        second = "Themenraum 3" if first != "Themenraum 3" else "Themenraum 2"
        given, family = ("Jürgen", "Müller") if i == 0 else ("Person%d" % i, "Beispiel")
        rows.append("%s;%s;Verein %d;p%d@example.org;%s;%s" % (given, family, i % 4, i, first, second))
    with open(path, "wb") as f:
        f.write(("\r\n".join(rows) + "\r\n").encode("cp1252"))


def wait_for(condition, what, timeout=10):
    deadline = time.time() + timeout
    while not condition():
        if time.time() > deadline:
            raise harness.Failure(what)
        time.sleep(0.3)



def choose_file(h, path):
    """Import… in the empty list, the file chooser's typed path"""
    h.click(h.find_on_screen("Import…"))
    h.find("Import Participants", None, timeout=10)
    time.sleep(0.5)
    h.key("ctrl+l")
    h.type(path)
    h.key("Return")
    h.find("Column “Vorname”", "combo box", timeout=10)


def english_left(h):
    """Names shown in English that de.po translates otherwise (as test-german checks)"""
    mo = os.path.join(os.environ["PODIUM_LOCALEDIR"], "de", "LC_MESSAGES", "podium.mo")
    with open(mo, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    catalogue = {k.split("\x04")[-1].replace("_", ""): v.replace("_", "")
                 for k, v in catalog.items() if isinstance(k, str) and k}
    names = set()
    for node in h.find_all():
        try:
            if node.name:
                names.add(node.name.replace("_", "").strip())
        except Exception:
            pass
    return sorted(n for n in names if n in catalogue and catalogue[n] != n and len(n) > 2 and
                  not re.fullmatch(r"[%0-9:. –-]+", n))


def read(plan):
    with open(plan, encoding="utf-8") as f:
        return json.load(f)


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    csv = os.path.join(h.tmp, "anmeldungen.csv")
    shutil.copy(source, plan)
    write_csv(csv)
    bad = os.path.join(h.tmp, "fehlerhaft.csv")
    write_csv(bad, bad_line=14)

    h.start(plan)
    h.key("alt+1")
    h.view(8)
    h.find_on_screen("No Participants Yet", "label")
    h.shot("empty")

    # A row without a name: the dialog says which, and nothing is imported
    choose_file(h, bad)
    h.click(h.find_on_screen("Import"))
    h.find("Line 14: no name", "label", contains=True, timeout=10)
    h.shot("import-bad-row")
    h.click(h.find_on_screen("Cancel"))
    h.wait_gone("Column “Vorname”", "combo box")
    h.find_on_screen("No Participants Yet", "label")

    # The file chooser takes a typed path; then the dialog shows what it guessed
    choose_file(h, csv)
    h.find("Separated by semicolons", "label", contains=True)
    h.find("WINDOWS-1252", "label", contains=True)
    assert h.exists("Jürgen", "label"), "the preview does not show the umlaut name"
    assert "First name" in h.find("Column “Vorname”", "combo box").name or \
        h.exists("First name", "label"), "the first-name column is not mapped"
    h.shot("import-dialog")
    h.click(h.find_on_screen("Import"))
    h.find("Imported 60 participants", "label", timeout=10)
    h.find("60 participants", "label")
    h.shot("imported")

    # The organisations' balance counts who comes from each
    h.view(4)
    h.find_on_screen("Participants by Organisation and Region", "label")
    for club in range(4):
        h.find_on_screen("Verein %d" % club, "label")
    assert len(h.find_all("15 participants", "label")) == 4, \
        [n.name for n in h.find_all("participants", "label", contains=True)]
    h.shot("balance")
    h.view(8)

    # Assign Rooms: the toast says it in words
    h.click(h.find_on_screen("Assign Rooms"))
    toast = h.find("got their first choice", "label", contains=True, timeout=10)
    numbers = [int(n) for n in re.findall(r"\d+", toast.name)]
    assert numbers == [55, 5], "the toast says %r" % toast.name
    h.shot("assigned")
    # The problems: room 1 is over-subscribed (demand), but no room holds more than it seats
    h.click(h.find_on_screen("Problems", "push button") if h.exists("Problems", "push button")
            else h.find("Problems", "push button", contains=True))
    time.sleep(0.5)
    problems = [n.name for n in h.find_all(", but ", "label", contains=True)]
    h.shot("problems")
    h.key("Escape")
    assert any("first choice of 30 participants" in p for p in problems), problems
    assert not any(" expects " in p for p in problems), problems

    # Drag Jürgen from Themenraum 1 to Themenraum 3 in the By Room page
    h.click(h.find_on_screen("By Room", None))
    time.sleep(0.5)
    row = h.find(MOVED, "list item", contains=True)
    target = h.find("Participants in “Arbeitgeber", "list", contains=True)
    x0, y0 = h.center(row)
    # Near the top of the room's list: the lists are as tall as the longest, below the fold
    ext = target.queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS)
    x1, y1 = ext.x + ext.width // 2, ext.y + 80
    h.shot("by-room-before")
    harness.drag(x0, y0, x1, y1)
    h.shot("by-room-after")
    # Activating the row shows the participant in the editor
    h.click(h.find(MOVED, "list item", contains=True))
    time.sleep(0.5)
    wait_for(lambda: h.text_of(h.find("Name", "text")) == MOVED,
             "the editor does not show the activated participant")
    h.shot("by-room-editor")

    h.key("ctrl+s")
    time.sleep(1.5)
    doc = read(plan)
    participants = doc.get("participants", [])
    assert len(participants) == 60, "%d participants saved" % len(participants)
    counts = {}
    for p in participants:
        for session in p.get("assigned", []):
            counts[session] = counts.get(session, 0) + 1
    assert all(n <= 25 for n in counts.values()), "a room over capacity: %s" % counts
    assert sum(counts.values()) == 60, counts
    moved = [p for p in participants if p["name"] == MOVED]
    assert moved and moved[0].get("assigned") == [ROOMS["Themenraum 3"]], moved

    # Undo takes the drag back
    h.key("ctrl+z")
    time.sleep(0.5)
    h.key("ctrl+s")
    time.sleep(1.5)
    moved = [p for p in read(plan)["participants"] if p["name"] == MOVED]
    assert moved[0].get("assigned") == [ROOMS["Themenraum 1"]], moved
    h.kill()

    # German
    h.env.update({"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"})
    h.start(plan)
    h.view(8)
    h.find("60 Teilnehmende", "label", timeout=10)
    h.shot("de-list")
    h.click(h.find_on_screen(MOVED, "label"))
    time.sleep(0.5)
    h.shot("de-editor")
    left = english_left(h)
    h.click(h.find_on_screen("Nach Raum", None))
    time.sleep(0.5)
    h.shot("de-by-room")
    left += english_left(h)
    h.find("Themenraum 1 · 25 von 25 Plätzen", "label")
    assert not left, "English in the German Participants view: %s" % left
    h.kill()


if __name__ == "__main__":
    harness.run("test-participants", body)
