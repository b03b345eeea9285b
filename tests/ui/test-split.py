#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The split between a list and its editor is the user's: dragged with the real pointer in
Sessions, it holds in People too, and after quitting and starting again."""

import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def editor_left(h, title):
    """Where the editor beside the list begins: its empty state's panel"""
    return h.find(title, "panel").queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS).x


def body(h):
    # Settings kept on disk, in the test's own config folder, as a user's are
    h.env["GSETTINGS_BACKEND"] = "keyfile"
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)

    h.start(plan)
    h.view(2)
    first = editor_left(h, "No Session Selected")
    y = 500
    # The handle is the line just left of the editor; drag it 200 px to the left
    harness.drag(first - 1, y, first - 201, y)
    time.sleep(0.5)
    h.shot("sessions-dragged")
    moved = editor_left(h, "No Session Selected")
    assert first - 215 <= moved <= first - 185, (first, moved)

    # One split for every list
    h.view(3)
    people = editor_left(h, "No Person Selected")
    assert abs(people - moved) <= 2, (moved, people)

    h.key("ctrl+q")
    h.wait_exit()

    h.start(plan)
    h.view(2)
    again = editor_left(h, "No Session Selected")
    h.shot("sessions-restarted")
    assert abs(again - moved) <= 2, "after a restart the editor begins at %d, not %d" % (again, moved)
    h.key("ctrl+q")
    h.wait_exit()


harness.run("split", body)
