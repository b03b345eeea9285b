#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line as a user runs it: no display, exit codes as docs/design.md §5 gives them,
# nothing written on failure. Prints TAP.

import json
import os
import shutil
import subprocess
import sys
import tempfile

PODIUM = os.environ.get("PODIUM", "podium")
ROOT = os.environ.get("PODIUM_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json")
BAD = os.path.join(ROOT, "tests", "data", "bad")

results = []


def run(*args, **kwargs):
    env = dict(os.environ)
    # No display at all: the command line must not need one
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    return subprocess.run([PODIUM, *args], capture_output=True, env=env, timeout=60, **kwargs)


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def add_minutes(text, minutes):
    import datetime
    t = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M") + datetime.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%dT%H:%M")


def versioned_example(agreed=False):
    """The example with two published versions: "v1" long ago, and "v2 — an die
    Ministerien versandt", which recorded the programme as it is but for three things"""
    import json
    with open(EXAMPLE, encoding="utf-8") as f:
        plan = json.load(f)
    rooms = {r["id"]: r["name"] for r in plan["rooms"]}
    people = {p["id"]: p["name"] for p in plan["people"]}
    programme = []
    for s in plan["sessions"]:
        if "start" not in s or not (s.get("room") or s.get("all_rooms")):
            continue
        entry = {"session": s["id"], "title": s["title"], "kind": s["kind"], "start": s["start"],
                 "end": add_minutes(s["start"], s["duration"])}
        if s.get("room"):
            entry["room"], entry["room_name"] = s["room"], rooms[s["room"]]
        else:
            entry["all_rooms"] = True
        if s["status"] == "cancelled":
            entry["cancelled"] = True
        entry["people"] = [{"role": r["role"], "person": r["person"], "name": people[r["person"]]}
                           for r in s.get("roles", []) if "person" in r]
        programme.append(entry)
    import copy
    as_now = copy.deepcopy(programme)
    by_id = {e["session"]: e for e in programme}
    # then, the second greeting was at 10:40 in Themenraum 2, Anna Schmidt spoke at the
    # opening, and there was a panel that is gone
    behr = by_id["greeting-behr"]
    behr.update(start="2023-11-20T10:40", end="2023-11-20T10:50", room="themenraum-2",
                room_name="Themenraum 2")
    by_id["greeting-wosche"]["people"].append({"role": "speaker", "person": "anna", "name": "Anna Schmidt"})
    programme.append({"session": "panel", "title": "Podium <Fachkräfte & Zukunft>", "kind": "panel",
                      "start": "2023-11-20T14:00", "end": "2023-11-20T14:45", "room": "plenarsaal",
                      "room_name": "Plenarsaal"})
    plan["versions"] = [
        {"id": "version-1", "name": "v1", "published": "2023-10-01T09:00", "programme": []},
        {"id": "version-2", "name": "v2 — an die Ministerien versandt", "published": "2023-11-01T14:00",
         "publisher": "Anna Schmidt", "programme": programme},
    ]
    if agreed:
        # v3 recorded the programme as it is, and both co-organisers agreed to it
        plan["versions"].append(
            {"id": "version-3", "name": "v3", "published": "2023-11-10T09:00", "programme": as_now,
             "approvals": [{"organization": o, "by": "Kai Müller", "date": "2023-11-11T09:00"}
                           for o in plan["conference"]["co_organizers"]]})
    return json.dumps(plan, ensure_ascii=False, indent=2)


def check_version_footer():
    """The printed programme names the version it is and, once every co-organiser agreed
    and nothing changed since, says so; a later change takes the agreement away"""
    if shutil.which("pdftotext") is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for agreed in (False, True):
            plan = os.path.join(tmp, "plan.podium.json")
            with open(plan, "w", encoding="utf-8") as f:
                f.write(versioned_example(agreed))
            pdf = os.path.join(tmp, "programme.pdf")
            p = run("--export", "pdf", "--language", "en", "--output", pdf, plan)
            text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True).stdout.decode() \
                if p.returncode == 0 else ""
            flat = " ".join(text.split())
            if agreed:
                check("the footer names the latest version and the agreement",
                      "· v3 · Agreed with ZEFAS, FiF" in flat, flat[-300:])
            else:
                check("the footer names the latest version, without an agreement",
                      "· v2 — an die Ministerien versandt" in flat and "Agreed with" not in flat,
                      flat[-300:])


