#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Plans on a real WebDAV share: Debian's Apache with mod_dav_fs serves a temporary folder
# on 127.0.0.1 (run by this test, as the current user), and two Podium processes
# (tests/webdav/plan-client.c: PodiumPlan through GVfs's dav backend) open the same plan
# from dav://, edit it and save it one after the other. What they saved is read back over
# plain HTTP. Runs itself inside dbus-run-session so that gvfsd starts. Prints TAP; exit 77
# (skip) only without apache2, mod_dav_fs, gvfsd-dav or dbus-run-session.

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from davserver import free_port, get_json, missing, put, start_apache  # noqa: E402

ROOT = os.environ.get("PODIUM_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json")
CLIENT = os.environ.get("PLAN_CLIENT", "plan-client")
NAME = "austauschtreffen.podium.json"

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def skip(why):
    print(f"1..0 # SKIP {why}")
    sys.exit(77)


class Client:
    """One Podium on one desk: loads the plan, makes its edit, saves when told"""

    def __init__(self, uri, env, *args):
        self.proc = subprocess.Popen([CLIENT, uri, "--wait", *args], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.loaded = False
        for line in self.proc.stdout:   # past debug messages, with G_MESSAGES_DEBUG
            if line.strip() == "loaded":
                self.loaded = True
                break

    def save(self):
        out, err = self.proc.communicate("save\n", timeout=30)
        return self.proc.returncode, out, err


def http_plan(port):
    return get_json(port, NAME)


def start_of(plan, session_id):
    return next(s.get("start") for s in plan["sessions"] if s["id"] == session_id)


def name_of(plan, person_id):
    return next(p["name"] for p in plan["people"] if p["id"] == person_id)


def main():
    if missing():
        skip(missing())
    if os.environ.get("PODIUM_WEBDAV_SESSION") != "1":
        runner = shutil.which("dbus-run-session")
        if runner is None:
            skip("dbus-run-session is not installed")
        env = dict(os.environ, PODIUM_WEBDAV_SESSION="1")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        os.execvpe(runner, [runner, "--", sys.executable, os.path.abspath(__file__)], env)

    began = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        server, port = start_apache(tmp)
        try:
            run(tmp, port)
        finally:
            server.terminate()
            server.wait(timeout=10)
    seconds = time.monotonic() - began

    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail:
            for line in str(detail).splitlines()[:15]:
                print(f"# {line}")
    print(f"# {seconds:.1f} s with the server")
    return 0


def run(tmp, port):
    # The XDG folders stay gvfsd's: the clients find its socket through them
    env = dict(os.environ)
    env["PODIUM_DRAFTS_DIR"] = os.path.join(tmp, "drafts")
    uri = f"dav://127.0.0.1:{port}/{NAME}"

    # The plan goes onto the share as any WebDAV client puts it there
    put(port, NAME, EXAMPLE)
    before = http_plan(port)

    # Both open the plan, one moves a session, the other renames a person; both save
    a = Client(uri, env, "--move", "arrival=2023-11-20T09:00")
    b = Client(uri, env, "--rename", "behr=Michael Behr-Lindner")
    check("two Podiums open the plan from dav://", a.loaded and b.loaded,
          a.proc.stderr.read() if not a.loaded else b.proc.stderr.read() if not b.loaded else "")
    code_a, _, err_a = a.save()
    code_b, out_b, err_b = b.save()
    check("the first save succeeds", code_a == 0, err_a)
    check("the second save merges and succeeds", code_b == 0 and "saved" in out_b, err_b)
    if os.environ.get("G_MESSAGES_DEBUG"):
        print("# " + out_b.replace("\n", "\n# "))
    plan = http_plan(port)
    check("the file on the share has the moved session",
          start_of(before, "arrival") != "2023-11-20T09:00" and start_of(plan, "arrival") == "2023-11-20T09:00",
          start_of(plan, "arrival"))
    check("the file on the share has the renamed person",
          name_of(plan, "behr") == "Michael Behr-Lindner", name_of(plan, "behr"))

    # The same start changed on both: the second save reports the conflict and writes nothing
    a = Client(uri, env, "--move", "arrival=2023-11-20T09:15")
    b = Client(uri, env, "--move", "arrival=2023-11-20T09:45")
    code_a, _, err_a = a.save()
    code_b, out_b, err_b = b.save()
    check("both changed the start: the second save reports a conflict (exit 1)",
          code_a == 0 and code_b == 1, f"{code_a} {code_b}\n{err_a}\n{err_b}")
    check("the conflict names the session and both times in words",
          "Ankunft und Anmeldung" in err_b and "Start" in err_b and "09:15" in err_b and "09:45" in err_b, err_b)
    check("an unresolved conflict leaves their version on the share",
          start_of(http_plan(port), "arrival") == "2023-11-20T09:15")

    # Resolved with theirs, then with mine: the chosen value is saved
    for side, mine, theirs in (("theirs", "09:50", "09:20"), ("mine", "09:55", "09:25")):
        a = Client(uri, env, "--move", f"arrival=2023-11-20T{theirs}")
        b = Client(uri, env, "--move", f"arrival=2023-11-20T{mine}", "--resolve", side)
        code_a, _, err_a = a.save()
        code_b, out_b, err_b = b.save()
        chosen = theirs if side == "theirs" else mine
        got = start_of(http_plan(port), "arrival")
        check(f"a conflict resolved with {side} saves {side}",
              code_a == 0 and code_b == 0 and "conflict:" in err_b and got == f"2023-11-20T{chosen}",
              f"{code_a} {code_b} {got}\n{err_a}\n{err_b}")
    check("the renamed person stayed through every merge",
          name_of(http_plan(port), "behr") == "Michael Behr-Lindner")

    # No server there: the share cannot be mounted, and the message says which one
    nowhere = f"dav://127.0.0.1:{free_port()}/{NAME}"
    p = subprocess.run([CLIENT, nowhere], env=env, capture_output=True, text=True, timeout=30)
    check("a share that cannot be reached is named in the error (exit 2)",
          p.returncode == 2 and "Could not connect to the share of" in p.stderr and nowhere in p.stderr,
          p.stderr)


if __name__ == "__main__":
    sys.exit(main())
