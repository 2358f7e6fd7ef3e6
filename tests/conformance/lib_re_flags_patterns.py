# re: VERBOSE patterns, inline flags, MULTILINE/DOTALL anchors, IGNORECASE with non-ASCII,
# ASCII vs Unicode classes, backreferences (numbered and named), lookarounds, greedy vs lazy,
# empty matches in sub/split/findall, and \Z vs $.
import re

phone = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-.\s]?           # separator
    (?P<num>\d{4})    # number
""", re.VERBOSE)
print(phone.search('call 555-1234 now').groupdict(), phone.findall('555 1234, 666.9876'))
print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.findall(r'(?m)^\w+', 'one\ntwo\nthree'), re.findall(r'(?s)a.b', 'a\nb'))
print(re.findall(r'^x', 'x\nx', re.M), re.findall(r'x$', 'x\nx\n'), re.findall(r'x$', 'x\nx\n', re.M), re.search(r'x\Z', 'x\n'))
print(re.findall(r'\w+', 'naïve café 日本', re.A), re.findall(r'\w+', 'naïve café 日本'), re.findall(r'(?a)\d', '٣3'))
print(re.findall(r'straße', 'STRASSE Straße', re.I), re.findall(r'[a-z]+', 'ÀbC', re.I), re.fullmatch(r'(?i)é', 'É') is not None)
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.sub(r'(?P<w>\w)(?P=w)', r'<\g<w>>', 'aabbcd'))
print(re.findall(r'(\w)\1', 'aabbcdd'), re.search(r'(a)(b)?(c)', 'ac').groups(), re.match(r'(a|b)*', 'abab').group(1))
print(re.findall(r'a.*b', 'a1b2b'), re.findall(r'a.*?b', 'a1b2b'), re.findall(r'a{2,3}', 'aaaaaaa'), re.findall(r'a{2,3}?', 'aaaaa'))
print(re.findall(r'(?<=\$)\d+', 'cost $42 or $7'), re.findall(r'\d+(?!px)', '10px 20em 30'), re.findall(r'(?<!-)\b\d', '-1 2 -3 4'))
print(re.sub(r'', '-', 'abc'), re.split(r'', 'abc'), re.split(r'(?=b)', 'abcb'), re.findall(r'\b', 'ab cd'))
print(re.sub(r'a*', 'X', 'baac'), re.subn(r'\s+', ' ', '  lots   of   space  '), re.split(r'\s*,\s*', 'a , b,c ,d'))
print(re.split(r'(-)|(\+)', 'a-b+c'), re.split(r'\d', 'a1b2c3', maxsplit=2), re.split(r'x', ''), re.split(r'(x)', 'x'))
print([m.span() for m in re.finditer(r'\d*', 'a12b')], re.findall(r'[^aeiou\s]+', 'hello world'), re.findall(r'[\]\-]', 'a]b-c'))
print(re.match(r'(?:\d{1,3}\.){3}\d{1,3}$', '192.168.1.1') is not None, re.match(r'^\s*$', '   ') is not None, re.escape('ünï cödé'))
print(re.sub(r'(?i)the', 'THE', 'The thing the'), re.sub('x', lambda m: m.group().upper() * 2, 'axbxc', count=1))
p = re.compile(r'(\d+)-(\d+)')
print(p.sub(lambda m: str(int(m[1]) + int(m[2])), '1-2 10-20'), p.sub(r'\2-\1', '1-2'), p.search('x 3-4 y').expand(r'[\1|\2]'))
print(re.findall(r'[\w.-]+@[\w-]+\.\w+', 'a.b@x-y.com, bad@, c@d.org'), re.findall(r'\B\w', 'ab cd'), re.findall('[0-9a-fA-F]{2}', 'ff0A9z'))
print(re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace').group('last', 'first'), re.compile('a|b|c').pattern, re.compile(r'\d').groups)
