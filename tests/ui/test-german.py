#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A German user sees German: with LANGUAGE=de every view of the window, read through the
accessibility tree, shows the German labels, and no label that po/de.po translates
appears in English. Also the first-window promises of the foundation: the example's
title, date, venue and its sessions in time order with rooms and roles; the empty
state offers New, Open and Open Example."""

import gettext
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ROOT = os.environ.get("PODIUM_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))


def read_catalogue():
    """English → German of every singular message Podium ships (mnemonics removed)"""
    mo = os.path.join(os.environ["PODIUM_LOCALEDIR"], "de", "LC_MESSAGES", "podium.mo")
    with open(mo, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    return {k.split("\x04")[-1].replace("_", ""): v.replace("_", "")
            for k, v in catalog.items() if isinstance(k, str) and k}


def shown_names(h):
    names = set()
    for node in h.find_all():
        try:
            if node.name and harness.Harness._showing(node):
                names.add(node.name.replace("_", "").strip())
        except Exception:
            pass
    return names


def english_left(names, catalogue):
    # Only labels whose German differs; ignore names that are data (titles, rooms …)
    return sorted(n for n in names
                  if n in catalogue and catalogue[n] != n and len(n) > 2 and
                  not re.fullmatch(r"[%0-9:. –-]+", n))


def body(h):
    catalogue = read_catalogue()
    assert len(catalogue) > 300, "de.po was not read"
    example = os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json")

    h.env.update({"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"})

    # The empty state
    h.start()
    for label in ("Eine Konferenz planen", "Neue Konferenz", "Beispiel öffnen"):
        h.find(label)
    h.find("Öffnen …", contains=True)
    left = english_left(shown_names(h), catalogue)
    assert not left, "English on the empty page: %s" % left
    h.shot("empty-de")
    h.kill()

    # The example, view by view
    h.start(example)
    for label in ("Zeitplan", "Programmpunkte", "Personen", "Organisationen", "Räume", "Konferenz"):
        h.find(label, contains=True)
    problems = []
    for view in range(1, 7):
        h.view(view)
        h.shot("view-%d-de" % view)
        left = english_left(shown_names(h), catalogue)
        if left:
            problems.append("view %d: %s" % (view, left))
    assert not problems, "English in the German window: " + "; ".join(problems)

    # The programme the window shows: the sessions in time order, with room and roles
    h.view(2)
    h.find("Begrüßung und Eröffnung", contains=True)
    names = [n.name for n in h.find_all() if n.name]
    order = ["Ankunft und Anmeldung", "Begrüßung und Eröffnung",
             "Grußwort des Thüringer Arbeitsministeriums", "Kaffeepause",
             "Ergebnisse aus den Themenräumen", "Mittagsimbiss"]
    positions = []
    for title in order:
        hits = [i for i, n in enumerate(names) if title in n]
        assert hits, "the Sessions view does not show %r" % title
        positions.append(hits[0])
    assert positions == sorted(positions), "sessions are not in time order: %s" % positions
    assert any("Plenarsaal" in n for n in names), "no room is shown"
    assert any("ThAFF" in n for n in names), "no role holder is shown"

    # The schedule's day switcher names the day in German
    h.view(1)
    h.find("Montag, 20. November 2023", contains=True)

    # The long German search placeholder does not widen the tray into the grid
    search = h.find("Nicht eingeplante Programmpunkte durchsuchen")
    width = search.queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS).width
    assert width <= 260, "the tray's search field is %d pixels wide" % width


if __name__ == "__main__":
    harness.run("test-german", body)
