#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Name badges and attendance lists as the organisers print them: a plan with 60
# participants in the three theme rooms of the example, exported with podium --export
# badges|attendance in German and English, read back with pdftotext (and pikepdf where it
# is installed). Prints TAP; exits 77 (skip) without pdftotext.

import json
import locale
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib

try:
    import pikepdf  # noqa: F401  (the structure checks need it)
except ImportError:
    # Debian's python3-pikepdf is for Debian's python3, as in test-pdf-structure.py
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != "/usr/bin/python3" \
            and not os.environ.get("PODIUM_PARTICIPANTS_PRINT_REEXEC"):
        os.environ["PODIUM_PARTICIPANTS_PRINT_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])

PODIUM = os.environ.get("PODIUM", "podium")
ROOT = os.environ.get("PODIUM_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(ROOT, "data", "examples", "austauschtreffen.podium.json")
THEMES = ["themenraum-1-thaff", "themenraum-2-zefas", "themenraum-3-fif"]
FUNDING = "Gefördert aus Mitteln des Europäischen Sozialfonds Plus"
# Names sort as readers of the export language expect, whatever the user's locale:
# Ä with A, Ö with O
COLLATE = {"de": "de_DE.UTF-8", "en": "en_US.UTF-8"}

FIRST = ["Anna", "Jürgen", "Özlem", "Björn", "Clara", "Émile", "Friederike", "Gustav",
         "Hanna", "Ivo", "Jana", "Konrad", "Lea", "Mats", "Nele"]
LAST = ["Zettelmaier", "Äbelein", "Oberländer", "Müller", "Schneider", "Łukasik", "Wagner",
        "Becker", "Özdemir", "Hoffmann", "Krause", "Ulbricht", "Vogt", "Richter", "Ernst",
        "Yilmaz", "Neumann", "Schulze", "Dietrich", "Graf"]
LONG = "Prof. Dr. Maria-Theresia von Hohenzollern-Sigmaringen"

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def run(*args, language_env=None):
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    return subprocess.run([PODIUM, *args], capture_output=True, env=env, timeout=120)


def make_plan(tmp):
    """The example with 60 participants: 30 in theme room 1 (a list of two pages), 15 in
    each other one; every tenth cancelled; organisations as references and as free text"""
    with open(EXAMPLE, encoding="utf-8") as f:
        plan = json.load(f)
    plan["conference"]["funding_notice"] = FUNDING
    with open(os.path.join(tmp, "logo.svg"), "w", encoding="utf-8") as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80">'
                '<rect width="200" height="80" fill="#1f4e79"/>'
                '<circle cx="40" cy="40" r="28" fill="#ffffff"/></svg>')
    for org in plan["organizations"]:
        if org["id"] == plan["conference"]["host"]:
            org["logo"] = "logo.svg"
    participants = []
    for i in range(60):
        name = LONG if i == 7 else f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}{'' if i < 20 else i}"
        room = THEMES[0] if i < 30 else THEMES[1] if i < 45 else THEMES[2]
        p = {"id": f"participant-{i}", "name": name, "email": f"p{i}@example.org",
             "region": ["Thüringen", "Sachsen", "Sachsen-Anhalt"][i % 3],
             "status": "cancelled" if i % 10 == 3 else "attended" if i % 7 == 0 else "registered",
             "first_choices": [room], "assigned": [room]}
        if i % 2:
            p["organization"] = ["thaff", "zefas", "fif"][i % 3]
        else:
            p["organization_name"] = f"Landratsamt Kreis {i}"
        participants.append(p)
    plan["participants"] = participants
    path = os.path.join(tmp, "participants.podium.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)
    return plan, path


def surname_key(name):
    last = name.rsplit(" ", 1)[-1]
    return locale.strxfrm(last + " " + name)


def sorted_names(names, language):
    locale.setlocale(locale.LC_COLLATE, COLLATE[language])
    return sorted(names, key=surname_key)


def pdftext(path, page=None):
    args = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(args + [path, "-"], capture_output=True, check=True).stdout.decode()
    # A name broken over two lines is one name again
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", out))


def n_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, check=True).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def pdf_language(path):
    try:
        import pikepdf
        with pikepdf.open(path) as pdf:
            return str(pdf.Root.get("/Lang", ""))
    except ImportError:
        pass
    data = open(path, "rb").read()
    chunks = [data]
    for m in re.finditer(rb"stream\r?\n", data):
        try:
            chunks.append(zlib.decompressobj().decompress(data[m.end():m.end() + 200000]))
        except zlib.error:
            pass
    for chunk in chunks:
        m = re.search(rb"/Lang\s*\(([^)]*)\)", chunk)
        if m:
            return m.group(1).decode()
    return ""


