"""Regular expressions — the public face of glasspy's re.

The matching engine is native (engine/modules/re.ts, imported as _re); this module adds what
CPython 3.11's Lib/re/__init__.py adds in Python: the flags as the RegexFlag enum (an IntFlag
whose reprs name the module: re.IGNORECASE, re.IGNORECASE|re.MULTILINE).

RegexFlag is built the first time a flag is looked up (module __getattr__), so importing re
does not import enum; the engine takes the flags as plain ints either way.
"""

import _re
from _re import (compile, search, match, fullmatch, findall, finditer, split, sub, subn,
                 escape, purge, error, Pattern, Match)

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
    'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
    'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
    'RegexFlag',
]

_FLAG_NAMES = frozenset(['RegexFlag', 'NOFLAG', 'ASCII', 'A', 'IGNORECASE', 'I', 'LOCALE', 'L',
                         'UNICODE', 'U', 'MULTILINE', 'M', 'DOTALL', 'S', 'VERBOSE', 'X',
                         'TEMPLATE', 'T', 'DEBUG'])


def _make_regex_flag():
    import enum

    @enum.global_enum
    class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
        NOFLAG = 0
        ASCII = A = _re.SRE_FLAG_ASCII
        IGNORECASE = I = _re.SRE_FLAG_IGNORECASE
        LOCALE = L = _re.SRE_FLAG_LOCALE
        UNICODE = U = _re.SRE_FLAG_UNICODE
        MULTILINE = M = _re.SRE_FLAG_MULTILINE
        DOTALL = S = _re.SRE_FLAG_DOTALL
        VERBOSE = X = _re.SRE_FLAG_VERBOSE
        TEMPLATE = T = _re.SRE_FLAG_TEMPLATE
        DEBUG = _re.SRE_FLAG_DEBUG
        __str__ = object.__str__
        _numeric_repr_ = hex

    RegexFlag.__qualname__ = 'RegexFlag'
    globals()['RegexFlag'] = RegexFlag


def __getattr__(name):
    if name in _FLAG_NAMES:
        _make_regex_flag()
        return globals()[name]
    raise AttributeError(f"module 're' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) | _FLAG_NAMES)
