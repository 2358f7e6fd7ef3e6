# A trace or profile function that writes frame.f_locals changes the function's variables
# (PyFrame_LocalsToFast after each hook); deleting a name unbinds it.
import sys
def tr(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'f':
        loc = frame.f_locals
        if frame.f_lineno == 16:
            loc['x'] = 100
        if frame.f_lineno == 17:
            del loc['y']
        print(frame.f_lineno, sorted(loc.items()))
    return tr
def f():
    x = 1
    y = 2
    z = x + 1
    try: return y
    except UnboundLocalError as e: return str(e), x, z
def g():
    c = 5
    def inner():
        return c
    return inner()
sys.settrace(tr)
print(f())
print(g())
sys.settrace(None)
def p(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'h':
        frame.f_locals['a'] = 42
def h(a):
    return a
sys.setprofile(p)
print(h(1))
sys.setprofile(None)
print(sys._getframe().f_lineno)