def structure(path):
    """The structure elements' types in reading order, with TH scopes; None without pikepdf"""
    try:
        import pikepdf
    except ImportError:
        return None
    out = []
    with pikepdf.open(path) as pdf:
        def walk(node):
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    walk(kid)
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                kind = str(node.S)[1:]
                if kind == "TH" and isinstance(node.get("/A"), pikepdf.Dictionary):
                    kind += str(node.A.get("/Scope", ""))
                out.append(kind)
                kids = node.get("/K")
                for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                    walk(kid)
        walk(pdf.Root.StructTreeRoot.K)
    return out


def position(text, name):
    m = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    return m.start() if m else -1


def count(text, name):
    return len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))


def check_badges(plan, path, tmp, language):
    out = os.path.join(tmp, f"badges-{language}.pdf")
    p = run("--export", "badges", "--language", language, "--output", out, path)
    check(f"badges {language}: exported", p.returncode == 0, p.stderr.decode())
    if p.returncode != 0:
        return
    present = sorted_names((q["name"] for q in plan["participants"] if q["status"] != "cancelled"),
                           language)
    cancelled = [q["name"] for q in plan["participants"] if q["status"] == "cancelled"]
    text = pdftext(out)
    pages = n_pages(out)
    check(f"badges {language}: every participant who comes has exactly one badge",
          all(count(text, n) == 1 for n in present),
          [n for n in present if count(text, n) != 1])
    check(f"badges {language}: no badge for the cancelled",
          all(count(text, n) == 0 for n in cancelled), [n for n in cancelled if count(text, n)])
    check(f"badges {language}: 8 per A4 sheet", pages == (len(present) + 7) // 8, pages)
    per_page = []
    for page in range(1, pages + 1):
        page_text = pdftext(out, page)
        per_page.append(sum(1 for n in present if count(page_text, n) == 1))
    check(f"badges {language}: 8 on each sheet but the last",
          per_page[:-1] == [8] * (pages - 1) and 0 < per_page[-1] <= 8, per_page)
    order = sorted(present, key=lambda n: position(text, n))
    check(f"badges {language}: sorted by surname, as {COLLATE[language]} sorts (Ä with A)",
          order == present, list(zip(order, present))[:12])
    # Each badge says where its person goes: "Themenraum 1" with the session's title
    themes = {s["id"]: s["title"] for s in plan["sessions"]}
    first = next(q for q in plan["participants"] if q["status"] != "cancelled" and q["name"] == present[0])
    title_words = themes[first["assigned"][0]].split()[0]
    check(f"badges {language}: the assigned theme room is on the badge",
          text.count("Themenraum") == len(present) and title_words in text,
          text.count("Themenraum"))
    check(f"badges {language}: the organisation is on the badge",
          "Landratsamt Kreis 0 " in text + " " and "ThAFF" in text or "Thüringer Agentur" in text,
          text[:300])
    check(f"badges {language}: the conference's title is on the badge",
          text.count(plan["conference"]["title"].split()[0]) >= len(present), "")
    check(f"badges {language}: /Lang is {language}", pdf_language(out) == language,
          pdf_language(out))
    tags = structure(out)
    if tags is not None:
        check(f"badges {language}: one tagged section per badge, headed by the name",
              tags.count("Sect") == len(present) and tags.count("H1") == len(present),
              (tags.count("Sect"), tags.count("H1")))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", out,
                    os.path.join(tmp, f"badges-{language}")], check=False)


