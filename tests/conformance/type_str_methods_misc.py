# str methods not covered elsewhere: expandtabs, splitlines, translate, casefold, format_map ...
print(repr('a\tbc\td'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('\t'.expandtabs(0)), repr('ab\n\tc'.expandtabs(3)))
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0c six\x1c7\x1d8\x1e9\x85ten\u2028eleven\u2029'
print(text.splitlines())
print(text.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'x\n\n'.splitlines(True), 'no newline'.splitlines())
table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()), 'abcdabcd'.translate(table))
print(str.maketrans({'a': '1', 'b': None, 99: 'CC'}), 'abcabc'.translate({ord('a'): '<A>', ord('b'): None}))
print('hello'.translate({104: 72, 111: 'OO'}), 'xyz'.translate([chr(i).upper() for i in range(200)]))
class Table:
    def __getitem__(self, c):
        if c == ord('!'):
            raise LookupError
        return c + 1
print('abc!'.translate(Table()))
print('Straße'.casefold(), 'ΣΑΣ'.casefold(), 'ﬁ'.casefold(), 'İ'.casefold(), 'ǅ'.casefold())
print('{name} is {age}'.format_map({'name': 'Ann', 'age': 7}))
class Default(dict):
    def __missing__(self, key):
        return f'<{key}>'
print('{a} {b} {c!r}'.format_map(Default(a=1)))
print('prefix-body'.removeprefix('prefix-'), 'prefix-body'.removeprefix('x'), 'file.py'.removesuffix('.py'), 'a'.removesuffix(''))
for s in ('abc', '_x1', '1abc', 'a-b', '', 'def', 'ñandú', '𝔘𝔫𝔦', 'a b'):
    print(repr(s), s.isidentifier(), s.isprintable())
print('\t'.isprintable(), '\x7f'.isprintable(), '\u00a0'.isprintable(), ' '.isprintable(), ''.isprintable(), '\u200b'.isprintable())
for s in ("they're bill's friends", 'hello WORLD', 'ǆemal', '3rd place', 'o\'neil mc-donald', 'ßa', 'ﬁsh'):
    print(repr(s.title()), s.istitle(), s.title().istitle())
print('ß'.upper(), 'ﬃ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ΌΣ'.lower(), 'ΑΣ Β'.lower(), 'ǅ'.swapcase(), 'ß'.swapcase())
print('aBc'.swapcase(), 'ß'.capitalize(), 'ǆa'.capitalize(), 'hELLO wORLD'.capitalize(), 'ﬁrst'.capitalize())
print('x'.center(6, '*'), 'ab'.ljust(5, '-'), 'ab'.rjust(5, '0'), '-42'.zfill(6), '+'.zfill(3), 'abc'.zfill(2))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 1), '  a  b  '.split(), '  a  b  '.rsplit(None, 1), 'aXbXc'.split('X', maxsplit=1))
print('mississippi'.count('ss'), 'mississippi'.count('s', 3, 6), 'aaa'.count(''), 'abc'.count('', 1), ''.count(''))
print('hello'.index('l'), 'hello'.rindex('l'), 'hello'.find('l', -2), 'hello'.rfind('z'), 'hello'.startswith(('x', 'he')), 'hello'.endswith('lo', 0, 5))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('maketrans unequal', lambda: str.maketrans('ab', 'c'))
attempt('maketrans long key', lambda: str.maketrans({'ab': 1}))
attempt('maketrans non-dict', lambda: str.maketrans([1]))
attempt('translate bad value', lambda: 'a'.translate({97: 1.5}))
attempt('translate huge', lambda: 'a'.translate({97: 0x110000}))
attempt('format_map missing', lambda: '{x}'.format_map({}))
attempt('format_map non-mapping', lambda: '{x}'.format_map([]))
attempt('expandtabs str', lambda: 'a'.expandtabs('4'))
attempt('removeprefix int', lambda: 'a'.removeprefix(1))
attempt('startswith list', lambda: 'a'.startswith(['a']))
attempt('index missing', lambda: 'abc'.index('z'))
attempt('center fill', lambda: 'a'.center(5, 'ab'))
'abc'.rindex('q')
