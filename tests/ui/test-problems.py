#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The problems popover is a list a person can read, in English and German: at least
400 pixels wide, each problem in lines of words (not a letter per line), and choosing a
problem shows its session in the schedule's inspector."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def extents(node):
    return node.queryComponent().getExtents(harness.pyatspi.WINDOW_COORDS)


def check(h, button, missing, video):
    h.start(h.example_copy())
    h.click(h.find(button, "push button", contains=True))
    time.sleep(0.8)
    rows = [n for n in h.find_all(role="label", contains=True, name=missing)]
    assert len(rows) == 3, "the popover lists %d missing videos, not 3" % len(rows)
    for row in rows:
        ext = extents(row)
        # A wrapped sentence: wide lines, a few of them (one letter per line was ~10 px wide)
        assert ext.width >= 300, "%r is laid out %d pixels wide" % (row.name, ext.width)
        assert ext.height <= 4 * 20, "%r takes %d pixels of height" % (row.name, ext.height)
    lists = [n for n in h.find_all(role="list") if "GtkListBox" in n.name or n.name == ""]
    widest = max(extents(n).width for n in lists)
    assert widest >= 400, "the problems list is %d pixels wide" % widest
    h.shot("popover")

    # The row goes to its session
    target = [r for r in rows if video in r.name][0]
    h.click(target, dx=-100)
    time.sleep(0.8)
    assert not h.exists(missing, "label", contains=True), "the popover stayed open"
    title = h.text_of(h.find("Title" if button == "Problems" else "Titel", "text"))
    assert video in title, "the inspector shows %r" % title
    h.shot("session")
    h.kill()


def body(h):
    check(h, "Problems", "is missing", "Projektträgerin der FiF")
    h.env.update({"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"})
    check(h, "Probleme", "fehlt", "Projektträgerin der FiF")


if __name__ == "__main__":
    harness.run("test-problems", body)
