#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A screen reader reads every control once and by a name a person would say: walking
the accessibility tree of every view (the empty window, the six views of the example, the Participants view with its By Room page,
the session inspector, the problems popover, English and German), no control's name is
said twice ("Length Length"), none keeps a mnemonic underscore ("_Undo"), and none is
named by its widget class ("GtkButton", "GtkLabel")."""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


# What a person operates. Containers (panels, fillers) are not read as controls, nor are
# GTK 4.8's own column view cells and icons (named by class whatever the app does; a
# screen reader reads the cell's text and the icon's button)
CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "spin button",
    "combo box", "text", "entry", "password text", "slider", "menu item",
    "check menu item", "radio menu item", "page tab", "link", "switch", "list item",
}
CLASS_NAME = re.compile(r"^(Gtk|Adw|Podium)[A-Z]\w*$")
MNEMONIC = re.compile(r"(^|\s)_\w")


def doubled(name):
    words = name.split()
    half = len(words) // 2
    return len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


def offenders(h, where):
    found = []
    for node in h.find_all():
        try:
            role = node.getRoleName()
            name = node.name or ""
        except Exception:
            continue
        if role not in CONTROLS:
            continue
        if doubled(name):
            found.append("%s: %s %r said twice" % (where, role, name))
        elif MNEMONIC.search(name):
            found.append("%s: %s %r keeps its mnemonic" % (where, role, name))
        elif CLASS_NAME.match(name) or (not name and role not in ("text", "list item", "table cell")):
            found.append("%s: %s named %r" % (where, role, name))
    return found


def walk(h, language):
    example = h.example_copy()
    found = []
    h.start()
    found += offenders(h, language + " empty window")
    h.kill()

    h.start(example)
    for view in range(1, 7):
        h.view(view)
        found += offenders(h, "%s view %d" % (language, view))
        if 2 <= view <= 5:
            # The editor of the list's first entry
            h.click(h.find(role="table cell"))
            found += offenders(h, "%s view %d editor" % (language, view))
    # The Participants view, empty in the example: its empty state with Import… and Add,
    # and the By Room page of the parallel block
    h.view(8)
    found += offenders(h, "%s participants" % language)
    h.click(h.find_on_screen("By Room" if language == "en" else "Nach Raum", None))
    found += offenders(h, "%s participants by room" % language)
    h.click(h.find_on_screen("By Room" if language == "en" else "Nach Raum", None))
    h.view(1)
    card = h.find("Grußwort des Thüringer Arbeitsministeriums", "push button", contains=True)
    h.click(card)
    h.key("F9")
    found += offenders(h, language + " inspector")
    h.key("F9")
    h.click(h.find("Problems" if language == "en" else "Probleme", "push button", contains=True))
    found += offenders(h, language + " problems")
    h.key("Escape")
    h.kill()
    return found


def body(h):
    found = walk(h, "en")
    h.env.update({"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"})
    found += walk(h, "de")
    unique = sorted(set(found))
    assert not unique, "%d badly named controls:\n  %s" % (len(unique), "\n  ".join(unique))


if __name__ == "__main__":
    harness.run("test-accessible-names", body)
