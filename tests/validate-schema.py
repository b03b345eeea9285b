#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate Podium documents against data/podium.schema.json.

usage: validate-schema.py FILE|DIRECTORY...

Prints "FILE: ok" or "FILE: error: <json-pointer>: <message>" for each file
(a directory stands for every *.podium.json in it) and exits 1 if any file
fails, 2 on wrong usage or an unreadable schema.
"""

import json
import os
import sys

import jsonschema

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      os.pardir, "data", "podium.schema.json")


def pointer(path):
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else "/"


def short(value, limit=80):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def describe(error):
    # jsonschema quotes the offending instance in full, which for a 2 MB string
    # is useless; rebuild the common messages with a shortened instance.
    if error.validator in ("maxLength", "pattern", "enum", "const", "type",
                           "minimum", "maximum", "minLength"):
        v = error.validator
        inst = short(error.instance)
        if v == "maxLength":
            return "%s is longer than %d characters" % (short(error.instance, 40), error.validator_value)
        if v == "pattern":
            what = error.schema.get("description")
            if what:
                return "%s is not %s" % (inst, what.rstrip(".")[0].lower() + what.rstrip(".")[1:])
            return "%s does not match %r" % (inst, error.validator_value)
        if v == "enum":
            return "%s is not one of %s" % (inst, error.validator_value)
        if v == "const":
            return "%s should be %s" % (inst, json.dumps(error.validator_value))
        if v == "type":
            return "%s is not of type %r" % (inst, error.validator_value)
    if error.validator == "not" and isinstance(error.validator_value, dict):
        return "must not have %s" % error.validator_value.get("description", "this combination")
    return error.message


def deepest(error):
    # For anyOf/oneOf/allOf pick the most specific sub-error.
    best = error
    if error.context:
        best = max((deepest(e) for e in error.context),
                   key=lambda e: len(e.absolute_path))
        if len(best.absolute_path) < len(error.absolute_path):
            best = error
    return best


def reject_constant(name):
    raise ValueError("%s is not valid JSON" % name)


def load(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        raise ValueError("1:1: byte-order mark is not allowed")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise ValueError("%d:%d: invalid UTF-8" % (line, col))
    if not text.strip():
        raise ValueError("1:1: the file is empty")
    try:
        return json.loads(text, parse_constant=reject_constant)
    except json.JSONDecodeError as e:
        raise ValueError("%d:%d: %s" % (e.lineno, e.colno, e.msg.removesuffix(" at")))
    except RecursionError:
        raise ValueError("nested too deeply")


def check(validator, path):
    try:
        doc = load(path)
    except (OSError, ValueError) as e:
        print("%s: error: %s" % (path, e))
        return False
    try:
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    except RecursionError:
        print("%s: error: nested too deeply" % path)
        return False
    if not errors:
        print("%s: ok" % path)
        return True
    for error in errors:
        e = deepest(error)
        print("%s: error: %s: %s" % (path, pointer(e.absolute_path), describe(e)))
    return False


def main(argv):
    if len(argv) < 2:
        print("usage: %s FILE|DIRECTORY..." % os.path.basename(argv[0]), file=sys.stderr)
        return 2
    try:
        with open(SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print("%s: error: %s" % (SCHEMA, e), file=sys.stderr)
        return 2
    validator = cls(schema)
    files = []
    for arg in argv[1:]:
        if os.path.isdir(arg):
            files += sorted(os.path.join(arg, n) for n in os.listdir(arg)
                            if n.endswith(".podium.json"))
        else:
            files.append(arg)
    ok = True
    for path in files:
        ok = check(validator, path) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
