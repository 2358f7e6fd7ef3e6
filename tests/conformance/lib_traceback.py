# traceback: format_exc, format_exception(_only), print_exc to a stream, extract_tb/stack
# summaries, chained exceptions, and TracebackException.
import traceback
import io
import sys

def level3(x):
    return 10 / x

def level2(x):
    return level3(x) + 1

def level1():
    return level2(0)

try:
    level1()
except ZeroDivisionError:
    text = traceback.format_exc()
print(text.replace(__file__, 'FILE'))
try:
    level1()
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    only = traceback.format_exception_only(type(e), e)
    tb = e.__traceback__
print(len(lines), lines[0], only, traceback.format_exception_only(ValueError, ValueError('v')))
summary = traceback.extract_tb(tb)
print([(f.name, f.lineno, f.line) for f in summary])
print(type(summary).__name__, summary[-1].name, summary[-1].filename == __file__)
buf = io.StringIO()
try:
    {}['missing']
except KeyError:
    traceback.print_exc(file=buf)
print(buf.getvalue().replace(__file__, 'FILE'))

def chained():
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('wrapped') from e

try:
    chained()
except RuntimeError as e:
    out = ''.join(traceback.format_exception(e)).replace(__file__, 'FILE')
print(out)

def implicit():
    try:
        [][0]
    except IndexError:
        raise KeyError('during handling')

try:
    implicit()
except KeyError as e:
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'))
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
te = traceback.TracebackException(ValueError, ValueError('bad value'), None)
print(list(te.format()), list(te.format_exception_only()), te.exc_type.__name__)
print(traceback.format_exception_only(SyntaxError, SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1\n'))))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].line, len(traceback.format_stack()) >= 1)
fs = traceback.FrameSummary('f.py', 7, 'func', line='return 1')
print(fs, fs.filename, fs.lineno, fs.name, fs.line, traceback.format_list([fs]))
print(repr(traceback.format_exc()) if sys.exc_info()[0] is None else 'in handler')
