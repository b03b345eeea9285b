# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real Podium window like a person: finds widgets by their accessible
names over AT-SPI and clicks and types with xdotool on the X server (Xvfb)."""

import copy
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(SKIP)


try:
    import pyatspi
except ImportError:  # pragma: no cover
    skip("python3-pyatspi is not installed")

for tool in ("xdotool",):
    if shutil.which(tool) is None:
        skip(tool + " is not installed")
if not os.environ.get("DISPLAY"):
    skip("no X display (run under xvfb-run)")


class Failure(Exception):
    pass


class Harness:
    def __init__(self, name):
        self.name = name
        self.podium = os.environ.get("PODIUM")
        if not self.podium:
            skip("PODIUM is not set")
        build = os.environ.get("MESON_BUILD_ROOT") or os.path.dirname(os.path.dirname(self.podium))
        self.out = os.path.join(build, "tests", "ui-output", name)
        shutil.rmtree(self.out, ignore_errors=True)
        os.makedirs(self.out, exist_ok=True)
        self.tmp = tempfile.mkdtemp(prefix="podium-ui-")
        self.proc = None
        self.bus = None
        self.env = dict(os.environ)
        self.env.pop("NO_AT_BRIDGE", None)
        self.env.update({
            "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo",
            "GTK_A11Y": "atspi",
            "LIBGL_ALWAYS_SOFTWARE": "1",
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "GTK_USE_PORTAL": "0",
            # The window's files are local (tests/meson.build also sets GIO_USE_VFS);
            # no GVfs volume monitors on the test's bus either
            "GIO_USE_VFS": "local",
            "GIO_USE_VOLUME_MONITOR": "unix",
            # Criticals would abort the app in the middle of a test; they are caught in
            # the log instead
            "G_DEBUG": "",
        })
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if os.path.exists(launcher):
            self.bus = subprocess.Popen([launcher, "--launch-immediately"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
        self.log = open(os.path.join(self.out, "podium.log"), "a")
        self.shots = 0

    # --- the app -------------------------------------------------------------------

    def wait_for_display(self, timeout=15):
        """xvfb-run can hand over before the server takes connections"""
        deadline = time.time() + timeout
        while subprocess.run(["xdotool", "getdisplaygeometry"], env=self.env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            if time.time() > deadline:
                raise Failure("the X display %s never answered" % self.env.get("DISPLAY"))
            time.sleep(0.2)

    def start(self, *args, attempts=3):
        self.wait_for_display()
        self.log.flush()
        log_start = os.path.getsize(self.log.name)
        self.proc = subprocess.Popen([self.podium] + list(args), env=self.env,
                                     stdout=self.log, stderr=self.log)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                with open(self.log.name, encoding="utf-8", errors="replace") as f:
                    f.seek(log_start)
                    said = f.read()
                # A fresh Xvfb now and then refuses its first client; that is not Podium's
                if "cannot open display" in said and attempts > 1:
                    with open(self.log.name, "r+", encoding="utf-8", errors="replace") as f:
                        f.truncate(log_start)
                    time.sleep(1.0)
                    return self.start(*args, attempts=attempts - 1)
                raise Failure("podium exited with %d" % self.proc.returncode)
            if self.app() is not None and self._window() is not None:
                time.sleep(1.0)
                return
            time.sleep(0.3)
        raise Failure("no window appeared")

    def app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            try:
                if a is not None and a.get_process_id() == self.proc.pid:
                    return a
            except Exception:
                pass
        return None

    def _window(self):
        app = self.app()
        if app is None:
            return None
        for i in range(app.childCount):
            w = app.getChildAtIndex(i)
            if w is not None:
                return w
        return None

    def example_copy(self):
        """The bundled example, copied alone into the test's folder: build-aux/setup run
        makes its video files beside the source tree's copy, and a test that counts the
        missing videos must not see them"""
        root = os.environ.get("PODIUM_SOURCE_ROOT",
                              os.path.join(os.path.dirname(__file__), "..", ".."))
        path = os.path.join(self.tmp, "example", "austauschtreffen.podium.json")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copy(os.path.join(root, "data", "examples", "austauschtreffen.podium.json"), path)
        return path

    def kill(self, sig=signal.SIGKILL):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(timeout=15)

    def another(self, **env):
        """A harness for a second Podium process on the same display and buses, with
        @env added to its environment; start() it, kill() it before the first closes"""
        other = copy.copy(self)
        other.proc = None
        other.bus = None
        other.env = dict(self.env, **env)
        return other

    def wait_exit(self, timeout=15):
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure("podium did not quit")

    def close(self):
        self.kill()
        if self.bus:
            self.bus.terminate()
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # --- finding -------------------------------------------------------------------

    @staticmethod
    def _showing(node):
        # GTK 4.8 sets no SHOWING state; Podium marks what it does not show as hidden
        try:
            return node.getState().contains(pyatspi.STATE_VISIBLE)
        except Exception:
            return False

    @staticmethod
    def _name_is(node_name, name):
        # GTK 4.8 names a button with a mnemonic "_Save Save"; dialogs do that too
        plain = node_name.replace("_", "")
        return node_name == name or plain == name or plain == name + " " + name

    def _walk(self, node, match, found, depth=0):
        if node is None or depth > 60:
            return
        try:
            n = node.childCount
        except Exception:
            return
        for i in range(n):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            if child is None or not self._showing(child):
                continue
            if match(child):
                found.append(child)
            self._walk(child, match, found, depth + 1)

    def find_all(self, name=None, role=None, contains=False):
        def match(node):
            try:
                if role is not None and node.getRoleName() != role:
                    return False
                if name is None:
                    return True
                return (name in node.name) if contains else Harness._name_is(node.name, name)
            except Exception:
                return False
        found = []
        app = self.app()
        if app is not None:
            self._walk(app, match, found)
        return found

    def find(self, name=None, role=None, contains=False, timeout=10, index=0):
        deadline = time.time() + timeout
        while True:
            found = self.find_all(name, role, contains)
            if len(found) > index:
                return found[index]
            if time.time() > deadline:
                self.shot("missing-" + (name or role or "node").replace("/", "-")[:40])
                raise Failure("no %s %r on screen" % (role or "widget", name))
            time.sleep(0.3)

    def find_on_screen(self, name, role="push button", timeout=10):
        """The @name the window shows: views it does not show keep widgets of that name,
        laid out at no size"""
        deadline = time.time() + timeout
        while True:
            for node in self.find_all(name, role):
                ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
                if ext.width > 0 and ext.height > 0:
                    return node
            if time.time() > deadline:
                self.shot("missing-" + name.replace("/", "-")[:40])
                raise Failure("no %s %r on screen" % (role or "widget", name))
            time.sleep(0.3)

    def exists(self, name=None, role=None, contains=False):
        return len(self.find_all(name, role, contains)) > 0

    def wait_gone(self, name=None, role=None, timeout=10):
        deadline = time.time() + timeout
        while self.exists(name, role):
            if time.time() > deadline:
                raise Failure("%r is still on screen" % name)
            time.sleep(0.3)

    def text_of(self, node):
        try:
            t = node.queryText()
            return t.getText(0, t.characterCount)
        except Exception:
            return node.name

    # --- acting --------------------------------------------------------------------

    def center(self, node):
        ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if ext.width <= 0 or ext.height <= 0:
            raise Failure("%r has no size on screen" % node.name)
        return ext.x + ext.width // 2, ext.y + ext.height // 2

    def ensure_visible(self, node):
        """Scrolls with the mouse wheel until @node is inside the window."""
        window = self._window().queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        for _ in range(40):
            ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            if ext.height > 0 and ext.y >= 50 and ext.y + ext.height <= window.height - 4:
                return
            button = "5" if ext.y + ext.height > window.height - 4 else "4"
            x = max(ext.x + 10, 10)
            subprocess.run(["xdotool", "mousemove", str(x), str(window.height // 2),
                            "click", button], check=True)
            time.sleep(0.15)

    def settled_center(self, node, timeout=3):
        """The centre of @node once it has stayed in one place for a moment: a busy app
        (the sanitizer build) can still be laying out a page that has just appeared"""
        deadline = time.time() + timeout
        where = self.center(node)
        while time.time() < deadline:
            time.sleep(0.1)
            now = self.center(node)
            if now == where:
                break
            where = now
        return where

    def click(self, node, dx=0):
        self.ensure_visible(node)
        x, y = self.settled_center(node)
        # The pointer has been resting where the last click left it; a tooltip that has
        # come up there since takes the next click on that spot (under Xvfb), which a
        # hand moving over to click never meets: come from outside the window
        away = []
        window = self._window().queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        screen = subprocess.run(["xdotool", "getdisplaygeometry"], check=True,
                                capture_output=True, text=True).stdout.split()
        corner = (int(screen[0]) - 1, int(screen[1]) - 1)
        # (with no window manager the window sits at 0,0)
        if corner[0] >= window.width or corner[1] >= window.height:
            away = ["mousemove", str(corner[0]), str(corner[1]), "sleep", "0.05"]
        subprocess.run(["xdotool"] + away + ["mousemove", str(x + dx), str(y), "click", "1"],
                       check=True)
        time.sleep(0.4)

    def click_name(self, name, role=None, **kw):
        self.click(self.find(name, role, **kw))

    def key(self, *keys):
        for k in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", k], check=True)
            time.sleep(0.08)
        time.sleep(0.2)

    def type(self, text, delay=None, into=None):
        """Types @text where the focus is. With @into, the name of the text field it goes
        to: on a busy machine xdotool can drop a character it maps on the fly (ä, ü), which
        a person's keyboard never does; the field is then filled again."""
        # xdotool maps characters missing from the keymap on the fly: slowly, or they drop
        if delay is None:
            delay = 20 if text.isascii() else 90
        subprocess.run(["xdotool", "type", "--delay", str(delay), text], check=True)
        time.sleep(0.2)
        if into is not None and self.text_of(self.find(into, "text")) != text:
            self.fill(into, text)

    def fill(self, name, text, role="text"):
        """Types @text into the entry row called @name, replacing what it held. A busy app
        (the sanitizer build) can miss a character xdotool maps on the fly, as a person's
        keyboard never does: then the field is cleared and typed again, more slowly."""
        node = self.find(name, role)
        for attempt in range(3):
            # GTK 4.8 tells assistive technologies which widget has the focus only when
            # the focus is visible, so a click's focus cannot be waited for; click() waits
            # until the row has stopped moving instead, as a person's eye does
            self.click(node)
            self.key("ctrl+a")
            self.type(text, delay=None if attempt == 0 else 250)
            if self.text_of(node) == text:
                break
        else:
            self.shot("fill-" + name)
            raise Failure("could not type %r into %r: it holds %r"
                          % (text, name, self.text_of(node)))
        self.key("Tab")

    def choose(self, combo_name, item, index=0):
        """Opens the combo row @combo_name and picks @item from its list with the keyboard
        (a popover is a window of its own, so its coordinates are not the screen's)."""
        self.click(self.find(combo_name, "combo box", index=index))
        time.sleep(0.4)
        position = None
        for label in self.find_all(item, "label"):
            in_popover, index = self._popover_row(label)
            if index is not None and in_popover:
                position = index
                break
        if position is None:
            self.shot("choose-" + combo_name)
            self.key("Escape")
            raise Failure("no choice %r in %r" % (item, combo_name))
        self.key("Home")
        for _ in range(position):
            self.key("Down")
        self.key("Return")
        # Until the popover has closed, a click goes to it, not to where it is aimed
        deadline = time.time() + 5
        while time.time() < deadline and self._in_popover(item):
            time.sleep(0.2)
        time.sleep(0.3)

    @staticmethod
    def _popover_row(label):
        """Whether @label is in a popover, and the index of its row in the popover's list"""
        node, index = label, None
        for _ in range(10):
            parent = node.parent
            if parent is None:
                break
            if index is None and parent.getRoleName() == "list":
                index = node.getIndexInParent()
            if parent.name == "GtkPopover":
                return True, index
            node = parent
        return False, index

    def _in_popover(self, item):
        return any(self._popover_row(label)[0] for label in self.find_all(item, "label"))

    def view(self, number):
        self.key("alt+%d" % number)
        time.sleep(0.4)

    def shot(self, name):
        self.shots += 1
        path = os.path.join(self.out, "%02d-%s.png" % (self.shots, name))
        subprocess.run(["import", "-window", "root", path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path


def drag(x0, y0, x1, y1):
    """Drags with the real pointer from (x0, y0) to (x1, y1) in eight steps, as a hand
    does, so drop targets see the motion"""
    steps = ["mousemove", str(x0), str(y0), "sleep", "0.2", "mousedown", "1", "sleep", "0.2"]
    for i in range(1, 9):
        steps += ["mousemove", str(x0 + (x1 - x0) * i // 8), str(y0 + (y1 - y0) * i // 8),
                  "sleep", "0.1"]
    subprocess.run(["xdotool"] + steps + ["sleep", "0.4", "mouseup", "1"], check=True)
    time.sleep(1.0)


def write_as_colleague(path, title):
    """Another program saves the plan at @path with the conference titled @title, as
    editors and sync tools save: a new file renamed over the old one."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    doc["conference"]["title"] = title
    doc["conference"]["updated"] = "2023-11-20T14:02"
    doc["conference"]["updated_by"] = "Kai Müller"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    os.replace(tmp, path)


def log_problems(path):
    """Criticals and warnings the app logged: each one fails the test"""
    problems = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if "-CRITICAL **" in line or "-WARNING **" in line:
                    problems.append(line.strip())
    except OSError:
        pass
    return problems


def run_one(name, body, make=None):
    """Runs @body with a harness made by @make (default: Harness, the window on Xvfb);
    True when it passed and the app logged no criticals or warnings"""
    h = (make or Harness)(name)
    ok = False
    try:
        body(h)
        ok = True
    except Failure as e:
        print("FAIL: %s" % e)
        h.shot("failure")
    except AssertionError as e:
        print("FAIL: assertion %s" % e)
        h.shot("failure")
    finally:
        h.close()
    problems = log_problems(os.path.join(h.out, "podium.log"))
    if problems:
        ok = False
        print("FAIL: the app logged criticals or warnings:")
        for line in problems[:20]:
            print("  " + line)
    print("PASS" if ok else "output in " + h.out)
    return ok


def run(name, body, make=None):
    sys.exit(0 if run_one(name, body, make) else 1)
