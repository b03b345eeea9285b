#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# podium --check on the built executable: what it prints and how it exits (docs/design.md §5, §7).
# The example names three video files that the repository does not ship; each case puts
# empty files of those names beside its copy, so video-missing stays quiet.

import json
import os
import subprocess
import sys
import tempfile

PODIUM = os.environ["PODIUM"]
EXAMPLE = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                       "austauschtreffen.podium.json")

tests = []


def test(func):
    tests.append(func)
    return func


def check(path):
    result = subprocess.run([PODIUM, "--check", path], capture_output=True, text=True,
                            timeout=60)
    return result.returncode, result.stdout.splitlines(), result.stderr


def write_plan(folder, plan, videos=True):
    path = os.path.join(folder, "plan.podium.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, indent=2)
    if videos:
        os.makedirs(os.path.join(folder, "videos"), exist_ok=True)
        for session in plan["sessions"]:
            video = session.get("video", {}).get("file")
            if video:
                open(os.path.join(folder, video), "wb").close()
    return path


def example():
    with open(EXAMPLE, encoding="utf-8") as f:
        return json.load(f)


def session(plan, ident):
    return next(s for s in plan["sessions"] if s["id"] == ident)


@test
def example_has_no_conflicts():
    with tempfile.TemporaryDirectory() as folder:
        path = write_plan(folder, example())
        code, out, err = check(path)
        assert out == [], out
        assert code == 0, (code, err)


@test
def one_double_booking_is_all_it_reports():
    plan = example()
    # Sabine Wosche gives the impulse in two theme rooms that run at the same time
    for ident in ("themenraum-1-thaff", "themenraum-2-zefas"):
        session(plan, ident)["roles"].append({"role": "impulse", "person": "wosche"})
    with tempfile.TemporaryDirectory() as folder:
        path = write_plan(folder, plan)
        code, out, err = check(path)
        assert len(out) == 1, out
        line = out[0]
        assert line.startswith(path + ": error: [person-double-booked] "), line
        assert "Sabine Wosche" in line, line
        assert "Pendler:innen" in line and "Internationale Fachkräfte" in line, line
        assert "11:00–12:15" in line, line
        assert code == 1, (code, err)


@test
def missing_video_files_are_warnings():
    with tempfile.TemporaryDirectory() as folder:
        path = write_plan(folder, example(), videos=False)
        code, out, err = check(path)
        assert len(out) == 3, out
        assert all(": warning: [video-missing] " in line for line in out), out
        assert "videos/schneider.webm" in out[0], out
        assert code == 1, (code, err)


@test
def conflicts_come_in_time_order_and_unscheduled_last():
    plan = example()
    late = session(plan, "results")
    late["roles"] = [r for r in late["roles"] if r["role"] != "moderator"]   # 12:30
    session(plan, "arrival")["room"] = "plenarsaal"                           # 09:30–10:00
    session(plan, "greeting-wosche")["start"] = "2023-11-20T09:50"           # overlaps it
    session(plan, "greeting-wosche")["duration"] = 20
    del session(plan, "coffee")["start"]                                      # confirmed
    with tempfile.TemporaryDirectory() as folder:
        path = write_plan(folder, plan)
        code, out, err = check(path)
        rules = [line.split("[")[1].split("]")[0] for line in out]
        assert rules == ["room-overlap", "moderation-missing", "unscheduled"], out
        assert out[0].startswith(path + ": error: "), out
        assert out[1].startswith(path + ": warning: "), out
        assert out[2].startswith(path + ": info: "), out
        assert code == 1, (code, err)


@test
def information_alone_passes():
    plan = example()
    session(plan, "video-dulig")["video"]["status"] = "received"
    with tempfile.TemporaryDirectory() as folder:
        path = write_plan(folder, plan)
        code, out, err = check(path)
        assert len(out) == 1 and ": info: [video-not-approved] " in out[0], out
        assert code == 0, (code, err)


@test
def unreadable_file_exits_2():
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "broken.podium.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write('{"format": "podium", "version": 1, "sessions": [')
        code, out, err = check(path)
        assert code == 2, (code, out, err)
        assert not any("[" in line and "] " in line and ": warning: " in line for line in out)
        code, out, err = check(os.path.join(folder, "does-not-exist.podium.json"))
        assert code == 2, (code, out, err)


@test
def endless_streams_stop_at_the_limit():
    # A device or a pipe has no size to refuse it by: reading stops at the 64 MB limit
    # (before, /dev/zero aborted on a failed 4 GB allocation and a pipe was read whole)
    code, out, err = check("/dev/zero")
    assert code == 2, (code, out, err)
    assert out == ["/dev/zero: error: the file is too large (more than 67108864 bytes)"], out
    chunk = b"{" + b" " * (1024 * 1024 - 1)
    proc = subprocess.Popen([PODIUM, "--check", "/dev/stdin"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sent = 0
    try:
        for _ in range(200):
            proc.stdin.write(chunk)
            sent += len(chunk)
    except BrokenPipeError:
        pass
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, (proc.returncode, err)
    assert b"/dev/stdin: error: the file is too large" in out, out
    assert sent < 100 * 1024 * 1024, sent


print(f"1..{len(tests)}")
failed = 0
for number, func in enumerate(tests, 1):
    try:
        func()
        print(f"ok {number} - {func.__name__}")
    except Exception as e:  # report and go on: every case is independent
        failed += 1
        print(f"not ok {number} - {func.__name__}")
        for line in repr(e).splitlines():
            print(f"# {line}")
sys.exit(1 if failed else 0)
