#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks the accessibility tree of every window a user reaches in Brobygger.

The real program runs with its AT-SPI backend on, over a database it filled itself, and
is driven as a keyboard or screen-reader user drives it: shortcuts as key events,
buttons and menu items by their AT-SPI actions, list rows by AT-SPI selection. In each
window, every control a screen reader stops on needs a name of its own (not empty, not
a widget class), and no text may be in the other language: the English msgids of
po/da.po whose Danish differs on a Danish screen, that Danish on an English one.

Only what is on screen in that state is judged (GTK 4.8 also lists hidden stack pages
and unrevealed bars, with no size); each window is walked until two walks agree.

Output is TAP, a test point per language and window; each failure is a line
"# language | window | role | path of names | what is wrong".
"""

import argparse
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# The test environment makes GLib warnings fatal; one inside libatspi would end the
# walk instead of reporting the program's faults. GLib reads this when gi is loaded.
os.environ['G_DEBUG'] = ','.join(flag for flag in os.environ.get('G_DEBUG', '').split(',')
                                 if flag and not flag.startswith('fatal'))

sys.dont_write_bytecode = True     # no __pycache__ in the source tree
from atspi_tree import (CONFIG, POLL, TIMEOUT, AccessibilityBus, OwnDisplay,  # noqa: E402
                        children, die_with_parent, do_action, lookup, on_screen, settle,
                        tree, wait_for, xdotool)
from po_texts import Language, fixture_values, read_po, strip_mnemonic  # noqa: E402

# The roles a screen reader stops on and reads by name.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box', 'entry',
    'password text', 'text', 'spin button', 'slider', 'list item', 'page tab', 'link',
    'menu item', 'check menu item', 'radio menu item', 'tree item', 'table cell',
    'switch',
}
# A screen reader says a window's name when it gets the focus.
WINDOW_ROLES = {'frame', 'dialog', 'alert', 'window', 'file chooser'}
# Fields: each must say what it holds, so no two in a window share a name.
FIELD_ROLES = {'entry', 'password text', 'text', 'spin button'}
# Composite toolkit widgets: their parts are reached and named through them.
OPAQUE_ROLES = {'combo box', 'scroll bar'}
# Unnamed parts of the toolkit's own windows that the program cannot name: reported as
# notes. (window of this test, role, the name GTK gives, which part it is)
TOOLKIT_GAPS = [
    ('keyboard shortcuts', 'push button', 'GtkImage', "GtkShortcutsWindow's search button (GTK 4.8)"),
    ('about', 'push button', 'GtkButton', "AdwAboutWindow's version button (libadwaita 1.2)"),
]
# GTK 4.8 names an unlabelled widget after its class.
CLASS_NAME = re.compile(r'^(Gtk|Adw|Bb)[A-Z][A-Za-z]+$')


# ---- judging ---------------------------------------------------------------------------

def is_unnamed(name):
    return not name.strip() or CLASS_NAME.match(name.strip()) is not None


class Failure:
    def __init__(self, role, path, what):
        self.role, self.path, self.what = role, path, what


class Judgement:
    def __init__(self):
        self.failures, self.notes = [], []
        self.controls = self.texts = 0
        self.seconds = None


def label(seen, index):
    entry = seen[index]
    if not is_unnamed(entry.name):
        return strip_mnemonic(entry.name)
    # Told apart by the first text inside it.
    for inner in seen[index + 1:]:
        if inner.depth <= entry.depth:
            break
        if inner.role == 'label' and not is_unnamed(inner.name):
            return '<unnamed, holding “%s”>' % inner.name[:40]
    return '<unnamed>'


def path_of(seen):
    names = []
    while seen is not None:
        if not is_unnamed(seen.name) and (not names or names[-1] != strip_mnemonic(seen.name)):
            names.append(strip_mnemonic(seen.name))
        seen = seen.parent
    return list(reversed(names))


def judge(window, seen, language, data, judgement, dump=False):
    """Every control named, no two fields alike, and no text in the other language."""
    other = 'English' if language.code == 'da' else 'Danish'
    fields = {}
    for index, entry in enumerate(seen):
        if dump:
            print('%s%s %r %r' % ('  ' * entry.depth, entry.role, entry.name, entry.description),
                  file=sys.stderr)
        where = ' > '.join((path_of(entry.parent) if entry.parent else []) + [label(seen, index)])
        # A combo box's button and list are its own parts, named through it.
        opaque = any(entry.inside(role) for role in OPAQUE_ROLES)

        if entry.role in FIELD_ROLES and not opaque and not is_unnamed(entry.name):
            fields.setdefault(entry.name, []).append(where)
        gap = next((part for name, role, class_name, part in TOOLKIT_GAPS if name in window and
                    role == entry.role and class_name == entry.name.strip()), None)
        if gap is not None:
            judgement.notes.append('%s | %s | unnamed, and the program cannot name it: %s'
                                   % (entry.role, where, gap))
        elif (entry.role in CONTROL_ROLES or entry.role in WINDOW_ROLES) and not opaque:
            judgement.controls += 1
            if is_unnamed(entry.name):
                what = 'no accessible name'
                if entry.name.strip():
                    what += ' (only its class: %s)' % entry.name.strip()
                if entry.description:
                    what += '; its tooltip is “%s”' % entry.description
                judgement.failures.append(Failure(entry.role, where, what))
            elif strip_mnemonic(entry.name) != entry.name:
                judgement.notes.append('%s | %s | GTK 4.8 reads the mnemonic: “%s”'
                                       % (entry.role, where, entry.name))

        for kind, text in (('name', entry.name), ('description', entry.description)):
            if is_unnamed(text) or text.strip() in data:
                continue
            judgement.texts += 1
            source = language.other_language(text)
            if source is not None:
                judgement.failures.append(Failure(entry.role, where, '%s “%s” is %s (po/da.po: “%s”)'
                                                  % (kind, text.strip(), other, source)))

    for name, places in fields.items():
        if len(places) > 1:
            judgement.failures.append(Failure('field', ' | '.join(sorted(set(places))), (
                '%d fields are all named “%s”, not after what each holds' % (len(places), name))))


# ---- the program -------------------------------------------------------------------

class Program:
    def __init__(self, args, language, workdir, database):
        self.args = args
        self.language = language
        self.database = database
        self.log_path = database + '.log'
        self.log_read = 0
        self.process = None
        self.app = None
        self.main = None
        self.x_windows = {}
        self.env = dict(os.environ)
        self.env.update({
            'LANGUAGE': language.code,
            # The other tests switch accessibility off; this one is about it.
            'GTK_A11Y': 'atspi',
            'BROBYGGER_LOCALEDIR': args.localedir,
            # gtk-4.0/settings.ini there turns animations off: nothing moves under a click.
            'XDG_CONFIG_HOME': os.path.join(workdir, 'config'),
        })
        settings = os.path.join(workdir, 'config', 'gtk-4.0', 'settings.ini')
        os.makedirs(os.path.dirname(settings), exist_ok=True)
        with open(settings, 'w') as f:
            f.write('[Settings]\ngtk-enable-animations=false\n')

    def command(self, *options):
        return subprocess.run([self.args.program, '--database', self.database] + list(options),
                              env=self.env, capture_output=True, text=True, timeout=TIMEOUT)

    def frames(self):
        return [frame for frame in children(self.app) if on_screen(frame)]

    def start(self):
        import pyatspi
        from gi.repository import Atspi
        # libatspi gives up on an answer after 0.8 s; a program opening a window on a busy
        # machine takes longer than that to answer the click that opened it.
        Atspi.set_timeout(int(TIMEOUT * 1000), int(TIMEOUT * 1000))
        with open(self.log_path, 'w') as log:
            self.process = subprocess.Popen([self.args.program, '--database', self.database],
                                            env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                            preexec_fn=die_with_parent)

        def application():
            if self.process.poll() is not None:
                raise SystemExit('brobygger exited with status %d before its window appeared:\n%s'
                                 % (self.process.returncode, open(self.log_path).read()))
            for app in children(pyatspi.Registry.getDesktop(0)):
                if app.get_process_id() == self.process.pid:
                    self.app = app
                    return self.frames()
            return None

        self.main = wait_for('the main window on the AT-SPI desktop', application)[0]
        return self.main

    def logged(self):
        """Criticals and warnings the program logged since the last call."""
        with open(self.log_path, errors='replace') as log:
            text = log.read()
        new, self.log_read = text[self.log_read:], len(text)
        return [line.strip() for line in new.splitlines() if re.search(r'-(CRITICAL|WARNING) \*\*', line)]

    def stop(self):
        if self.process is None:
            return None
        try:
            if self.process.poll() is None and self.main is not None:
                self.close(self.main)
            self.process.wait(timeout=TIMEOUT)
            return None
        except Exception as error:
            self.process.kill()
            self.process.wait()
            return 'did not exit when its window was closed (%s)' % error
        finally:
            self.process = None

    def x_window(self, frame):
        if frame.path in self.x_windows:
            return self.x_windows[frame.path]

        def search():
            found = subprocess.run(['xdotool', 'search', '--all', '--onlyvisible', '--pid',
                                    str(self.process.pid), '--name', '^%s$' % re.escape(frame.name)],
                                   capture_output=True, text=True)
            return found.stdout.split()[-1:]
        self.x_windows[frame.path] = wait_for('the X window of “%s”' % frame.name, search)[0]
        return self.x_windows[frame.path]

    def focus(self, frame):
        """There is no window manager to give a window the focus."""
        xdotool('windowfocus', '--sync', self.x_window(frame))

    def press(self, frame, keys):
        """Key events to frame as the keyboard sends them."""
        self.focus(frame)
        xdotool('key', '--clearmodifiers', '--delay', '20', *keys.split())

    def click(self, frame, node):
        """A click on node as the mouse makes it, scrolled into view first by the wheel."""
        import pyatspi
        window = self.x_window(frame)
        xdotool('windowraise', window)
        height = int(dict(line.split('=') for line in xdotool(
            'getwindowgeometry', '--shell', window).split())['HEIGHT'])
        previous = None
        for _ in range(200):
            box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            if box != previous:     # still moving: a row above it opening, or scrolling
                previous = box
                time.sleep(POLL)
                continue
            # Clear of the header bar at the top and of the edge at the bottom; a turn of
            # the wheel moves some 50 pixels.
            if box.y < 64 or box.y + box.height > height - 8:
                away = 64 - box.y if box.y < 64 else box.y + box.height - height + 8
                xdotool('mousemove', '--window', window, str(box.x + 8), str(height // 2),
                        'click', '--repeat', str(max(1, min(10, away // 60))), '--delay', '10',
                        '4' if box.y < 64 else '5')
                continue
            xdotool('mousemove', '--window', window, str(box.x + box.width // 2),
                    str(box.y + box.height // 2), 'click', '1')
            return
        raise RuntimeError('cannot scroll “%s” into view' % node.name)

    def new_frame(self, before, what):
        known = {frame.path for frame in before}
        return wait_for(what, lambda: next((f for f in self.frames() if f.path not in known), None))

    def close(self, frame):
        """As the close button in its header bar does."""
        title, path = frame.name, frame.path
        try:
            do_action(frame, 'window.close')
        except Exception:
            pass                # the window may be gone before it answers
        if frame is not self.main:
            wait_for('“%s” to close' % title, lambda: all(f.path != path for f in self.frames()))


# ---- the ways to each window ---------------------------------------------------------

def open_popover(program, tooltip):
    """Clicks the menu button with this tooltip (whatever its name) in the main window;
    returns the toggle and what it opened."""
    text = program.language.t(tooltip)
    toggle = lookup(program.main_seen, 'menu button “%s”' % text, lambda s: (
        s.role == 'push button' and s.description == text and s.parent.role == 'push button')).node
    program.focus(program.main)
    do_action(toggle)
    popover = wait_for('the popover of “%s”' % text, lambda: next(
        (child for child in children(toggle.parent) if child.path != toggle.path and on_screen(child)), None))
    return toggle, popover


def expand_rows(program, frame, per_list=2):
    """Opens the first rows of each list of expander rows, as a click on each does: what
    they hold is reached only so. (libadwaita 1.2 builds an AdwExpanderRow as a row
    holding a box of two lists, the header row and, once open, what it holds.)"""
    seen = settle(frame)
    opened = {}
    for header in seen:
        box = header.parent.parent if header.parent and header.parent.parent else None
        row = box.parent if box else None
        if not (header.role == 'list item' and header.parent.role == 'list' and box.role == 'panel'
                and row is not None and row.role == 'list item'):
            continue
        key = row.parent.path if row.parent else None
        opened[key] = opened.get(key, 0) + 1
        # Open already, what it holds on screen beside the header, or enough of its list.
        if sum(1 for s in seen if s.parent is box) > 1 or opened[key] > per_list:
            continue
        program.click(frame, header.node)
        wait_for('“%s” to open' % header.name, lambda: sum(
            1 for s in tree(box.node) if s.parent is not None and s.parent.depth == 0) > 1)


def pages(program, frame):
    """Each page of a window with a view switcher, its expander rows open."""
    tabs = [s for s in settle(frame) if s.role == 'page tab']
    states = []
    for tab in tabs:
        def show(program, frame, tab=tab):
            import pyatspi
            do_action(tab.node)
            wait_for('the page “%s”' % tab.name, lambda: tab.node.getState().contains(pyatspi.STATE_SELECTED))
            expand_rows(program, frame)
        states.append((': page “%s”' % tab.name, show))
    return states


def popover_route(tooltip):
    def route(program, before):
        toggle, popover = open_popover(program, tooltip)

        def close():
            do_action(toggle)
            wait_for('the popover to close', lambda: not on_screen(popover))
        return popover, close, None
    return route


def window_route(keys=None, menu=None, states=None):
    """A window opened by a shortcut in the main window, or by a menu item; states says
    what to show in it before each walk."""
    def route(program, before):
        if keys:
            program.press(program.main, keys)
        else:
            toggle, popover = open_popover(program, menu[0])
            text = program.language.t(menu[1])
            item = wait_for('the menu item “%s”' % text, lambda: lookup(tree(popover), 'menu item', lambda s: (
                s.role == 'menu item' and strip_mnemonic(s.name) == text)))
            do_action(item.node)
        frame = program.new_frame(before, 'a new window')
        return frame, lambda: program.close(frame), states and states(program, frame)
    return route


def import_route(program, before):
    """Ctrl+O, the file named by typing its path into the chooser, then the preview."""
    path = program.args.import_file
    program.press(program.main, 'ctrl+o')
    chooser = program.new_frame(before, 'the file chooser')
    known = {frame.path for frame in before + [chooser]}
    preview = None
    program.press(chooser, 'ctrl+l')
    xdotool('type', '--delay', '5', path)
    # GTK 4.8's chooser ignores Enter until it has looked the typed path up, and says
    # nothing over AT-SPI when it has: Enter again while the chooser is still open.
    deadline = time.monotonic() + TIMEOUT
    while preview is None:
        if any(f.path == chooser.path for f in program.frames()):
            xdotool('key', 'Return')
        try:
            preview = wait_for('the import preview', lambda: next(
                (f for f in program.frames() if f.path not in known), None), timeout=0.5)
        except TimeoutError:
            if time.monotonic() > deadline:
                raise
    return preview, lambda: program.close(preview), None


def main_route(program, before):
    return program.main, lambda: None, None


def select_offer(program, title):
    """Selects the offer's row as a screen reader does, and waits for its details."""
    seen = wait_for('the row of “%s”' % title, lambda: [s for s in tree(program.main) if (
        s.role == 'label' and s.name == title and s.inside('list item'))])
    row = seen[0].parent
    while row.role != 'list item':
        row = row.parent
    row.node.parent.querySelection().selectChild(row.node.getIndexInParent())
    wait_for('the details of “%s”' % title, lambda: [s for s in tree(program.main) if (
        s.role == 'label' and s.name == title and not s.inside('list item'))])


