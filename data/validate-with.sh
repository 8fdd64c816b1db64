#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a validator on a data file; without the validator the test is skipped (77), so a
# missing tool shows in the test log instead of the test silently not existing.
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
  echo "$tool is not installed: skipped"
  exit 77
fi
exec "$tool" "$@"
