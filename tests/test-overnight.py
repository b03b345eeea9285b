#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A conference whose evenings run 18:00–02:00: a session at 00:30 belongs to the evening
# before in every output — the PDF programme, HTML, iCalendar, CSV, frab XML and JSON,
# each also for one --day, and podium --check. Runs the built executable; prints TAP.
# The PDF cases need pdftotext (poppler-utils) and skip without it.

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PODIUM = os.environ["PODIUM"]

MONDAY, TUESDAY = "2023-11-20", "2023-11-21"

# Two evenings; each has a session after midnight. "Last Call" starts on Wednesday's date,
# which is no day of the conference, but belongs to Tuesday's evening.
PLAN = {
    "format": "podium",
    "version": 1,
    "conference": {
        "title": "Nachtkonferenz",
        "start_date": MONDAY,
        "end_date": TUESDAY,
        "day_start": "18:00",
        "day_end": "02:00",
        "time_zone": "Europe/Berlin",
    },
    "rooms": [{"id": "keller", "name": "Keller"}],
    "sessions": [
        {"id": "opening", "title": "Opening Night", "start": "2023-11-20T19:00"},
        {"id": "midnight", "title": "Midnight Session", "start": "2023-11-21T00:30"},
        {"id": "second", "title": "Second Night", "start": "2023-11-21T19:00"},
        {"id": "last-call", "title": "Last Call", "start": "2023-11-22T00:30"},
    ],
}
for s in PLAN["sessions"]:
    s.update({"kind": "talk", "status": "confirmed", "duration": 30, "room": "keller"})

# What each day must hold, in this order
DAYS = {
    MONDAY: ["Opening Night", "Midnight Session"],
    TUESDAY: ["Second Night", "Last Call"],
}
TITLES = [t for titles in DAYS.values() for t in titles]

tests = []
folder = tempfile.mkdtemp()
path = os.path.join(folder, "night.podium.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(PLAN, f, indent=2)


def test(func):
    tests.append(func)
    return func


def export(fmt, day=None, binary=False, document=None):
    args = [PODIUM, "--export", fmt, "--output", "-"]
    if day:
        args += ["--day", day]
    if document:
        args += ["--document", document]
    result = subprocess.run(args + [path], capture_output=True, timeout=60)
    assert result.returncode == 0, (fmt, day, result.stderr.decode())
    return result.stdout if binary else result.stdout.decode()


def titles_in(text):
    """The session titles in @text, in the order they appear"""
    found = [(text.find(t), t) for t in TITLES if t in text]
    return [t for _, t in sorted(found)]


def pdf_text(day=None, document=None):
    if shutil.which("pdftotext") is None:
        raise SkipTest("pdftotext is missing")
    pdf = os.path.join(folder, "programme.pdf")
    with open(pdf, "wb") as f:
        f.write(export("pdf", day, binary=True, document=document))
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


class SkipTest(Exception):
    pass


@test
def pdf_programme_prints_it_under_its_evening():
    text = pdf_text()
    # The day headings stand on lines of their own (the title page names both days too)
    monday = re.search(r"^Monday, 20 November 2023$", text, re.M).start()
    tuesday = re.search(r"^Tuesday, 21 November 2023$", text, re.M).start()
    assert titles_in(text[monday:tuesday]) == DAYS[MONDAY], text
    assert titles_in(text[tuesday:]) == DAYS[TUESDAY], text
    assert "Wednesday" not in text, text


@test
def room_signs_and_run_of_show_print_it_under_its_evening():
    for document in ("rooms", "run-of-show"):
        text = pdf_text(document=document)
        monday = re.search(r"^Monday, 20 November 2023$", text, re.M).start()
        tuesday = re.search(r"^Tuesday, 21 November 2023$", text, re.M).start()
        assert titles_in(text[monday:tuesday]) == DAYS[MONDAY], (document, text)
        assert titles_in(text[tuesday:]) == DAYS[TUESDAY], (document, text)


@test
def pdf_of_one_day_holds_its_small_hours():
    for day, titles in DAYS.items():
        text = pdf_text(day)
        assert titles_in(text) == titles, (day, text)


def html_days(html):
    """date → the titles in its day's section"""
    sections = re.findall(r'<section class="day">\s*<h2><time datetime="([0-9-]+)">(.*?)</section>',
                          html, re.S)
    return {date: titles_in(body) for date, body in sections}


@test
def html_puts_it_in_its_evening_section():
    assert html_days(export("html")) == DAYS


@test
def html_of_one_day_holds_its_small_hours():
    for day, titles in DAYS.items():
        assert html_days(export("html", day)) == {day: titles}, day


def ics_summaries(text):
    return [line[len("SUMMARY:"):] for line in text.splitlines() if line.startswith("SUMMARY:")]


@test
def ics_of_one_day_holds_its_small_hours():
    assert ics_summaries(export("ics")) == TITLES
    for day, titles in DAYS.items():
        assert ics_summaries(export("ics", day)) == titles, day


@test
def csv_of_one_day_holds_its_small_hours():
    for day, titles in DAYS.items():
        rows = list(csv.DictReader(io.StringIO(export("csv", day))))
        assert [r["title"] for r in rows] == titles, (day, rows)
    # The row still gives the time the session starts, on its calendar date
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(export("csv")))}
    midnight = rows["Midnight Session"]
    assert (midnight["date"], midnight["start"]) == (TUESDAY, "00:30"), midnight


