#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The exported PDFs read back with pikepdf (qpdf), as assistive technology reads them.

For the example plan and a two-day variant of it, in German and English, for the
programme, room signs, speakers and run of show. The checks follow veraPDF's rules for
PDF/UA-1 (ISO 14289-1); the clauses covered:

  5       identification: XMP metadata declares pdfuaid:part 1 (rule 5-1)
  7.1     general: /MarkInfo /Marked true (7.1-11); a /Metadata stream whose dc:title is
          the title (7.1-8, 7.1-9); /ViewerPreferences /DisplayDocTitle true (7.1-10);
          every painted content is tagged or an /Artifact, never both (7.1-1, 7.1-2,
          7.1-3); page footers and repeated headings are artifacts, not read
  7.2     text: the document language /Lang is the export language (7.2-34), and
          dc:language says the same
  7.3     graphics: every Figure has /Alt (7.3-1)
  7.4     headings: one H1 with the title, H2 per day, H3 per session, no level
          skipped (7.4.2-1)
  7.5     tables: every TH has /Scope (7.5-1); rows have as many cells as the head
  7.18    annotations: link annotations have /Contents (7.18.1-2, 7.18.5-2), are in a
          Link element through an OBJR (7.18.5-1), pages with annotations have
          /Tabs /S (7.18.3-1)
  14.7    (ISO 32000-1) the outline has one entry per day, in order

