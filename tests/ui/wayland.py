# SPDX-License-Identifier: GPL-3.0-or-later
"""The harness under a real Wayland compositor: Debian's weston, with its own
XDG_RUNTIME_DIR and socket, and Podium with GDK_BACKEND=wayland. Widgets are still found
over AT-SPI (the accessibility bus is D-Bus, not X). Two kinds of weston:

  headless   weston's headless backend: no input devices at all, so nothing can be typed
             or clicked; views are switched through AT-SPI actions.
  nested     weston's X11 backend, a window on the test's Xvfb at 0,0: xdotool's key
             presses and pointer moves reach weston as input from its own seat, and
             weston passes them to Podium as Wayland input, grabs and drags included.

The nested weston runs kiosk-shell, which shows the window full size at the output's
origin, so AT-SPI's window coordinates are also the screen's. The headless one runs
desktop-shell (kiosk-shell maps no window without a seat to focus it). Screenshots are
weston's own (the screenshooter protocol, allowed with --debug)."""

import glob
import os
import shutil
import subprocess
import tempfile
import time

import harness
from harness import Failure, skip

WESTON = shutil.which("weston")
SHOOTER = shutil.which("weston-screenshooter")
SIZE = (1400, 900)


class WaylandHarness(harness.Harness):
    def __init__(self, name, backend="headless"):
        if WESTON is None or SHOOTER is None:
            skip("weston is not installed")
        super().__init__(name)
        self.backend = backend
        self.runtime = tempfile.mkdtemp(prefix="podium-wl-")
        os.chmod(self.runtime, 0o700)
        self.socket = "podium-" + name
        args = [WESTON, "--socket=" + self.socket, "--idle-time=0",
                "--debug", "--use-pixman", "--width=%d" % SIZE[0], "--height=%d" % SIZE[1]]
        if backend == "headless":
            args += ["--backend=headless-backend.so", "--shell=desktop-shell.so"]
        else:
            args += ["--backend=x11-backend.so", "--shell=kiosk-shell.so"]
        env = dict(os.environ, XDG_RUNTIME_DIR=self.runtime)
        env.pop("WAYLAND_DISPLAY", None)
        if backend == "headless":
            env.pop("DISPLAY", None)
        self.weston_log = open(os.path.join(self.out, "weston-%s.log" % backend), "w")
        self.weston = subprocess.Popen(args, env=env, stdout=self.weston_log,
                                       stderr=subprocess.STDOUT)
        # The app talks to weston only: no X display, so GTK cannot fall back to X11
        self.env.pop("DISPLAY", None)
        self.env.update({
            "GDK_BACKEND": "wayland",
            "XDG_RUNTIME_DIR": self.runtime,
            "WAYLAND_DISPLAY": self.socket,
        })

    def wait_for_display(self, timeout=15):
        """weston takes connections once its socket is there and the shell is up"""
        deadline = time.time() + timeout
        path = os.path.join(self.runtime, self.socket)
        while not os.path.exists(path):
            if self.weston.poll() is not None or time.time() > deadline:
                raise Failure("weston did not start (see %s)" % self.weston_log.name)
            time.sleep(0.1)
        time.sleep(0.5)

    def shot(self, name):
        """The compositor's picture of its output, in the output folder"""
        self.shots += 1
        path = os.path.join(self.out, "%02d-%s.png" % (self.shots, name))
        work = tempfile.mkdtemp(dir=self.runtime)
        subprocess.run([SHOOTER], cwd=work, env=self.env, timeout=20,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = glob.glob(os.path.join(work, "*.png"))
        if made:
            shutil.move(made[0], path)
        shutil.rmtree(work, ignore_errors=True)
        return path if made else None

    def do_action(self, node, action="click"):
        """Runs @node's AT-SPI action, the way a screen reader activates a control"""
        actions = node.queryAction()
        for i in range(actions.nActions):
            if actions.getName(i) == action:
                actions.doAction(i)
                time.sleep(0.4)
                return
        raise Failure("%r has no action %r" % (node.name, action))

    def window_action(self, name):
        """Activates the window's action @name (win.save, …): GTK 4.8 lists the window's
        actions without a parameter as the AT-SPI actions of its frame"""
        self.do_action(self._window(), name)

    def close(self):
        super().close()
        if self.weston.poll() is None:
            self.weston.terminate()
            try:
                self.weston.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.weston.kill()
        self.weston_log.close()
        shutil.rmtree(self.runtime, ignore_errors=True)