def courses_route(program, before):
    """The courses view, through its tab in the view switcher; the offers view again after."""
    import pyatspi

    def show(name):
        text = program.language.t(name)
        tab = wait_for('the page tab “%s”' % text, lambda: next(
            (s for s in settle(program.main) if s.role == 'page tab' and s.name == text), None))
        do_action(tab.node)
        wait_for('the page “%s”' % text, lambda: tab.node.getState().contains(pyatspi.STATE_SELECTED))
    show('Courses')
    return program.main, lambda: show('Offers'), None


WINDOWS = [
    ('main window', main_route),
    ('filter popover', popover_route('Filter and Sort')),
    ('catalogue menu', popover_route('Catalogue Menu')),
    ('offer menu', popover_route('Offer Menu')),
    ('main menu', popover_route('Main Menu')),
    ('offer editor (Ctrl+E)', window_route(keys='ctrl+e', states=lambda program, frame: [
        (', its rows open', lambda program, frame: expand_rows(program, frame))])),
    ('coverage (Ctrl+M)', window_route(keys='ctrl+m')),
    ('lists window (menu)', window_route(menu=('Catalogue Menu', '_Providers, Target Groups and Steps'),
                                         states=pages)),
    ('recently deleted (menu)', window_route(menu=('Catalogue Menu', '_Recently Deleted…'))),
    ('import preview (Ctrl+O)', import_route),
    ('keyboard shortcuts (Ctrl+?)', window_route(keys='ctrl+question')),
    ('preferences (Ctrl+,)', window_route(keys='ctrl+comma')),
    ('about (menu)', window_route(menu=('Main Menu', '_About Brobygger'))),
    # Last: it leaves what the main window shows to the routes above as they found it.
    ('courses view', courses_route),
]


