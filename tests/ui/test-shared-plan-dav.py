#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two people, two Podium windows (two processes), one plan on a WebDAV share: Apache's
mod_dav on 127.0.0.1 (tests/davserver.py), opened from the command line as dav://… through
GVfs, without a password (no mount dialog may ask). In window 1 a session is dragged to
another room, in window 2 a person is renamed in the editor; both save with Ctrl+S and the
file on the share, read over plain HTTP, has both changes. Then both change that session's
start, and the second also renames another person: the second save shows the merge dialog,
whose row names the session and both times; the user picks theirs, and the share has their
time and both renames. Skips without apache2, mod_dav_fs or gvfsd-dav."""

import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import harness  # noqa: E402
import davserver  # noqa: E402
from gi.repository import Gio, GLib  # noqa: E402

if davserver.missing():
    harness.skip(davserver.missing())

EXAMPLE = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                       "austauschtreffen.podium.json")
NAME = "austauschtreffen.podium.json"
GREETING = "Grußwort des Thüringer Arbeitsministeriums"


def session(plan, session_id):
    return next(s for s in plan["sessions"] if s["id"] == session_id)


def person(plan, person_id):
    return next(p for p in plan["people"] if p["id"] == person_id)


def front(h):
    """Raises @h's window over the other and gives it the keyboard (there is no window
    manager: both windows sit at 0,0). The process has more X windows than its plan's
    once a tooltip or a popover was shown: the plan's is the one its title names."""
    ids = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid", str(h.proc.pid),
                          "--name", NAME], capture_output=True, text=True).stdout.split()
    assert ids, "no window of process %d on the X server" % h.proc.pid
    subprocess.run(["xdotool", "windowraise", ids[-1], "windowfocus", ids[-1]], check=True)
    time.sleep(0.5)


def wait_for(condition, what, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(what)


def assert_no_mount_dialog(h):
    """Anonymous access: the GtkMountOperation never shows a dialog"""
    app = h.app()
    windows = [app.getChildAtIndex(i).name for i in range(app.childCount)]
    assert len(windows) == 1, "windows besides the plan's: %s" % windows
    for word in ("Password", "Connect", "Username"):
        assert not h.exists(word, contains=True), "a mount dialog asks: %r" % word



def set_start(h, title, start):
    """Selects the card of @title and types @start into the inspector's Start field"""
    h.view(1)
    h.click(h.find(title, "push button", contains=True))
    # The editor comes up in the inspector, unless the inspector is closed; a machine
    # under load takes a moment to show it, and F9 then would close it again
    try:
        field = h.find("Start", "text", timeout=4)
    except harness.Failure:
        h.key("F9")
        field = h.find("Start", "text")
    h.click(field)
    h.key("ctrl+a")
    h.type(start)
    h.key("Return")
    wait_for(lambda: "%s to" % start in h.find(title, "push button", contains=True).name,
             "the session did not move to " + start)


def rename(h, shown, name):
    """Types @name into the Name field of the person the People view lists as @shown"""
    h.view(3)
    # The banner about the other window's save can slide in and move the rows under
    # the pointer: click again until the person's editor is there
    for _ in range(3):
        h.click(h.find(shown, "label"))
        try:
            h.find_on_screen("Name", "text", timeout=3)
            break
        except harness.Failure:
            pass
    h.fill("Name", name)
    h.find(name, "label", contains=True)


def body(one):
    tmp = tempfile.mkdtemp(dir=one.tmp)
    server, port = davserver.start_apache(tmp)
    try:
        run(one, port)
    finally:
        server.terminate()
        server.wait(timeout=10)


def share_runtime_dir(h):
    """GVfs clients reach gvfsd through a socket in the user's runtime folder (the cache
    folder without one). gvfsd is started by the test's bus: it gets the apps' folder
    through the bus's activation environment, before anything starts it."""
    runtime = os.path.join(h.tmp, "runtime")
    os.mkdir(runtime, 0o700)
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                  "UpdateActivationEnvironment",
                  GLib.Variant("(a{ss})", ({"XDG_RUNTIME_DIR": runtime},)),
                  None, Gio.DBusCallFlags.NONE, -1, None)
    h.env["XDG_RUNTIME_DIR"] = runtime


