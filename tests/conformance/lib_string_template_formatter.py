# string: constants, Template (substitute/safe_substitute, errors, custom delimiter/idpattern),
# Formatter (format, vformat, parse, custom get_value), capwords.
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), repr(string.printable[-6:]))
t = string.Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.safe_substitute(who='bob'), t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template('$who and $').substitute(who='a')
except ValueError as e:
    print(type(e).__name__, e)
try:
    string.Template('ok\n  ${bad').substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.Template('$ $x').safe_substitute(x=1), string.Template('${a}b$a').substitute(a='A', b='no'))
print(string.Template('$x').substitute({'x': 1}, x=2), string.Template('$1').safe_substitute())
print(string.Template('$a $b $a').get_identifiers(), string.Template('$').is_valid())

class Percent(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'

print(Percent('%name is %age%%').safe_substitute(name='x', age=3))
fmt = string.Formatter()
print(fmt.format('{0}-{1}-{0}', 'a', 'b'), fmt.format('{x:>5}|{y!r}', x=1, y='q'), fmt.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(list(fmt.parse('a{0}b{name!r:>3}c{{d}}')), list(fmt.parse('')), list(fmt.parse('{}{}')))
print(fmt.format('{0[1]} {1.real} {2[k]}', [5, 6], 3, {'k': 'v'}), fmt.format('{:{w}}|', 'x', w=4))

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)

print(Defaulting().format('{a} and {b} and {0}', 'zero', a='A'))
for bad in ['{0', '{0}}', '}', '{!r}', '{0!x}']:
    try:
        print(fmt.format(bad, 1))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    fmt.format('{1}', 'only')
except IndexError as e:
    print(type(e).__name__, e)
print(string.capwords(' hello   world  '), string.capwords('a-b c-d', '-'), string.capwords(''))