def check_changes():
    """podium --export changes: the changes since a version, as text and as HTML"""
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "plan.podium.json")
        with open(plan, "w", encoding="utf-8") as f:
            f.write(versioned_example())

        txt = os.path.join(tmp, "changes.txt")
        p = run("--export", "changes", "--since", "v2 — an die Ministerien versandt", "--output", txt, plan)
        text = open(txt, encoding="utf-8").read() if os.path.exists(txt) else ""
        check("export changes as text", p.returncode == 0, p.stderr.decode())
        expected = ("Changes to the programme since v2 — an die Ministerien versandt\n\n"
                    "Published on Wednesday, 1 November 2023 by Anna Schmidt.\n\n"
                    "- Anna Schmidt no longer speaks in “Begrüßung und Eröffnung”\n"
                    "- “Grußwort des Thüringer Arbeitsministeriums” moved from 10:40, Themenraum 2 to 10:10, Plenarsaal\n"
                    "- “Podium <Fachkräfte & Zukunft>” was removed from the programme\n")
        check("the text names each change as a sentence, in programme order", text == expected, text)

        p = run("--export", "changes", "--output", "-", plan)
        check("without --since, the changes since the latest version, to standard output",
              p.returncode == 0 and p.stdout.decode() == expected, p.stdout.decode() + p.stderr.decode())

        html = os.path.join(tmp, "changes.html")
        p = run("--export", "changes", "--since", "version-2", "--output", html, plan)
        page = open(html, encoding="utf-8").read() if os.path.exists(html) else ""
        check("export changes as HTML, the version named by id", p.returncode == 0 and
              page.startswith("<!DOCTYPE html>") and
              "<h1>Changes to the programme since v2 — an die Ministerien versandt</h1>" in page and
              "<li>“Podium &lt;Fachkräfte &amp; Zukunft&gt;” was removed from the programme</li>" in page and
              page.count("<li>") == 3, p.stderr.decode() + page)

        p = run("--export", "changes", "--since", "v1", "--output", "-", plan)
        check("since an empty first version everything is added",
              p.returncode == 0 and p.stdout.decode().count(" was added: ") >= 10, p.stdout.decode())

        # In German, where the system has a German locale to speak it with
        try:
            import locale
            locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
            locale.setlocale(locale.LC_ALL, "C.UTF-8")
            german = True
        except locale.Error:
            german = False
        if german:
            env = dict(os.environ, LC_ALL="de_DE.UTF-8", LANGUAGE="de")
            p = subprocess.run([PODIUM, "--export", "changes", "--output", "-", plan],
                               capture_output=True, env=env, timeout=60)
            out = p.stdout.decode()
            check("the changes in German", p.returncode == 0 and
                  out.startswith("Änderungen am Programm seit v2 — an die Ministerien versandt\n") and
                  "- Anna Schmidt spricht nicht mehr in „Begrüßung und Eröffnung“\n" in out and
                  "verschoben von 10:40, Themenraum 2 auf 10:10, Plenarsaal\n" in out, out + p.stderr.decode())

        missing = os.path.join(tmp, "missing.txt")
        p = run("--export", "changes", "--since", "v9", "--output", missing, plan)
        err = p.stderr.decode()
        check("an unknown --since exits 2, lists the versions and writes nothing",
              p.returncode == 2 and "v9" in err and "“v1” (version-1)" in err and
              "“v2 — an die Ministerien versandt” (version-2)" in err and not os.path.exists(missing), err)

        p = run("--export", "changes", "--output", missing, EXAMPLE)
        check("a plan never published has no changes to export",
              p.returncode == 2 and "no published version" in p.stderr.decode() and
              not os.path.exists(missing), p.stderr.decode())

        p = run("--export", "html", "--since", "v1", "--output", missing, plan)
        check("--since with another format exits 2",
              p.returncode == 2 and "--since" in p.stderr.decode() and not os.path.exists(missing),
              p.stderr.decode())


