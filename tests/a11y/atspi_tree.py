# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading a program's accessibility tree over AT-SPI, on an X display and an
accessibility bus of the test's own.

pyatspi is imported only once AccessibilityBus has named the bus: libatspi looks for
it when it loads."""

import os
import signal
import subprocess
import time

# at-spi2-core's configuration for an accessibility bus; it starts at-spi2-registryd.
CONFIG = '/usr/share/defaults/at-spi2/accessibility.conf'
TIMEOUT = 30.0     # seconds; the suite may run on a busy machine
POLL = 0.05


def wait_for(what, condition, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = condition()
        except Exception:       # the tree changed under the look-up: look again
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError('waited %g s for %s' % (timeout, what))
        time.sleep(POLL)


def on_screen(node):
    import pyatspi
    try:
        box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except NotImplementedError:
        return True             # a GtkStackPage: its child tells
    return box.width > 0 and box.height > 0


def children(node):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def do_action(node, name='click'):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if name not in names:
        raise RuntimeError('“%s” has no action %s (%s)' % (node.name, name, ', '.join(names)))
    action.doAction(names.index(name))


class Seen:
    """A node as a walk found it. Its pyatspi object is found again, by the child indices
    from the root, only when something is done with it."""

    def __init__(self, parent, index, path, depth):
        self.parent, self.index, self.path, self.depth = parent, index, path, depth
        self.role = self.name = self.description = ''
        self.box = None
        self.child_paths = []
        self._node = None

    @property
    def node(self):
        if self._node is None:
            # GTK 4.8's GetChildAtIndex puts a GtkStackPage between a stack and each of its
            # pages, which GetChildren leaves out: look one level deeper there.
            for child in children(self.parent.node):
                if child.path == self.path:
                    self._node = child
                elif child.name == 'GtkStackPage':
                    self._node = next((page for page in children(child) if page.path == self.path), None)
                if self._node is not None:
                    break
            else:
                raise LookupError('“%s” is gone' % self.name)
        return self._node

    def key(self):
        return (self.depth, self.role, self.name, self.description, self.box)

    def inside(self, role):
        seen = self.parent
        while seen is not None:
            if seen.role == role:
                return True
            seen = seen.parent
        return False


class Walker:
    """Reads the tree with plain D-Bus calls, all of one depth at once.

    pyatspi asks one question at a time, six or so per node, and each answer is a round
    trip: a window of a thousand nodes took seconds, twice for each walk. Asked together,
    the program answers a whole depth of the tree in about the time of one question."""

    ACCESSIBLE = 'org.a11y.atspi.Accessible'

    def __init__(self):
        from gi.repository import Gio
        self.bus = Gio.DBusConnection.new_for_address_sync(
            os.environ['AT_SPI_BUS_ADDRESS'],
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)

    def ask(self, questions):
        """Sends every (bus name, path, interface, method, arguments) at once; the answers
        in the same order, an Exception where there was an error."""
        from gi.repository import GLib
        answers = [None] * len(questions)
        waiting = [len(questions)]

        def answered(bus, result, index):
            try:
                answers[index] = bus.call_finish(result).unpack()
            except GLib.Error as error:
                answers[index] = error
            waiting[0] -= 1

        for index, (name, path, interface, method, arguments) in enumerate(questions):
            self.bus.call(name, path, interface, method, arguments, None, 0, int(TIMEOUT * 1000),
                          None, answered, index)
        context = GLib.MainContext.default()
        while waiting[0]:
            context.iteration(True)
        return answers

    def walk(self, root):
        """Every node under root (a pyatspi node) that is on screen now, depth first."""
        from gi.repository import GLib
        from gi.repository import Atspi
        name = root.app.bus_name
        top = Seen(None, 0, root.path, 0)
        top._node = root
        level, shown = [top], []
        while level:
            questions = []
            for seen in level:
                questions += [
                    (name, seen.path, 'org.a11y.atspi.Component', 'GetExtents', GLib.Variant('(u)', (1,))),
                    (name, seen.path, self.ACCESSIBLE, 'GetRole', None),
                    (name, seen.path, 'org.freedesktop.DBus.Properties', 'GetAll',
                     GLib.Variant('(s)', (self.ACCESSIBLE,))),
                    (name, seen.path, self.ACCESSIBLE, 'GetChildren', None)]
            answers = self.ask(questions)
            for i, seen in enumerate(level):
                box, role, properties, kids = answers[4 * i:4 * i + 4]
                for answer in (role, properties, kids):
                    if isinstance(answer, Exception):
                        raise answer
                # A GtkStackPage has no extents: its child tells whether it is shown.
                seen.box = None if isinstance(box, Exception) else tuple(box[0])
                seen.role = Atspi.role_get_name(Atspi.Role(role[0]))
                seen.name = properties[0].get('Name', '')
                seen.description = properties[0].get('Description', '')
                seen.child_paths = [path for _, path in kids[0]]
            level = [seen for seen in level if seen.box is None or (seen.box[2] > 0 and seen.box[3] > 0)]
            level = self.one_page_each(name, level)
            shown += level
            level = [Seen(seen, index, path, seen.depth + 1)
                     for seen in level for index, path in enumerate(seen.child_paths)]
        # Depth first, each node before its children and those in their order.
        by_parent = {}
        for seen in shown:
            by_parent.setdefault(id(seen.parent), []).append(seen)
        ordered = []

        def add(seen):
            ordered.append(seen)
            for child in sorted(by_parent.get(id(seen), []), key=lambda s: s.index):
                add(child)

        if shown and shown[0] is top:
            add(top)
        return ordered

    def one_page_each(self, name, level):
        """Children of one node in the very same room are a stack's pages, and only one is
        shown: GTK 4.8 keeps the size of a page it hid. The shown one is the one that holds
        what is at the middle of that room; if nothing answers (scrolled out of view) all
        stay."""
        from gi.repository import GLib

        rooms = {}
        for seen in level:
            if seen.box is not None and seen.parent is not None:
                rooms.setdefault((id(seen.parent), seen.box), []).append(seen)
        hidden = set()
        for (_, box), group in rooms.items():
            if len(group) < 2:
                continue
            stack = group[0].parent
            hit = self.ask([(name, stack.path, 'org.a11y.atspi.Component', 'GetAccessibleAtPoint',
                             GLib.Variant('(iiu)', (box[0] + box[2] // 2, box[1] + box[3] // 2, 1)))])[0]
            paths = {seen.path: seen for seen in group}
            path = None if isinstance(hit, Exception) else hit[0][1]
            for _ in range(100):
                if path is None or path in paths or path == stack.path:
                    break
                parent = self.ask([(name, path, 'org.freedesktop.DBus.Properties', 'Get',
                                    GLib.Variant('(ss)', (self.ACCESSIBLE, 'Parent')))])[0]
                path = None if isinstance(parent, Exception) else parent[0][1]
            if path in paths:
                hidden.update(id(seen) for seen in group if seen.path != path)
        return [seen for seen in level if id(seen) not in hidden]


WALKER = None


def tree(root):
    """Every node under root that is on screen now, depth first."""
    global WALKER
    if WALKER is None:
        WALKER = Walker()
    return WALKER.walk(root)


def lookup(seen, what, predicate):
    """The first node of a walk for which predicate holds and that is still on screen."""
    for entry in seen:
        if predicate(entry) and on_screen(entry.node):
            return entry
    raise LookupError('no %s in “%s”' % (what, seen[0].name if seen else '?'))


def settle(root):
    """Walks root until two walks in a row agree, sizes and places too: a window still
    laying itself out or filling its lists is not judged, or clicked, half-way."""
    previous = None
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            seen = tree(root)
        except Exception:       # a node went away during the walk
            seen = None
        if seen and previous and [s.key() for s in seen] == [s.key() for s in previous]:
            return seen
        if time.monotonic() > deadline:
            raise TimeoutError('“%s” did not settle in %g s' % (root.name, TIMEOUT))
        previous = seen
        time.sleep(POLL)


# ---- a display and a bus of our own -------------------------------------------------

def die_with_parent():
    """A child ends with this test, also when a time-out kills it."""
    import ctypes
    ctypes.CDLL(None).prctl(1, signal.SIGTERM)     # PR_SET_PDEATHSIG


class AccessibilityBus:
    """A bus of this test's own for AT-SPI, named to GTK and libatspi by AT_SPI_BUS_ADDRESS.

    The shared one that at-spi-bus-launcher starts on demand lives at one path per user
    (~/.cache/at-spi/bus without XDG_RUNTIME_DIR): a second test run beside this one
    takes that path over and removes it when it ends, and this run's program and walker
    would lose each other."""

    def __init__(self, workdir):
        self.path = os.path.join(workdir, 'a11y-bus')
        self.daemon = None

    def __enter__(self):
        # Set before the bus starts: at-spi2-registryd, which the bus starts, must find it too.
        os.environ['AT_SPI_BUS_ADDRESS'] = 'unix:path=' + self.path
        read, write = os.pipe()
        self.daemon = subprocess.Popen(
            ['dbus-daemon', '--config-file', CONFIG, '--nofork', '--print-address=%d' % write,
             '--address=' + os.environ['AT_SPI_BUS_ADDRESS']],
            pass_fds=[write], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent)
        os.close(write)
        with os.fdopen(read) as printed:
            if not printed.readline().strip():
                raise RuntimeError('the accessibility bus did not start (%s)' % CONFIG)
        return self

    def __exit__(self, *exception):
        self.daemon.terminate()
        self.daemon.wait()


class OwnDisplay:
    """An X display of this run's own. The two languages run side by side, and on one
    display the windows of one would take the other's clicks, keys and focus (and a
    popover closes when its window loses the focus)."""

    def __enter__(self):
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ['Xvfb', '-displayfd', str(write), '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
            pass_fds=[write], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent)
        os.close(write)
        with os.fdopen(read) as printed:
            number = printed.readline().strip()
        if not number:
            raise RuntimeError('Xvfb did not start')
        os.environ['DISPLAY'] = ':' + number
        os.environ.pop('XAUTHORITY', None)      # this server asks for none
        return self

    def __exit__(self, *exception):
        self.server.terminate()
        self.server.wait()


def xdotool(*arguments):
    return subprocess.run(['xdotool'] + list(arguments), check=True, capture_output=True,
                          text=True, timeout=TIMEOUT).stdout