# ---- running ---------------------------------------------------------------------------

def check_window(program, name, route, data, results):
    """Opens a window, walks it in each of its states, and closes it again."""
    started = time.monotonic()
    before = program.frames()
    judgement = Judgement()
    try:
        target, close, states = route(program, before)
        for suffix, show in states or [('', None)]:
            if show is not None:
                show(program, target)
            seen = settle(target)
            if target is program.main:
                program.main_seen = seen
            judge(name, seen, program.language, data, judgement, program.args.dump)
            judgement.seconds = time.monotonic() - started
            if suffix:
                results.append((program.language.code, name + suffix, judgement))
                judgement, started = Judgement(), time.monotonic()
        close()
    except Exception as error:
        judgement.failures.append(Failure('-', '-', 'cannot walk it: %s' % error))
        # What it left open (a modal window takes the shortcuts) would fail the next ones too.
        try:
            for frame in program.frames():
                if all(frame.path != other.path for other in before):
                    program.close(frame)
        except Exception as error:
            judgement.failures.append(Failure('-', '-', 'cannot close what it opened: %s' % error))
    judgement.failures += [Failure('-', '-', 'the program logged: ' + line) for line in program.logged()]
    if judgement.failures or judgement.seconds is not None:
        results.append((program.language.code, name, judgement))


