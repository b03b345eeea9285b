#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one UI test in a private X server and D-Bus session.
# usage: run-ui-test.sh XVFB_RUN DBUS_RUN_SESSION PYTHON TEST.py
# "xvfb-run -a" picks the first free display and races with parallel runs: start at a
# random one instead.
xvfb_run=$1 dbus_run_session=$2 python=$3 test=$4
n=$(( ($$ % 700) + 200 ))
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
exec "$xvfb_run" -n "$n" -s "-screen 0 1400x900x24 -nolisten tcp" \
  "$dbus_run_session" -- "$python" "$test"