def edited(example_bytes, *replacements):
    """The example as Podium writes it, with lines changed in place"""
    text = example_bytes.decode()
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text.encode()


ARRIVAL_START = '"start" : "2023-11-20T09:30"'
ARRIVAL_LENGTH = '"start" : "2023-11-20T09:30",\n      "duration" : 30'


def session(plan, session_id):
    return next(s for s in plan["sessions"] if s["id"] == session_id)


def person(plan, person_id):
    return next(p for p in plan["people"] if p["id"] == person_id)


def merge_tests(example_bytes):
    with tempfile.TemporaryDirectory() as tmp:
        def write(name, data):
            path = os.path.join(tmp, name)
            with open(path, "wb") as f:
                f.write(data)
            return path

        base = write("base", example_bytes)
        out = os.path.join(tmp, "out.podium.json")

        # Different things changed: both taken, exit 0
        mine = write("mine", edited(example_bytes, (ARRIVAL_START, '"start" : "2023-11-20T09:00"')))
        theirs = write("theirs", edited(example_bytes, ('"name" : "Michael Behr"', '"name" : "Michael Behr-Lindner"')))
        p = run("--merge", base, mine, theirs, "--output", out)
        merged = json.load(open(out)) if os.path.exists(out) else None
        check("--merge of changes to different things exits 0", p.returncode == 0, p.stderr.decode())
        check("--merge writes both changes",
              merged and session(merged, "arrival")["start"] == "2023-11-20T09:00" and
              person(merged, "behr")["name"] == "Michael Behr-Lindner")
        check("--merge keeps no backup beside the output (git's file stays the only one)",
              not os.path.exists(out + "~"))

        # The same start changed two ways: mine written, the conflict listed, exit 1
        mine = write("mine", edited(example_bytes, (ARRIVAL_START, '"start" : "2023-11-20T09:15"')))
        theirs = write("theirs", edited(example_bytes, (ARRIVAL_START, '"start" : "2023-11-20T09:45"'),
                                        ('"name" : "Michael Behr"', '"name" : "Michael Behr-Lindner"')))
        p = run("--merge", base, mine, theirs, "--output", out)
        merged = json.load(open(out))
        err = p.stderr.decode()
        check("--merge with a conflict exits 1", p.returncode == 1, err)
        check("--merge with a conflict writes mine's value and their other changes",
              session(merged, "arrival")["start"] == "2023-11-20T09:15" and
              person(merged, "behr")["name"] == "Michael Behr-Lindner")
        check("--merge names the conflict in words on stderr",
              "Ankunft und Anmeldung: Start: 09:15 (mine) · 09:45 (theirs)" in err, err)

        # Unreadable: exit 2, the file named, nothing written
        missing = os.path.join(tmp, "gone.podium.json")
        target = os.path.join(tmp, "never.podium.json")
        p = run("--merge", base, missing, theirs, "--output", target)
        check("--merge of a missing file exits 2 and names it",
              p.returncode == 2 and b"gone.podium.json" in p.stderr and not os.path.exists(target),
              p.stderr.decode())
        broken = write("broken", example_bytes[: len(example_bytes) // 2])
        p = run("--merge", base, mine, broken, "--output", target)
        check("--merge of a broken file exits 2 and names it",
              p.returncode == 2 and broken.encode() in p.stderr and not os.path.exists(target),
              p.stderr.decode())
        p = run("--merge", base, mine, "--output", target)
        check("--merge with two files exits 2 and says how", p.returncode == 2 and b"BASE MINE THEIRS" in p.stderr,
              p.stderr.decode())


def git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=60,
                          env=dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=cwd))