def wanted(args, name):
    return not args.only or any(part in name for part in args.only)


def run_language(args, language, data, workdir, results):
    program = Program(args, language, workdir, os.path.join(workdir, 'catalogue-%s.db' % language.code))

    # Without its translation the program is English throughout and the walk says nothing.
    english = Program(args, Language('en', [], set()), workdir, program.database)
    if language.code == 'da' and program.command('--help').stdout == english.command('--help').stdout:
        judgement = Judgement()
        judgement.failures.append(Failure('-', '-', (
            'the program does not speak Danish: it reads its translation from its install prefix, '
            'not from the build tree (%s, BROBYGGER_LOCALEDIR)') % args.localedir))
        results.append((language.code, 'translation', judgement))
        return

    # Filled through the program itself, in this language, so its seeded lists are too.
    for path in args.fixture:
        done = program.command('--import-offers', path)
        if done.returncode != 0:
            raise RuntimeError('cannot import %s: %s' % (path, done.stderr))

    try:
        program.start()
        select_offer(program, args.offer)
        for name, route in WINDOWS:
            if wanted(args, name) or (name == 'main window' and args.only):
                check_window(program, name, route, data, results)
                if not wanted(args, name):
                    results.pop()   # walked only to find the menu buttons
    finally:
        problem = program.stop()
    closing = Judgement()
    if problem:
        closing.failures.append(Failure('-', '-', 'the program ' + problem))
    closing.failures += [Failure('-', '-', 'the program logged: ' + line) for line in program.logged()]
    results.append((language.code, 'closing', closing))

    # What a new user sees first: the welcome of an empty catalogue.
    if wanted(args, 'empty catalogue'):
        empty = Program(args, language, workdir, os.path.join(workdir, 'empty-%s.db' % language.code))
        try:
            empty.start()
            check_window(empty, 'main window, empty catalogue', main_route, data, results)
        finally:
            problem = empty.stop()
        if problem:
            results[-1][2].failures.append(Failure('-', '-', 'the program ' + problem))


