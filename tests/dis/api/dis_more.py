# dis.dis of modules and of classes holding builtins ("Sorry:"), dis() from sys.last_traceback,
# Bytecode with current_offset, generators after exhaustion.
import dis, io, re, sys
sys.path.insert(0, 'api/helpers')
import dismod


def show(text):
    print(re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x?', text))


def capture(f, *a, **k):
    out = io.StringIO()
    f(*a, file=out, **k)
    show(out.getvalue())


capture(dis.dis, dismod)
capture(dis.dis, dismod.Holder)


def boom(d):
    return d['missing']


try:
    boom({})
except KeyError:
    sys.last_type, sys.last_value, sys.last_traceback = sys.exc_info()
capture(dis.dis)
capture(dis.distb)
bc = dis.Bytecode(boom, current_offset=8)
show(bc.dis())


def gen():
    yield 1


g = gen()
list(g)
capture(dis.dis, g)
print(g.gi_code is gen.__code__)
for x in (None, 1, [1], dis):
    try:
        print(dis.code_info(x))
    except TypeError as e:
        print('TypeError', e)
print(dis.Bytecode(boom).codeobj is boom.__code__, dis.Bytecode('a').first_line)
print([i.opname for i in dis.Bytecode(boom)])
print(dis.get_instructions(boom).__class__.__name__)
