# dis.dis on every kind of object, the Bytecode class, code_info/show_code, tracebacks.
import dis, io, sys, re


def show(text):
    print(re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x?', text))


def capture(f, *a, **k):
    out = io.StringIO()
    f(*a, file=out, **k)
    show(out.getvalue())


def outer(a, b=2):
    c = a + b
    def inner(x):
        def innermost():
            return x + c
        return innermost
    return inner


class Base:
    def __init__(self, v):
        self.v = v

    def value(self):
        return self.v


class Child(Base):
    k = 3

    def value(self):
        return super().value() * 2

    @staticmethod
    def smeth(a):
        return a + 1

    @classmethod
    def cmeth(cls):
        return cls.k

    lam = lambda self: self.v


def gen(n):
    for i in range(n):
        yield i * 2


print('--- function'); capture(dis.dis, outer)
print('--- depth 0'); capture(dis.dis, outer, depth=0)
print('--- depth 1'); capture(dis.dis, outer, depth=1)
print('--- class'); capture(dis.dis, Child)
print('--- bound method'); capture(dis.dis, Child(1).value)
print('--- staticmethod'); capture(dis.dis, Child.__dict__['smeth'])
print('--- classmethod'); capture(dis.dis, Child.cmeth)
print('--- lambda'); capture(dis.dis, lambda x, *y: (x, y))
print('--- generator object'); capture(dis.dis, gen(3))
print('--- code object'); capture(dis.dis, outer.__code__.co_consts[-1] if hasattr(outer.__code__.co_consts[-1], 'co_code') else outer.__code__)
print('--- expression source'); capture(dis.dis, 'a + b * c')
print('--- statement source'); capture(dis.dis, 'for i in x:\n    print(i)\nelse:\n    pass\n')
print('--- source with def'); capture(dis.dis, 'def f(a):\n    return [a for _ in a]\n')
print('--- raw bytes'); capture(dis.dis, outer.__code__.co_code)
print('--- show_caches'); capture(dis.dis, Child.value, show_caches=True)
print('--- adaptive'); capture(dis.dis, outer, adaptive=True)
print('--- disassemble with lasti'); capture(dis.disassemble, outer.__code__, 6)
print('--- disco'); capture(dis.disco, gen.__code__)
try:
    dis.dis(42)
except TypeError as e:
    print('TypeError', e)
try:
    dis.code_info(42)
except TypeError as e:
    print('TypeError', e)
print('--- code_info'); show(dis.code_info(outer))
show(dis.code_info(Child.cmeth))
show(dis.code_info('x = 1'))
show(dis.code_info(gen))
print('--- show_code'); capture(dis.show_code, outer)
print('--- Bytecode')
bc = dis.Bytecode(outer)
show(repr(bc))
print(bc.first_line, bc.current_offset, bc.exception_entries)
for ins in bc:
    show(repr(ins))
show(bc.dis())
show(bc.info())
show(dis.Bytecode(outer, first_line=50, current_offset=4).dis())
show(dis.Bytecode(gen, show_caches=True).dis())
show(dis.Bytecode('x[1] = y').dis())
print('--- get_instructions')
for ins in dis.get_instructions(gen, first_line=1):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line,
          ins.is_jump_target, ins.positions, ins.positions.lineno, ins.positions.end_col_offset)
ins = next(iter(dis.get_instructions(outer)))
print(ins._fields, ins.positions._fields, dis.Positions(), dis.Instruction.__doc__ is not None)
print(repr(ins._disassemble()), repr(ins._disassemble(0, True, 6)))
print(dis.Instruction._field_defaults, dis.Positions._field_defaults)
print('--- findlinestarts / findlabels')
print(list(dis.findlinestarts(gen.__code__)), dis.findlabels(gen.__code__.co_code))
print(list(dis._find_imports(compile('import a.b as c\nfrom . import d\nfrom e import (f, g)', 's', 'exec'))))
print(list(dis._find_store_names(compile('x = 1\nglobal y\ny = 2\nfor z in x: pass', 's', 'exec'))))


def fails(n):
    t = [1, 2]
    return t[n]


try:
    fails(5)
except IndexError:
    tb = sys.exc_info()[2]
print("--- distb"); capture(dis.distb, tb.tb_next)
print('--- from_traceback')
bt = dis.Bytecode.from_traceback(tb)
print(bt.current_offset == tb.tb_next.tb_lasti, bt.codeobj is fails.__code__)
show(bt.dis())
try:
    del sys.last_traceback
except AttributeError:
    pass
try:
    dis.distb()
except RuntimeError as e:
    print('RuntimeError', e)
print('--- big line numbers and offsets')
capture(dis.dis, '\n' * 1200 + 'x = 1\ny = x\n')
big = 'def big(a):\n' + ''.join('    v%d = a + %d\n' % (i, i) for i in range(300)) + '    return v299\n'
ns = {}
exec(big, ns)
out = io.StringIO(); dis.dis(ns['big'], file=out)
lines = out.getvalue().splitlines()
print(len(lines)); print('\n'.join(lines[:6])); print('\n'.join(lines[-12:]))
jumpy = 'def jumpy(a):\n    while a:\n' + ''.join('        a = a + %d\n' % i for i in range(200)) + '    return a\n'
exec(jumpy, ns)
out = io.StringIO(); dis.dis(ns['jumpy'], file=out)
lines = out.getvalue().splitlines()
print('\n'.join(l for l in lines if 'EXTENDED_ARG' in l or 'JUMP' in l))
print('--- raw bytes: specialised opcodes, odd lengths, jumps')
dis.dis(b'\x64\x00\x53\x00\x99\x00\x03\x00')
dis.dis(b'\x7c\x00\x6e\x01\x53\x00\x8c\x02')
try:
    dis.dis(b'\x74\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x64\x00\x53\x00\x99')
except IndexError as e:
    print('IndexError', e)
print(list(dis.get_instructions(outer.__code__.replace(co_code=b'\x90\xff\x90\xff\x90\xff\x90\xff\x09\x00\x53\x00'))))