def report(results):
    print('1..%d' % len(results))
    failed = 0
    for number, (code, window, judgement) in enumerate(results, 1):
        summary = ''
        if judgement.seconds is not None:
            summary = ' (%d controls, %d texts, %.1f s)' % (judgement.controls, judgement.texts, judgement.seconds)
        failed += bool(judgement.failures)
        print('%s %d - %s: %s%s' % ('not ok' if judgement.failures else 'ok', number, code, window, summary))
        # A menu button and the toggle inside it are one fault, reported once.
        lines = {}
        for failure in judgement.failures:
            line = '%s | %s | %s | %s | %s' % (code, window, failure.role, failure.path, failure.what)
            lines[line] = lines.get(line, 0) + 1
        for line, times in lines.items():
            print('# ' + line + (' (%d×)' % times if times > 1 else ''))
        # meson --print-errorlogs shows a TAP test's stderr (its last 100 lines), not what
        # it parsed: there, the rows of one list that lack a name are one line.
        summary = {}
        for failure in judgement.failures:
            holding = re.search(r'<unnamed, holding “(.*?)”>$', failure.path)
            path = failure.path[:holding.start()] + '<unnamed>' if holding else failure.path
            key = '%s | %s | %s | %s | %s' % (code, window, failure.role, path, failure.what)
            summary.setdefault(key, [])
            if holding and holding.group(1) not in summary[key]:
                summary[key].append(holding.group(1))
        for key, holdings in summary.items():
            print(key + (' – %d, holding %s' % (len(holdings), ', '.join('“%s”' % h for h in holdings))
                         if len(holdings) > 1 else ' – holding “%s”' % holdings[0] if holdings else ''),
                  file=sys.stderr)
        for note in judgement.notes:
            print('# note: %s | %s | %s' % (code, window, note))
    return failed


