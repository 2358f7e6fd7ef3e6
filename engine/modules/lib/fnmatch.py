"""Filename matching with shell patterns (as CPython's fnmatch): fnmatch, fnmatchcase,
filter and translate.  * matches everything, ? one character, [seq] / [!seq] a set."""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


_cache = {}


def _compile_pattern(pat):
    # A plain dict (CPython uses lru_cache(maxsize=32768)): patterns are few, lookups many.
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if len(_cache) >= 32768:
            _cache.clear()
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
        else:
            res = translate(pat)
        match = _cache[key] = re.compile(res).match
    return match


def filter(names, pat):
    """Return the subset of names that match pat."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    # A pattern without wildcards matches only itself (and glasspy's re is slow to start a match).
    if isinstance(pat, str) and '*' not in pat and '?' not in pat and '[' not in pat:
        return name == pat
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """Translate a shell pattern to a regular expression (anchored at the end)."""
    i, n = 0, len(pat)
    parts = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # consecutive stars are one star
            if not parts or parts[-1] != '.*':
                parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                stuff = pat[i:j]
                i = j + 1
                neg = stuff.startswith('!')
                if neg:
                    stuff = stuff[1:]
                # Backslashes are literal in shell patterns; set operators are escaped.
                body = re.sub(r'([\\&~|\[])', r'\\\1', stuff)
                if not neg and body.startswith('^'):
                    body = '\\' + body
                parts.append('[' + ('^' if neg else '') + body + ']')
        else:
            parts.append(re.escape(c))
    # CPython wraps this in a scoped (?s:...) group; glasspy's re takes the flag globally,
    # which is the same for a pattern used on its own.
    return fr'(?s){"".join(parts)}\Z'
