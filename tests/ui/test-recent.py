#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open Recent lists the plans used last, newest first, and opens the one chosen.
(With two or more recent plans the menu once freed dates it did not own.)"""

import json
import os
import sys

from urllib.parse import quote
from xml.sax.saxutils import quoteattr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def write_plan(path, title):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    with open(source, encoding="utf-8") as f:
        doc = json.load(f)
    doc["conference"]["title"] = title
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)


def body(h):
    # GTK's recent files, as GtkRecentManager stores them (GBookmarkFile's XBEL)
    bookmarks = []
    plans = [("older.podium.json", "The Older Plan", "2026-01-10T09:00:00Z"),
             ("newer.podium.json", "The Newer Plan", "2026-03-20T09:00:00Z"),
             ("middle.podium.json", "The Middle Plan", "2026-02-15T09:00:00Z")]
    for name, title, when in plans:
        path = os.path.join(h.tmp, name)
        write_plan(path, title)
        uri = "file://" + quote(path)
        bookmarks.append(
            '  <bookmark href=%s added="%s" modified="%s" visited="%s">\n'
            '    <info><metadata owner="http://freedesktop.org">\n'
            '      <mime:mime-type type="application/x-podium+json"/>\n'
            '      <bookmark:applications><bookmark:application name="podium" exec="&apos;podium %%u&apos;"'
            ' modified="%s" count="1"/></bookmark:applications>\n'
            '    </metadata></info>\n'
            '  </bookmark>\n' % (quoteattr(uri), when, when, when, when))
    data_home = h.env["XDG_DATA_HOME"]
    os.makedirs(data_home, exist_ok=True)
    with open(os.path.join(data_home, "recently-used.xbel"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<xbel version="1.0"\n'
                '      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"\n'
                '      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info">\n'
                + "".join(bookmarks) + '</xbel>\n')

    h.start()
    h.click_name("Main Menu", "push button")
    h.key("r")  # Open _Recent: its submenu slides in, its header focused
    h.shot("recent-menu")
    # Newest first: the first item below the header is the plan used last
    h.key("Down")
    h.key("Return")
    h.find("The Newer Plan", "label")
    h.find("newer.podium.json", "label")
    h.shot("opened")
    h.kill()


harness.run("recent", body)