def to_json(results):
    return json.dumps([(code, window, {
        'failures': [(f.role, f.path, f.what) for f in judgement.failures],
        'notes': judgement.notes, 'controls': judgement.controls, 'texts': judgement.texts,
        'seconds': judgement.seconds}) for code, window, judgement in results])


def from_json(text):
    results = []
    for code, window, fields in json.loads(text):
        judgement = Judgement()
        judgement.failures = [Failure(*failure) for failure in fields['failures']]
        judgement.notes, judgement.seconds = fields['notes'], fields['seconds']
        judgement.controls, judgement.texts = fields['controls'], fields['texts']
        results.append((code, window, judgement))
    return results


def run_in_parallel(languages):
    """Each language in a run of its own, side by side, each with its own display and
    bus: most of a walk is waiting for one program's answers, so two programs take
    little longer than one."""
    runs = []
    for code in languages:
        command = [sys.executable, sys.argv[0]] + sys.argv[1:] + ['--language', code, '--json']
        runs.append((code, subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                            text=True, preexec_fn=die_with_parent)))
    results = []
    for code, run in runs:
        out, err = run.communicate()
        try:
            results += from_json(out)
        except ValueError:
            judgement = Judgement()
            judgement.failures.append(Failure('-', '-', 'the run ended with status %d: %s'
                                              % (run.returncode, (err or out).strip()[-2000:])))
            results.append((code, 'run', judgement))
        if err.strip() and '--dump' in sys.argv:
            print(err, file=sys.stderr)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--program', required=True, help='the brobygger executable')
    parser.add_argument('--po', required=True, help='po/da.po')
    parser.add_argument('--localedir', required=True, help='where the build puts da/LC_MESSAGES/')
    parser.add_argument('--fixture', action='append', required=True, help='a .csv to import first')
    parser.add_argument('--import-file', required=True, help='the file to preview in the import window')
    parser.add_argument('--offer', required=True, help='the title of the offer to select')
    parser.add_argument('--language', action='append', choices=['en', 'da'], help='default: both')
    parser.add_argument('--only', action='append', help='only the windows whose name has this')
    parser.add_argument('--dump', action='store_true', help='print every tree judged (stderr)')
    parser.add_argument('--json', action='store_true', help=argparse.SUPPRESS)
    args = parser.parse_args()

    for tool, package in (('xdotool', 'xdotool'), ('dbus-daemon', 'dbus'), ('Xvfb', 'xvfb')):
        if shutil.which(tool) is None:
            print('1..0 # SKIP %s is not installed (sh .ci/dependencies)' % package)
            return 0
    if not os.path.exists(CONFIG):
        print('1..0 # SKIP at-spi2-core is not installed (sh .ci/dependencies)')
        return 0
    # Not imported yet: libatspi finds its bus when it loads, and that is set up below.
    if importlib.util.find_spec('pyatspi') is None:
        print('1..0 # SKIP python3-pyatspi is not installed (sh .ci/dependencies)')
        return 0

    # A time-out ends the test with SIGTERM: the programs and the bus end with it.
    signal.signal(signal.SIGTERM, lambda *unused: sys.exit(1))
    languages = args.language or ['en', 'da']
    with tempfile.TemporaryDirectory(prefix='brobygger-a11y-') as workdir:
        if len(languages) > 1:
            results = run_in_parallel(languages)
        else:
            entries = read_po(args.po)
            data = fixture_values(args.fixture + [args.import_file])
            results = []
            with OwnDisplay(), AccessibilityBus(workdir):
                run_language(args, Language(languages[0], entries, data), data, workdir, results)
            if args.json:
                print(to_json(results))
                return 0
    return 1 if report(results) else 0


if __name__ == '__main__':
    sys.exit(main())