def git_merge_test(example_bytes):
    """The merge driver as the README sets it up, in a real git merge"""
    if shutil.which("git") is None:
        results.append(("git merge with the podium driver # SKIP git is not installed", True, ""))
        return
    with tempfile.TemporaryDirectory() as repo:
        plan = os.path.join(repo, "tagung.podium.json")
        git(repo, "init", "-q", "-b", "main")
        git(repo, "config", "user.email", "planung@example.org")
        git(repo, "config", "user.name", "Planung")
        git(repo, "config", "merge.podium.name", "Podium plans, merged by entity")
        git(repo, "config", "merge.podium.driver", f"{PODIUM} --merge %O %A %B --output %A")
        with open(os.path.join(repo, ".gitattributes"), "w") as f:
            f.write("*.podium.json merge=podium\n")
        with open(plan, "wb") as f:
            f.write(example_bytes)
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "plan")

        # Neighbouring lines: a merge by line conflicts here, one by entity does not
        git(repo, "checkout", "-q", "-b", "zefas")
        with open(plan, "wb") as f:
            f.write(edited(example_bytes, (ARRIVAL_LENGTH, '"start" : "2023-11-20T09:30",\n      "duration" : 45')))
        git(repo, "commit", "-q", "-am", "longer arrival")
        git(repo, "checkout", "-q", "main")
        with open(plan, "wb") as f:
            f.write(edited(example_bytes, (ARRIVAL_LENGTH, '"start" : "2023-11-20T09:00",\n      "duration" : 30')))
        git(repo, "commit", "-q", "-am", "earlier arrival")

        p = git(repo, "merge", "-q", "--no-edit", "zefas")
        merged = json.load(open(plan))
        arrival = session(merged, "arrival")
        check("git merge with the podium driver takes both changes",
              p.returncode == 0 and arrival["start"] == "2023-11-20T09:00" and arrival["duration"] == 45,
              p.stdout.decode() + p.stderr.decode() + str(arrival))
        status = git(repo, "status", "--porcelain").stdout.decode()
        check("git merge with the podium driver commits and leaves a clean tree",
              p.returncode == 0 and status == "", status)


def check_participants_private():
    """A plan with participants: no programme export carries their names or e-mails; the
    participants export carries them all"""
    with open(EXAMPLE, encoding="utf-8") as f:
        plan = json.load(f)
    themes = ["themenraum-1-thaff", "themenraum-2-zefas", "themenraum-3-fif"]
    title = next(s["title"] for s in plan["sessions"] if s["id"] == themes[1])
    plan["participants"] = [
        {"id": f"participant-{i}", "name": f"Quirin Zettelmaier{i}",
         "email": f"quirin{i}@zettel.example", "region": "Sachsen", "status": "registered",
         "first_choices": [themes[i % 3]], "assigned": [themes[i % 3]]}
        for i in range(6)]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "with-participants.podium.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(plan, f, ensure_ascii=False)
        for fmt in ("pdf", "html", "ics", "frab-xml", "frab-json", "csv"):
            out = os.path.join(tmp, "out." + fmt)
            p = run("--export", fmt, "--output", out, path)
            if fmt == "pdf":
                if shutil.which("pdftotext") is None:
                    continue
                text = subprocess.run(["pdftotext", out, "-"], capture_output=True).stdout.decode()
            else:
                text = open(out, encoding="utf-8").read() if p.returncode == 0 else ""
            check(f"export {fmt} of a plan with participants works", p.returncode == 0, p.stderr.decode())
            check(f"export {fmt} holds no participant's name or e-mail",
                  "Zettelmaier" not in text and "zettel.example" not in text, text[:400])
        out = os.path.join(tmp, "participants.csv")
        p = run("--export", "participants", "--output", out, path)
        text = open(out, encoding="utf-8").read() if p.returncode == 0 else p.stderr.decode()
        check("export participants lists everyone with their room",
              p.returncode == 0 and all(f"quirin{i}@zettel.example" in text for i in range(6))
              and text.count(title) == 4, text[:400])  # chosen and assigned, by 1 and 4


