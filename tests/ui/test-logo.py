#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An organisation's logo is chosen in its editor, with a preview, and stored relative to
the plan like video files; the conference's funding notice is typed in the Conference
view. Both are saved, and the exported programme prints the notice."""

import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">
<rect width="120" height="40" fill="#1c71d8"/></svg>
"""
NOTICE = "Gefördert durch den Freistaat Thüringen"


def body(h):
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)
    os.makedirs(os.path.join(h.tmp, "logos"))
    logo = os.path.join(h.tmp, "logos", "thaff.svg")
    with open(logo, "w") as f:
        f.write(LOGO)

    h.start(plan)
    h.view(4)
    h.click(h.find("ThAFF", "table cell", contains=True) if h.exists("ThAFF", "table cell", contains=True)
            else h.find("ThAFF", "label"))
    h.find("Logo", "label")
    h.click(h.find("Choose…", "push button"))
    h.find("Choose an Image", None, timeout=10)
    h.key("ctrl+l")
    h.type(logo)
    h.key("Return")
    time.sleep(1.0)
    h.find("logos/thaff.svg", "label")
    h.shot("logo")

    h.view(6)
    h.fill("Funding Notice", NOTICE)
    h.key("ctrl+s")
    time.sleep(1.5)
    with open(plan, encoding="utf-8") as f:
        doc = json.load(f)
    thaff = [o for o in doc["organizations"] if o["id"] == "thaff"][0]
    assert thaff.get("logo") == "logos/thaff.svg", thaff
    assert doc["conference"].get("funding_notice") == NOTICE, doc["conference"]
    h.kill()

    pdf = os.path.join(h.tmp, "programme.pdf")
    subprocess.run([h.podium, "--export", "pdf", "--output", pdf, plan], check=True)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True).stdout.decode()
    assert NOTICE in " ".join(text.split()), "the programme does not print the notice"


if __name__ == "__main__":
    harness.run("test-logo", body)
