"""Common string constants and Template — glasspy's implementation of Python 3.11's string module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _substitute(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if not t.startswith(d, i):
                out.append(c)
                i += 1
                continue
            j = i + len(d)
            if t.startswith(d, j):
                out.append(d)
                i = j + len(d)
                continue
            braced = j < n and t[j] == '{'
            k = j + 1 if braced else j
            m = k
            if m < n and _is_ident_start(t[m]):
                m += 1
                while m < n and (t[m] == '_' or t[m].isalnum() and t[m].isascii()):
                    m += 1
            name = t[k:m]
            if braced and (m >= n or t[m] != '}'):
                name = ''
            if not name:
                if safe:
                    out.append(d)
                    i = j
                    continue
                lineno = t.count('\n', 0, i) + 1
                colno = i - (t.rfind('\n', 0, i) + 1) + 1
                raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')
            end = m + 1 if braced else m
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(t[i:end])
            i = end
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._substitute({**mapping, **kws} if kws else mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._substitute({**mapping, **kws} if kws else mapping, True)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