def main():
    with open(EXAMPLE, "rb") as f:
        example_bytes = f.read()

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "copy.podium.json")

        p = run("--export", "podium", "--output", out, EXAMPLE)
        check("export podium succeeds", p.returncode == 0, p.stderr.decode())
        check("export podium writes the same bytes",
              os.path.exists(out) and open(out, "rb").read() == example_bytes)

        p = run("--export", "podium", "--output", "-", EXAMPLE)
        check("export to standard output", p.returncode == 0 and p.stdout == example_bytes)

        p = run("--check", out)
        check("check of a re-exported example reads it", p.returncode in (0, 1), p.stdout.decode())

        # Failures write nothing, not even over an existing file
        target = os.path.join(tmp, "target.podium.json")
        p = run("--export", "podium", "--output", target, os.path.join(BAD, "dangling-room.podium.json"))
        check("export of a bad file exits 2", p.returncode == 2)
        check("export of a bad file says where", b"/sessions/0/room" in p.stderr, p.stderr.decode())
        check("export of a bad file writes nothing", not os.path.exists(target))

        with open(target, "w") as f:
            f.write("precious")
        p = run("--export", "podium", "--output", target, os.path.join(BAD, "truncated.podium.json"))
        check("a failed export leaves an existing file alone",
              p.returncode == 2 and open(target).read() == "precious")

        # An export over an existing file keeps the one before as FILE~, as saving does
        p = run("--export", "podium", "--output", target, EXAMPLE)
        check("an export over a file keeps the previous one as FILE~",
              p.returncode == 0 and open(target + "~").read() == "precious" and
              open(target, "rb").read() == example_bytes, p.stderr.decode())

        # What a killed export left behind goes with the next export to that folder; a
        # temporary file a running write may still own, and other files, stay
        stale = os.path.join(tmp, ".goutputstream-K1LLED")
        fresh = os.path.join(tmp, ".goutputstream-FRESH1")
        other = os.path.join(tmp, ".goutputstream-notours")
        for path in (stale, fresh, other):
            with open(path, "w") as f:
                f.write("half a plan")
        os.utime(stale, (1_600_000_000, 1_600_000_000))
        os.utime(other, (1_600_000_000, 1_600_000_000))
        p = run("--export", "podium", "--output", target, EXAMPLE)
        check("an export removes a temporary file a killed export left",
              p.returncode == 0 and not os.path.exists(stale), p.stderr.decode())
        check("an export keeps a temporary file written just now, and other names",
              os.path.exists(fresh) and os.path.exists(other))

        p = run("--export", "klingon", "--output", os.path.join(tmp, "x"), EXAMPLE)
        check("an unknown format exits 2 and names the formats",
              p.returncode == 2 and b"podium" in p.stderr and not os.path.exists(os.path.join(tmp, "x")),
              p.stderr.decode())

        p = run("--export", "podium", EXAMPLE)
        check("export without --output exits 2", p.returncode == 2 and b"--output" in p.stderr)

        p = run("--export", "podium", "--output", os.path.join(tmp, "y"), "--day", "2023-02-30", EXAMPLE)
        check("an impossible --day exits 2", p.returncode == 2 and not os.path.exists(os.path.join(tmp, "y")))

        p = run("--export", "podium", "--output", os.path.join(tmp, "z"), "--document", "poster", EXAMPLE)
        check("an unknown --document exits 2", p.returncode == 2)

        p = run("--check", os.path.join(tmp, "does-not-exist.podium.json"))
        check("check of a missing file exits 2 and says so",
              p.returncode == 2 and b"does-not-exist.podium.json" in (p.stdout + p.stderr))

        p = run("--export", "podium", "--output", os.path.join(tmp, "nodir", "x.podium.json"), EXAMPLE)
        check("an unwritable output exits 2", p.returncode == 2 and b"error" in p.stderr)

    check_changes()
    check_version_footer()
    merge_tests(example_bytes)
    git_merge_test(example_bytes)

    # Every malformed document: exit 2, the file named, never a crash
    for name in sorted(os.listdir(BAD)):
        if not name.endswith(".podium.json"):
            continue
        path = os.path.join(BAD, name)
        p = run("--check", path)
        first = p.stdout.decode(errors="replace").split("\n")[0]
        check(f"check refuses {name}",
              p.returncode == 2 and first.startswith(path) and "error: " in first,
              f"exit {p.returncode}: {first}")

    check_participants_private()

    p = run("--version")
    check("--version", p.returncode == 0 and p.stdout.startswith(b"podium "))

    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail:
            for line in detail.splitlines()[:10]:
                print(f"# {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
