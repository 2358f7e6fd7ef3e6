"""JSON encoder and decoder — glasspy's implementation of Python 3.11's json module (in Python)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append('\\u%04x' % ord(ch))
        elif ensure_ascii and ord(ch) > 0x7e:
            n = ord(ch)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_repr(o, allow_nan, one_shot=False):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        # CPython's C encoder (one-shot encode without indent) leaves the value out of the
        # message; the Python encoder used otherwise adds it.
        if one_shot:
            raise ValueError("Out of range float values are not JSON compliant")
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        # Chunks as json/encoder.py _make_iterencode() yields them: a scalar in a container
        # travels with the separator before it.
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        one_shot = _one_shot and indent is None
        item_separator = self.item_separator
        key_separator = self.key_separator

        def encoder(s):
            return _encode_str(s, self.ensure_ascii)

        def floatstr(f):
            return _float_repr(f, self.allow_nan, one_shot)

        def scalar(v):
            if isinstance(v, str):
                return encoder(v)
            if v is None:
                return 'null'
            if v is True:
                return 'true'
            if v is False:
                return 'false'
            if isinstance(v, int):
                return int.__repr__(v)
            if isinstance(v, float):
                return floatstr(v)
            return None

        def enter(o):
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o

        def leave(o):
            if markers is not None:
                del markers[id(o)]

        def enc_list(lst, level):
            if not lst:
                yield '[]'
                return
            enter(lst)
            buf = '['
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                separator = item_separator + newline_indent
                buf += newline_indent
            else:
                newline_indent = None
                separator = item_separator
            first = True
            for value in lst:
                if first:
                    first = False
                else:
                    buf = separator
                text = scalar(value)
                if text is not None:
                    yield buf + text
                else:
                    yield buf
                    yield from enc(value, level)
            if newline_indent is not None:
                level -= 1
                yield '\n' + indent * level
            yield ']'
            leave(lst)

        def enc_dict(dct, level):
            if not dct:
                yield '{}'
                return
            enter(dct)
            yield '{'
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                separator = item_separator + newline_indent
                yield newline_indent
            else:
                newline_indent = None
                separator = item_separator
            first = True
            items = sorted(dct.items()) if self.sort_keys else dct.items()
            for key, value in items:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, int):
                    key = int.__repr__(key)
                elif self.skipkeys:
                    continue
                else:
                    raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
                if first:
                    first = False
                else:
                    yield separator
                yield encoder(key)
                yield key_separator
                text = scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from enc(value, level)
            if newline_indent is not None:
                level -= 1
                yield '\n' + indent * level
            yield '}'
            leave(dct)

        def enc(o, level):
            text = scalar(o)
            if text is not None:
                yield text
            elif isinstance(o, (list, tuple)):
                yield from enc_list(o, level)
            elif isinstance(o, dict):
                yield from enc_dict(o, level)
            else:
                enter(o)
                yield from enc(self.default(o), level)
                leave(o)

        return enc(o, 0)


_WS = ' \t\n\r'


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {'-Infinity': -float('inf'), 'Infinity': float('inf'), 'NaN': float('nan')}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def _skip(self, s, i):
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        j = i
        if j < len(s) and s[j] == '-':
            j += 1
        if j < len(s) and s[j] == '0':
            j += 1
        elif j < len(s) and s[j] in '123456789':
            while j < len(s) and s[j].isdigit():
                j += 1
        else:
            raise StopIteration(i)
        is_float = False
        if j < len(s) and s[j] == '.' and j + 1 < len(s) and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < len(s) and s[j].isdigit():
                j += 1
        if j < len(s) and s[j] in 'eE':
            k = j + 1
            if k < len(s) and s[k] in '+-':
                k += 1
            if k < len(s) and s[k].isdigit():
                is_float = True
                j = k
                while j < len(s) and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        out = []
        start = i - 1
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            c = s[i]
            if c == '"':
                return ''.join(out), i + 1
            if c == '\\':
                i += 1
                if i >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, start)
                e = s[i]
                if e == 'u':
                    code = s[i + 1:i + 5]
                    if len(code) != 4 or any(ch not in '0123456789abcdefABCDEF' for ch in code):
                        raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
                    n = int(code, 16)
                    i += 5
                    if 0xd800 <= n <= 0xdbff and s[i:i + 2] == '\\u':
                        low = int(s[i + 2:i + 6], 16)
                        if 0xdc00 <= low <= 0xdfff:
                            n = 0x10000 + (((n - 0xd800) << 10) | (low - 0xdc00))
                            i += 6
                    out.append(chr(n))
                    continue
                table = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
                if e not in table:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                out.append(table[e])
                i += 1
                continue
            if self.strict and ord(c) < 0x20:
                raise JSONDecodeError("Invalid control character at", s, i)
            out.append(c)
            i += 1

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            i = self._skip(s, i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            i = self._skip(s, i)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    cls = cls or JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if cls is None:
        cls = JSONDecoder
    # Only the hooks actually given are passed on, so a JSONDecoder subclass may set its own.
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
