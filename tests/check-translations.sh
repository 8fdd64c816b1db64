#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when po/da.po lacks, or only guesses (fuzzy), any string of the files in
# po/POTFILES.in, or when a translation breaks a format (%s, %u, …).
set -eu
cd "$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The keywords of meson's i18n.gettext (preset: 'glib').
xgettext --package-name=brobygger --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_set_error:4:c-format --flag=g_printerr:1:c-format --flag=g_print:1:c-format \
  -D . -f po/POTFILES.in -o "$work/brobygger.pot"

msgmerge --quiet --previous po/da.po "$work/brobygger.pot" -o "$work/da.po"
statistics=$(msgfmt --check --statistics -o /dev/null "$work/da.po" 2>&1)
echo "# $statistics"

case "$statistics" in
  *fuzzy*|*untranslated*)
    echo "po/da.po is not complete; missing or fuzzy:"
    msgattrib --only-fuzzy "$work/da.po" | grep -E '^msgid' | head -50
    msgattrib --untranslated "$work/da.po" | grep -E '^msgid' | head -50
    exit 1
    ;;
esac