def run(one, port):
    davserver.put(port, NAME, EXAMPLE)
    uri = "dav://127.0.0.1:%d/%s" % (port, NAME)
    # The plans are on the share, through GVfs; each desk keeps its own drafts
    share_runtime_dir(one)
    one.env.update({"GIO_USE_VFS": "gvfs",
                    "PODIUM_DRAFTS_DIR": os.path.join(one.tmp, "drafts-1")})
    two = one.another(PODIUM_DRAFTS_DIR=os.path.join(one.tmp, "drafts-2"))
    try:
        one.start(uri)
        one.find(GREETING + ", Plenarsaal, 10:10 to 10:20", "push button")
        assert_no_mount_dialog(one)
        two.start(uri)
        two.find(GREETING + ", Plenarsaal, 10:10 to 10:20", "push button")
        assert_no_mount_dialog(two)
        shared(one, two, port)
    finally:
        two.kill()


def shared(one, two, port):
    # Window 1: the greeting dragged from the Plenarsaal to Themenraum 3
    front(one)
    one.view(1)
    x0, y0 = one.center(one.find(GREETING + ", Plenarsaal", "push button", contains=True))
    x1, _ = one.center(one.find("Themenraum 3", "label"))
    harness.drag(x0, y0, x1, y0)
    one.find(GREETING + ", Themenraum 3, 10:10 to 10:20", "push button")

    # Window 2: Michael Behr renamed in the People view's editor
    front(two)
    rename(two, "Prof. Michael Behr", "Michael Behr-Lindner")

    # Both save, one after the other: the second merges without asking
    front(one)
    one.key("ctrl+s")
    wait_for(lambda: session(davserver.get_json(port, NAME), "greeting-behr")["room"] ==
             "themenraum-3", "window 1's save did not reach the share")
    front(two)
    two.key("ctrl+s")
    wait_for(lambda: person(davserver.get_json(port, NAME), "behr")["name"] ==
             "Michael Behr-Lindner", "window 2's save did not reach the share")
    plan = davserver.get_json(port, NAME)
    assert session(plan, "greeting-behr")["room"] == "themenraum-3", "the move was lost"
    assert not two.exists("Theirs"), "window 2 asked although nothing conflicts"
    two.shot("two-saved")

    # Both change the greeting's start, 09:30 here, 09:45 there, and there Heidi Werner is
    # renamed too: the second save asks about the start only
    front(one)
    set_start(one, GREETING, "09:30")
    one.key("ctrl+s")
    wait_for(lambda: session(davserver.get_json(port, NAME), "greeting-behr")["start"] ==
             "2023-11-20T09:30", "window 1's new start did not reach the share")
    front(two)
    set_start(two, GREETING, "09:45")
    rename(two, "Heidi Werner", "Heidi Werner-Lang")
    two.key("ctrl+s")
    two.find("Theirs", timeout=15)
    two.find(GREETING + " · Start", contains=True)
    row = two.find("09:45 (yours) · 09:30 (", contains=True)
    two.shot("merge-dialog")
    print("merge dialog row: %r" % row.name)
    plan = davserver.get_json(port, NAME)
    assert session(plan, "greeting-behr")["start"] == "2023-11-20T09:30" and \
        person(plan, "werner")["name"] == "Heidi Werner", "written before the choice"

    # Theirs chosen (Yours is what the dialog starts with): their start and our rename
    two.click_name("Theirs")
    two.click_name("Save", "push button")
    wait_for(lambda: person(davserver.get_json(port, NAME), "werner")["name"] ==
             "Heidi Werner-Lang", "the merge was not saved")
    two.wait_gone("Theirs")
    plan = davserver.get_json(port, NAME)
    assert session(plan, "greeting-behr")["start"] == "2023-11-20T09:30", \
        "the choice was not saved: " + session(plan, "greeting-behr")["start"]
    assert session(plan, "greeting-behr")["room"] == "themenraum-3", plan
    assert person(plan, "behr")["name"] == "Michael Behr-Lindner", plan
    two.view(1)
    two.find(GREETING + ", Themenraum 3, 09:30 to 09:40", "push button")
    two.shot("merged")


harness.run("shared-plan-dav", body)
