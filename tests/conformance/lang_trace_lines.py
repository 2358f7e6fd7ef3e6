# sys.settrace details: local trace functions, f_trace on a running frame, f_trace_lines,
# f_trace_opcodes, f_locals and f_back in events, a tracer that raises.
import sys


def compute(n):
    acc = []
    for i in range(n):
        if i % 2:
            acc.append(i)
        else:
            acc.append(-i)
    return acc


# 1. The global function picks which frames get a local one; the local one may return None
#    and stays in place.
log = []


def local_tracer(frame, event, arg):
    log.append((event, frame.f_lineno, sorted(frame.f_locals)))


def global_tracer(frame, event, arg):
    log.append(('global-' + event, frame.f_code.co_name, frame.f_back.f_code.co_name))
    if frame.f_code.co_name == 'compute':
        return local_tracer
    return None


def driver():
    return compute(3)


sys.settrace(global_tracer)
driver()
sys.settrace(None)
for entry in log:
    print(*entry)

# 2. f_trace set on the running frame starts line events there at once.
log.clear()


def module_tracer(frame, event, arg):
    log.append((event, frame.f_code.co_name, frame.f_lineno))
    return module_tracer


def traced_here():
    sys._getframe().f_trace = module_tracer
    sys.settrace(module_tracer)
    x = 1
    y = x + 1
    sys.settrace(None)
    z = y + 1
    return z


traced_here()
for entry in log:
    print(*entry)

# 3. f_trace_lines = False: no line events, still call/return.
log.clear()


def quiet_tracer(frame, event, arg):
    frame.f_trace_lines = False
    log.append((event, frame.f_code.co_name, frame.f_trace_lines, frame.f_trace_opcodes))
    return quiet_tracer


sys.settrace(quiet_tracer)
compute(2)
sys.settrace(None)
for entry in log:
    print(*entry)

# 4. f_trace_opcodes = True: an 'opcode' event before each instruction.
counts = {}


def opcode_tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    counts[event] = counts.get(event, 0) + 1
    return opcode_tracer


def tiny(a):
    b = a * 2
    return b


sys.settrace(opcode_tracer)
tiny(4)
sys.settrace(None)
print(sorted(counts.items()))

# 5. A tracer that raises: the error propagates and tracing is switched off.
def bad_tracer(frame, event, arg):
    if event == 'line':
        raise KeyError('from tracer')
    return bad_tracer


sys.settrace(bad_tracer)
try:
    compute(1)
except KeyError as e:
    print('caught', repr(e))
print(sys.gettrace())

# 6. The frame passed is the real one: f_code, f_globals, f_back.
seen = []


def frame_tracer(frame, event, arg):
    if event == 'call':
        seen.append((frame.f_code.co_name, frame.f_globals is globals(),
                     frame.f_back.f_code.co_name, frame.f_code.co_firstlineno))
    return None


def inner():
    return 1


def outer_fn():
    return inner()


sys.settrace(frame_tracer)
outer_fn()
sys.settrace(None)
print(seen)

# 7. A for loop over a Python iterator: the StopIteration its __next__ raises is also an
#    'exception' event in the looping frame; list() consuming it reports none.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def exc_tracer(frame, event, arg):
    if event == 'exception':
        print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__)
    return exc_tracer


def consume():
    for _ in Countdown(2):
        pass
    return list(Countdown(1)), [v for v in Countdown(1)]


sys.settrace(exc_tracer)
print(consume())
sys.settrace(None)


# 8. sys.call_tracing() from inside a trace function, and its argument checks.
def doubled(n):
    return n * 2


nested = []


def checkpoint_tracer(frame, event, arg):
    nested.append((event, frame.f_code.co_name))
    if event == 'call' and frame.f_code.co_name == 'checkpoint':
        nested.append(('nested', sys.call_tracing(doubled, (21,))))
    return checkpoint_tracer


def checkpoint():
    return doubled(1)


sys.settrace(checkpoint_tracer)
checkpoint()
sys.settrace(None)
print(nested)
for args in [(), (len,), (len, [1]), (len, ([1],)), (len, ([1],), 3)]:
    try:
        print(sys.call_tracing(*args))
    except TypeError as e:
        print('TypeError', e)


# 9. A generator resumed once untraced, then traced again: its local trace function is
#    still set, so line events come back.
def resumable():
    yield 1
    x = 2
    yield x
    y = 3
    yield y


def gen_tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return gen_tracer


sys.settrace(gen_tracer)
g = resumable()
next(g)
sys.settrace(None)
next(g)
sys.settrace(gen_tracer)
next(g)
sys.settrace(None)
