# contextlib: contextmanager (normal, exception, suppression), suppress, ExitStack
# (callbacks, enter_context, pop_all, exception propagation), redirect_stdout/stderr,
# closing, nullcontext, AbstractContextManager, ContextDecorator.
import contextlib
import io
import sys

@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
    finally:
        print(f'</{name}>')

with tag('a') as v:
    print('body', v)
with tag('b'):
    raise ValueError('inside')
try:
    with tag('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

@contextlib.contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)

with contextlib.ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.callback(lambda: print('callback 2'))
    v = stack.enter_context(tag('x'))
    print('in stack', v)

def cleanup(*args, **kwargs):
    print('cleanup', args, kwargs)

with contextlib.ExitStack() as stack:
    stack.callback(cleanup, 1, k=2)
    moved = stack.pop_all()
print('moved not run yet')
moved.close()

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return self.name == 'swallow'

with contextlib.ExitStack() as stack:
    stack.enter_context(Resource('outer'))
    stack.enter_context(Resource('swallow'))
    raise RuntimeError('boom')
print('swallowed by stack')
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource('plain'))
except Exception:
    pass
try:
    contextlib.ExitStack().enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured line')
    print('second', end='!')
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))

class Thing:
    def close(self):
        print('closed thing')

with contextlib.closing(Thing()) as th:
    print('using', type(th).__name__)
with contextlib.nullcontext(42) as n:
    print('null', n)
with contextlib.nullcontext() as n:
    print('null', n)

class Guard(contextlib.ContextDecorator):
    def __enter__(self):
        print('guard on')
        return self
    def __exit__(self, *exc):
        print('guard off')
        return False

@Guard()
def guarded(x):
    print('guarded', x)
    return x * 2

print(guarded(21))

class Minimal(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None

with Minimal() as m:
    print(type(m).__name__, isinstance(m, contextlib.AbstractContextManager))
