# compile(): modes, flags, dont_inherit, optimize (asserts, docstrings, __debug__) and its argument checks.
for a in [('x\0','f','exec'), (compile('1','f','eval'),'f','exec'), (1,'f','exec'), ('x',1,'exec'), ('x','f',1), ('x','f','exec',1.5), ('x','f','exec', 0, 0, 3), ('x', 'f', 'exec', 0x100), ('x','f','func_type'), ('x', 'f', 'bad')]:
  try: print(compile(*a))
  except Exception as e: print(type(e).__name__, e)
print(compile('1', b'bytesname', 'eval').co_filename)
c = compile('def g(): pass', 'f', 'exec', 0x20000)
print(hex(c.co_flags), hex(c.co_consts[0].co_flags))
exec(compile('c2 = compile("def h(): pass", "f", "exec")', 'f', 'exec', 0x800000))
print(hex(c2.co_flags), hex(c2.co_consts[0].co_flags))
exec(compile('c3 = compile("def h(): pass", "f", "exec", dont_inherit=True)', 'f', 'exec', 0x800000))
print(hex(c3.co_flags), hex(c3.co_consts[0].co_flags))
src = '''
"""doc"""
assert x, 'boom'
def f():
    """fdoc"""
    assert 0
    return __debug__
if __debug__:
    y = 1
'''
import dis
for opt in (-1, 0, 1, 2):
    print('optimize', opt)
    dis.dis(compile(src, 'opt.py', 'exec', optimize=opt))
x = 1
exec(compile(src, 'opt.py', 'exec', optimize=2)); print(f.__doc__, f(), __doc__)
exec(compile(src, 'opt.py', 'exec', optimize=1)); print(f.__doc__, f())
exec(compile(src, 'opt.py', 'exec')); print(f.__doc__)
for mode, s in (('eval', '1 + 2'), ('single', 'x + 1'), ('exec', 'x + 1')):
    c = compile(s, '<s>', mode)
    dis.dis(c)
    print(repr(eval(c)))
