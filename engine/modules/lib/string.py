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


import re as _re


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _Lazy:
    """A Template class attribute (flags, pattern) computed for a class the first time it is
    read and then stored on that class: CPython builds them when the class is created, with
    the same values, but doing it on demand keeps `import string` from importing enum."""

    def __init__(self, compute, name=None):
        self.compute = compute
        self.name = name

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        cls = type(obj) if cls is None else cls
        value = self.compute(cls)
        setattr(cls, self.name, value)
        return value


def _template_pattern(cls):
    delim = _re.escape(cls.delimiter)
    ident = cls.idpattern
    bident = cls.braceidpattern or cls.idpattern
    pattern = fr"""
    {delim}(?:
      (?P<escaped>{delim})  |   # two delimiters
      (?P<named>{ident})    |   # delimiter and an identifier
      {{(?P<braced>{bident})}} |  # delimiter and a braced identifier
      (?P<invalid>)             # any other use of the delimiter
    )
    """
    return _re.compile(pattern, cls.flags | _re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # The (?a:...) keeps [a-z] ASCII under IGNORECASE, as in CPython.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _Lazy(lambda cls: _re.IGNORECASE)
    pattern = _Lazy(_template_pattern)

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            # A pattern given as a string is compiled with the class's flags.
            pattern = cls.__dict__['pattern']
            cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)
        else:
            cls.pattern = _Lazy(_template_pattern, 'pattern')

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(_sentinel_dict if mapping is None else mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(_sentinel_dict if mapping is None else mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and mo.group('invalid') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


_sentinel_dict = {}


# ## Formatter: str.format's machinery, open to subclassing

def _formatter_parser(s):
    """(literal, field_name, format_spec, conversion) tuples, as _string.formatter_parser
    (Objects/stringlib/unicode_format.h MarkupIterator) produces them."""
    i, n = 0, len(s)
    while i < n:
        start = i
        c = None
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            yield s[start:i], None, None, None
            return
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # A doubled brace: literal text up to and including one brace.
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        field_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    break
        else:
            raise ValueError("expected '}' before end of string")
        field = s[field_start:i - 1]
        yield (literal,) + _parse_field(field)


def _parse_field(field):
    j, n = 0, len(field)
    while j < n:
        c = field[j]
        if c == '[':
            while j < n and field[j] != ']':
                j += 1
            if j >= n:
                break
        elif c == ':' or c == '!':
            break
        j += 1
    name = field[:j]
    conversion = None
    spec = ''
    if j < n:
        if field[j] == '!':
            j += 1
            if j >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = field[j]
            j += 1
            if j < n:
                if field[j] != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec = field[j + 1:]
    return name, spec, conversion


def _field_name_split(name):
    """(first, [(is_attribute, key), ...]) as _string.formatter_field_name_split gives."""
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] not in '.[':
                j += 1
            if j == i:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[i:j]))
            i = j
        elif c == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i:j]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