def frab_xml_days(text):
    root = ET.fromstring(text)
    return {day.get("date"): [e.findtext("title") for e in day.iter("event")]
            for day in root.iter("day")}


@test
def frab_xml_puts_it_in_its_evening():
    assert frab_xml_days(export("frab-xml")) == DAYS
    for day, titles in DAYS.items():
        assert frab_xml_days(export("frab-xml", day)) == {day: titles}, day


def frab_json_days(text):
    days = json.loads(text)["schedule"]["conference"]["days"]
    return {day["date"]: [e["title"] for events in day["rooms"].values() for e in events]
            for day in days}


@test
def frab_json_puts_it_in_its_evening():
    assert frab_json_days(export("frab-json")) == DAYS
    for day, titles in DAYS.items():
        assert frab_json_days(export("frab-json", day)) == {day: titles}, day


@test
def check_finds_every_session_within_its_evening():
    result = subprocess.run([PODIUM, "--check", path], capture_output=True, text=True, timeout=60)
    assert result.stdout == "", result.stdout
    assert result.returncode == 0, (result.returncode, result.stderr)


@test
def check_still_sees_a_session_past_the_evening():
    late = json.loads(json.dumps(PLAN))
    late["sessions"][1]["start"] = "2023-11-21T01:45"   # ends 02:15, after Monday's end
    late_path = os.path.join(folder, "late.podium.json")
    with open(late_path, "w", encoding="utf-8") as f:
        json.dump(late, f)
    result = subprocess.run([PODIUM, "--check", late_path], capture_output=True, text=True,
                            timeout=60)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and "[outside-conference-hours]" in lines[0], lines
    assert "Midnight Session" in lines[0] and "18:00–02:00" in lines[0], lines


print(f"1..{len(tests)}")
failed = 0
for number, func in enumerate(tests, 1):
    try:
        func()
        print(f"ok {number} - {func.__name__}")
    except SkipTest as e:
        print(f"ok {number} - {func.__name__} # SKIP {e}")
    except Exception as e:  # report and go on: every case is independent
        failed += 1
        print(f"not ok {number} - {func.__name__}")
        for line in repr(e).splitlines()[:20]:
            print(f"# {line[:2000]}")
shutil.rmtree(folder, ignore_errors=True)
sys.exit(1 if failed else 0)
