# Format specs for strings and other objects; str.format field syntax; __format__ hooks.
words = ['', 'a', 'hello', 'ünïcødé', '日本', 'x' * 12]
for spec in ['', 's', '8', '<8', '>8', '^8', '*^9', '-<6', '.3', '10.2', '^7.1s', '0>5', '.0']:
    print(f'{spec!r:7}', '|'.join(format(w, spec) for w in words))
print('{0}{1}{0}'.format('ab', 'cd'), '{}-{}'.format(1, 2), '{x}{y}'.format(x=1, y=2), '{0[1]}{0[0]}'.format('xy'))
print('{p.real} {p.imag}'.format(p=3 + 4j), '{d[key]} {d[0]}'.format(d={'key': 'v', 0: 'zero'}), '{0.__class__.__name__}'.format([]))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{:>{w}}'.format('r', w=4), '{{literal}} {}'.format('x'), '{0!r:>8}'.format('q'))
print(format(None, ''), format([1, 2], ''), format(object, '').startswith('<class'), format(b'x', ''), format(('t',), ''))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'cents':
            return f'{self.cents}c'
        return format(self.cents / 100, spec or '.2f')
    def __str__(self):
        return 'Money'
m = Money(12345)
print(f'{m}', f'{m:cents}', f'{m:>10.1f}', '{:,.2f}'.format(m), '{!s:>8}'.format(m), format(m))
class Plain:
    pass
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)
attempt('object with spec', lambda: format(Plain(), '>10'))
attempt('str with d', lambda: format('x', 'd'))
attempt('str with sign', lambda: format('x', '+'))
attempt('str with =', lambda: format('x', '=5'))
attempt('str with ,', lambda: format('x', ','))
attempt('str with #', lambda: format('x', '#'))
attempt('missing index', lambda: '{1}'.format('only'))
attempt('missing key', lambda: '{k}'.format())
attempt('auto then manual', lambda: '{}{0}'.format(1, 2))
attempt('manual then auto', lambda: '{0}{}'.format(1, 2))
attempt('unmatched brace', lambda: '{'.format())
attempt('single close', lambda: '}'.format())
attempt('bad conversion', lambda: '{!x}'.format(1))
attempt('bad attribute', lambda: '{0.nope}'.format(1))
attempt('nested too deep', lambda: '{:{:{}}}'.format(1, 2, 3))
attempt('__format__ returns int', lambda: format(type('F', (), {'__format__': lambda s, spec: 5})(), ''))
attempt('format spec not str', lambda: format(1, 5))
print('{:^{}.{}}'.format('truncate', 10, 3), str.format('{}', 'unbound'), '{0:{0}}'.format(5))
'{0:{1}}'.format('text', '+')
