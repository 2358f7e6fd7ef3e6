"""Warning control — glasspy's implementation of the common parts of Python 3.11's warnings."""

import sys

__all__ = ["warn", "showwarning", "formatwarning", "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
_onceregistry = {}
_seen = set()


def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        try:
            with open(filename) as f:
                lines = f.readlines()
            line = lines[lineno - 1] if 0 < lineno <= len(lines) else None
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    file.write(formatwarning(message, category, filename, lineno, line))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    item = (action, message, category, module, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def simplefilter(action, category=Warning, lineno=0, append=False):
    filterwarnings(action, "", category, "", lineno, append)


def resetwarnings():
    filters[:] = []


def _action_for(category, text, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if (not msg or text.startswith(msg)) and issubclass(category, cat) and (not mod or mod == module) and (not ln or ln == lineno):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore" if module != "__main__" or not issubclass(category, DeprecationWarning) else "default"
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    frame = sys._getframe(1)
    for _ in range(stacklevel - 1):
        if frame.f_back is None:
            break
        frame = frame.f_back
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    module = frame.f_globals.get("__name__", "<string>")
    text = str(message)
    action = _action_for(category, text, module, lineno)
    if action == "error":
        raise message if isinstance(message, Warning) else category(message)
    if action == "ignore":
        return
    key = (text, category, lineno, filename)
    if action in ("default", "module", "once"):
        if key in _seen:
            return
        _seen.add(key)
    showwarning(message, category, filename, lineno)


class catch_warnings:
    def __init__(self, *, record=False, module=None):
        self._record = record
        self._entered = False

    def __enter__(self):
        global showwarning
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._seen = set(_seen)
        if self._record:
            log = []
            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _seen.clear()
        _seen.update(self._seen)


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None):
        self.message = message if isinstance(message, Warning) else category(message)
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self.category.__name__, self.filename, self.lineno, self.line))
