#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate a schedule.json against the c3voc JSON schema (v1).

usage: validate-frab-json.py SCHEMA FILE

Exits 0 when FILE is valid, 1 with one line per error when it is not, and 77 (the
"skip" code) when python3-jsonschema is not installed.
"""

import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed")
    sys.exit(77)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip())
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        document = json.load(f)
    validator = jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = list(validator.iter_errors(document))
    for error in errors[:20]:
        path = "/" + "/".join(str(p) for p in error.absolute_path)
        print("%s: %s" % (path, error.message[:300]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
