#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate the malformed-document corpus in this directory.

Every file starts from the same small valid document (one organisation, one
person, one room, one session) and breaks exactly one thing.  The files are
committed; run this script only to rebuild them after changing the base
document:  python3 tests/data/bad/generate.py [OUTDIR]

The output mimics json-glib 1.6's pretty printer (two-space indent,
"key" : value) so that only the intended defect differs from what Podium
itself would write.
"""

import copy
import json
import os
import sys


def emit(value, level=0):
    """Serialise VALUE the way json_generator_set_pretty() + indent 2 does."""
    pad = "  " * (level + 1)
    end = "  " * level
    if isinstance(value, dict):
        if not value:
            return "{" + "  " * (level + 1) + "}"
        items = [pad + json.dumps(k, ensure_ascii=False) + " : " + emit(v, level + 1)
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [pad + emit(v, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, Raw):
        return value.text
    return json.dumps(value, ensure_ascii=False)


class Raw:
    """Text inserted verbatim (for numbers json.dumps would spell differently)."""

    def __init__(self, text):
        self.text = text


def base():
    return {
        "format": "podium",
        "version": 1,
        "conference": {
            "title": "Testkonferenz",
            "start_date": "2023-11-20",
            "end_date": "2023-11-20",
            "day_start": "09:00",
            "day_end": "18:00",
            "time_zone": "Europe/Berlin",
            "host": "org1",
            "slot_minutes": 5,
        },
        "organizations": [
            {"id": "org1", "name": "Organisation", "kind": "agency"},
        ],
        "people": [
            {"id": "p1", "name": "Person", "organization": "org1"},
        ],
        "rooms": [
            {"id": "r1", "name": "Raum", "kind": "plenary", "capacity": 50,
             "equipment": ["projector"]},
        ],
        "sessions": [
            {"id": "s1", "title": "Sitzung", "kind": "talk", "status": "confirmed",
             "start": "2023-11-20T10:00", "duration": 30, "room": "r1",
             "roles": [{"role": "speaker", "person": "p1"}]},
        ],
        "acknowledged": [],
    }


def text(doc):
    return (emit(doc) + "\n").encode("utf-8")


def mutate(fn):
    doc = base()
    fn(doc)
    return text(doc)


def put(path, value):
    """Return a mutator that sets DOC[path...] = value."""
    def fn(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return fn


def delete(path):
    def fn(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return fn


def session(**changes):
    def fn(doc):
        doc["sessions"][0].update(changes)
    return fn


def video_session(video):
    def fn(doc):
        doc["rooms"][0]["equipment"].append("video-playback")
        s = doc["sessions"][0]
        s["kind"] = "video-message"
        s["video"] = video
    return fn


def keep_order(obj, key, value, before=None):
    """Insert KEY into dict OBJ before member BEFORE (to keep spec key order)."""
    items = list(obj.items())
    obj.clear()
    placed = False
    for k, v in items:
        if k == before and not placed:
            obj[key] = value
            placed = True
        obj[k] = v
    if not placed:
        obj[key] = value


def build():
    good = text(base())
    files = {}

    # --- syntax and encoding -------------------------------------------
    files["empty"] = b""
    files["truncated"] = good[: good.index(b'"rooms"') + 20]
    files["not-utf8"] = good.replace(b'"Testkonferenz"', b'"Testkonferenz \xff\xfe Erfurt \xc3"')
    files["bom"] = b"\xef\xbb\xbf" + good
    files["null-bytes"] = good.replace(b'"Testkonferenz"', b'"Test\x00konferenz"')
    files["trailing-garbage"] = good + b"{ \"format\" : \"podium\" }\n"
    files["trailing-comma"] = good.replace(b'"slot_minutes" : 5', b'"slot_minutes" : 5,')
    files["single-quotes"] = good.replace(b'"Testkonferenz"', b"'Testkonferenz'")
    files["comment"] = good.replace(b'  "version" : 1,\n', b'  "version" : 1,\n  // version 1\n')
    files["not-an-object"] = (emit([base()]) + "\n").encode()
    files["deeply-nested"] = mutate(lambda d: keep_order(
        d["conference"], "x_nested", Raw("[" * 100000 + "]" * 100000)))

    # --- top level ------------------------------------------------------
    files["wrong-format"] = mutate(put(["format"], "frab"))
    files["missing-format"] = mutate(delete(["format"]))
    files["newer-version"] = mutate(put(["version"], 2))
    files["version-string"] = mutate(put(["version"], "1"))
    files["missing-version"] = mutate(delete(["version"]))
    files["missing-conference"] = mutate(delete(["conference"]))
    files["sessions-not-array"] = mutate(put(["sessions"], {"s1": base()["sessions"][0]}))
    files["session-not-object"] = mutate(put(["sessions"], ["s1"]))

    # --- conference -----------------------------------------------------
    files["missing-title"] = mutate(delete(["conference", "title"]))
    files["title-number"] = mutate(put(["conference", "title"], 42))
    files["impossible-date"] = mutate(put(["conference", "start_date"], "2023-02-30"))
    files["end-before-start-date"] = mutate(put(["conference", "end_date"], "2023-11-19"))
    files["too-long-conference"] = mutate(put(["conference", "end_date"], "2025-11-20"))
    files["bad-day-start"] = mutate(put(["conference", "day_start"], "9:00"))
    files["bad-time-zone"] = mutate(put(["conference", "time_zone"], "Mars/Olympus"))
    files["slot-minutes-zero"] = mutate(put(["conference", "slot_minutes"], 0))
    files["dangling-host"] = mutate(put(["conference", "host"], "nobody"))
    files["dangling-co-organizer"] = mutate(lambda d: keep_order(
        d["conference"], "co_organizers", ["org1", "ghost"], before="slot_minutes"))
    files["very-long-string"] = mutate(put(["conference", "title"], "A" * (2 * 1024 * 1024)))
    files["escaped-nul"] = text(base()).replace(b'"Testkonferenz"', b'"Test\\u0000konferenz"')
    files["lone-surrogate"] = text(base()).replace(b'"Testkonferenz"', b'"Test\\ud800konferenz"')

    # --- ids and references ---------------------------------------------
    def dup_session(d):
        s = copy.deepcopy(d["sessions"][0])
        s["title"] = "Zweite Sitzung"
        s["start"] = "2023-11-20T11:00"
        s["roles"] = []
        del s["roles"]
        d["sessions"].append(s)
    files["duplicate-session-id"] = mutate(dup_session)
    files["duplicate-person-id"] = mutate(lambda d: d["people"].append({"id": "p1", "name": "Noch eine Person"}))
    files["duplicate-room-id"] = mutate(lambda d: d["rooms"].append({"id": "r1", "name": "Zweiter Raum", "kind": "breakout"}))
    files["duplicate-organization-id"] = mutate(lambda d: d["organizations"].append({"id": "org1", "name": "Zweite Organisation", "kind": "other"}))
    files["missing-id"] = mutate(delete(["rooms", 0, "id"]))
    files["empty-id"] = mutate(put(["people", 0, "id"], ""))
    files["id-number"] = mutate(put(["organizations", 0, "id"], 1))
    files["dangling-room"] = mutate(session(room="nowhere"))
    files["dangling-person-in-role"] = mutate(put(["sessions", 0, "roles", 0, "person"], "nobody"))
    files["dangling-organization"] = mutate(put(["people", 0, "organization"], "nowhere"))
    files["dangling-video-contact"] = mutate(video_session(
        {"file": "videos/gruss.webm", "status": "received", "contact": "nobody"}))

    # --- enums ----------------------------------------------------------
    files["role-without-holder"] = mutate(put(["sessions", 0, "roles", 0], {"role": "speaker"}))
    files["unknown-role"] = mutate(put(["sessions", 0, "roles", 0, "role"], "juggler"))
    files["unknown-kind"] = mutate(session(kind="party"))
    files["unknown-status"] = mutate(session(status="maybe"))
    files["unknown-organization-kind"] = mutate(put(["organizations", 0, "kind"], "club"))
    files["bad-equipment"] = mutate(put(["rooms", 0, "equipment"], ["projector", "hologram"]))
    files["bad-video-status"] = mutate(video_session({"file": "videos/gruss.webm", "status": "lost"}))

    # --- numbers and times ------------------------------------------------
    files["impossible-time"] = mutate(session(start="2023-11-20T25:00"))
    files["negative-duration"] = mutate(session(duration=-30))
    files["zero-duration"] = mutate(session(duration=0))
    files["absurd-duration"] = mutate(session(duration=1000000))
    files["fractional-duration"] = mutate(session(duration=Raw("10.5")))
    files["duration-string"] = mutate(session(duration="30"))
    files["room-and-all-rooms"] = mutate(lambda d: keep_order(d["sessions"][0], "all_rooms", True, before="roles"))
    files["negative-capacity"] = mutate(put(["rooms", 0, "capacity"], -5))
    files["availability-end-before-start"] = mutate(lambda d: d["people"][0].__setitem__(
        "availability", [{"start": "2023-11-20T12:00", "end": "2023-11-20T09:00"}]))
    return files


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for name, data in sorted(build().items()):
        with open(os.path.join(outdir, name + ".podium.json"), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
