#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The ministries' liaison publishes the programme as a version, a session is then taken
out of the schedule, and the Changes view says so in words; each co-organiser's
agreement is recorded there, and all of it is saved in the plan file."""

import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

TITLE = "Grußwort des Thüringer Arbeitsministeriums"


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)

    h.start(plan)
    h.view(7)
    h.find("No Version Published Yet", "label")
    h.click(h.find_on_screen("Publish Version…"))
    h.find("Published By", "text")
    h.fill("Note, such as “sent to the ministries”", "an die Ministerien versandt")
    h.click(h.find_on_screen("Publish"))
    time.sleep(0.8)
    h.find("Since v1 — an die Ministerien versandt", "label", contains=True)
    h.find("The programme is as it was published", "label")
    h.shot("published")

    # A change after publishing, in the schedule
    h.view(1)
    h.click(h.find(TITLE, "push button", contains=True))
    h.key("Delete")
    h.find("Unscheduled “%s”" % TITLE, "label", timeout=5)
    h.view(7)
    h.find("“%s” was removed from the programme" % TITLE, "label")

    # Both co-organisers agree
    for _ in range(2):
        h.click(h.find_on_screen("Record Agreement"))
        time.sleep(0.5)
    assert len(h.find_all("Agreed by", "label", contains=True)) == 2, "two agreements"
    h.shot("changes")

    h.key("ctrl+s")
    time.sleep(1.5)
    with open(plan, encoding="utf-8") as f:
        doc = json.load(f)
    versions = doc.get("versions", [])
    assert len(versions) == 1 and versions[0]["name"] == "v1", versions
    assert versions[0].get("note") == "an die Ministerien versandt", versions[0]
    approvals = versions[0].get("approvals", [])
    assert sorted(a["organization"] for a in approvals) == ["fif", "zefas"], approvals
    h.kill()


if __name__ == "__main__":
    harness.run("test-versions", body)
