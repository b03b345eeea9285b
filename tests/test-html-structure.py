#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTML programme read with a real parser (html.parser), as a screen reader sees it.

For the example plan and a two-day variant with a contact e-mail address, in German and
English: <html lang> is the export language; one h1 (the title), an h2 per day, an h3 per
session, no heading level skipped (WCAG 2.1 1.3.1, 2.4.6); each day's timetable is a
<table> whose head cells have scope="col" and whose rows start with the time as
<th scope="row"> (1.3.1); every <img> has alt (1.1.1); the website and the contact's
e-mail address are links (2.4.4). Prints TAP.
"""

import copy
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

PODIUM = os.environ.get("PODIUM", "podium")
ROOT = os.environ.get("PODIUM_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json")
TIME = re.compile(r"^\d{1,2}[:.]\d{2}")

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.parts = []

    @property
    def text(self):
        out = "".join(p if isinstance(p, str) else " " + p.text + " " for p in self.parts)
        return re.sub(r"\s+", " ", out).strip()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag):
        return [n for n in self.walk() if n.tag == tag]


VOID = {"meta", "img", "br", "hr", "link", "input", "source"}


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root
        self.mismatched = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current.parts.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.current.tag != tag:
            self.mismatched.append(tag)
            return
        self.current = self.current.parent

    def handle_data(self, data):
        self.current.parts.append(data)


def expected_sessions(plan):
    rooms = {room["id"]: i for i, room in enumerate(plan.get("rooms", []))}
    sessions = [s for s in plan["sessions"] if s.get("start") and s.get("status") != "cancelled"]
    sessions.sort(key=lambda s: (s["start"], rooms.get(s.get("room"), -1)))
    return sessions


def check_html(name, path, plan, language, days):
    builder = TreeBuilder()
    with open(path, encoding="utf-8") as f:
        builder.feed(f.read())
    builder.close()
    doc = builder.root
    check(f"{name}: elements nest", not builder.mismatched, repr(builder.mismatched[:5]))

    html = doc.find("html")
    check(f"{name}: <html lang=\"{language}\">", html and html[0].attrs.get("lang") == language,
          repr(html[0].attrs if html else None))

    title = plan["conference"]["title"]
    h1 = [n.text for n in doc.find("h1")]
    check(f"{name}: one h1, the title", h1 == [title], repr(h1))
    headings = [int(n.tag[1]) for n in doc.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    skipped = [(a, b) for a, b in zip([0] + headings, headings) if b > a + 1]
    check(f"{name}: heading levels not skipped", headings and not skipped, repr(headings[:12]))
    notices = bool(plan["conference"].get("funding_notice") or plan["conference"].get("recording_notice"))
    check(f"{name}: one h2 per day (and one over the notices)", len(doc.find("h2")) == days + notices)

    sessions = expected_sessions(plan)
    h3 = [n.text for n in doc.find("h3")]
    titles = [s["title"] for s in sessions]
    check(f"{name}: an h3 per session, in time order",
          len(h3) == len(titles) and all(h.startswith(t) for h, t in zip(h3, titles)),
          f"{h3[:4]!r} vs {titles[:4]!r}")

    tables = doc.find("table")
    check(f"{name}: a table per day", len(tables) == days)
    ok = True
    rows = 0
    for table in tables:
        head = table.find("thead")
        col = [th for th in head[0].find("th")] if head else []
        if len(col) != 2 or any(th.attrs.get("scope") != "col" for th in col):
            ok = False
        for tr in table.find("tbody")[0].find("tr") if table.find("tbody") else []:
            rows += 1
            cells = [c for c in tr.children if c.tag in ("th", "td")]
            if len(cells) != 2 or cells[0].tag != "th" or cells[0].attrs.get("scope") != "row" or \
                    not TIME.match(cells[0].text) or cells[1].tag != "td":
                ok = False
    check(f"{name}: head cells scope=col, each row headed by its time with scope=row", ok and rows > 0)
    blocks = len({s["start"] for s in sessions})
    check(f"{name}: a row per time slot", rows == blocks, f"{rows} rows, {blocks} slots")
    check(f"{name}: every th has a scope", all(th.attrs.get("scope") in ("row", "col")
                                               for th in doc.find("th")))
    images = doc.find("img")
    check(f"{name}: every img has alt", all((img.attrs.get("alt") or "").strip() for img in images),
          f"{len(images)} images")
    by_id = {o["id"]: o for o in plan["organizations"]}
    ids = [plan["conference"].get("host")] + plan["conference"].get("co_organizers", [])
    want = [by_id[i]["name"] for i in ids if by_id.get(i, {}).get("logo")]
    if plan["conference"].get("funding_emblem"):
        want.append(plan["conference"].get("funding_notice"))
    check(f"{name}: the partners' logos and the emblem, alt their names",
          [img.attrs.get("alt") for img in images] == want, repr([i.attrs.get("alt") for i in images]))
    check(f"{name}: images are inside the file (data: URIs)",
          all(img.attrs.get("src", "").startswith("data:image/") for img in images))
    texts = [n.text for n in doc.find("p")]
    for notice in (plan["conference"].get("funding_notice"), plan["conference"].get("recording_notice")):
        if notice:
            check(f"{name}: the notice is printed", notice in texts, notice)

    hrefs = [a.attrs.get("href") for a in doc.find("a")]
    website = plan["conference"].get("website")
    if website:
        check(f"{name}: the website is a link", website in hrefs, repr(hrefs))
    mail = re.search(r"[\w.+-]+@[\w.-]+\.[A-Za-z]{2,}", plan["conference"].get("contact", ""))
    if mail:
        check(f"{name}: the contact's e-mail address is a link", "mailto:" + mail.group(0) in hrefs,
              repr(hrefs))


def main():
    with open(EXAMPLE, encoding="utf-8") as f:
        example = json.load(f)
    two = copy.deepcopy(example)
    two["conference"]["end_date"] = "2023-11-21"
    two["conference"]["contact"] = "Anna Beispiel, anna.beispiel@example.org"
    two["conference"]["funding_notice"] = "Gefördert durch den Freistaat Thüringen"
    two["conference"]["funding_emblem"] = "emblem.svg"
    two["conference"]["recording_notice"] = "Es werden Fotos gemacht (Art. 13 DSGVO)."
    for org in two["organizations"]:
        if org["id"] in ("thaff", "zefas", "fif"):
            org["logo"] = org["id"] + ".svg"
    for s in two["sessions"]:
        if s.get("start") and s["start"][11:] >= "12:00":
            s["start"] = "2023-11-21" + s["start"][10:]

    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    with tempfile.TemporaryDirectory() as tmp:
        two_path = os.path.join(tmp, "two-days.podium.json")
        for stand_in in ("thaff", "zefas", "fif", "emblem"):
            with open(os.path.join(tmp, stand_in + ".svg"), "w") as f:
                f.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">'
                        f'<rect width="120" height="40" fill="#1f4e79"/><title>{stand_in}</title></svg>')
        with open(two_path, "w", encoding="utf-8") as f:
            json.dump(two, f, ensure_ascii=False)
        for plan_name, plan_path, plan, days in (("example", EXAMPLE, example, 1),
                                                  ("two days", two_path, two, 2)):
            for language in ("de", "en"):
                out = os.path.join(tmp, f"programme-{language}.html")
                name = f"{plan_name} {language}"
                p = subprocess.run([PODIUM, "--export", "html", "--language", language,
                                    "--output", out, plan_path],
                                   capture_output=True, env=env, timeout=60)
                check(f"{name}: export succeeds", p.returncode == 0, p.stderr.decode())
                if p.returncode == 0:
                    check_html(name, out, plan, language, days)

    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail:
            for line in str(detail).splitlines()[:10]:
                print(f"# {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