def check_attendance(plan, path, tmp, language):
    out = os.path.join(tmp, f"attendance-{language}.pdf")
    p = run("--export", "pdf", "--document", "attendance", "--language", language,
            "--output", out, path)
    check(f"attendance {language}: exported", p.returncode == 0, p.stderr.decode())
    if p.returncode != 0:
        return
    de = language == "de"
    sessions = {s["id"]: s for s in plan["sessions"]}
    rooms = {r["id"]: r["name"] for r in plan["rooms"]}
    pages = [pdftext(out, n) for n in range(1, n_pages(out) + 1)]
    kicker = "ATTENDANCE LIST" if not de else "TEILNAHMELISTE"
    starts = [i for i, t in enumerate(pages) if kicker in t]
    check(f"attendance {language}: one list per theme room", len(starts) == 3,
          [t[:80] for t in pages])
    if len(starts) != 3:
        return
    starts.append(len(pages))
    for k, sid in enumerate(THEMES):
        session = sessions[sid]
        text = " ".join(pages[starts[k]:starts[k + 1]])
        first_page = pages[starts[k]]
        expect = sorted_names((q["name"] for q in plan["participants"]
                               if q["assigned"] == [sid] and q["status"] != "cancelled"), language)
        cancelled = [q["name"] for q in plan["participants"]
                     if q["assigned"] == [sid] and q["status"] == "cancelled"]
        others = [q["name"] for q in plan["participants"] if q["assigned"] != [sid]]
        date = "20. November 2023" if de else "20 November 2023"
        check(f"attendance {language} {sid}: title, room, date and time in the header",
              session["title"] in first_page and rooms[session["room"]] in first_page
              and date in first_page and "11:00" in first_page
              and plan["conference"]["title"] in first_page, first_page[:400])
        check(f"attendance {language} {sid}: the funding notice", FUNDING in first_page, "")
        check(f"attendance {language} {sid}: its participants, sorted by surname",
              sorted(expect, key=lambda n: position(text, n)) == expect
              and all(count(text, n) == 1 for n in expect), expect)
        check(f"attendance {language} {sid}: no cancelled and no one from another room",
              not any(count(text, n) for n in cancelled + others),
              [n for n in cancelled + others if count(text, n)])
        n = len(expect)
        label = f"{n} Teilnehmende" if de else f"{n} participants"
        check(f"attendance {language} {sid}: the count \"{label}\"", label in text, text[-200:])
        heads = ["NR.", "NAME", "ORGANISATION", "REGION", "UNTERSCHRIFT"] if de else \
            ["NO.", "NAME", "ORGANISATION", "REGION", "SIGNATURE"]
        lists_pages = pages[starts[k]:starts[k + 1]]
        check(f"attendance {language} {sid}: the table's head on each of its pages",
              all(all(h in t for h in heads) for t in lists_pages), lists_pages[-1][:300])
        word = "Seite" if de else "Page"
        total = len(lists_pages)
        check(f"attendance {language} {sid}: pages counted per list",
              all(f"{word} {i + 1} {'von' if de else 'of'} {total}" in t
                  for i, t in enumerate(lists_pages)), [t[-80:] for t in lists_pages])
        if sid == THEMES[0]:
            check(f"attendance {language}: 27 people take two pages", total == 2, total)
    check(f"attendance {language}: /Lang is {language}", pdf_language(out) == language,
          pdf_language(out))
    tags = structure(out)
    if tags is not None:
        check(f"attendance {language}: a Table per list, its head cells TH with column scope",
              tags.count("Table") == 3 and tags.count("TH/Column") == 15
              and tags.count("H1") == 3, (tags.count("Table"), tags.count("TH/Column")))
    subprocess.run(["pdftoppm", "-png", "-r", "60", out, os.path.join(tmp, f"attendance-{language}")],
                   check=False)


def check_unassigned(plan, tmp):
    """Participants nobody assigned yet: badges without rooms, no attendance lists"""
    plan = json.loads(json.dumps(plan))
    for q in plan["participants"]:
        q["assigned"] = []
    path = os.path.join(tmp, "unassigned.podium.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)
    out = os.path.join(tmp, "unassigned-attendance.pdf")
    p = run("--export", "attendance", "--output", out, path)
    check("attendance without assignments: exit 2, a clear message, no file",
          p.returncode == 2 and "No participant is assigned to a session" in p.stderr.decode()
          and not os.path.exists(out), (p.returncode, p.stderr.decode()))
    out = os.path.join(tmp, "unassigned-badges.pdf")
    p = run("--export", "badges", "--language", "en", "--output", out, path)
    text = pdftext(out) if p.returncode == 0 else ""
    check("badges without assignments: every name, no room",
          p.returncode == 0 and "Themenraum" not in text and count(text, "Anna Zettelmaier") == 1,
          p.stderr.decode())


def check_no_participants(tmp):
    for args in (["--export", "badges"], ["--export", "attendance"],
                 ["--export", "pdf", "--document", "badges"]):
        out = os.path.join(tmp, "none.pdf")
        p = run(*args, "--output", out, EXAMPLE)
        check(f"{' '.join(args)} without participants: exit 2, a clear message, no file",
              p.returncode == 2 and "The plan has no participants" in p.stderr.decode()
              and not os.path.exists(out), (p.returncode, p.stderr.decode()))


def main():
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        print("1..0 # SKIP pdftotext or pdfinfo missing")
        return 77
    try:
        for name in COLLATE.values():
            locale.setlocale(locale.LC_COLLATE, name)
    except locale.Error:
        print(f"1..0 # SKIP the locales {', '.join(COLLATE.values())} are not installed")
        return 77
    keep = os.environ.get("PODIUM_KEEP_OUTPUT")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = keep or tmp
        plan, path = make_plan(tmp)
        for language in ("de", "en"):
            check_badges(plan, path, tmp, language)
            check_attendance(plan, path, tmp, language)
        check_unassigned(plan, tmp)
        check_no_participants(tmp)

    print(f"1..{len(results)}")
    failed = 0
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok:
            failed += 1
            for line in str(detail).splitlines()[:20]:
                print(f"# {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
