# SPDX-License-Identifier: GPL-3.0-or-later
"""The texts of po/da.po, for telling an English text from a Danish one."""

import re

# What composed labels and GTK's joined names are put together with.
SEPARATORS = re.compile(r' · |\n|, | – | — |: ')
PLACEHOLDER = re.compile(r"%(?:\d+\$)?[-#0 +']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcsp]")
ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\'}


def strip_mnemonic(text):
    return re.sub(r'_(.)', r'\1', text)


def read_po(path):
    """The translated, not fuzzy, entries of a .po file: (msgids, msgstrs)."""
    entries = []
    entry, field = None, None

    def unquote(text):
        text = text.strip()
        return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(1)), text[1:-1])

    def finish():
        # A mark without letters (the decimal mark) tells no language from another.
        if entry and any(c.isalpha() for c in entry['msgid']) and not entry['fuzzy']:
            msgstrs = [text for text in entry['msgstr'].values() if text]
            if msgstrs:
                entries.append(([entry['msgid']] + entry['plural'], msgstrs))

    with open(path, encoding='utf-8') as po:
        for line in po:
            line = line.strip()
            if not line:
                finish()
                entry, field = None, None
                continue
            if entry is None:
                entry = {'msgid': '', 'plural': [], 'msgstr': {}, 'fuzzy': False}
            match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?) (".*")$', line)
            if line.startswith('#,') and 'fuzzy' in line:
                entry['fuzzy'] = True
            elif match:
                keyword, index, value = match.group(1), int(match.group(2) or 0), unquote(match.group(3))
                if keyword == 'msgid':
                    field = ('msgid', None)
                    entry['msgid'] = value
                elif keyword == 'msgid_plural':
                    field = ('plural', None)
                    entry['plural'].append(value)
                elif keyword.startswith('msgstr'):
                    field = ('msgstr', index)
                    entry['msgstr'][index] = value
                else:
                    field = None
            elif line.startswith('"') and field is not None:
                if field[0] == 'msgstr':
                    entry['msgstr'][field[1]] += unquote(line)
                elif field[0] == 'plural':
                    entry['plural'][-1] += unquote(line)
                else:
                    entry['msgid'] += unquote(line)
    finish()
    return entries


class Language:
    """One language's translations and the texts of the other it must not show."""

    def __init__(self, code, entries, allowed):
        self.code = code
        self.translations = {}
        own, foreign = set(), set()
        for msgids, msgstrs in entries:
            self.translations.setdefault(msgids[0], msgstrs[0])
            english = {strip_mnemonic(text) for text in msgids}
            danish = {strip_mnemonic(text) for text in msgstrs}
            # A text the same in both languages ("ADHD", "Status") belongs to both,
            # even where another entry translates something else to it.
            own |= english & danish
            for text in english ^ danish:
                (foreign if (text in english) == (code == 'da') else own).add(text)
        self.exact = set()
        self.patterns = []
        for text in foreign - own - allowed:
            if not PLACEHOLDER.search(text):
                self.exact.add(text)
            elif re.search(r'[^\W\d_]{3}', PLACEHOLDER.sub('', text)):
                # "%s · %s" would match anything: a pattern needs words of its own.
                parts = PLACEHOLDER.split(text.replace('%%', '%'))
                self.patterns.append((text, re.compile(
                    '^' + '.+?'.join(re.escape(part) for part in parts) + '$', re.S)))

    def t(self, msgid):
        """What the program shows for msgid, without its mnemonic."""
        return strip_mnemonic(self.translations.get(msgid, msgid) if self.code == 'da' else msgid)

    def other_language(self, text):
        """The po/da.po text of the other language that text is, or None."""
        text = strip_mnemonic(text.strip())
        candidates = [text]
        words = text.split(' ')
        half = len(words) // 2
        # GTK 4.8 names a button with a mnemonic by its label twice ("Save Save").
        if len(words) % 2 == 0 and words[:half] == words[half:]:
            candidates.append(' '.join(words[:half]))
        for candidate in list(candidates):
            candidates.extend(part.strip() for part in SEPARATORS.split(candidate))
        for candidate in candidates:
            if candidate in self.exact:
                return candidate
        for source, pattern in self.patterns:
            if pattern.match(text):
                return source
        return None


def fixture_values(paths):
    """Every value in the fixture files: data, whichever language it looks like."""
    values = set()
    for path in paths:
        with open(path, encoding='utf-8-sig') as f:
            values.update(token.strip() for token in re.split(r'[;\n|"]', f.read()) if token.strip())
    return values
