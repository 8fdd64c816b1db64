#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a Brobygger HSDS export: one page of a service list whose every service is
valid against the compiled HSDS 3.1 service schema.

Usage: validate-hsds.py SCHEMA_DIR EXPORT_FILE
SCHEMA_DIR holds service.json (schema/compiled/service.json of HSDS 3.1).
Exit status 0 when valid, 1 when not (reasons on stderr), 2 on wrong use.
"""

import datetime
import json
import os
import re
import sys

import jsonschema
from jsonschema import Draft202012Validator

# The HSDS schemas name no draft; HSDS 3.1 is published with OpenAPI 3.1, whose
# schema dialect is JSON Schema 2020-12.
BASE = Draft202012Validator

DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?$")


def is_date(text):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def is_date_time(text):
    if not DATE_TIME.match(text):
        return False
    try:
        datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


# Debian's python3-jsonschema cannot check date-time without rfc3339-validator, so
# we bring our own; the UUID, date, email and URI checks are the library's.
format_checker = jsonschema.FormatChecker()
format_checker.checks("date-time")(lambda text: not isinstance(text, str) or is_date_time(text))


def datapackage_type(validator, kind, instance, schema):
    """The tabular form of HSDS types dates only through "datapackage_type"."""
    if not isinstance(instance, str):
        return
    checks = {"date": is_date, "datetime": is_date_time, "time": TIME.match}
    check = checks.get(kind)
    if check is not None and not check(instance):
        yield jsonschema.ValidationError(f"{instance!r} is not a valid {kind}")


Validator = jsonschema.validators.extend(BASE, {"datapackage_type": datapackage_type})


def check_page(page, errors):
    if not isinstance(page, dict):
        errors.append("the file is not a JSON object")
        return []
    contents = page.get("contents")
    if not isinstance(contents, list):
        errors.append("'contents' is not an array")
        return []
    n = len(contents)
    expected = {
        "total_items": n,
        "total_pages": 1,
        "page_number": 1,
        "size": n,
        "first_page": True,
        "last_page": True,
        "empty": n == 0,
    }
    for key, value in expected.items():
        if key not in page:
            errors.append(f"page key '{key}' is missing")
        elif page[key] != value or type(page[key]) is not type(value):
            errors.append(f"page key '{key}' is {page[key]!r}, expected {value!r}")
    return contents


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2

    with open(os.path.join(argv[1], "service.json"), encoding="utf-8") as f:
        schema = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        page = json.load(f)

    Validator.check_schema(schema)
    validator = Validator(schema, format_checker=format_checker)

    errors = []
    contents = check_page(page, errors)
    ids = set()
    for i, service in enumerate(contents, start=1):
        for error in sorted(validator.iter_errors(service), key=lambda e: list(e.path)):
            path = "/".join(str(p) for p in error.absolute_path)
            errors.append(f"service {i}: /{path}: {error.message}")
        if isinstance(service, dict):
            if service.get("id") in ids:
                errors.append(f"service {i}: id {service.get('id')} is not unique")
            ids.add(service.get("id"))

    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    print(f"{len(contents)} services valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
