# re: search/match/fullmatch/findall/finditer, sub and subn with templates and functions,
# split with maxsplit and groups, escape.
import re

text = 'alpha=1, beta=22; gamma=333'
print(re.search(r'(\w+)=(\d+)', text).group(), re.match(r'\w+', text).group(), re.fullmatch(r'\w+', text))
print(re.match(r'beta', text), re.search(r'beta', text).span(), re.fullmatch(r'a\w+a', 'alpha').group())
print(re.findall(r'\d+', text), re.findall(r'(\w+)=(\d+)', text), re.findall(r'(\w)a', 'ba ca da'))
print([m.span() for m in re.finditer(r'\d+', text)], [m.group(1) for m in re.finditer(r'(\w+)=', text)])
print(re.findall(r'', 'ab'), re.findall(r'a*', 'baaac'), re.findall(r'x?', 'xx'))
print(re.sub(r'\d+', '#', text), re.sub(r'\d+', '#', text, count=2), re.sub(r'(\w+)=(\d+)', r'\2=\1', text))
print(re.sub(r'(?P<k>\w+)=(?P<v>\d+)', r'\g<v>:\g<k>', text), re.sub(r'(\w+)=', r'\g<1>\g<0>', 'a=b'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), text), re.sub('a', r'\n', 'cat') == 'c\nt')
print(re.subn(r'a', 'A', 'banana'), re.subn(r'z', 'Z', 'banana'), re.subn(r'a', 'A', 'banana', 2))
print(re.sub(r'x*', '-', 'abc'), re.sub(r'^', '> ', 'l1\nl2', flags=re.M), re.sub('', '.', 'ab'))
print(re.split(r'[,;]\s*', text), re.split(r'([,;])\s*', text), re.split(r'[,;]', text, maxsplit=1))
print(re.split(r'\W+', 'a, b--c'), re.split(r'(\W)+', 'a, b'), re.split(r'x*', 'axbc'), re.split(r'b', 'abc', 5))
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q'), re.escape('hello_world123'), re.escape('\t\n'))
for bad, args in [('sub1', (r'(a)', r'\2', 'a')), ('sub2', (r'a', r'\g<name>', 'a')), ('sub3', (r'a', '\\', 'a')),
                  ('sub4', (r'(a)', r'\g<1', 'a'))]:
    try:
        print(re.sub(*args))
    except (re.error, IndexError) as e:
        print(bad, type(e).__name__, e)
for pat in ['(', 'a)', '[a-', '*a', 'a{2,1}', '(?P<1>x)', '(?P<n>a)(?P<n>b)', '\\', 'a**', '(?<=a+)b', '[z-a]']:
    try:
        re.compile(pat)
        print(pat, 'compiled')
    except re.error as e:
        print(repr(pat), type(e).__name__, e, e.pos)
try:
    re.search(r'a', 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print(type(e).__name__, e)
print(re.search(r'(?i)HELLO', 'say hello').group(), re.search(r'colou?r', 'The color').group())
print(re.findall(r'\bcat\b', 'cat concat cat.'), re.findall(r'[^\W\d]+', 'ab1 c_d 22'), re.findall(r'(?:ab)+', 'ababxab'))
print(re.search(r'(\d+)(?=px)', 'width: 100px').group(1), re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
print(re.sub(r'(?m)^\s+', '', '  a\n   b'), re.findall(r'.', 'a\nb', re.S), re.findall(r'.', 'a\nb'))
