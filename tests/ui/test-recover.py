#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing is lost when Podium is killed: changes typed into a saved plan reach a draft
within seconds; after SIGKILL the next start offers to recover them, and recovering
brings back every change, marked unsaved and tied to the original file."""

import json
import os
import shutil
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)
    with open(plan, "rb") as f:
        original = f.read()
    drafts = os.path.join(h.env["XDG_DATA_HOME"], "podium", "drafts")

    h.start(plan)
    h.view(6)
    h.fill("Title", "Recovered Conference")
    h.view(5)
    h.click(h.find("Add Room", "push button"))
    h.type("Kellerraum")
    h.key("Tab")
    h.find("• plan.podium.json", "label")
    time.sleep(3.5)  # the draft follows a change within two seconds
    assert os.path.isdir(drafts) and any(n.endswith(".podium.json") for n in os.listdir(drafts)), \
        "no draft was written"
    h.shot("before-kill")
    h.kill(signal.SIGKILL)
    with open(plan, "rb") as f:
        assert f.read() == original, "the plan itself must not change without a save"

    # Opening another plan: its window offers nothing of this one, and nothing blocks it
    other = os.path.join(h.tmp, "other.podium.json")
    shutil.copy(source, other)
    h.start(other)
    h.find("other.podium.json", "label")
    time.sleep(1)
    assert not h.exists("Recover Unsaved Changes?", "label"), "offered another plan's draft"
    h.view(6)
    h.fill("Subtitle", "Not blocked")
    h.find("• other.podium.json", "label")
    h.kill()
    # What that kill left of the other plan is not what this test recovers
    for name in os.listdir(drafts):
        if name.endswith(".draft"):
            with open(os.path.join(drafts, name), encoding="utf-8") as f:
                if "other.podium.json" in f.read():
                    stem = os.path.join(drafts, name[:-len(".draft")])
                    for suffix in (".draft", ".podium.json", ".base.podium.json"):
                        if os.path.exists(stem + suffix):
                            os.remove(stem + suffix)

    # Opening the plan itself offers its draft in a banner over the plan, not a dialog
    h.start(plan)
    h.find("Recover Unsaved Changes?", "label")
    h.find("plan.podium.json", "label")
    h.shot("banner")
    h.kill()

    # The start without a file offers the draft on the welcome page
    h.start()
    h.find("Recover Unsaved Changes?", "label")
    h.shot("offer")
    h.click_name("Recover", "push button")
    h.find("• plan.podium.json", "label")
    h.view(5)
    h.find("Kellerraum", "label")
    h.view(6)
    title = h.find("Title", "text")
    assert h.text_of(title) == "Recovered Conference", h.text_of(title)
    h.shot("recovered")

    # Saving writes the recovered changes into the original file and removes the draft
    h.key("ctrl+s")
    time.sleep(1.5)
    with open(plan, encoding="utf-8") as f:
        doc = json.load(f)
    assert doc["conference"]["title"] == "Recovered Conference", doc["conference"]
    assert any(r["name"] == "Kellerraum" for r in doc["rooms"]), doc["rooms"]
    h.find("plan.podium.json", "label")
    assert not any(n.endswith(".podium.json") for n in os.listdir(drafts)), os.listdir(drafts)
    h.key("ctrl+q")
    h.wait_exit()

    # Nothing left to offer
    h.start(plan)
    time.sleep(1)
    assert not h.exists("Recover Unsaved Changes?", "label"), "a clean save leaves no draft"
    h.key("ctrl+q")
    h.wait_exit()


harness.run("recover", body)
