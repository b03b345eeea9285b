#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two people edit one plan: a colleague saves while we have unsaved changes. Saving
merges instead of asking to throw one version away: their change to another thing comes
in silently; where both changed the same thing the merge dialog names both values, the
user picks theirs, and the saved file holds their pick and our other change."""

import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def read_conference(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["conference"]


def wait_for(condition, what, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(what)


def extents(node):
    return node.queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS)


def ancestor(node, role):
    while node is not None and node.getRoleName() != role:
        node = node.parent
    return node


def assert_row_shown_whole(h, label):
    """The conflict's row, both values included, is not cut off by the dialog's list"""
    row = ancestor(label, "list item")
    r, l = extents(row), extents(label)
    assert l.y + l.height <= r.y + r.height, "the values stick out of their row"
    pane = ancestor(row, "scroll pane")
    if pane is not None:
        p = extents(pane)
        assert r.y + r.height <= p.y + p.height, \
            "the list shows %d of the row's %d px" % (p.y + p.height - r.y, r.height)
    cancel = extents(h.find("Cancel", "push button"))
    assert r.y + r.height <= cancel.y, "the row runs under the dialog's buttons"


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)

    h.start(plan)
    h.find("plan.podium.json", "label")
    h.view(6)

    # Different things: both kept, no question
    h.fill("Subtitle", "Our subtitle")
    harness.write_as_colleague(plan, "Their Title")
    time.sleep(1)
    h.key("ctrl+s")
    wait_for(lambda: read_conference(plan).get("subtitle") == "Our subtitle",
             "the save did not write our change")
    conference = read_conference(plan)
    assert conference["title"] == "Their Title", conference
    assert not h.exists("Theirs"), "asked although nothing conflicts"
    h.find("Their Title", "label")

    # The same thing both ways: the dialog asks, nothing is written until then
    h.fill("Title", "Our Title")
    harness.write_as_colleague(plan, "A Colleague's Title")
    time.sleep(1)
    h.key("ctrl+s")
    h.find("Theirs", timeout=10)
    # Theirs says whose it is and when it was saved
    values = h.find("Our Title (yours) · A Colleague's Title (Kai Müller, 20 November 2023, 14:02)",
                    contains=True)
    assert_row_shown_whole(h, values)
    h.shot("merge-dialog")
    assert read_conference(plan)["title"] == "A Colleague's Title", "written before the choice"
    h.click_name("Theirs")
    h.click_name("Save", "push button")
    wait_for(lambda: read_conference(plan)["title"] == "A Colleague's Title" and
             not h.exists("Theirs"), "the dialog did not close")
    time.sleep(1)
    conference = read_conference(plan)
    assert conference["title"] == "A Colleague's Title", conference
    assert conference.get("subtitle") == "Our subtitle", conference
    h.find("plan.podium.json", "label")  # saved: no unsaved marker
    h.kill()


harness.run("merge", body)
