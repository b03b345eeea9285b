#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the manifest's podium module the way flatpak-builder would (meson, prefix /app,
the module's config-opts), installs it into a staging folder and checks that the app the
manifest describes is complete: the command, desktop file, icon, metainfo, GSettings
schema, MIME type and example. The GNOME runtime itself cannot be downloaded here, so
the module is built against the system's libraries.

usage: check-flatpak-build.py MANIFEST SOURCE_ROOT"""

import json
import os
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    manifest, source = sys.argv[1], sys.argv[2]
    with open(manifest, encoding="utf-8") as f:
        data = json.load(f)
    app_id = data["id"]
    module = data["modules"][-1]
    opts = module.get("config-opts", [])
    problems = []

    with tempfile.TemporaryDirectory() as tmp:
        build = os.path.join(tmp, "build")
        stage = os.path.join(tmp, "stage")
        steps = [
            ["meson", "setup", build, source, "--prefix=/app", "--libdir=lib",
             "--buildtype=release", *opts],
            ["meson", "compile", "-C", build],
            ["meson", "install", "-C", build, "--destdir", stage, "--no-rebuild"],
        ]
        for step in steps:
            p = subprocess.run(step, capture_output=True, text=True,
                               env=dict(os.environ, DESTDIR=stage))
            if p.returncode != 0:
                print(p.stdout[-3000:], p.stderr[-3000:], sep="\n", file=sys.stderr)
                print(f"error: {' '.join(step[:2])} failed", file=sys.stderr)
                return 1

        app = os.path.join(stage, "app")
        wanted = [
            f"bin/{data['command']}",
            f"share/applications/{app_id}.desktop",
            f"share/metainfo/{app_id}.metainfo.xml",
            f"share/icons/hicolor/scalable/apps/{app_id}.svg",
            f"share/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg",
            f"share/glib-2.0/schemas/{app_id}.gschema.xml",
            f"share/mime/packages/{app_id}.xml",
            "share/podium/examples/austauschtreffen.podium.json",
            "share/podium/podium.schema.json",
            "share/locale/de/LC_MESSAGES/podium.mo",
        ]
        for path in wanted:
            if not os.path.exists(os.path.join(app, path)):
                problems.append(f"the module does not install /app/{path}")

        desktop = os.path.join(app, "share/applications", f"{app_id}.desktop")
        if os.path.exists(desktop):
            text = open(desktop, encoding="utf-8").read()
            if f"Icon={app_id}" not in text or "Exec=podium" not in text:
                problems.append("the desktop file does not start podium with its icon")

        binary = os.path.join(app, "bin", data["command"])
        if os.path.exists(binary):
            p = subprocess.run([binary, "--version"], capture_output=True, text=True)
            if p.returncode != 0 or not p.stdout.startswith("podium "):
                problems.append("the installed podium does not run")

    for problem in problems:
        print(f"{manifest}: error: {problem}", file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
