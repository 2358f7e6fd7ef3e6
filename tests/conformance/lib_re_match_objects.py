# re: Pattern and Match objects — attributes, groups, groupdict, expand, lastindex/lastgroup,
# span/start/end, pos/endpos, flags as RegexFlag, and pattern reprs.
import re

p = re.compile(r'(?P<user>\w+)@(?P<host>\w+)(\.(?P<tld>com|org))?')
m = p.search('mail: bob@example.com, amy@site')
print(m, m.group(), m.group(0, 1, 'host'), m.groups(), m.groupdict())
print(m.span(), m.span('host'), m.start(1), m.end(2), m.start(4), m.lastindex, m.lastgroup, m.re is p)
print(m.string, m.pos, m.endpos, m[1], m['tld'], m.expand(r'\g<host> <- \1 (\4)'))
m2 = p.search('mail: bob@example.com, amy@site', 20)
print(m2.groups(), m2.groups('-'), m2.groupdict('?'), m2.span(4), m2.group(4), m2.lastindex, m2.lastgroup)
print(p.pattern, p.groups, sorted(p.groupindex.items()), p.flags == re.UNICODE)
try:
    m.group(9)
except IndexError as e:
    print(type(e).__name__, e)
try:
    m.group('nope')
except IndexError as e:
    print(type(e).__name__, e)
print(p.match('bob@x'), p.match('xx bob@y', 3), p.fullmatch('a@b.org'), p.search('zzz'), p.search('a@b', 0, 2))
print(p.findall('a@b c@d.com'), [x.group() for x in p.finditer('a@b c@d.com')], p.sub('<mail>', 'a@b and c@d'))
print(p.split('x a@b y'), p.subn(r'\g<host>', 'a@b c@d'))
print(re.compile(r'(a)|(b)').match('b').lastindex, re.compile(r'((a)(b))').match('ab').lastindex, re.compile('x').match('x').lastindex)
print(re.compile(r'(a)(b)?').match('a').groups(), re.compile('').match('').span())
print(repr(re.IGNORECASE), re.I | re.M, re.compile('a', re.I), re.compile('b', re.I | re.S | re.X))
print(re.compile('a', re.A), re.compile('a'), re.compile('ab', re.M).flags, type(re.M).__name__, re.DOTALL.value)
print(re.I == 2, int(re.VERBOSE), re.NOFLAG, repr(re.NOFLAG), re.X | re.I, list(re.M | re.S), re.U)
print(isinstance(re.I, int), re.RegexFlag.IGNORECASE is re.I, re.RegexFlag(8), re.RegexFlag['DOTALL'])
print(re.compile(r'\d') == re.compile(r'\d'), re.compile('x', re.I) == re.compile('x'), type(p).__name__, type(m).__name__)
print(re.search('a', 'a').__class__ is re.Match, isinstance(p, re.Pattern))
try:
    re.compile(p, re.I)
except ValueError as e:
    print(type(e).__name__, e)
print(re.compile(p) is p, bool(re.match('', '')), m.regs[:2])
