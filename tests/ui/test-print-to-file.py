#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The print dialog's "Print to File" writes the same tagged PDF as Export: marked, with a
structure tree, the export language as /Lang and the title shown (GTK's own file printer
would write the pages untagged)."""

import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def body(h):
    try:
        import pikepdf
    except ImportError:
        harness.skip("pikepdf is not installed (python3-pikepdf)")
    source = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                          "austauschtreffen.podium.json")
    plan = os.path.join(h.tmp, "plan.podium.json")
    shutil.copy(source, plan)
    home = os.path.join(h.tmp, "home")
    os.makedirs(home)

    h.start(plan)
    h.view(1)
    h.key("ctrl+p")
    h.click(h.find("Print to File", "label", timeout=20))
    time.sleep(0.5)
    # The output file's button shows where it writes; its file chooser takes a path
    h.click(h.find("output.pdf", "label", contains=True))
    time.sleep(1.0)
    h.key("ctrl+a")
    h.type(os.path.join(home, "programm.pdf"))
    h.key("Return")
    time.sleep(1.0)
    h.find("programm.pdf", "label", contains=True)
    h.shot("print-dialog")
    h.click(h.find_on_screen("Print"))
    out = os.path.join(home, "programm.pdf")
    deadline = time.time() + 20
    while time.time() < deadline and not os.path.exists(out):
        time.sleep(0.3)
    assert os.path.exists(out), "Print to File wrote no programm.pdf"
    time.sleep(1.0)

    with pikepdf.open(out) as pdf:
        root = pdf.Root
        assert bool(root.get("/MarkInfo", {}).get("/Marked", False)), "the PDF is not marked"
        assert "/StructTreeRoot" in root, "the PDF has no structure tree"
        assert str(root.get("/Lang", "")) == "de", "the /Lang is %r" % root.get("/Lang")
        assert bool(root.ViewerPreferences.DisplayDocTitle), "the title is not shown"
        assert len(pdf.pages) >= 1
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True).stdout.decode()
    assert "Austauschtreffen" in text or "Fachkräfte" in text, text[:200]


if __name__ == "__main__":
    harness.run("test-print-to-file", body)
