# warnings: warn with categories and stacklevel, filters (simplefilter/filterwarnings, actions
# once/always/ignore/error/default), catch_warnings(record=True), showwarning format,
# warn_explicit, and the "once per location" registry.
import warnings

def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)

def noisy(i):
    warnings.warn(f'noisy {i}')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    old_api()
    noisy(1)
    warnings.warn('plain user warning', UserWarning)
    warnings.warn(RuntimeWarning('instance message'))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith('lib_warnings.py'), w.line)
print(len(caught), caught[0].message.args, type(caught[0].message).__name__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    for i in range(3):
        noisy(0)
    for i in range(3):
        warnings.warn('loop', stacklevel=1)
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    noisy(5)
    noisy(5)
    noisy(6)
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    noisy(7)
    warnings.filterwarnings('always', message='keep.*')
    warnings.warn('keep me')
    warnings.warn('drop me')
print([str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    warnings.warn('ignored', RuntimeWarning)
    try:
        warnings.warn('deprecated!', DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', SyntaxWarning, 'fake.py', 42)
print(caught[0].filename, caught[0].lineno, caught[0].category.__name__)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'x = 1'), end='')
print(repr(warnings.formatwarning('msg', FutureWarning, 'f.py', 3, None)))
for bad in [lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('always', category=5),
            lambda: warnings.warn('x', category=int)]:
    try:
        bad()
    except (AssertionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
warnings.warn('to stderr once')
warnings.warn('to stderr once')
warnings.warn('deprecated at top level', DeprecationWarning)
old_api()
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), Warning.__mro__[1].__name__)