and beyond the rules: the structure matches the plan (each scheduled session is a table
row, in time order, its time the row's TH and its title an H3), so that a screen reader
reads the day, each time, room, title and moderation in sequence.

Exits 77 (skip) only when pikepdf is missing. Prints TAP.
"""

import copy
import datetime
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

try:
    import pikepdf
except ImportError:
    # Debian's python3-pikepdf is for Debian's python3; a python3 from elsewhere first on
    # PATH does not have it
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != "/usr/bin/python3" \
            and not os.environ.get("PODIUM_PDF_STRUCTURE_REEXEC"):
        os.environ["PODIUM_PDF_STRUCTURE_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    print("1..0 # SKIP pikepdf is not installed (python3-pikepdf)")
    sys.exit(77)

PODIUM = os.environ.get("PODIUM", "podium")
ROOT = os.environ.get("PODIUM_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json")
TIME = re.compile(r"^\d{1,2}[:.]\d{2}")

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def export(plan, document, language, out):
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    p = subprocess.run([PODIUM, "--export", "pdf", "--document", document, "--language", language,
                        "--output", out, plan], capture_output=True, env=env, timeout=120)
    return p


# Reading the text of marked content back: cairo's fonts have a ToUnicode CMap

def parse_cmap(data):
    text = data.decode("latin-1")
    width = 1
    space = re.search(r"begincodespacerange\s*<([0-9a-fA-F]+)>", text)
    if space:
        width = len(space.group(1)) // 2
    table = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", block):
            table[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)",
                                      block):
            lo, hi = int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                for i, d in enumerate(re.findall(r"<([0-9a-fA-F]*)>", dst)):
                    table[lo + i] = bytes.fromhex(d).decode("utf-16-be")
            else:
                start = bytes.fromhex(dst[1:-1]).decode("utf-16-be")
                for i in range(hi - lo + 1):
                    table[lo + i] = start[:-1] + chr(ord(start[-1]) + i)
    return width, table


def decode(font_cmap, raw):
    width, table = font_cmap
    out = []
    for i in range(0, len(raw) - width + 1, width):
        out.append(table.get(int.from_bytes(raw[i:i + width], "big"), "\ufffd"))
    return "".join(out)


PAINT = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "EI"}


class Page:
    """The text of each MCID on a page, and whether all painting is marked"""

    def __init__(self, page):
        self.text = {}
        self.unmarked = 0           # painting operators outside any marked content
        self.artifact_tagged = 0    # MCIDs inside artifacts
        self.artifact_text = []
        fonts = {}
        resources = page.get("/Resources", {})
        for name, font in resources.get("/Font", {}).items():
            if "/ToUnicode" in font:
                fonts[name] = parse_cmap(font.ToUnicode.read_bytes())
        stack = []   # ("mcid", n) / ("artifact",) / ("other", actual_text)
        font = None
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                props = operands[1] if op == "BDC" else None
                if tag == "/Artifact":
                    stack.append(("artifact",))
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    if any(s[0] == "artifact" for s in stack):
                        self.artifact_tagged += 1
                    stack.append(("mcid", int(props.MCID)))
                else:
                    actual = props.get("/ActualText") if isinstance(props, pikepdf.Dictionary) else None
                    stack.append(("other", str(actual) if actual is not None else None))
                    if actual is not None:
                        self._add(stack, str(actual))
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op == "Tf":
                font = fonts.get(str(operands[0]))
            elif op in PAINT:
                if not any(s[0] in ("mcid", "artifact") for s in stack):
                    self.unmarked += 1
                if op in ("Tj", "'", '"', "TJ") and font is not None:
                    strings = operands[-1] if op == "TJ" else [operands[-1]]
                    text = "".join(decode(font, bytes(s)) for s in strings
                                   if isinstance(s, pikepdf.String))
                    self._add(stack, text)

    def _add(self, stack, text):
        for kind in reversed(stack):
            if kind[0] == "mcid":
                self.text[kind[1]] = self.text.get(kind[1], "") + text
                return
            if kind[0] == "artifact":
                self.artifact_text.append(text)
                return


class Element:
    def __init__(self, obj, pages, page_of):
        self.obj = obj
        self.tag = str(obj.S)
        self.children = []
        self.parts = []   # texts and child elements in order
        default_page = obj.get("/Pg")
        kids = obj.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
        for kid in kids:
            if isinstance(kid, int):
                self.parts.append(pages[page_of[default_page.objgen]].text.get(int(kid), ""))
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                child = Element(kid, pages, page_of)
                self.children.append(child)
                self.parts.append(child)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                self.parts.append(pages[page_of[kid.Pg.objgen]].text.get(int(kid.MCID), ""))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                self.parts.append(kid)

    @property
    def text(self):
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, Element):
                out.append(" " + part.text + " ")
        return re.sub(r"\s+", " ", "".join(out)).strip()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag):
        return [e for e in self.walk() if e.tag == tag]


def scope(element):
    attributes = element.obj.get("/A")
    return str(attributes.get("/Scope")) if isinstance(attributes, pikepdf.Dictionary) else None


def read(path):
    pdf = pikepdf.open(path)
    page_of = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    pages = [Page(page) for page in pdf.pages]
    root = pdf.Root.StructTreeRoot
    kids = root.K if isinstance(root.K, pikepdf.Array) else [root.K]
    elements = [Element(k, pages, page_of) for k in kids]
    return pdf, pages, elements


def outline_titles(pdf):
    titles = []
    if "/Outlines" not in pdf.Root:
        return titles
    item = pdf.Root.Outlines.get("/First")
    while item is not None:
        titles.append(str(item.Title))
        item = item.get("/Next")
    return titles


def expected_sessions(plan):
    """Scheduled, not cancelled sessions by start, then room order: (day, title, start)"""
    rooms = {room["id"]: i for i, room in enumerate(plan.get("rooms", []))}
    sessions = [s for s in plan["sessions"] if s.get("start") and s.get("status") != "cancelled"]
    sessions.sort(key=lambda s: (s["start"], rooms.get(s.get("room"), -1)))
    return sessions


def check_common(name, pdf, pages, elements, language, title):
    root = pdf.Root
    check(f"{name}: /MarkInfo /Marked true (7.1-11)",
          "/MarkInfo" in root and bool(root.MarkInfo.get("/Marked")))
    check(f"{name}: /Lang is {language} (7.2-34)", str(root.get("/Lang", "")) == language,
          repr(root.get("/Lang")))
    check(f"{name}: DisplayDocTitle (7.1-10)",
          "/ViewerPreferences" in root and bool(root.ViewerPreferences.get("/DisplayDocTitle")))
    meta = pdf.open_metadata()
    check(f"{name}: dc:title is the title (7.1-9)", meta.get("dc:title") == title,
          f"{meta.get('dc:title')!r} != {title!r}")
    check(f"{name}: Info /Title is the title", str(pdf.docinfo.get("/Title", "")) == title)
    check(f"{name}: dc:language is {language}", language in str(meta.get("dc:language")),
          repr(meta.get("dc:language")))
    check(f"{name}: pdfuaid:part 1 (5-1)", str(meta.get("{http://www.aiim.org/pdfua/ns/id/}part")) == "1")
    unmarked = sum(p.unmarked for p in pages)
    check(f"{name}: all content tagged or artifact (7.1-3)", unmarked == 0, f"{unmarked} unmarked")
    check(f"{name}: no tagged content inside an artifact (7.1-2)",
          sum(p.artifact_tagged for p in pages) == 0)
    footers = [t for p in pages for t in p.artifact_text if re.search(r"\d+ (of|von) \d+", t)]
    check(f"{name}: the page footer is an artifact", len(footers) == len(pages),
          f"{len(footers)} footers on {len(pages)} pages")

    all_elements = [e for top in elements for e in top.walk()]
    figures = [e for e in all_elements if e.tag == "/Figure"]
    check(f"{name}: every Figure has /Alt (7.3-1)",
          all(str(f.obj.get("/Alt", "")).strip() for f in figures), f"{len(figures)} figures")
    ths = [e for e in all_elements if e.tag == "/TH"]
    check(f"{name}: every TH has /Scope (7.5-1)",
          all(scope(th) in ("/Row", "/Column") for th in ths))

    # Headings never skip a level (7.4.2-1), in reading order
    levels = [int(e.tag[2:]) for e in all_elements if re.fullmatch(r"/H[1-6]", e.tag)]
    skipped = [(a, b) for a, b in zip([0] + levels, levels) if b > a + 1]
    check(f"{name}: heading levels not skipped (7.4.2-1)", levels and levels[0] == 1 and not skipped,
          f"{levels[:20]}")

    # Links: through OBJR, with /Contents; pages with annotations tab in structure order
    links = [e for e in all_elements if e.tag == "/Link"]
    for link in links:
        objrs = [p for p in link.parts if isinstance(p, pikepdf.Dictionary)]
        check(f"{name}: Link element holds its annotation (7.18.5-1)",
              objrs and objrs[0].Obj.get("/Subtype") == "/Link")
        check(f"{name}: link annotation has /Contents (7.18.5-2)",
              objrs and str(objrs[0].Obj.get("/Contents", "")).strip())
    for i, page in enumerate(pdf.pages):
        if "/Annots" in page.obj:
            check(f"{name}: page {i + 1} with annotations has /Tabs /S (7.18.3-1)",
                  page.obj.get("/Tabs") == "/S")
    return all_elements, links


def check_programme(name, path, plan, language, days):
    pdf, pages, elements = read(path)
    title = plan["conference"]["title"]
    all_elements, links = check_common(name, pdf, pages, elements, language, title)

    check(f"{name}: one Document element", len(elements) == 1 and elements[0].tag == "/Document")
    h1 = [e.text for e in all_elements if e.tag == "/H1"]
    check(f"{name}: one H1, the conference title", h1 == [title], repr(h1))
    notices = bool(plan["conference"].get("funding_notice") or plan["conference"].get("recording_notice"))
    h2 = [e.text for e in all_elements if e.tag == "/H2"]
    check(f"{name}: one H2 per day (and one over the notices)", len(h2) == days + notices, repr(h2))
    h2 = h2[:days]
    check(f"{name}: outline has one entry per day, the H2s", outline_titles(pdf) == h2,
          f"{outline_titles(pdf)!r} != {h2!r}")

    # Logos in the title block, the emblem over the notices, each a Figure with its /Alt
    figures = [str(e.obj.get("/Alt", "")) for e in all_elements if e.tag == "/Figure"]
    want = logo_names(plan) + ([FUNDING] if plan["conference"].get("funding_emblem") else [])
    check(f"{name}: a Figure per logo and emblem, /Alt the organisation's name", figures == want,
          f"{figures!r} != {want!r}")
    if want:
        check(f"{name}: SVG logos are vectors: only the PNG is an image",
              image_xobjects(pdf) == 1, f"{image_xobjects(pdf)} images")
    paragraphs = [e.text for e in all_elements if e.tag == "/P"]
    for notice in (plan["conference"].get("funding_notice"), plan["conference"].get("recording_notice")):
        if notice:
            check(f"{name}: the notice is a paragraph", notice in paragraphs, notice)
    if plan["conference"].get("registration_deadline"):
        check(f"{name}: the registration deadline is in the title block",
              any(re.search(r"13", t) and re.search(r"(?i)regist|anmeld", t) for t in paragraphs))
    tables = [e for e in all_elements if e.tag == "/Table"]
    check(f"{name}: one timetable Table per day", len(tables) == days)

    # Each session is a row of its day's table, in time and room order
    doc = elements[0]
    rows = []
    for day, (heading, table) in enumerate(zip(doc.find("/H2"), tables)):
        for tr in table.children:
            rows.append((day, tr))
    check(f"{name}: tables hold only rows of TH/TD",
          all(tr.tag == "/TR" and all(c.tag in ("/TH", "/TD") for c in tr.children) for _, tr in rows))
    sessions = expected_sessions(plan)
    titles_seen = []
    i = 0
    starts = {}
    for s in sessions:
        starts[s["start"]] = starts.get(s["start"], 0) + 1
    order_ok = True
    missing = []
    first_day = datetime.date.fromisoformat(plan["conference"]["start_date"])
    for s in sessions:
        want_day = (datetime.date.fromisoformat(s["start"][:10]) - first_day).days
        while i < len(rows):
            day, tr = rows[i]
            i += 1
            h3 = tr.find("/H3")
            tds = [c for c in tr.children if c.tag == "/TD"]
            row_title = h3[0].text if h3 else (tds[0].text if tds else "")
            if row_title == s["title"] or (not h3 and row_title.startswith(s["title"])):
                titles_seen.append(s["title"])
                if day != want_day:
                    order_ok = False
                ths = [c for c in tr.children if c.tag == "/TH"]
                if ths and not TIME.match(ths[0].text):
                    order_ok = False
                if ths and tr.children[0].tag != "/TH":
                    order_ok = False
                break
        else:
            missing.append(s["title"])
    check(f"{name}: every session is a row, in time order, on its day", not missing and order_ok,
          f"missing: {missing[:3]}")
    parallel_heads = sum(1 for n in starts.values() if n > 1)
    check(f"{name}: the other rows are the parallel blocks' heads",
          len(rows) == len(sessions) + parallel_heads, f"{len(rows)} rows, {len(sessions)} sessions")
    h3 = [e.text for e in all_elements if e.tag == "/H3"]
    check(f"{name}: session titles are H3", h3 and all(t in [s["title"] for s in sessions] for t in h3),
          repr(h3[:3]))

    # Read in order: the first session row says time, room, title, then who
    first = next(tr for _, tr in rows if tr.find("/H3"))
    text = first.text
    s = next(s for s in sessions if s["title"] == first.find("/H3")[0].text)
    check(f"{name}: a row reads time, room, title in order",
          TIME.match(text) and text.find(s["title"]) > 0, text[:120])

    # What a screen reader hears for a moderated session: room, title, then the moderation
    by_id = {o["id"]: o for o in plan["organizations"]}
    rooms = {r["id"]: r["name"] for r in plan["rooms"]}
    heard_ok = True
    moderated = 0
    for s in sessions:
        moderators = [by_id[r["organization"]].get("short_name") or by_id[r["organization"]]["name"]
                      for r in s.get("roles", []) if r.get("role") == "moderator" and r.get("organization")]
        row = next((tr for _, tr in rows if tr.find("/H3") and tr.find("/H3")[0].text == s["title"]), None)
        if not moderators or row is None or s.get("room") not in rooms:
            continue
        moderated += 1
        text = row.text.casefold()
        at_room = text.find(rooms[s["room"]].casefold())
        at_title = text.find(s["title"].casefold())
        at_moderator = text.find(moderators[0].casefold(), at_title + 1)
        if not (0 <= at_room < at_title < at_moderator):
            heard_ok = False
    check(f"{name}: moderated sessions read room, title, then moderation", moderated and heard_ok,
          f"{moderated} moderated sessions")

    website = plan["conference"].get("website")
    uris = [str(p.Obj.A.URI) for link in links for p in link.parts if isinstance(p, pikepdf.Dictionary)]
    if website:
        check(f"{name}: the website is a link", website in uris, repr(uris))
    contact = plan["conference"].get("contact", "")
    mail = re.search(r"[\w.+-]+@[\w.-]+\.[A-Za-z]{2,}", contact)
    if mail:
        check(f"{name}: the contact's e-mail address is a mailto: link",
              "mailto:" + mail.group(0) in uris, repr(uris))


def check_run_of_show(name, path, plan, language, days):
    pdf, pages, elements = read(path)
    all_elements, _ = check_common(name, pdf, pages, elements, language,
                                   str(pdf.docinfo.get("/Title")))
    tables = [e for e in all_elements if e.tag == "/Table"]
    check(f"{name}: one Table per day", len(tables) == days)
    check(f"{name}: outline has one entry per day", len(outline_titles(pdf)) == days)
    ok = True
    rows = 0
    for table in tables:
        head = table.children[0]
        heads = [c for c in head.children]
        if not heads or any(c.tag != "/TH" or scope(c) != "/Column" for c in heads):
            ok = False
        for tr in table.children[1:]:
            rows += 1
            if len(tr.children) != len(heads) or tr.children[0].tag != "/TH" or \
                    scope(tr.children[0]) != "/Row" or not TIME.match(tr.children[0].text):
                ok = False
    check(f"{name}: head row of column headers, then a row per session with its time as row header",
          ok and rows == len(expected_sessions(plan)), f"{rows} rows")


def check_rooms(name, path, plan, language):
    pdf, pages, elements = read(path)
    all_elements, _ = check_common(name, pdf, pages, elements, language,
                                   str(pdf.docinfo.get("/Title")))
    names = {r["name"] for r in plan["rooms"]}
    h1 = [e.text for e in all_elements if e.tag == "/H1"]
    check(f"{name}: each sign's H1 is a room", h1 and all(t in names for t in h1), repr(h1))
    # Signs of rooms an organisation with a logo moderates show it
    by_id = {o["id"]: o for o in plan["organizations"]}
    moderators = {by_id[r["organization"]]["name"] for s in expected_sessions(plan)
                  for r in s.get("roles", []) if r.get("role") == "moderator" and
                  by_id.get(r.get("organization"), {}).get("logo")}
    figures = {str(e.obj.get("/Alt", "")) for e in all_elements if e.tag == "/Figure"}
    check(f"{name}: the moderating organisations' logos are on the signs, with /Alt",
          figures == moderators, f"{figures!r} != {moderators!r}")
    check(f"{name}: an outline entry per sign", len(outline_titles(pdf)) == len(pdf.pages) or
          len(outline_titles(pdf)) == len(h1))


def check_speakers(name, path, plan, language):
    pdf, pages, elements = read(path)
    all_elements, _ = check_common(name, pdf, pages, elements, language,
                                   str(pdf.docinfo.get("/Title")))
    h1 = [e.text for e in all_elements if e.tag == "/H1"]
    check(f"{name}: one H1", len(h1) == 1, repr(h1))


FUNDING = "Gefördert durch den Freistaat Thüringen und die Europäische Union"
RECORDING = "Während der Veranstaltung werden Fotos gemacht (Art. 13 DSGVO)."


def stand_in_svg(text, color):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">'
            f'<rect width="120" height="40" rx="6" fill="{color}"/>'
            f'<path d="M10 30 L30 10 L50 30 Z" fill="#fff"/>'
            f'<text x="60" y="26" font-size="14" fill="#fff">{text}</text></svg>')


def stand_in_png(width=60, height=30):
    """A plain PNG, written by hand: a blue block"""
    rows = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def two_day_plan(plan, folder):
    """The example over two days (the afternoon moves to the next day), with the three
    agencies' logos (two SVG, one PNG, relative to the plan), a funders' emblem and notices"""
    plan = copy.deepcopy(plan)
    plan["conference"]["end_date"] = "2023-11-21"
    plan["conference"]["contact"] = "Anna Beispiel, anna.beispiel@example.org"
    plan["conference"]["funding_notice"] = FUNDING
    plan["conference"]["funding_emblem"] = "logos/emblem.svg"
    plan["conference"]["recording_notice"] = RECORDING
    plan["conference"]["registration_deadline"] = "2023-11-13"
    for s in plan["sessions"]:
        if s.get("start") and s["start"][11:] >= "12:00":
            s["start"] = "2023-11-21" + s["start"][10:]
    os.makedirs(os.path.join(folder, "logos"), exist_ok=True)
    for org, color in (("thaff", "#1f4e79"), ("zefas", "#2e7d32")):
        with open(os.path.join(folder, "logos", f"{org}.svg"), "w") as f:
            f.write(stand_in_svg(org.upper(), color))
    with open(os.path.join(folder, "logos", "emblem.svg"), "w") as f:
        f.write(stand_in_svg("EU ESF", "#003399"))
    with open(os.path.join(folder, "logos", "fif.png"), "wb") as f:
        f.write(stand_in_png())
    for org in plan["organizations"]:
        if org["id"] in ("thaff", "zefas"):
            org["logo"] = f"logos/{org['id']}.svg"
        elif org["id"] == "fif":
            org["logo"] = "logos/fif.png"
    return plan


def logo_names(plan):
    """The organisations whose logos the programme shows, host first"""
    by_id = {o["id"]: o for o in plan["organizations"]}
    ids = [plan["conference"].get("host")] + plan["conference"].get("co_organizers", [])
    return [by_id[i]["name"] for i in ids if i in by_id and by_id[i].get("logo")]


def image_xobjects(pdf):
    count = 0
    for page in pdf.pages:
        for _, xobject in page.get("/Resources", {}).get("/XObject", {}).items():
            if xobject.get("/Subtype") == "/Image":
                count += 1
    return count


def main():
    with open(EXAMPLE, encoding="utf-8") as f:
        example = json.load(f)

    with tempfile.TemporaryDirectory() as tmp:
        two = two_day_plan(example, tmp)
        two_path = os.path.join(tmp, "two-days.podium.json")
        with open(two_path, "w", encoding="utf-8") as f:
            json.dump(two, f, ensure_ascii=False)
        days_two = len({s["start"][:10] for s in expected_sessions(two)})
        check("the two-day plan has two days of sessions", days_two == 2)

        # The logos and notices are kept when Podium writes the plan again
        again = os.path.join(tmp, "again.podium.json")
        p = subprocess.run([PODIUM, "--export", "podium", "--output", again, two_path],
                           capture_output=True, timeout=60)
        written = json.load(open(again, encoding="utf-8")) if p.returncode == 0 else {}
        check("logos and notices round-trip through the Podium file",
              written.get("conference", {}).get("funding_notice") == FUNDING and
              written["conference"].get("funding_emblem") == "logos/emblem.svg" and
              written["conference"].get("recording_notice") == RECORDING and
              written["conference"].get("registration_deadline") == "2023-11-13" and
              [o.get("logo") for o in written["organizations"]] ==
              [o.get("logo") for o in two["organizations"]], p.stderr.decode())

        for plan_name, plan_path, plan, days in (("example", EXAMPLE, example, 1),
                                                  ("two days", two_path, two, days_two)):
            for language in ("de", "en"):
                for document in ("programme", "run-of-show", "rooms", "speakers"):
                    out = os.path.join(tmp, f"{document}-{language}.pdf")
                    name = f"{plan_name} {document} {language}"
                    p = export(plan_path, document, language, out)
                    check(f"{name}: export succeeds", p.returncode == 0, p.stderr.decode())
                    if p.returncode != 0:
                        continue
                    try:
                        if document == "programme":
                            check_programme(name, out, plan, language, days)
                        elif document == "run-of-show":
                            check_run_of_show(name, out, plan, language, days)
                        elif document == "rooms":
                            check_rooms(name, out, plan, language)
                        else:
                            check_speakers(name, out, plan, language)
                    except Exception as e:  # a structure too broken to walk fails, it does not stop
                        check(f"{name}: structure can be read", False, repr(e))

    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail:
            for line in str(detail).splitlines()[:10]:
                print(f"# {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
