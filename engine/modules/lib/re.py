"""Regular expressions — the public face of glasspy's re.

The matching engine is native (engine/modules/re.ts, imported as _re); this module adds what
CPython 3.11's Lib/re/__init__.py adds in Python: the flags as the RegexFlag enum (an IntFlag
whose reprs name the module: re.IGNORECASE, re.IGNORECASE|re.MULTILINE).
"""

import enum
import _re
from _re import (compile, search, match, fullmatch, findall, finditer, split, sub, subn,
                 escape, purge, error, Pattern, Match)

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
    'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
    'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
    'RegexFlag',
]


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
