#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Not a test: the peak memory of `podium --check` on hostile inputs, against the bundled
# example in the same run (meson test --benchmark bench-readers -v). Each reader stops at
# 64 MB whatever the source, and refuses deep nesting before its parser recurses, so none
# of these should need much more than the 64 MB it may read.

import os
import subprocess
import sys
import tempfile

PODIUM = os.environ["PODIUM"]
EXAMPLE = os.path.join(os.environ["PODIUM_SOURCE_ROOT"], "data", "examples",
                       "austauschtreffen.podium.json")
MB = 1024 * 1024


def peak(args, stdin_bytes=0):
    """Peak resident memory of one podium run, in MB, and its exit code. GNU time reports
    it: a child forked from this script would count the script's own memory too."""
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", PODIUM] + args,
                            stdin=subprocess.PIPE if stdin_bytes else None,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin_bytes:
        chunk = b" " * MB
        try:
            for _ in range(stdin_bytes // MB):
                proc.stdin.write(chunk)
            proc.stdin.close()
        except BrokenPipeError:
            pass
    err = proc.communicate()[1].decode().split()
    return int(err[-1]) / 1024, proc.returncode


def write(folder, name, parts):
    """Writes a file from (bytes, repeat) parts without holding it in memory"""
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        for part, repeat in parts:
            for _ in range(repeat):
                f.write(part)
    return path


with tempfile.TemporaryDirectory() as folder:
    deep = 100000
    cases = [
        ("200 MB file", ["--check", write(folder, "big.podium.json",
                                          [(b'{"format":"podium","version":1,"x":"', 1),
                                           (b"a" * MB, 200), (b'"}', 1)])], 0),
        ("200 MB from a pipe", ["--check", "/dev/stdin"], 200 * MB),
        ("60 MB document", ["--check", write(folder, "large.podium.json",
                                             [(b'{"format":"podium","version":1,', 1),
                                              (b" " * MB, 60),
                                              (b'"conference":{"title":"T","start_date":"2024-01-01",'
                                               b'"end_date":"2024-01-01"}}', 1)])], 0),
        ("100,000 levels, Podium JSON", ["--check", write(folder, "deep.podium.json",
                                                          [(b'{"format":"podium","version":1,"x":', 1),
                                                           (b"[", deep), (b"]", deep), (b"}", 1)])], 0),
        ("100,000 levels, frab JSON", ["--check", write(folder, "deep.json",
                                                        [(b'{"schedule":', 1), (b"[", deep),
                                                         (b"]", deep), (b"}", 1)])], 0),
        ("100,000 levels, frab XML", ["--check", write(folder, "deep.xml",
                                                       [(b"<schedule>", 1), (b"<a>", deep),
                                                        (b"</a>", deep), (b"</schedule>", 1)])], 0),
    ]
    base, code = peak(["--check", EXAMPLE])
    print(f"{'the example (baseline)':32} {base:8.1f} MB   exit {code}")
    for name, args, stdin_bytes in cases:
        rss, code = peak(args, stdin_bytes)
        print(f"{name:32} {rss:8.1f} MB   {rss / base:5.1f}x   exit {code}")
        if code != 2 and "60 MB" not in name:
            print(f"  (expected a refusal, exit 2)")
