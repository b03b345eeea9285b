#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A colleague changes the open plan on disk: Podium notices and offers Reload or Keep
Mine; Reload shows their version; a save after Keep Mine asks first, never silently
overwriting the newer file."""

import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)

    h.start(plan)
    h.find("plan.podium.json", "label")
    harness.write_as_colleague(plan, "Changed by a Colleague")
    h.find("Reload", "push button", timeout=10)
    h.shot("notice")
    h.click_name("Reload", "push button")
    h.find("Changed by a Colleague", "label")
    h.find("plan.podium.json", "label")  # no unsaved marker after reloading

    # Their next change, while we have our own: keep ours, and the save asks first
    h.view(6)
    h.fill("Subtitle", "Our subtitle")
    harness.write_as_colleague(plan, "Second Change")
    h.find("Keep Mine", "push button", timeout=10)
    h.click_name("Keep Mine", "push button")
    harness.write_as_colleague(plan, "Third Change")
    time.sleep(1)
    h.key("ctrl+s")
    # The notice comes back or the save asks; either way nothing is overwritten silently
    deadline = time.time() + 10
    while time.time() < deadline:
        if h.exists("Replace", "push button") or h.exists("Reload", "push button"):
            break
        time.sleep(0.3)
    with open(plan, encoding="utf-8") as f:
        assert json.load(f)["conference"]["title"] == "Third Change", "overwritten silently"
    h.shot("asked")
    if h.exists("Replace", "push button"):
        h.click_name("Replace", "push button")
        time.sleep(1)
        with open(plan, encoding="utf-8") as f:
            doc = json.load(f)
        assert doc["conference"].get("subtitle") == "Our subtitle", doc["conference"]
    h.kill()


harness.run("external-change", body)
